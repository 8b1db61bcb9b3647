import Typesetting

/// The body's paragraphs whose text is known (căn cứ, articles): 13–14 pt, justified, the
/// first line indented 1 to 1.27 cm, line spacing from single to 1.5 lines, at least 6 pt
/// between paragraphs (mục II.6).
struct ParagraphRule: ConformanceRule {
    let id = "doan-van"
    static let indents = Units.cm(1)...Units.cm(1.27)
    static let spacing = 1.0...1.5

    /// nil when the line starts 1 to 1.27 cm in from the left margin.
    static func indentProblem(_ line: TextLine, area: TextArea) -> String? {
        let indent = line.minX - area.left
        guard indent < indents.lowerBound - Tolerance.position || indent > indents.upperBound + Tolerance.position else { return nil }
        return "lùi đầu dòng \(ConformanceText.points(indent / Units.cm(1))) cm: chữ đầu dòng lùi vào 1 cm hoặc 1,27 cm"
    }

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        let found = context.paragraphs.bases.compactMap(\.found) + context.paragraphs.articles.compactMap(\.found)
        var out: [ConformanceViolation] = []
        for paragraph in found where paragraph.whole {
            out += problems(paragraph, context).map { violation(page: $0.page, $0.message) }
        }
        let ordered = found.filter(\.whole).sorted { ($0.section, $0.range.lowerBound) < ($1.section, $1.range.lowerBound) }
        for (a, b) in zip(ordered, ordered.dropFirst()) where a.section == b.section && a.range.upperBound == b.range.lowerBound {
            if let problem = spacingProblem(a, b, context) { out.append(violation(page: problem.page, problem.message)) }
        }
        return out
    }

    private func problems(_ paragraph: FoundParagraph, _ context: ConformanceContext) -> [(page: Int, message: String)] {
        let flow = context.flow(section: paragraph.section)
        let indices = Array(paragraph.range)
        let first = flow.lines[indices[0]]
        let start = ConformanceText.quoted(first.text)
        var found: [(page: Int, message: String)] = []
        for index in indices where !within(flow.lines[index].size, 13...14) {
            found.append((flow.pages[index], "Đoạn \(start) in \(sizeText(flow.lines[index].size)): phần nội dung cỡ chữ từ 13 đến 14 (\(Clause.content))."))
            break
        }
        for (offset, index) in indices.enumerated() {
            let line = flow.lines[index], page = flow.pages[index]
            let area = context.pages[page - 1].area
            if offset == 0, let wrong = Self.indentProblem(line, area: area) {
                found.append((page, "Đoạn \(start): \(wrong) (\(Clause.content))."))
            }
            if offset > 0, abs(line.minX - area.left) > Tolerance.position {
                found.append((page, "Dòng \(ConformanceText.quoted(line.text)) không bắt đầu sát lề trái: phần nội dung canh đều hai lề (\(Clause.content))."))
                break
            }
            if paragraph.justified, offset < indices.count - 1, abs(line.maxX - area.right) > Tolerance.position {
                found.append((page, "Dòng \(ConformanceText.quoted(line.text)) không canh đều hai lề (kết thúc cách lề phải \(ConformanceText.millimetres(area.right - line.maxX)) mm) (\(Clause.content))."))
                break
            }
        }
        for (a, b) in zip(indices, indices.dropFirst()) where flow.pages[a] == flow.pages[b] {
            let ratio = (flow.lines[b].y - flow.lines[a].y) / Self.naturalHeight(flow.lines[b])
            if ratio < Self.spacing.lowerBound - 0.02 || ratio > Self.spacing.upperBound + 0.05 {
                found.append((flow.pages[b], "Đoạn \(start) giãn dòng \(ConformanceText.points(ratio)) lần: khoảng cách giữa các dòng từ dòng đơn đến 1,5 dòng (\(Clause.content))."))
                break
            }
        }
        return found
    }

    /// Single line spacing of the line's face and size.
    static func naturalHeight(_ line: TextLine) -> Double {
        guard let run = line.runs.first else { return 1 }
        return (run.face.ascender + run.face.descender + run.face.lineGap) * run.size
    }

    private func spacingProblem(_ a: FoundParagraph, _ b: FoundParagraph, _ context: ConformanceContext) -> (page: Int, message: String)? {
        let flow = context.flow(section: a.section)
        let last = a.range.upperBound - 1, next = b.range.lowerBound
        guard flow.pages[last] == flow.pages[next] else { return nil }
        var pitches: [Double] = []
        for range in [a.range, b.range] {
            for (i, j) in zip(range, range.dropFirst()) where flow.pages[i] == flow.pages[j] { pitches.append(flow.lines[j].y - flow.lines[i].y) }
        }
        // A line with a footnote marker stands a little taller: the plainest line says the spacing.
        let lineHeight = pitches.min() ?? Self.naturalHeight(flow.lines[next]) * context.style.lineSpacing
        let gap = flow.lines[next].y - flow.lines[last].y - lineHeight
        guard gap < 6 - Tolerance.position else { return nil }
        return (flow.pages[next], "Giữa đoạn \(ConformanceText.quoted(flow.lines[a.range.lowerBound].text)) và đoạn sau cách \(ConformanceText.points(max(0, gap))) pt: khoảng cách giữa các đoạn văn tối thiểu 6 pt (\(Clause.content)).")
    }
}
