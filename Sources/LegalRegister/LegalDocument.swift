import VietnameseText

/// One legal document a thi đua, khen thưởng document may cite as căn cứ, as the register holds
/// it: what it is called, when it was issued, the days it is in force, what replaced it.
public struct LegalDocument: Hashable, Sendable {
    /// "91/2017/NĐ-CP", "06/2022/QH15".
    public let number: String
    /// "Luật", "Nghị định", "Thông tư"…
    public let type: String
    /// The name a law is cited by ("Luật Thi đua, khen thưởng"); nil for documents cited by number.
    public let name: String?
    /// "quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng".
    public let subject: String?
    /// "Chính phủ", "Quốc hội", "Bộ Nội vụ".
    public let issuer: String?
    /// The day it was signed (a law: the day the Quốc hội passed it, as laws are cited).
    public let issueDate: CalendarDate
    public let inForce: ValidityPeriod
    /// The number of the document that replaced it, if any.
    public let replacedBy: String?
    /// The numbers of the documents it amends.
    public let amends: [String]
    /// What it is about, for suggesting căn cứ: "thi_dua_khen_thuong", "chinh_quyen_dia_phuong"…
    public let fields: [String]
    public let provenance: Provenance

    public init(number: String, type: String, name: String? = nil, subject: String? = nil, issuer: String? = nil,
                issueDate: CalendarDate, inForce: ValidityPeriod, replacedBy: String? = nil, amends: [String] = [],
                fields: [String] = [], provenance: Provenance) {
        self.number = number; self.type = type; self.name = name; self.subject = subject; self.issuer = issuer
        self.issueDate = issueDate; self.inForce = inForce; self.replacedBy = replacedBy; self.amends = amends
        self.fields = fields; self.provenance = provenance
    }

    /// Căn cứ are cited from the highest rank down: laws, then resolutions and decrees of the
    /// Government, then decisions, then circulars.
    public var citationRank: Int {
        switch vietnameseLowercased(type) {
        case "hiến pháp": 0
        case "luật", "bộ luật": 1
        case "nghị quyết": 2
        case "nghị định": 3
        case "quyết định": 4
        case "thông tư", "thông tư liên tịch": 5
        default: 6
        }
    }

    /// How a decision names it in a message: "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
    /// "Nghị định số 98/2023/NĐ-CP".
    public var shortCitation: String {
        if let name { return "\(name) ngày \(issueDate.dayField) tháng \(issueDate.monthField) năm \(issueDate.year)" }
        return "\(type) số \(number)"
    }

    /// The căn cứ line a decision writes: "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6
    /// năm 2025 của Chính phủ quy định …;".
    public var basisLine: String {
        var text = "Căn cứ "
        if let name {
            text += "\(name) ngày \(issueDate.dayField) tháng \(issueDate.monthField) năm \(issueDate.year)"
        } else {
            text += "\(type) số \(number) \(issueDate.longForm)"
            if let issuer { text += " của \(issuer)" }
            if let subject { text += " \(subject)" }
        }
        return text + ";"
    }
}
