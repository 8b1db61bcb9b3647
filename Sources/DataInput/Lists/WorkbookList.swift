import InputGuards
import Foundation
import VietnameseText

/// A sheet of a workbook as a list: its cells as the text a data file would hold, the sheet
/// chosen by name ("ds.xlsx#Bằng khen"), or — in a workbook of several sheets — the one sheet
/// whose header names the list's columns, never a guess between two.
public enum WorkbookList {
    static func read(_ url: URL, display: String, sheet name: String?, request: ListRequest, at node: DataNode) throws(DataError) -> ListContents {
        try read(Workbook.read(url, display: display), display: display, sheet: name, request: request, at: node)
    }

    /// Reads a workbook's bytes (what an upload or a fuzzer holds), as `read` reads its file;
    /// `display` names it in messages.
    public static func parse(_ data: Data, display: String, sheet name: String?, request: ListRequest) throws(DataError) -> ListContents {
        let node = DataNode(kind: .scalar(display), location: SourceLocation(file: display, line: 0), path: request.name)
        return try read(Workbook.read(data: data, display: display), display: display, sheet: name, request: request, at: node)
    }

    private static func read(_ workbook: Workbook, display: String, sheet name: String?, request: ListRequest, at node: DataNode) throws(DataError) -> ListContents {
        let visible = workbook.sheets.filter { !$0.isHidden }
        let names = workbook.sheets.map { Excerpt.quoted($0.name) }.joined(separator: ", ")
        if let name {
            guard let sheet = workbook.sheets.first(where: { TextFolding.compact($0.name) == TextFolding.compact(name) }) else {
                throw node.error("tệp \(Excerpt.quotedPath(display)) không có trang \(Excerpt.quoted(name)); các trang có: \(names)")
            }
            return try ListReader.read(grid(sheet, file: display), request: request)
        }
        guard visible.count > 1 else {
            guard let only = visible.first ?? workbook.sheets.first else { throw node.error("tệp \(Excerpt.quotedPath(display)) không có trang tính nào") }
            return try ListReader.read(grid(only, file: display), request: request)
        }
        var found: [(sheet: Worksheet, contents: ListContents)] = []
        var firstError: DataError?
        for sheet in visible {
            do { found.append((sheet, try ListReader.read(grid(sheet, file: display), request: request))) } catch {
                if firstError == nil { firstError = error }
            }
        }
        guard found.count == 1 else {
            if found.isEmpty, let firstError { throw firstError }
            let which = found.map { Excerpt.quoted($0.sheet.name) }.joined(separator: ", ")
            throw node.error("tệp \(Excerpt.quotedPath(display)) có nhiều trang đọc được danh sách (\(which)); hãy ghi rõ trang, ví dụ \(Excerpt.quoted((display.split(separator: "/").last.map(String.init) ?? "") + "#" + found[0].sheet.name))")
        }
        var contents = found[0].contents
        contents.notices.insert(DataNotice(.note, location: SourceLocation(file: display, line: 0, sheet: found[0].sheet.name),
                                           message: "đọc danh sách ở trang \(Excerpt.quoted(found[0].sheet.name)), trang duy nhất có dòng tiêu đề phù hợp (các trang: \(names))"), at: 0)
        return contents
    }

    /// The sheet's cells as text, a number or date as a data file would write it.
    static func grid(_ sheet: Worksheet, file: String) -> CellGrid {
        let rows = sheet.rows.map { row -> CellGrid.Row in
            var cells = Array(repeating: "", count: row.cells.last?.column ?? 0)
            var problems: [Int: String] = [:]
            for cell in row.cells {
                switch cell.value {
                case .text(let text): cells[cell.column - 1] = text
                case .number(let number): cells[cell.column - 1] = text(of: number)
                case .date(let day): cells[cell.column - 1] = day.shortForm
                case .boolean(let value): cells[cell.column - 1] = value ? "có" : "không"
                case .error(let code):
                    cells[cell.column - 1] = code
                    problems[cell.column] = "ô có lỗi công thức \(Excerpt.quoted(code)); hãy sửa công thức trong Excel"
                case .formulaWithoutValue(let formula):
                    cells[cell.column - 1] = "=" + formula
                    problems[cell.column] = "ô có công thức «=\(Excerpt.shortened(formula))» nhưng chưa có giá trị tính sẵn; hãy mở tệp bằng Excel và lưu lại"
                }
            }
            return CellGrid.Row(number: row.number, cells: cells, isHidden: row.isHidden, problems: problems)
        }
        return CellGrid(file: file, sheet: sheet.name, rows: rows, hiddenColumns: sheet.hiddenColumns, merges: sheet.merges)
    }

    /// 1490000 → "1490000"; 0.3 → "0,3"; 994.5 → "994,5"; 5.125 → "5,1250" (three decimals
    /// after a non-zero whole part would read as thousands: one more digit keeps it a decimal).
    static func text(of number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        var text = String(number)            // shortest round-trip form, "." as the mark
        if text.contains("e") { text = String(format: "%.15g", number) }
        guard let dot = text.firstIndex(of: ".") else { return text }
        let whole = text[..<dot].trimmingCharacters(in: ["-"])
        var fraction = String(text[text.index(after: dot)...])
        if fraction.count == 3, whole != "0", whole.count <= 3 { fraction += "0" }
        return String(text[..<dot]) + "," + fraction
    }
}
