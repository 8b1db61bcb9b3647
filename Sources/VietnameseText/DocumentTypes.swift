/// A kind of administrative document and its abbreviation in the số, ký hiệu.
public struct DocumentType: Hashable, Sendable {
    /// Name in sentence case, as in running text: "Quyết định", "Bản thỏa thuận".
    public let name: String
    /// Phụ lục III abbreviation ("QĐ"); nil for a công văn, whose symbol has no type part.
    public let abbreviation: String?
    /// True for the three kinds of copy (bản sao y, trích sao, sao lục).
    public let isCopy: Bool

    public init(name: String, abbreviation: String?, isCopy: Bool = false) {
        self.name = nfc(name)
        self.abbreviation = abbreviation.map(nfc)
        self.isCopy = isCopy
    }

    /// The title as printed: "QUYẾT ĐỊNH".
    public var title: String { vietnameseUppercased(name) }
}

extension DocumentType {
    public static let decision = DocumentType(name: "Quyết định", abbreviation: "QĐ")
    public static let plan = DocumentType(name: "Kế hoạch", abbreviation: "KH")
    public static let minutes = DocumentType(name: "Biên bản", abbreviation: "BB")
    public static let report = DocumentType(name: "Báo cáo", abbreviation: "BC")
    public static let submission = DocumentType(name: "Tờ trình", abbreviation: "TTr")
    public static let notice = DocumentType(name: "Thông báo", abbreviation: "TB")
    public static let officialLetter = DocumentType(name: "Công văn", abbreviation: nil)
}

/// The table of Nghị định 30/2020, Phụ lục III ("Bảng chữ viết tắt tên loại văn bản và bản sao").
public enum DocumentTypes {
    /// Every type with its abbreviation, in the decree's order; then công văn (no abbreviation);
    /// then the copies. "Thông cáo TC" is in the decree's table though ND30.md omits it.
    public static let all: [DocumentType] = [
        DocumentType(name: "Nghị quyết", abbreviation: "NQ"),
        .decision,
        DocumentType(name: "Chỉ thị", abbreviation: "CT"),
        DocumentType(name: "Quy chế", abbreviation: "QC"),
        DocumentType(name: "Quy định", abbreviation: "QyĐ"),
        DocumentType(name: "Thông cáo", abbreviation: "TC"),
        .notice,
        DocumentType(name: "Hướng dẫn", abbreviation: "HD"),
        DocumentType(name: "Chương trình", abbreviation: "CTr"),
        .plan,
        DocumentType(name: "Phương án", abbreviation: "PA"),
        DocumentType(name: "Đề án", abbreviation: "ĐA"),
        DocumentType(name: "Dự án", abbreviation: "DA"),
        .report,
        .minutes,
        .submission,
        DocumentType(name: "Hợp đồng", abbreviation: "HĐ"),
        DocumentType(name: "Công điện", abbreviation: "CĐ"),
        DocumentType(name: "Bản ghi nhớ", abbreviation: "BGN"),
        DocumentType(name: "Bản thỏa thuận", abbreviation: "BTT"),
        DocumentType(name: "Giấy ủy quyền", abbreviation: "GUQ"),
        DocumentType(name: "Giấy mời", abbreviation: "GM"),
        DocumentType(name: "Giấy giới thiệu", abbreviation: "GGT"),
        DocumentType(name: "Giấy nghỉ phép", abbreviation: "GNP"),
        DocumentType(name: "Phiếu gửi", abbreviation: "PG"),
        DocumentType(name: "Phiếu chuyển", abbreviation: "PC"),
        DocumentType(name: "Phiếu báo", abbreviation: "PB"),
        .officialLetter,
        DocumentType(name: "Bản sao y", abbreviation: "SY", isCopy: true),
        DocumentType(name: "Bản trích sao", abbreviation: "TrS", isCopy: true),
        DocumentType(name: "Bản sao lục", abbreviation: "SL", isCopy: true),
    ]

    /// Finds a type by name, ignoring case, spacing, NFC/NFD and the "hòa"/"hoà" tone placement
    /// ("QUYẾT ĐỊNH", "Giấy uỷ quyền" both match). Nil for a name outside the decree's table,
    /// e.g. "Giao ước thi đua", which is a convention and has no abbreviation of its own.
    public static func named(_ name: String) -> DocumentType? {
        let key = lookupKey(name)
        return all.first { lookupKey($0.name) == key }
    }

    /// Finds a type by its exact abbreviation ("QĐ", "TTr"; case matters: "QyĐ" ≠ "QYĐ").
    public static func withAbbreviation(_ abbreviation: String) -> DocumentType? {
        let key = nfc(abbreviation)
        return all.first { $0.abbreviation == key }
    }

    static func lookupKey(_ text: String) -> String {
        vietnameseLowercased(normalizingTonePlacement(normalizedSpacing(text), to: .classic))
    }
}
