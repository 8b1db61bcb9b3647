import DocumentMarkup

/// A bordered table that runs over a page repeats its header rows at the top of every page
/// it continues on (convention for the recipients' tables of annexes; ND30.md).
struct RepeatedHeaderRule: ConformanceRule {
    let id = "bang-tieu-de"

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        var out: [ConformanceViolation] = []
        for (section, blocks) in context.sectionBlocks.enumerated() {
            let headers = MarkupWalk.tables(blocks).filter { $0.borders && !$0.header.isEmpty }.map { table in
                table.header.map { row in Self.sorted(row.cells.flatMap { ConformanceText.words($0.content.plainText) }) }
            }
            guard !headers.isEmpty else { continue }
            out += check(context.pages(section: section), headers: headers)
        }
        return out
    }

    static func sorted(_ words: [String]) -> [String] { words.sorted() }

    /// The words of a row as printed, in any order (a cell's wrapped lines interleave).
    static func words(of row: RowBox, on view: PageView) -> [String] {
        sorted(view.bodyLines.filter(row.contains).flatMap(\.words))
    }

    private func check(_ views: [PageView], headers: [[[String]]]) -> [ConformanceViolation] {
        var out: [ConformanceViolation] = []
        var running: (header: [[String]], table: [RowBox], view: PageView)?
        for view in views {
            let tables = TableGeometry.tables(on: view.page)
            for (index, table) in tables.enumerated() {
                if index == 0, let previous = running, continues(table, on: view, after: previous.table, on: previous.view) {
                    let printed = table.prefix(previous.header.count).map { Self.words(of: $0, on: view) }
                    if printed != previous.header {
                        out.append(violation(page: view.number, "Bảng tiếp tục từ trang \(previous.view.number) nhưng không lặp lại hàng tiêu đề ở đầu trang (\(Clause.convention): hàng tiêu đề của bảng lặp lại ở mỗi trang)."))
                    }
                    running = (previous.header, table, view)
                    continue
                }
                let first = Self.words(of: table[0], on: view)
                running = headers.first { $0.first == first }.map { ($0, table, view) }
            }
        }
        return out
    }

    /// A table continues the one before when it is the first thing on its page, the one before
    /// was the last thing on the page before, and their outer and inner borders agree.
    private func continues(_ table: [RowBox], on view: PageView, after previous: [RowBox], on before: PageView) -> Bool {
        guard view.page.index == before.page.index + 1, let top = table.first, let bottom = previous.last,
              top.sameSpan(as: bottom), Set(top.borders).isSubset(of: Set(previous.flatMap(\.borders))) else { return false }
        let nothingAbove = !view.bodyLines.contains { $0.y < top.top }
        let nothingBelow = !before.bodyLines.contains { $0.y > bottom.bottom }
        return nothingAbove && nothingBelow
    }
}
