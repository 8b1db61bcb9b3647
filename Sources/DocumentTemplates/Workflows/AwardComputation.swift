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

    struct Recipient {
        var fields: [String: Any]
        var award: AwardAmount
        /// The award form as the data wrote it ("Bằng khen của Bộ trưởng Bộ Nội vụ"): what the
        /// decision prints; the table's own name may be a category.
        var form: String
        /// The form's name folded for grouping (spacing, case, NFC).
        var formKey: String
    }

    func run(_ root: DataNode, decisionDate: CalendarDate?, dateNode: DataNode?, errors: inout [DataError]) -> [String: Any] {
        guard let date = decisionDate else {
            errors.append((dateNode ?? root).error("quyết định khen thưởng cần ngày ban hành (ngay_ban_hanh) để tính tiền thưởng theo mức lương cơ sở đang áp dụng"))
            return [:]
        }
        let defaultForm = root["hinh_thuc"]
        let sortByName = (try? root["sap_xep_ca_nhan"]?.bool()) ?? false

        var memo: [String: AwardAmount] = [:]
        var foldedForms: [String: String] = [:]
        func folded(_ form: String) -> String {
            if let known = foldedForms[form] { return known }
            let key = Cluster.key(form)
            foldedForms[form] = key
            return key
        }
        func award(for node: DataNode, kind: RecipientKind) -> (AwardAmount, String)? {
            let formNode = node["hinh_thuc"] ?? defaultForm
            guard let formNode else {
                errors.append(node.error("thiếu hình thức khen thưởng: ghi «hinh_thuc» cho quyết định hoặc cho từng người"))
                return nil
            }
            do {
                let form = try formNode.string()
                // Most recipients share a form: look each (form, kind) up once.
                let memoKey = "\(kind.rawValue)|\(form)"
                if let known = memo[memoKey] { return (known, form) }
                do {
                    let amount = try rules.award(form, for: kind, decisionDate: date)
                    memo[memoKey] = amount
                    return (amount, form)
                } catch {
                    errors.append(formNode.error(error.description))
                    return nil
                }
            } catch {
                errors.append(error)
                return nil
            }
        }

        var collectives: [Recipient] = []
        for node in (try? root["tap_the"]?.list()) ?? [] {
            guard let (amount, form) = award(for: node, kind: .collective) else { continue }
            var fields = ContextBuilder.context(node, inputs: [])
            fields["hinh_thuc"] = form
            fields["so_tien"] = MoneyValue(amount: amount.amount, settings: words)
            collectives.append(Recipient(fields: fields, award: amount, form: form, formKey: folded(form)))
        }
        var individuals: [(name: String, recipient: Recipient)] = []
        for node in (try? root["ca_nhan"]?.list()) ?? [] {
            guard let (amount, form) = award(for: node, kind: .individual) else { continue }
            var fields = ContextBuilder.context(node, inputs: [])
            fields["hinh_thuc"] = form
            fields["so_tien"] = MoneyValue(amount: amount.amount, settings: words)
            let title = [fields["chuc_vu"] as? String, fields["don_vi"] as? String].compactMap { $0 }.filter { !$0.isEmpty }
            fields["chuc_vu_don_vi"] = title.joined(separator: ", ")
            individuals.append(((fields["ho_ten"] as? String) ?? "", Recipient(fields: fields, award: amount, form: form, formKey: folded(form))))
        }
        if sortByName {
            individuals = individuals.sortedByVietnameseName { $0.name }
        }
        if collectives.isEmpty && individuals.isEmpty && errors.isEmpty {
            errors.append(root.error("quyết định khen thưởng cần ít nhất một tập thể (tap_the) hoặc một cá nhân (ca_nhan)"))
        }

        func numbered(_ recipients: [Recipient]) -> [[String: Any]] {
            recipients.enumerated().map { index, recipient in
                var fields = recipient.fields
                fields["tt"] = String(index + 1)
                fields["dau"] = index == 0
                fields["cuoi"] = index == recipients.count - 1
                return fields
            }
        }
        let all = collectives.map(\.award) + individuals.map(\.recipient.award)
        let totals = AwardTotals(all)
        var context: [String: Any] = [
            "tap_the": numbered(collectives), "ca_nhan": numbered(individuals.map(\.recipient)),
            "so_tap_the": CountValue(count: totals.collectiveCount), "so_ca_nhan": CountValue(count: totals.individualCount),
            "co_tap_the": totals.collectiveCount > 0, "co_ca_nhan": totals.individualCount > 0,
            "dem": totals.countsPhrase,
            "tong_tien": MoneyValue(amount: totals.totalAmount, settings: words),
            "tong_tien_tap_the": MoneyValue(amount: collectives.reduce(0) { $0 + $1.award.amount }, settings: words),
            "tong_tien_ca_nhan": MoneyValue(amount: individuals.reduce(0) { $0 + $1.recipient.award.amount }, settings: words),
        ]
        if let first = all.first {
            context["muc_luong_co_so"] = MoneyValue(amount: first.baseSalary, settings: words)
            context["can_cu_luong_co_so"] = first.baseSalaryRule.legalSource
        }
        // Per award form as written, in order of first appearance: what Điều 1 and Điều 2 enumerate.
        let recipients = collectives + individuals.map(\.recipient)
        var formNames: [String] = []
        var membersByForm: [String: [AwardAmount]] = [:]
        for recipient in recipients {
            if membersByForm[recipient.formKey] == nil { formNames.append(recipient.form) }
            membersByForm[recipient.formKey, default: []].append(recipient.award)
        }
        var forms: [[String: Any]] = []
        for (index, formName) in formNames.enumerated() {
            let members = membersByForm[folded(formName)] ?? []
            let totals = AwardTotals(members)
            var item: [String: Any] = [
                "ten": formName, "dem": totals.countsPhrase,
                "so_tap_the": CountValue(count: totals.collectiveCount),
                "so_ca_nhan": CountValue(count: totals.individualCount),
                "tong_tien": MoneyValue(amount: totals.totalAmount, settings: words),
                "tt": String(index + 1), "dau": index == 0, "cuoi": index == formNames.count - 1,
            ]
            if let collective = members.first(where: { $0.kind == .collective }) {
                item["tien_tap_the"] = MoneyValue(amount: collective.amount, settings: words)
                item["he_so_tap_the"] = collective.coefficient.description
            }
            if let individual = members.first(where: { $0.kind == .individual }) {
                item["tien_ca_nhan"] = MoneyValue(amount: individual.amount, settings: words)
                item["he_so_ca_nhan"] = individual.coefficient.description
            }
            var sources: [String] = []
            for source in members.map(\.coefficientRule.legalSource) where !sources.contains(source) { sources.append(source) }
            item["can_cu"] = sources.joined(separator: "; ")
            forms.append(item)
        }
        context["hinh_thuc_khen"] = forms
        // The annex's groups: per kind, the recipients of each form together (numbered through
        // the kind), so a decision giving several forms lists them form by form.
        func groups(_ recipients: [Recipient]) -> [[String: Any]] {
            var order: [String] = []
            var byForm: [String: [Recipient]] = [:]
            for recipient in recipients {
                if byForm[recipient.formKey] == nil { order.append(recipient.form) }
                byForm[recipient.formKey, default: []].append(recipient)
            }
            var number = 0
            return order.enumerated().map { index, form in
                let members = byForm[folded(form)] ?? []
                let items = members.map { recipient -> [String: Any] in
                    number += 1
                    var fields = recipient.fields
                    fields["tt"] = String(number)
                    return fields
                }
                return ["hinh_thuc": form, "so": CountValue(count: members.count), "danh_sach": items,
                        "tt": String(index + 1), "dau": index == 0, "cuoi": index == order.count - 1]
            }
        }
        context["nhom_tap_the"] = groups(collectives)
        context["nhom_ca_nhan"] = groups(individuals.map(\.recipient))
        context["nhieu_hinh_thuc"] = forms.count > 1
        return context
    }
}
