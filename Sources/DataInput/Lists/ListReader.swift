import InputGuards
import VietnameseText

/// Reads the recipients of a list out of its grid: the header found below any title rows, then
/// each row told apart (headings set the kind or the award form of the rows under them; totals
/// are checked against the rows they count; footers end the list), every skip and every
/// ignored column said in a note. Only rows that are recipients become rows.
struct ListReader {
    let grid: CellGrid
    let request: ListRequest

    private var notices: [DataNotice] = []
    private var rows: [DataNode] = []
    private var statedAmounts: [StatedAmount] = []

    init(grid: CellGrid, request: ListRequest) {
        self.grid = grid
        self.request = request
    }

    static func read(_ grid: CellGrid, request: ListRequest) throws(DataError) -> ListContents {
        let (converted, conversions) = LegacyColumns.convert(grid)
        var reader = ListReader(grid: converted, request: request)
        try reader.run()
        return ListContents(rows: reader.rows, notices: conversions + reader.notices, statedAmounts: reader.statedAmounts)
    }

    /// A recipient row seen, of any kind, for counting what totals state.
    private struct Seen {
        var row: Int
        var kind: ListKind?
    }

    private mutating func run() throws(DataError) {
        let columns = request.columns + [ListRequest.numberingColumn]
        let visible = CellGrid(file: grid.file, sheet: grid.sheet, rows: grid.rows.map(hidingColumns), merges: grid.merges)
        if grid.rows.allSatisfy(\.isBlank), !request.columns.contains(where: \.required) { return }
        guard let header = try HeaderMatch.find(in: visible, columns: columns) else { throw missingHeader(columns) }
        noteHeader(header, columns: columns)
        let numbering = header.columnAt.first { columns[$0.value].key == ListRequest.numberingColumn.key }?.key
        let amount = request.amountField.flatMap { field in header.columnAt.first { columns[$0.value].key == field }?.key }
        let classifier = RowClassifier(header: header, numberingColumn: numbering, amountColumn: amount, hiddenColumns: grid.hiddenColumns)
        var kind: ListKind?
        var form: String?
        var seen: [Seen] = [], groupStart = 0, afterGrandTotal = false
        var skipped = SkippedRows()
        for row in grid.rows where row.number > header.lastRow {
            if row.isHidden { skipped.hidden.append(row.number); continue }
            let role = classifier.role(of: row)
            if afterGrandTotal, !role.isHeading, role != .blank { skipped.afterTotal.append(row.number); continue }
            switch role {
            case .blank: continue
            case .repeatedHeader: skipped.repeatedHeaders.append(row.number)
            case .amountInWords: continue
            case .recipient where seen.isEmpty && classifier.isColumnNumbers(row): skipped.columnNumbers.append(row.number)
            case let .heading(headingKind, headingForm, text):
                afterGrandTotal = false
                if let headingKind { kind = headingKind; form = nil }
                if let headingForm { form = headingForm }
                if headingKind == nil && headingForm == nil { skipped.headings.append(text) }
                groupStart = seen.count
            case let .total(closesGroup, counts, text):
                let scope = closesGroup ? Array(seen[groupStart...]) : seen
                try check(counts, text: text, row: row.number, scope: scope)
                if let amount { recordAmount(row, column: amount, scope: scope) }
                groupStart = seen.count
                afterGrandTotal = !closesGroup
            case let .footer(text):
                notices.append(DataNotice(.note, location: grid.location(row: row.number), message: "\(Excerpt.quoted(text)) là phần ký cuối danh sách: các dòng từ đây trở xuống không đọc"))
                noteSkipped(skipped)
                return
            case .recipient:
                try checkWidth(row, header: header)
                seen.append(Seen(row: row.number, kind: kind))
                if let own = request.kind, let kind, kind != own { skipped.otherKind.append(row.number); continue }
                rows.append(try recipient(row, header: header, columns: columns, form: form))
            }
        }
        noteSkipped(skipped)
    }

    /// A row's cells with the hidden columns emptied: a hidden column is not read.
    private func hidingColumns(_ row: CellGrid.Row) -> CellGrid.Row {
        guard !grid.hiddenColumns.isEmpty else { return row }
        var copy = row
        for column in grid.hiddenColumns where column <= copy.cells.count { copy.cells[column - 1] = "" }
        return copy
    }

