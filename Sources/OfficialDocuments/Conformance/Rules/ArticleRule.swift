/// "Điều 1." (with its title, if any) bold, upright, the size of the body, indented like a
/// paragraph (mục II.6).
struct ArticleRule: ConformanceRule {
    let id = "dieu"

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        var out: [ConformanceViolation] = []
        for article in context.paragraphs.articles {
            let flow = context.flow(section: article.section)
            guard let found = article.found else {
                let page = context.pages(section: article.section).first?.number ?? 1
                out.append(violation(page: page, "Không có dòng bắt đầu bằng «Điều \(article.label).» trên trang (\(Clause.content))."))
                continue
            }
            let line = flow.lines[found.range.lowerBound]
            let page = flow.pages[found.range.lowerBound]
            let labelRuns = article.isHeading ? line.runs.filter { !$0.text.allSatisfy(\.isWhitespace) } : Array(line.runs.prefix(1))
            if !labelRuns.allSatisfy({ $0.isBold && !$0.isItalic }) {
                out.append(violation(page: page, "«Điều \(article.label).» không in đậm: từ «Điều», số thứ tự và tiêu đề của điều in thường, kiểu chữ đứng, đậm (\(Clause.content))."))
            }
            if !within(line.size, 13...14) {
                out.append(violation(page: page, "«Điều \(article.label).» in \(sizeText(line.size)): cỡ chữ bằng cỡ chữ của phần nội dung, từ 13 đến 14 (\(Clause.content))."))
            }
            let area = context.pages[page - 1].area
            if let wrong = ParagraphRule.indentProblem(line, area: area) {
                out.append(violation(page: page, "«Điều \(article.label).» \(wrong) (\(Clause.content))."))
            }
        }
        return out
    }
}
