import DocumentMarkup
import VietnameseText

/// Divisions of the body (mục II.6): "Phần I", "Chương I", "Mục 1" bold and centred on a line of
/// their own, their title under them uppercase, bold, centred; the sections of plans and
/// reports "I. MỤC ĐÍCH, YÊU CẦU" uppercase bold; a titled khoản "1. Mục đích" bold.
struct HeadingRule: ConformanceRule {
    let id = "de-muc"
    static let appearance = Appearance(sizes: 13...14, bold: true, italic: false)

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        var out: [ConformanceViolation] = []
        for (section, blocks) in context.sectionBlocks.enumerated() {
            let flow = context.flow(section: section)
            var cursor = 0
            for block in MarkupWalk.blocks(blocks) {
                guard case let .heading(heading) = block.kind, heading.level != .article, heading.level != .point else { continue }
                let title = heading.title.plainText
                var parts: [(text: String, uppercase: Bool, centred: Bool)]
                switch heading.level {
                case .part, .chapter, .section:
                    let word = heading.level == .part ? "Phần" : heading.level == .chapter ? "Chương" : "Mục"
                    parts = [("\(word) \(heading.number.label)", false, true)]
                    if !title.isEmpty { parts.append((title, true, true)) }
                case .romanSection: parts = [("\(heading.number.label). \(title)", true, false)]
                default:
                    guard !title.isEmpty else { continue }
                    parts = [("\(heading.number.label). \(title)", false, false)]
                }
                for part in parts {
                    guard let range = HeaderLayout.find(part.text, in: flow.lines, from: cursor) else {
                        let page = context.pages(section: section).first?.number ?? 1
                        out.append(violation(page: page, "Không có đề mục \(ConformanceText.quoted(part.text)) trên một dòng riêng (\(Clause.content))."))
                        continue
                    }
                    cursor = range.upperBound
                    let lines = Array(flow.lines[range])
                    out += problems(lines, part: part, area: context.pages[flow.pages[range.lowerBound] - 1].area)
                        .map { violation(page: flow.pages[range.lowerBound], $0) }
                }
            }
        }
        return out
    }

    private func problems(_ lines: [TextLine], part: (text: String, uppercase: Bool, centred: Bool), area: TextArea) -> [String] {
        let text = lines.map(\.text).joined(separator: " ")
        var found: [String] = []
        if part.uppercase, text != officialUppercased(text) {
            found.append("Đề mục \(ConformanceText.quoted(text)): tiêu đề in hoa (\(Clause.content)).")
        }
        if let wrong = Self.appearance.check(lines, element: "Đề mục \(ConformanceText.quoted(text))", clause: Clause.content) { found.append(wrong) }
        if part.centred, lines.contains(where: { abs($0.centreX - area.centre) > Tolerance.position }) {
            found.append("Đề mục \(ConformanceText.quoted(text)) không canh giữa (\(Clause.content)).")
        }
        return found
    }
}