    private func recipient(_ row: CellGrid.Row, header: HeaderMatch, columns: [ListColumn], form: String?) throws(DataError) -> DataNode {
        let path = request.name + "[" + String(rows.count + 1) + "]"
        var entries: [DataEntry] = []
        for column in header.columnAt.keys.sorted() where columns[header.columnAt[column]!].key != ListRequest.numberingColumn.key {
            let key = columns[header.columnAt[column]!].key
            let span = header.covered[column] ?? column...column
            if let bad = span.first(where: { row.problems[$0] != nil }) {
                throw DataError(location: grid.location(row: row.number, column: bad), field: path + "." + key, message: row.problems[bad]!)
            }
            let text = span.map { row[$0].trimmedWhitespace }.filter { !$0.isEmpty }.joined(separator: " ")
            let location = grid.location(row: row.number, column: column)
            entries.append(DataEntry(key: key, keyLocation: grid.location(row: header.row, column: column),
                                     value: DataNode(kind: text.isEmpty ? .null : .scalar(text), location: location, path: path + "." + key)))
        }
        if let field = request.headingField, let form, !entries.contains(where: { $0.key == field && !$0.value.isNull }) {
            entries.removeAll { $0.key == field }
            let location = grid.location(row: row.number)
            entries.append(DataEntry(key: field, keyLocation: location, value: DataNode(kind: .scalar(form), location: location, path: path + "." + field)))
        }
        return DataNode(kind: .map(entries), location: grid.location(row: row.number, column: 1), path: path)
    }

    /// A CSV row with a cell beyond its header's last column has, nearly always, a separator
    /// inside a cell that was not quoted: its cells have moved, so it cannot be read.
    private func checkWidth(_ row: CellGrid.Row, header: HeaderMatch) throws(DataError) {
        guard let separator = grid.separatorName, let last = row.cells.lastIndex(where: { !$0.isAllWhitespace }),
              last + 1 > header.foldedCells.count else { return }
        throw DataError(location: grid.location(row: row.number, column: last + 1), field: request.name + "[\(rows.count + 1)]",
                        message: "dòng này có \(last + 1) ô nhưng dòng tiêu đề (dòng \(header.row)) chỉ có \(header.foldedCells.count) cột; ô thừa \(Excerpt.quoted(row.cells[last].trimmedWhitespace)). Nếu trong một ô có \(separator), hãy đặt cả ô trong ngoặc kép")
    }

    // MARK: totals

    private func check(_ counts: [RowRole.Count], text: String, row: Int, scope: [Seen]) throws(DataError) {
        for count in counts {
            let actual = scope.filter { count.kind == nil || $0.kind == count.kind || ($0.kind == nil && count.kind == request.kind) }
            guard actual.count != count.value else { continue }
            let noun = count.kind?.countNoun ?? "dòng"
            let range = actual.isEmpty ? "" : " (\(grid.rowName(actual.first!.row)) đến dòng \(actual.last!.row))"
            throw DataError(location: grid.location(row: row), field: request.name,
                            message: "dòng tổng \(Excerpt.quoted(text)) ghi \(NumberText.twoDigitCount(count.value)) \(noun) nhưng danh sách có \(NumberText.twoDigitCount(actual.count)) \(noun)\(range); hãy sửa số ở dòng tổng hoặc xem lại các dòng của danh sách")
        }
    }

    private mutating func recordAmount(_ row: CellGrid.Row, column: Int, scope: [Seen]) {
        if let problem = row.problems[column] {
            notices.append(DataNotice(.note, location: grid.location(row: row.number, column: column), message: "không đối chiếu được tổng tiền của dòng tổng: \(problem)"))
            return
        }
        guard case .value(let amount) = NumberRules.integer(row[column].trimmedWhitespace) else { return }
        statedAmounts.append(StatedAmount(location: grid.location(row: row.number, column: column), amount: amount,
                                          rows: scope.map { grid.location(row: $0.row) }))
    }

    // MARK: notes and messages

    private func missingHeader(_ columns: [ListColumn]) -> DataError {
        let required = columns.filter(\.required)
        if let candidate = bestCandidate(columns) {
            let missing = required.filter { column in !candidate.named.contains(column.key) }.map { "«\($0.displayName)»" }
            let present = candidate.row.cells.map(\.trimmedWhitespace).filter { !$0.isEmpty }.map { "\(Excerpt.quoted($0))" }
            return DataError(location: grid.location(row: candidate.row.number), field: request.name,
                             message: (missing.count == 1 ? "thiếu cột " : "thiếu các cột ") + missing.joined(separator: ", ")
                                + " ở dòng tiêu đề (\(grid.rowName(candidate.row.number)) có: \(present.joined(separator: ", ")))")
        }
        let firstRows = grid.rows.prefix(HeaderMatch.searchDepth).filter { !$0.isBlank }.prefix(3)
            .map { "\(grid.rowName($0.number)): " + $0.cells.map(\.trimmedWhitespace).filter { !$0.isEmpty }.map { "\(Excerpt.quoted($0))" }.joined(separator: ", ") }
        let seen = firstRows.isEmpty ? "danh sách trống" : "các dòng đầu: " + firstRows.joined(separator: "; ")
        return DataError(location: grid.location(row: 0), field: request.name,
                         message: "không tìm thấy dòng tiêu đề có các cột \(required.map { "«\($0.displayName)»" }.joined(separator: ", ")) trong \(HeaderMatch.searchDepth) dòng đầu (\(seen))")
    }

