import AwardRules
import DataInput
import Foundation
import VietnameseText

/// The award decision's figures: each recipient's money from the dated rules table (award form
/// × collective or individual, base salary on the decision date, rounded up to 10.000 đồng),
/// the counts ("04 tập thể và 13 cá nhân"), totals in figures and words, per award form.
struct AwardComputation {
    let rules: AwardRulesTable
    let words: NumberWordsSettings

    /// The recipients' lists, which `run` makes (with their `co_` flags) in place of what the
    /// data's lists would give: not worth converting beforehand.
    static let computedKeys: Set<String> = ["tap_the", "ca_nhan"]

    struct Recipient {
        var fields: [String: Any]
        var award: AwardAmount
        /// The award form as the data wrote it ("Bằng khen của Bộ trưởng Bộ Nội vụ"): what the
        /// decision prints; the table's own name may be a category.
        var form: String
        /// The form's number among the forms of the decision, one per name folded for grouping
        /// (spacing, case, NFC).
        var formID: Int
    }

    /// What a recipient's form came to: the form as written, its number, and its money or the
    /// problem.
    private typealias Resolution = (form: String, formID: Int, award: Result<AwardAmount, AwardRulesError>)

    func run(_ root: DataNode, decisionDate: CalendarDate?, dateNode: DataNode?, statedAmounts: [StatedAmount] = [],
             errors: inout [DataError], notices: inout [DataNotice]) -> [String: Any] {
        guard let date = decisionDate else {
            errors.append((dateNode ?? root).error("quyết định khen thưởng cần ngày ban hành (ngay_ban_hanh) để tính tiền thưởng theo mức lương cơ sở đang áp dụng"))
            return [:]
        }
        let defaultForm = root["hinh_thuc"]
        let sortByName = (try? root["sap_xep_ca_nhan"]?.bool()) ?? false

        // Most recipients share a form, usually the decision's own: each (form, kind) is looked
        // up once, each form folded once, and the same money value serves every recipient.
        var resolved: [String: Resolution] = [:]
        var defaultForCollectives: Result<Resolution, DataError>?
        var defaultForIndividuals: Result<Resolution, DataError>?
        var formIDs: [String: Int] = [:]
        var formIDByWritten: [String: Int] = [:]
        var moneyValues: [Int: MoneyValue] = [:]
        func formID(_ form: String) -> Int {
            if let known = formIDByWritten[form] { return known }
            let key = Cluster.key(form)
            let id = formIDs[key] ?? formIDs.count
            formIDs[key] = id
            formIDByWritten[form] = id
            return id
        }
        func money(_ amount: Int) -> MoneyValue {
            if let known = moneyValues[amount] { return known }
            let value = MoneyValue(amount: amount, settings: words)
            moneyValues[amount] = value
            return value
        }
        func resolve(_ formNode: DataNode, kind: RecipientKind) throws(DataError) -> Resolution {
            let form = try formNode.string()
            let memoKey = "\(kind.rawValue)|\(form)"
            if let known = resolved[memoKey] { return known }
            let result = Resolution(form, formID(form), Result { () throws(AwardRulesError) in
                try rules.award(form, for: kind, decisionDate: date)
            })
            resolved[memoKey] = result
            return result
        }
        func award(for node: DataNode, kind: RecipientKind) -> (AwardAmount, String, Int)? {
            let ownForm = node.hasValue("hinh_thuc") ? node["hinh_thuc"] : nil
            guard let formNode = ownForm ?? defaultForm else {
                errors.append(node.error("thiếu hình thức khen thưởng: ghi «hinh_thuc» cho quyết định hoặc cho từng người"))
                return nil
            }
            let resolution: Result<Resolution, DataError>
            let known = ownForm != nil ? nil : kind == .collective ? defaultForCollectives : defaultForIndividuals
            if let known {
                resolution = known
            } else {
                resolution = Result { () throws(DataError) in try resolve(formNode, kind: kind) }
                if ownForm == nil {
                    if kind == .collective { defaultForCollectives = resolution } else { defaultForIndividuals = resolution }
                }
            }
            switch resolution {
            case .failure(let error):
                errors.append(error)
                return nil
            case .success(let (form, formID, award)):
                switch award {
                case .success(let amount): return (amount, form, formID)
                case .failure(let error):
                    errors.append(formNode.error(error.description))
                    return nil
                }
            }
        }

        var listedAmounts = ListedAmounts()
        var collectives: [Recipient] = []
        for node in (try? root["tap_the"]?.list()) ?? [] {
            guard let (amount, form, formID) = award(for: node, kind: .collective) else { continue }
            listedAmounts.add(node, computed: amount, errors: &errors)
            var fields = ContextBuilder.fields(node, inputs: [], extraCapacity: 2)
            fields["hinh_thuc"] = form
            fields["so_tien"] = money(amount.amount)
            collectives.append(Recipient(fields: fields, award: amount, form: form, formID: formID))
        }
        var individuals: [(name: String, recipient: Recipient)] = []
        for node in (try? root["ca_nhan"]?.list()) ?? [] {
            guard let (amount, form, formID) = award(for: node, kind: .individual) else { continue }
            listedAmounts.add(node, computed: amount, errors: &errors)
            var fields = ContextBuilder.fields(node, inputs: [], extraCapacity: 3)
            fields["hinh_thuc"] = form
            fields["so_tien"] = money(amount.amount)
            fields["chuc_vu_don_vi"] = Self.joinedTitle(fields["chuc_vu"] as? String, fields["don_vi"] as? String)
            individuals.append(((fields["ho_ten"] as? String) ?? "",
                                Recipient(fields: fields, award: amount, form: form, formID: formID)))
        }
        if sortByName {
            individuals = individuals.sortedByVietnameseName { $0.name }
        }
        if collectives.isEmpty && individuals.isEmpty && errors.isEmpty {
            errors.append(root.error("quyết định khen thưởng cần ít nhất một tập thể (tap_the) hoặc một cá nhân (ca_nhan)"))
        }

        func numbered(_ recipients: [Recipient]) -> [TemplateObject] {
            recipients.enumerated().map { index, recipient in
                TemplateObject(recipient.fields, position: ListPosition(index: index, count: recipients.count))
            }
        }
        let individualRecipients = individuals.map(\.recipient)
        // Totals and per-form figures in one pass, reading each recipient's award in place (an
        // AwardAmount holds several strings: copying hundreds of them costs more than adding).
        var totals = AwardTotals()
        var collectiveTotal = 0, individualTotal = 0
        var forms: [FormSummary] = []
        var summaryIndex = Array(repeating: -1, count: formIDs.count)
        for recipient in [collectives, individualRecipients].joined() {
            totals.add(recipient.award)
            switch recipient.award.kind {
            case .collective: collectiveTotal += recipient.award.amount
            case .individual: individualTotal += recipient.award.amount
            case .household: break    // (households are not yet a list of the template)
            }
            if summaryIndex[recipient.formID] < 0 {
                summaryIndex[recipient.formID] = forms.count
                forms.append(FormSummary(name: recipient.form))
            }
            forms[summaryIndex[recipient.formID]].add(recipient.award)
        }
        var context: [String: Any] = [
            "tap_the": numbered(collectives), "ca_nhan": numbered(individualRecipients),
            "so_tap_the": CountValue(count: totals.collectiveCount), "so_ca_nhan": CountValue(count: totals.individualCount),
            "co_tap_the": totals.collectiveCount > 0, "co_ca_nhan": totals.individualCount > 0,
            "dem": totals.countsPhrase,
            "tong_tien": MoneyValue(amount: totals.totalAmount, settings: words),
            "tong_tien_tap_the": MoneyValue(amount: collectiveTotal, settings: words),
            "tong_tien_ca_nhan": MoneyValue(amount: individualTotal, settings: words),
        ]
        if let first = (collectives.first ?? individualRecipients.first)?.award {
            context["muc_luong_co_so"] = MoneyValue(amount: first.baseSalary, settings: words)
            context["can_cu_luong_co_so"] = first.baseSalaryRule.legalSource
            context["ten_muc_luong"] = sentenceCased(first.baseSalaryRule.name)
        }
        listedAmounts.check(statedAmounts, errors: &errors, notices: &notices)
        notices += Self.unverifiedRowNotices(resolved.values.compactMap { try? $0.award.get() }, at: dateNode ?? root)
        // Per award form as written, in order of first appearance: what Điều 1 and Điều 2 enumerate.
        context["hinh_thuc_khen"] = forms.enumerated().map { index, form in
            var item = TemplateObject([
                "ten": form.name, "dem": form.totals.countsPhrase,
                "so_tap_the": CountValue(count: form.totals.collectiveCount),
                "so_ca_nhan": CountValue(count: form.totals.individualCount),
                "tong_tien": MoneyValue(amount: form.totals.totalAmount, settings: words),
            ], position: ListPosition(index: index, count: forms.count))
            if let collective = form.firstCollective {
                item["tien_tap_the"] = MoneyValue(amount: collective.amount, settings: words)
                item["he_so_tap_the"] = collective.coefficient.description
            }
            if let individual = form.firstIndividual {
                item["tien_ca_nhan"] = MoneyValue(amount: individual.amount, settings: words)
                item["he_so_ca_nhan"] = individual.coefficient.description
            }
            item["can_cu"] = form.sources.joined(separator: "; ")
            return item
        }
        // The annex's groups: per kind, the recipients of each form together (numbered through
        // the kind), so a decision giving several forms lists them form by form.
        func groups(_ recipients: [Recipient]) -> [TemplateObject] {
            var order: [(form: String, id: Int)] = []
            var byForm: [[Int]] = Array(repeating: [], count: formIDs.count)
            for (index, recipient) in recipients.enumerated() {
                if byForm[recipient.formID].isEmpty { order.append((recipient.form, recipient.formID)) }
                byForm[recipient.formID].append(index)
            }
            var number = 0
            return order.enumerated().map { index, group in
                let members = byForm[group.id]
                let items = members.map { member -> TemplateObject in
                    number += 1
                    // Numbered through the kind; `dau`, `cuoi` stay the group's.
                    return TemplateObject(recipients[member].fields, position: ListPosition(number: number))
                }
                return TemplateObject(["hinh_thuc": group.form, "so": CountValue(count: members.count), "danh_sach": items],
                                      position: ListPosition(index: index, count: order.count))
            }
        }
        context["nhom_tap_the"] = groups(collectives)
        context["nhom_ca_nhan"] = groups(individualRecipients)
        context["nhieu_hinh_thuc"] = forms.count > 1
        return context
    }

