import AwardRules
import DataInput
import VietnameseText

/// One recipient of the decision as the template sees it, with its award.
struct AwardRecipient {
    var fields: [String: Any]
    var kind: RecipientKind
    /// The award form as the data wrote it ("Bằng khen của Bộ trưởng Bộ Nội vụ"): what the
    /// decision prints; the table's own name may be a category.
    var form: String
    var formID: Int
    /// Nil when the decision pays no money.
    var award: AwardAmount?

    /// The list a kind of recipient is given in, and how the decision counts it.
    static let lists: [(key: String, kind: RecipientKind)] = [("tap_the", .collective), ("ca_nhan", .individual), ("ho_gia_dinh", .household)]

    static func list(for kind: RecipientKind) -> String {
        lists.first { $0.kind == kind }!.key
    }

    /// The recipient's fields, with its form, money and the texts the annex and Điều 1 print.
    init(node: DataNode, kind: RecipientKind, resolution: AwardFormResolver.Resolution, money: (Int) -> MoneyValue) {
        var fields = ContextBuilder.fields(node, inputs: [], extraCapacity: 4)
        fields["hinh_thuc"] = resolution.form
        if let award = resolution.award { fields["so_tien"] = money(award.amount) } else { fields["so_tien"] = nil }
        if kind == .individual {
            let title = Self.joinedTitle(fields["chuc_vu"] as? String, fields["don_vi"] as? String)
            fields["chuc_vu_don_vi"] = title
            fields["mo_ta"] = [fields["ho_ten"] as? String ?? "", title].filter { !$0.isEmpty }.joined(separator: ", ")
        } else {
            fields["mo_ta"] = [fields["ten"] as? String ?? "", fields["dia_chi"] as? String ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
        }
        self.fields = fields
        self.kind = kind
        self.form = resolution.form
        self.formID = resolution.formID
        self.award = resolution.award
    }

    var name: String { (fields["ho_ten"] as? String) ?? (fields["ten"] as? String) ?? "" }

    /// "Chuyên viên, Sở Nội vụ tỉnh Bến Tre": the position and the unit, whichever are given.
    static func joinedTitle(_ position: String?, _ unit: String?) -> String {
        [position, unit].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
