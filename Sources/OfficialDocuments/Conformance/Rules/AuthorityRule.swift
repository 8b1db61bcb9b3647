import VietnameseText

/// Thẩm quyền ban hành ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẾN TRE"): uppercase, bold, centred,
/// under the title (the models of Phụ lục III).
struct AuthorityRule: ConformanceRule {
    let id = "tham-quyen"
    static let appearance = Appearance(sizes: 13...14, bold: true, italic: false)

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        let document = context.document
        guard let authority = document.authority, !authority.isEmpty, !document.isLetter,
              let header = context.header, let page = context.pages.first else { return [] }
        let start = (header.subject ?? header.title)?.upperBound ?? 0
        guard let range = HeaderLayout.find(authority, in: header.lines, from: start) else {
            return [violation(page: 1, "Không có thẩm quyền ban hành \(ConformanceText.quoted(officialUppercased(authority))) dưới tên loại (\(Clause.models)).")]
        }
        let lines = Array(header.lines[range])
        var found: [String] = []
        let text = lines.map(\.text).joined(separator: " ")
        if text != officialUppercased(text) {
            found.append("Thẩm quyền ban hành in \(ConformanceText.quoted(text)): chữ in hoa (\(Clause.models)).")
        }
        if let wrong = Self.appearance.check(lines, element: "Thẩm quyền ban hành", clause: Clause.models, casing: "chữ in hoa, ") { found.append(wrong) }
        if lines.contains(where: { abs($0.centreX - page.area.centre) > Tolerance.position }) {
            found.append("Thẩm quyền ban hành không canh giữa (\(Clause.models)).")
        }
        return found.map { violation(page: 1, $0) }
    }
}
