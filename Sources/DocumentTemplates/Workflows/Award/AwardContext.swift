import AwardRules
import OfficialDocuments
import VietnameseText

/// The names an award decision's template can use, all declared here (docs/templates.md lists
/// them; a test holds the two together). Each is made from the recipients and their awards.
struct AwardContext {
    /// Every name this context gives a template, with what it holds (for the docs' test).
    static let names: [(name: String, meaning: String)] = [
        ("tap_the", "các tập thể được khen"), ("ca_nhan", "các cá nhân được khen"), ("ho_gia_dinh", "các hộ gia đình được khen"),
        ("co_tap_the", "có tập thể"), ("co_ca_nhan", "có cá nhân"), ("co_ho_gia_dinh", "có hộ gia đình"),
        ("so_tap_the", "số tập thể"), ("so_ca_nhan", "số cá nhân"), ("so_ho_gia_dinh", "số hộ gia đình"),
        ("dem", "«04 tập thể và 13 cá nhân»"), ("doi_tuong_khen", "«các tập thể, cá nhân»"),
        ("danh_sach", "mọi người được khen theo thứ tự, cho danh sách trong Điều 1"),
        ("hinh_thuc_khen", "mỗi hình thức khen thưởng"), ("nhieu_hinh_thuc", "có nhiều hình thức"),
        ("phan_loai", "các nhóm của phụ lục (TẬP THỂ, CÁ NHÂN, GIA ĐÌNH)"),
        ("tien_thuong", "quyết định có tiền thưởng"), ("tong_tien", "tổng tiền thưởng"),
        ("tong_tien_tap_the", "tổng tiền của các tập thể"), ("tong_tien_ca_nhan", "tổng tiền của các cá nhân"),
        ("tong_tien_ho_gia_dinh", "tổng tiền của các hộ gia đình"),
        ("muc_luong_co_so", "mức lương áp dụng"), ("ten_muc_luong", "«Mức lương cơ sở» hoặc «Mức lương tối thiểu chung»"),
        ("can_cu_luong_co_so", "căn cứ của mức lương"), ("can_cu_tien_thuong", "căn cứ của các hệ số, mỗi điều một lần"),
        ("dong_tu_thuong", "động từ của Điều 1 viết thường"), ("co_phu_luc", "danh sách ở phụ lục"),
    ]

    let recipients: [AwardRecipient]
    let summary: AwardSummary
    let words: NumberWordsSettings
    let paysMoney: Bool
    let inlineList: Bool
    let verb: String

    func fields() -> [String: Any] {
        let byKind = Dictionary(grouping: recipients, by: \.kind)
        var fields: [String: Any] = [
            "dem": summary.totals.countsPhrase, "doi_tuong_khen": summary.recipientsPhrase,
            "nhieu_hinh_thuc": summary.forms.count > 1, "tien_thuong": paysMoney,
            "danh_sach": numbered(recipients), "hinh_thuc_khen": forms(),
            "phan_loai": kindGroups(byKind), "co_phu_luc": !inlineList,
            "dong_tu_thuong": verb.prefix(1).lowercased() + verb.dropFirst(),
        ]
        for (key, kind) in AwardRecipient.lists {
            let list = byKind[kind] ?? []
            fields[key] = numbered(list)
            fields["co_" + key] = !list.isEmpty
            fields["so_" + key] = CountValue(count: list.count)
        }
        guard paysMoney else { return fields }
        fields["tong_tien"] = MoneyValue(amount: summary.totals.totalAmount, settings: words)
        for (key, kind) in AwardRecipient.lists {
            fields["tong_tien_" + key] = MoneyValue(amount: summary.totalByKind[kind] ?? 0, settings: words)
        }
        fields["can_cu_tien_thuong"] = summary.moneySources
        if let award = recipients.first?.award {
            fields["muc_luong_co_so"] = MoneyValue(amount: award.baseSalary, settings: words)
            fields["can_cu_luong_co_so"] = award.baseSalaryRule.legalSource
            fields["ten_muc_luong"] = sentenceCased(award.baseSalaryRule.name)
        }
        return fields
    }

    private func numbered(_ list: [AwardRecipient]) -> [TemplateObject] {
        TemplateObject.numbered(list.map(\.fields))
    }

    /// Per award form: its name, counts and money per recipient of each kind, and its sources.
    private func forms() -> [TemplateObject] {
        summary.forms.enumerated().map { index, form in
            var item = TemplateObject(["ten": form.name, "dem": form.totals.countsPhrase, "can_cu": form.sources.joined(separator: "; "),
                                       "tong_tien": MoneyValue(amount: form.totals.totalAmount, settings: words)],
                                      position: ListPosition(index: index, count: summary.forms.count))
            var each: [(String, AwardAmount)] = []
            for (key, kind) in AwardRecipient.lists {
                item["so_" + key] = CountValue(count: form.totals.count(of: kind))
                guard let award = form.firstAward[kind] else { continue }
                item["tien_" + key] = MoneyValue(amount: award.amount, settings: words)
                item["he_so_" + key] = award.coefficient.description
                each.append((kind == .household ? "gia đình" : kind.vietnameseName, award))
            }
            // "cho mỗi tập thể là …, cho mỗi cá nhân là …": one item per kind the form pays.
            item["tien_moi"] = each.enumerated().map { position, entry in
                TemplateObject(["doi_tuong": entry.0, "tien": MoneyValue(amount: entry.1.amount, settings: words)],
                               position: ListPosition(index: position, count: each.count))
            }
            return item
        }
    }

    /// The annex's groups: per kind present (I. TẬP THỂ, II. CÁ NHÂN, III. GIA ĐÌNH), the
    /// recipients of each form together, numbered through the kind.
    private func kindGroups(_ byKind: [RecipientKind: [AwardRecipient]]) -> [TemplateObject] {
        let present = AwardRecipient.lists.filter { !(byKind[$0.kind] ?? []).isEmpty }
        return present.enumerated().map { index, entry in
            let list = byKind[entry.kind]!
            var group = TemplateObject(["ten": kindTitle(entry.kind), "la_ma": RomanNumeral.string(index + 1),
                                        "so": CountValue(count: list.count), "nhom": formGroups(list),
                                        "la_" + entry.key: true],
                                       position: ListPosition(index: index, count: present.count))
            group["ma"] = entry.key
            return group
        }
    }

    private func kindTitle(_ kind: RecipientKind) -> String {
        switch kind {
        case .collective: "TẬP THỂ"
        case .individual: "CÁ NHÂN"
        case .household: "GIA ĐÌNH"
        }
    }

    private func formGroups(_ list: [AwardRecipient]) -> [TemplateObject] {
        var order: [(form: String, id: Int)] = []
        var members: [Int: [Int]] = [:]
        for (index, recipient) in list.enumerated() {
            if members[recipient.formID] == nil { order.append((recipient.form, recipient.formID)) }
            members[recipient.formID, default: []].append(index)
        }
        var number = 0
        return order.enumerated().map { index, group in
            let items = members[group.id]!.map { member -> TemplateObject in
                number += 1
                return TemplateObject(list[member].fields, position: ListPosition(number: number))
            }
            return TemplateObject(["hinh_thuc": group.form, "so": CountValue(count: items.count), "danh_sach": items],
                                  position: ListPosition(index: index, count: order.count))
        }
    }
}
