import InputGuards
import VietnameseText

/// Finding the header row of a list and matching its cells to the template's columns.
struct HeaderMatch {
    /// The header's row number and the rows its merged cells span (a two-row header).
    var row: Int
    var lastRow: Int
    /// Column number → index into the request's columns (plus the numbering column last).
    var columnAt: [Int: Int]
    /// For a header cell merged across several columns, the columns it covers.
    var covered: [Int: ClosedRange<Int>]
    /// Header cells that name no column: column number → text.
    var unknown: [Int: String]
    /// The folded texts of the header cells, to recognise it repeated on each printed page.
    var foldedCells: [String]

    /// How far down a header may be (title rows, a blank row, an address block).
    static let searchDepth = 30

    /// The first row, among the first rows, whose cells name every required column (and at
    /// least one column). Throws when a row names the same column twice.
    static func find(in grid: CellGrid, columns: [ListColumn]) throws(DataError) -> HeaderMatch? {
        let accepted = columns.map { column in Set(([column.key] + column.headers).map(headerKey)) }
        for row in grid.rows.prefix(searchDepth) where !row.isBlank {
            var columnAt: [Int: Int] = [:]
            var cellOf: [Int: Int] = [:]
            var unknown: [Int: String] = [:]
            for (offset, text) in row.cells.enumerated() {
                let key = headerKey(text)
                guard !key.isEmpty else { continue }
                guard let index = accepted.firstIndex(where: { $0.contains(key) }) else { unknown[offset + 1] = text.trimmedWhitespace; continue }
                if let earlier = cellOf[index] {
                    throw DataError(location: grid.location(row: row.number, column: offset + 1),
                                    message: "cột \(Excerpt.quoted(text.trimmedWhitespace)) trùng với cột \(CellReference.columnName(earlier)) \(Excerpt.quoted(row[earlier].trimmedWhitespace)): cả hai đều là «\(columns[index].displayName)»; hãy xoá một cột")
                }
                columnAt[offset + 1] = index
                cellOf[index] = offset + 1
            }
            let requiredNamed = columns.indices.allSatisfy { !columns[$0].required || cellOf[$0] != nil }
            // A numbering column alone is not a header.
            let named = columnAt.values.filter { columns[$0].key != ListRequest.numberingColumn.key }
            guard requiredNamed, !named.isEmpty else { continue }
            var match = HeaderMatch(row: row.number, grid: grid, columnAt: columnAt, unknown: unknown,
                                    foldedCells: row.cells.map(headerKey))
            match.matchSubheaders(in: grid, accepted: accepted)
            return match
        }
        return nil
    }

    /// A header of two rows ("Khen thưởng" over "Số tiền" and "Hệ số"): the cells of the rows
    /// under the header row name the columns the header row leaves unnamed.
    private mutating func matchSubheaders(in grid: CellGrid, accepted: [Set<String>]) {
        guard lastRow > row else { return }
        let taken = Set(columnAt.values)
        for sub in grid.rows where sub.number > row && sub.number <= lastRow {
            for (offset, text) in sub.cells.enumerated() where columnAt[offset + 1] == nil {
                let key = Self.headerKey(text)
                guard !key.isEmpty, let index = accepted.firstIndex(where: { $0.contains(key) }), !taken.contains(index),
                      !columnAt.values.contains(index) else { continue }
                columnAt[offset + 1] = index
                if offset + 1 <= foldedCells.count { foldedCells[offset + 1 - 1] = key }
            }
        }
        for column in columnAt.keys { unknown[column] = nil }
    }

    init(row: Int, grid: CellGrid, columnAt: [Int: Int], unknown: [Int: String], foldedCells: [String]) {
        self.row = row
        self.columnAt = columnAt
        self.unknown = unknown
        self.foldedCells = foldedCells
        var covered: [Int: ClosedRange<Int>] = [:]
        var lastRow = row
        for merge in grid.merges where merge.firstRow == row {
            lastRow = max(lastRow, merge.lastRow)
            if merge.lastColumn > merge.firstColumn, columnAt[merge.firstColumn] != nil {
                covered[merge.firstColumn] = merge.firstColumn...merge.lastColumn
            }
        }
        self.lastRow = lastRow
        self.covered = covered
    }

    /// Whether `row` repeats this header (as lists printed over several pages do).
    func isRepeated(by row: CellGrid.Row) -> Bool {
        let folded = row.cells.map(Self.headerKey)
        let named = columnAt.keys.filter { $0 <= foldedCells.count && !foldedCells[$0 - 1].isEmpty }
        return !named.isEmpty && named.allSatisfy { $0 <= folded.count && folded[$0 - 1] == foldedCells[$0 - 1] }
    }

    /// A header cell's text for matching: a remark in parentheses dropped ("Số tiền (đồng)"), then
    /// folded to letters and digits.
    static func headerKey(_ text: String) -> String {
        var depth = 0
        var kept = ""
        for character in text {
            if character == "(" { depth += 1; continue }
            if character == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { kept.append(character) }
        }
        let compact = TextFolding.compact(kept)
        return compact.isEmpty ? TextFolding.compact(text) : compact
    }
}