    /// The row of the first ones naming the most columns, if any names one: the header the
    /// clerk meant, to say what it lacks.
    private func bestCandidate(_ columns: [ListColumn]) -> (row: CellGrid.Row, named: Set<String>)? {
        var best: (row: CellGrid.Row, named: Set<String>)?
        for row in grid.rows.prefix(HeaderMatch.searchDepth) {
            let keys = Set(row.cells.map(HeaderMatch.headerKey))
            let named = Set(columns.filter { column in !keys.isDisjoint(with: ([column.key] + column.headers).map(HeaderMatch.headerKey)) }.map(\.key))
                .subtracting([ListRequest.numberingColumn.key])
            if !named.isEmpty, named.count > (best?.named.count ?? 0) { best = (row, named) }
        }
        return best
    }

    private mutating func noteHeader(_ header: HeaderMatch, columns: [ListColumn]) {
        if header.row > 1, grid.rows.contains(where: { $0.number < header.row && !$0.isBlank }) {
            notices.append(DataNotice(.note, location: grid.location(row: header.row), message: "dòng tiêu đề là \(grid.rowName(header.row)); các dòng phía trên (tên danh sách, tiêu đề) không đọc"))
        }
        if !header.unknown.isEmpty {
            let names = header.unknown.keys.sorted().map { "\(Excerpt.quoted(header.unknown[$0]!)) (cột \(CellReference.columnName($0)))" }
            notices.append(DataNotice(.note, location: grid.location(row: header.row), message: "các cột không dùng đến, bỏ qua: " + names.joined(separator: ", ")))
        }
        let below = grid.rows.filter { $0.number > header.lastRow }
        let covered = Set(header.covered.values.flatMap { Array($0) })
        let unnamed = (1...max(1, header.foldedCells.count)).filter { column in
            header.foldedCells.indices.contains(column - 1) && header.foldedCells[column - 1].isEmpty && !covered.contains(column)
                && !grid.hiddenColumns.contains(column) && below.contains { !$0[column].isAllWhitespace }
        }
        if !unnamed.isEmpty {
            notices.append(DataNotice(.note, location: grid.location(row: header.row), message: "các cột không có tên ở dòng tiêu đề nhưng có dữ liệu, bỏ qua: " + unnamed.map(CellReference.columnName).joined(separator: ", ")))
        }
        let hidden = grid.hiddenColumns.sorted().filter { column in grid.rows.contains { !$0[column].isAllWhitespace } }
        if !hidden.isEmpty {
            notices.append(DataNotice(.note, location: grid.location(row: header.row), message: "các cột bị ẩn không đọc: " + hidden.map(CellReference.columnName).joined(separator: ", ")))
        }
    }

    /// The rows left out, said once per reason.
    private struct SkippedRows {
        var hidden: [Int] = []
        var repeatedHeaders: [Int] = []
        var columnNumbers: [Int] = []
        var headings: [String] = []
        var otherKind: [Int] = []
        var afterTotal: [Int] = []
    }

    private mutating func noteSkipped(_ skipped: SkippedRows) {
        func lines(_ rows: [Int]) -> String { RowRanges.describe(rows) }
        let location = grid.location(row: 0)
        if !skipped.hidden.isEmpty { notices.append(DataNotice(.note, location: location, message: "các dòng bị ẩn trong bảng tính không đọc: \(lines(skipped.hidden))")) }
        if !skipped.repeatedHeaders.isEmpty { notices.append(DataNotice(.note, location: location, message: "dòng tiêu đề lặp lại (đầu mỗi trang in) bỏ qua: \(lines(skipped.repeatedHeaders))")) }
        if !skipped.columnNumbers.isEmpty { notices.append(DataNotice(.note, location: location, message: "dòng đánh số cột bỏ qua: \(lines(skipped.columnNumbers))")) }
        if !skipped.headings.isEmpty { notices.append(DataNotice(.note, location: location, message: "các dòng đề mục bỏ qua: " + skipped.headings.map { "\(Excerpt.quoted($0))" }.joined(separator: ", "))) }
        if !skipped.otherKind.isEmpty, let kind = request.kind {
            notices.append(DataNotice(.note, location: location, message: "các dòng \(lines(skipped.otherKind)) thuộc nhóm khác (không phải \(kind.countNoun)): không đọc vào «\(request.name)»"))
        }
        if !skipped.afterTotal.isEmpty { notices.append(DataNotice(.note, location: location, message: "các dòng sau dòng tổng cộng không đọc: \(lines(skipped.afterTotal))")) }
    }
}

extension RowRole {
    var isHeading: Bool { if case .heading = self { return true } else { return false } }
}

/// "3, 5–7, 12": row numbers as ranges, for notes.
enum RowRanges {
    static func describe(_ rows: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < rows.count {
            var end = index
            while end + 1 < rows.count, rows[end + 1] == rows[end] + 1 { end += 1 }
            parts.append(end > index ? "\(rows[index])–\(rows[end])" : "\(rows[index])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }
}
