import DocumentMarkup
import VietnameseText

/// A covenant's signature grid (convention; the decree has no covenant): one cell per
/// member unit in the order given, the chair's first; each cell's unit and leader's title
/// uppercase bold over the leader's name, bold, in one column and never split across pages;
/// two or three cells to a row.
struct CovenantGridRule: ConformanceRule {
    let id = "chu-ky-giao-uoc"

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        let flow = context.flow(section: 0)
        var out: [ConformanceViolation] = []
        for grid in MarkupWalk.signatureGrids(context.document.body.blocks) {
            var names: [Int] = []
            for cell in grid.cells {
                let unit = cell.unit.plainText
                guard let index = name(of: cell, in: flow, after: names.last) else {
                    let page = names.last.map { flow.pages[$0] } ?? flow.pages.last ?? 1
                    out.append(violation(page: page, "Ô ký của \(ConformanceText.quoted(unit)): không có họ tên \(ConformanceText.quoted(cell.name.plainText)) in đậm, theo thứ tự ký (\(Clause.convention))."))
                    continue
                }
                names.append(index)
                if let problem = headingProblem(cell, nameAt: index, in: flow) {
                    out.append(violation(page: flow.pages[index], problem))
                }
            }
            out += rowProblems(names, flow: flow, cells: grid.cells.count)
        }
        return out
    }

    /// The cell's name line: bold, exactly the name, after the previous cell's.
    private func name(of cell: SignatureCell, in flow: Flow, after previous: Int?) -> Int? {
        let words = ConformanceText.words(cell.name.plainText)
        return flow.lines.indices.dropFirst((previous ?? -1) + 1).first { flow.lines[$0].words == words && flow.lines[$0].isBold }
    }

    /// The unit and title stand just above the name, centred on it, on the same page, bold and uppercase.
    private func headingProblem(_ cell: SignatureCell, nameAt index: Int, in flow: Flow) -> String? {
        let name = flow.lines[index]
        let expected = ConformanceText.words(officialUppercased(cell.unit.plainText)) + ConformanceText.words(officialUppercased(cell.title.plainText))
        let above = flow.lines.indices.filter { flow.pages[$0] == flow.pages[index] && flow.lines[$0].y < name.y && abs(flow.lines[$0].centreX - name.centreX) < 1 }
        var words: [String] = [], foldedWords: [String] = []
        var lines: [TextLine] = []
        for i in above.reversed() where words.count < expected.count {
            words = flow.lines[i].words + words
            foldedWords = flow.lines[i].foldedWords + foldedWords
            lines.insert(flow.lines[i], at: 0)
        }
        var unit: String { ConformanceText.quoted(cell.unit.plainText) }
        // `expected` is folded already: its words are those of the uppercased names.
        guard foldedWords == expected.map(ConformanceText.folded) else {
            return "Ô ký của \(unit) không trọn trên một trang: tên đơn vị và chức vụ không đứng ngay trên họ tên \(ConformanceText.quoted(name.text)) (\(Clause.convention))."
        }
        if words != expected { return "Ô ký của \(unit): tên đơn vị và chức vụ in hoa (\(Clause.convention))." }
        if !lines.allSatisfy(\.isBold) { return "Ô ký của \(unit): tên đơn vị và chức vụ in đậm (\(Clause.convention))." }
        if !within(name.size, 13...14) || !lines.allSatisfy({ within($0.size, 13...14) }) {
            return "Ô ký của \(unit) in \(sizeText(name.size)): chức vụ, họ tên người ký cỡ chữ từ 13 đến 14 (\(Clause.signature))."
        }
        return nil
    }

    /// Rows of two or three, the last may be shorter.
    private func rowProblems(_ names: [Int], flow: Flow, cells: Int) -> [ConformanceViolation] {
        var rows: [[Int]] = []
        for index in names {
            if let last = rows.last?.last, flow.pages[last] == flow.pages[index], abs(flow.lines[last].y - flow.lines[index].y) < Tolerance.position {
                rows[rows.count - 1].append(index)
            } else {
                rows.append([index])
            }
        }
        for (offset, row) in rows.enumerated() where row.count > 3 || (row.count < 2 && offset < rows.count - 1 && cells > 1) {
            return [violation(page: flow.pages[row[0]], "Hàng ô ký thứ \(offset + 1) có \(row.count) ô: mỗi hàng 2 hoặc 3 ô ký (\(Clause.convention)).")]
        }
        return []
    }
}
