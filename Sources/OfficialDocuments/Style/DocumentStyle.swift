import Typesetting

/// The presentation choices NĐ 30/2020 leaves to the issuer, each inside the decree's range
/// (ND30.md); the defaults are the project's. `validate()` names any value outside its range.
public struct DocumentStyle: Sendable, Equatable {
    public var fontFamily = TextStyle.defaultFamily
    /// Body text, 13–14 pt.
    public var bodySize = 14.0
    /// Margins in millimetres: top 20–25, bottom 20–25, left 30–35, right 15–20.
    public var marginTop = 20.0
    public var marginBottom = 20.0
    public var marginLeft = 30.0
    public var marginRight = 15.0
    /// First-line indent in centimetres: 1 or 1.27.
    public var firstLineIndent = 1.0
    /// Line spacing from single (1.0) to 1.5.
    public var lineSpacing = 1.15
    /// Space between paragraphs, at least 6 pt.
    public var paragraphSpacing = 6.0
    /// Quốc hiệu 12–13 pt, tiêu ngữ 13–14, issuer 12–13, date line 13–14, title 13–14.
    public var nationalNameSize = 13.0
    public var mottoSize = 14.0
    public var issuerSize = 13.0
    public var dateSize = 14.0
    public var titleSize = 14.0
    /// Signer's authority, title and name, 13–14 pt.
    public var signatureSize = 14.0
    /// Page numbers, 13–14 pt.
    public var pageNumberSize = 14.0
    /// Table text (a convention: a point below the body).
    public var tableSize = 13.0
    /// The rule under the issuer and under the subject line: 1/3 to 1/2 of the text.
    public var issuerRuleFraction = 1.0 / 3
    public var subjectRuleFraction = 1.0 / 3
    /// The header's left column as a share of the text width (convention 0.40–0.46).
    public var headerLeftShare = 0.42
    /// Space for signature and seal in millimetres (convention 25–30).
    public var signingSpace = 25.0

    public init() {}

    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var field: String
        public var value: Double
        public var range: ClosedRange<Double>
        public var description: String {
            "Trường «\(field)» = \(DocumentStyle.format(value)) nằm ngoài khoảng Nghị định 30/2020 cho phép (\(DocumentStyle.format(range.lowerBound))–\(DocumentStyle.format(range.upperBound)))."
        }
    }

    /// The fields with their data-file key and allowed range.
    static var ranges: [(key: String, path: WritableKeyPath<DocumentStyle, Double>, range: ClosedRange<Double>)] { [
        ("co_chu", \.bodySize, 13...14),
        ("le_tren", \.marginTop, 20...25), ("le_duoi", \.marginBottom, 20...25),
        ("le_trai", \.marginLeft, 30...35), ("le_phai", \.marginRight, 15...20),
        ("thut_dau_dong", \.firstLineIndent, 1...1.27),
        ("gian_dong", \.lineSpacing, 1...1.5),
        ("cach_doan", \.paragraphSpacing, 6...24),
        ("co_chu_quoc_hieu", \.nationalNameSize, 12...13), ("co_chu_tieu_ngu", \.mottoSize, 13...14),
        ("co_chu_co_quan", \.issuerSize, 12...13), ("co_chu_ngay_thang", \.dateSize, 13...14),
        ("co_chu_ten_loai", \.titleSize, 13...14), ("co_chu_chu_ky", \.signatureSize, 13...14),
        ("co_chu_so_trang", \.pageNumberSize, 13...14), ("co_chu_bang", \.tableSize, 10...14),
        ("gach_duoi_co_quan", \.issuerRuleFraction, (1.0 / 3 - 1e-9)...0.5),
        ("gach_duoi_trich_yeu", \.subjectRuleFraction, (1.0 / 3 - 1e-9)...0.5),
        ("ti_le_cot_trai", \.headerLeftShare, 0.40...0.46),
        ("khoang_ky", \.signingSpace, 25...30),
    ] }

    /// The data-file keys of the settings, in order.
    public static var fieldKeys: [(key: String, range: ClosedRange<Double>)] { ranges.map { ($0.key, $0.range) } }

    /// Sets a value by its data-file key; unknown keys are ignored.
    public mutating func set(_ key: String, to value: Double) {
        guard let entry = Self.ranges.first(where: { $0.key == key }) else { return }
        self[keyPath: entry.path] = value
    }

    /// Every value outside its range, in field order.
    public func validate() -> [Problem] {
        Self.ranges.compactMap { entry in
            let value = self[keyPath: entry.path]
            return entry.range.contains(value) ? nil : Problem(field: entry.key, value: value, range: entry.range)
        }
    }

    /// "13", "1,27", "0,33": two decimals at most, the Vietnamese decimal comma. Any value a
    /// data file can give (up to 10¹⁵, or beyond) prints without converting through `Int`.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        let rounded = (value * 100).rounded() / 100
        var text = abs(rounded) < 1e15 && rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text.replacingOccurrences(of: ".", with: ",")
    }

    // MARK: - Engine styles

    func text(_ size: Double, bold: Bool = false, italic: Bool = false) -> TextStyle {
        TextStyle(family: fontFamily, size: size, bold: bold, italic: italic)
    }

    var body: TextStyle { text(bodySize) }

    /// A4 portrait with the decree's margins, page numbers from page 2, footnotes two points
    /// below the body, indented 1 cm.
    public var pageStyle: PageStyle {
        PageStyle(size: PageStyle.a4Portrait,
                  margins: EdgeInsets(top: Units.mm(marginTop), right: Units.mm(marginRight),
                                      bottom: Units.mm(marginBottom), left: Units.mm(marginLeft)),
                  pageNumber: PageNumberStyle(textStyle: text(pageNumberSize)),
                  footnoteStyle: text(bodySize - 2), footnoteFirstLineIndent: Units.cm(1))
    }

    /// A body paragraph: justified, indented, NĐ 30 spacing.
    func bodyParagraph(alignment: HorizontalAlignment = .justified, indent: Bool = true,
                       keepWithNext: Bool = false) -> ParagraphStyle {
        ParagraphStyle(alignment: alignment, firstLineIndent: indent ? Units.cm(firstLineIndent) : 0,
                       lineSpacing: lineSpacing, spaceAfter: paragraphSpacing, keepWithNext: keepWithNext, strut: body)
    }

    /// A centred line of the header or title block: single spacing, no indent.
    func centred(_ style: TextStyle, spaceAfter: Double = 0, keepWithNext: Bool = true) -> ParagraphStyle {
        ParagraphStyle(alignment: .center, lineSpacing: 1.0, spaceAfter: spaceAfter, keepWithNext: keepWithNext, strut: style)
    }
}
