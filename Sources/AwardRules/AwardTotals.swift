import VietnameseText

/// Sums for the total line of an annex and the counts in a decision's text.
public struct AwardTotals: Hashable, Sendable {
    public private(set) var totalAmount = 0
    public private(set) var collectiveCount = 0
    public private(set) var individualCount = 0
    public private(set) var householdCount = 0

    public init() {}

    public init<S: Sequence>(_ awards: S) where S.Element == AwardAmount {
        for award in awards { add(award) }
    }

    /// Adds one recipient (a row of the annex).
    public mutating func add(_ award: AwardAmount) {
        add(kind: award.kind, amount: award.amount)
    }

    /// Adds a recipient whose amount came from elsewhere (e.g. a non-monetary award: 0).
    public mutating func add(kind: RecipientKind, amount: Int) {
        totalAmount += amount
        switch kind {
        case .collective: collectiveCount += 1
        case .individual: individualCount += 1
        case .household: householdCount += 1
        }
    }

    public func count(of kind: RecipientKind) -> Int {
        switch kind {
        case .collective: collectiveCount
        case .individual: individualCount
        case .household: householdCount
        }
    }

    public var recipientCount: Int { collectiveCount + individualCount + householdCount }

    /// "04 tập thể và 13 cá nhân", "23 tập thể và 05 gia đình".
    public var countsPhrase: String {
        NumberText.counts([(collectiveCount, "tập thể"), (individualCount, "cá nhân"), (householdCount, "gia đình")])
    }

    /// "9.230.000".
    public var totalText: String { NumberText.grouped(totalAmount) }

    /// "Chín triệu hai trăm ba mươi nghìn đồng".
    public func totalInWords(settings: NumberWordsSettings = .standard) -> String {
        NumberWords.money(totalAmount, settings: settings)
    }

    /// Totals per award form, forms in order of first appearance.
    public static func byForm<S: Sequence>(_ awards: S) -> [(form: String, totals: AwardTotals)]
        where S.Element == AwardAmount
    {
        var order: [String] = []
        var totals: [String: AwardTotals] = [:]
        for award in awards {
            if totals[award.awardForm] == nil { order.append(award.awardForm) }
            totals[award.awardForm, default: AwardTotals()].add(award)
        }
        return order.map { ($0, totals[$0]!) }
    }
}
