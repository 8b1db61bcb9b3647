import AwardRules
import VietnameseText

/// The decision's figures from its recipients: counts and totals per kind, per award form (in
/// order of first appearance: what Điều 1 and Điều 2 enumerate), the legal sources of the money.
struct AwardSummary {
    var totals = AwardTotals()
    var totalByKind: [RecipientKind: Int] = [:]
    var forms: [FormSummary] = []

    /// One award form of the decision: its recipients' totals, the first award of each kind,
    /// the legal sources of their coefficients (each once, in order).
    struct FormSummary {
        var name: String
        var totals = AwardTotals()
        var firstAward: [RecipientKind: AwardAmount] = [:]
        var sources: [String] = []
    }

    init(_ recipients: [AwardRecipient]) {
        var index: [Int: Int] = [:]
        for recipient in recipients {
            let amount = recipient.award?.amount ?? 0
            totals.add(kind: recipient.kind, amount: amount)
            totalByKind[recipient.kind, default: 0] += amount
            if index[recipient.formID] == nil {
                index[recipient.formID] = forms.count
                forms.append(FormSummary(name: recipient.form))
            }
            let position = index[recipient.formID]!
            forms[position].totals.add(kind: recipient.kind, amount: amount)
            if let award = recipient.award {
                if forms[position].firstAward[recipient.kind] == nil { forms[position].firstAward[recipient.kind] = award }
                if !forms[position].sources.contains(award.coefficientRule.legalSource) {
                    forms[position].sources.append(award.coefficientRule.legalSource)
                }
            }
        }
    }

    /// Every form's sources, each once, merged where they share an article.
    var moneySources: String {
        var seen: [String] = []
        for form in forms { for source in form.sources where !seen.contains(source) { seen.append(source) } }
        return CitationMerging.merged(seen)
    }

    /// "các tập thể, cá nhân", "các tập thể, gia đình": who Điều 3 says carries it out.
    var recipientsPhrase: String {
        let names = [(totals.collectiveCount, "tập thể"), (totals.individualCount, "cá nhân"), (totals.householdCount, "gia đình")]
            .filter { $0.0 > 0 }.map(\.1)
        switch names.count {
        case 0: return "các tập thể, cá nhân"
        case 1, 2: return "các " + names.joined(separator: ", ")
        default: return "các " + names.dropLast().joined(separator: ", ") + " và " + names.last!
        }
    }
}
