import Typesetting

/// Checks a laid-out administrative document against the layout rules of Nghị định
/// 30/2020/NĐ-CP (Phụ lục I) as this project reads them (docs/conformance.md), for what the
/// document is: a biên bản has no date line unless it was given one, a draft leaves its number
/// and date blank, a công văn has its "V/v …" under the number and no title, each annex starts
/// a page of its own. Any layout can be checked, not only what the composer made: every rule
/// reads positions, sizes and faces off the pages, and texts off the document.
public enum ND30Conformance {
    static let rules: [any ConformanceRule] = [
        PaperRule(), MarginRule(), FontRule(), SizeRule(), StyleRangeRule(), PageNumberRule(),
        NationalNameRule(), MottoRule(), IssuerRule(), NumberRule(), PlaceAndDateRule(),
        TitleRule(), LetterSubjectRule(), AuthorityRule(), LegalBasisRule(), ArticleRule(), HeadingRule(),
        PointLetterRule(), ParagraphRule(), EndMarkerRule(), SignatureRule(), RecipientsRule(),
        CovenantGridRule(), AnnexRule(), RepeatedHeaderRule(),
    ]

    /// The rules' ids, in the order they are checked (docs/conformance.md says what each checks).
    public static var ruleIDs: [String] { rules.map(\.id) }

    /// Every violation found, by page (findings about the whole document, page 0, first), each
    /// rule's in the order it found them.
    /// - Parameters:
    ///   - document: what was composed (its texts: issuer, number, date, căn cứ, signer…).
    ///   - laidOut: its pages as the typesetter laid them out (or as any other layout did).
    ///   - style: the presentation it was composed with (margins, sizes).
    public static func check(_ document: AdministrativeDocument, laidOut: LaidOutDocument,
                             style: DocumentStyle) -> [ConformanceViolation] {
        let context = ConformanceContext(document: document, laidOut: laidOut, style: style)
        guard !laidOut.pages.isEmpty else {
            return [ConformanceViolation(rule: "kho-giay", page: 0, message: "Văn bản không có trang nào.")]
        }
        let found = rules.flatMap { $0.check(context) }
        return found.enumerated().sorted { ($0.element.page, $0.offset) < ($1.element.page, $1.offset) }.map(\.element)
    }
}