    /// One award form of the decision: its recipients' totals, the first collective's and the
    /// first individual's award, the legal sources of their coefficients (each once, in order).
    struct FormSummary {
        var name: String
        var totals = AwardTotals()
        var firstCollective: AwardAmount?
        var firstIndividual: AwardAmount?
        var sources: [String] = []

        init(name: String) { self.name = name }

        mutating func add(_ award: AwardAmount) {
            totals.add(award)
            switch award.kind {
            case .collective: if firstCollective == nil { firstCollective = award }
            case .individual: if firstIndividual == nil { firstIndividual = award }
            case .household: break
            }
            let source = award.coefficientRule.legalSource
            if !sources.contains(source) { sources.append(source) }
        }
    }

    /// One warning per row of the law tables that the decision's money rests on and that was not
    /// checked against the law's text, naming the row and what remains unverified.
    static func unverifiedRowNotices(_ awards: [AwardAmount], at node: DataNode) -> [DataNotice] {
        var seen = Set<String>()
        var notices: [DataNotice] = []
        for award in awards {
            for row in award.unverifiedRows where seen.insert(row.label + "|" + (row.provenance.location?.description ?? "")).inserted {
                let place = row.provenance.location.map { " (\($0))" } ?? ""
                notices.append(node.notice(.warning, "tiền thưởng dựa trên dòng chưa đối chiếu văn bản của bảng tiền thưởng\(place): \(row.label), căn cứ \(row.provenance.legalSource); cần xác minh: \(row.provenance.unverified ?? "")"))
            }
        }
        return notices.sorted { $0.message < $1.message }
    }

    /// "Chuyên viên, Sở Nội vụ tỉnh Bến Tre": the position and the unit, whichever are given.
    static func joinedTitle(_ position: String?, _ unit: String?) -> String {
        switch (position.flatMap { $0.isEmpty ? nil : $0 }, unit.flatMap { $0.isEmpty ? nil : $0 }) {
        case let (position?, unit?): return position + ", " + unit
        case let (position?, nil): return position
        case let (nil, unit?): return unit
        case (nil, nil): return ""
        }
    }
}
