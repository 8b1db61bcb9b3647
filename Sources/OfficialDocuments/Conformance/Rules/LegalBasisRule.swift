/// Căn cứ ban hành: italic, 13–14 pt, each in a paragraph of its own ending ";", the last
/// (with the proposal line, when there is one) ending "." (mục II.6).
struct LegalBasisRule: ConformanceRule {
    let id = "can-cu"
    static let appearance = Appearance(sizes: 13...14, bold: false, italic: true)

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        let flow = context.flow(section: 0)
        var out: [ConformanceViolation] = []
        for (index, basis) in context.paragraphs.bases.enumerated() {
            let name = "Căn cứ thứ \(index + 1)"
            guard let found = basis.found else {
                out.append(violation(page: context.pages.first?.number ?? 1,
                    "\(name) \(ConformanceText.quoted(basis.text)) không có trên trang như một đoạn văn riêng (\(Clause.content))."))
                continue
            }
            let lines = Array(flow.lines[found.range])
            let page = flow.pages[found.range.lowerBound]
            if let wrong = Self.appearance.check(lines, element: name, clause: Clause.content, casing: "chữ in thường, ") {
                out.append(violation(page: page, wrong))
            }
            let end: Character = basis.isLast ? "." : ";"
            if let last = lines.last?.words.last?.last, last != end {
                let which = basis.isLast ? "căn cứ cuối cùng (hoặc dòng «Theo đề nghị») kết thúc bằng dấu «.»" : "sau mỗi căn cứ xuống dòng, cuối dòng có dấu «;»"
                out.append(violation(page: page, "\(name) kết thúc bằng «\(last)»: \(which) (\(Clause.content))."))
            }
        }
        return out
    }
}
