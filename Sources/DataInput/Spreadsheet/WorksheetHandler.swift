import InputGuards
import Foundation
import VietnameseText

/// What a sheet reader needs from the rest of the workbook.
struct WorkbookContext {
    var sharedStrings: [String]
    /// Per cell style index: its number format shows a date.
    var dateStyles: [Bool]
    var usesDate1904: Bool
}

/// Reads one `xl/worksheets/sheetN.xml` into rows of cells with their values, hidden rows and
/// columns, and merged ranges.
///
/// A cell is `<c r="C5" s="3" t="…">` with `<v>` (the value, or a formula's cached result),
/// `<f>` (the formula) or `<is>` (an inline string); `t` says how to read `<v>`: a number
/// (absent or "n"), an index into the shared strings ("s"), a formula's string result ("str"),
/// "b", "e", "inlineStr", or an ISO 8601 date ("d"). Rows and cells without `r` follow the
/// previous one.
struct WorksheetHandler: XMLHandler {
    private enum CellType { case number, sharedString, formulaString, inlineString, boolean, error, isoDate }
    private enum Collecting { case nothing, value, formula, inlineText }

    let part: String
    let sheet: String
    let context: WorkbookContext
    var budget: ReadingBudget
    private(set) var rows: [WorksheetRow] = []
    private(set) var hiddenColumnRanges: [ClosedRange<Int>] = []
    private(set) var merges: [CellRange] = []

    private var inSheetData = false
    private var inRow = false
    private var rowNumber = 0
    private var rowHidden = false
    private var rowCells: [WorksheetCell] = []
    private var inCell = false
    private var column = 0
    private var style = 0
    private var type = CellType.number
    private var sawValue = false
    private var sawFormula = false
    private var inInline = false
    private var sawInline = false
    private var phoneticDepth = 0
    private var collecting = Collecting.nothing
    private var value = ""
    private var formula = ""
    private var inline = ""

    init(part: String, sheet: String, context: WorkbookContext, budget: ReadingBudget) {
        self.part = part
        self.sheet = sheet
        self.context = context
        self.budget = budget
    }

    mutating func startElement(_ tag: XMLTag) throws(WorkbookProblem) {
        if inCell {
            if tag.is("v") { collecting = .value; sawValue = true }
            else if tag.is("f") { collecting = .formula; sawFormula = true }
            else if tag.is("is") { inInline = true; sawInline = true }
            else if tag.is("rPh") { phoneticDepth += 1 }
            else if inInline, phoneticDepth == 0, tag.is("t") { collecting = .inlineText }
        } else if inRow, tag.is("c") {
            try startCell(tag)
        } else if inSheetData, tag.is("row") {
            try startRow(tag)
        } else if tag.is("sheetData") {
            inSheetData = true
        } else if tag.is("col") {
            try column(tag)
        } else if tag.is("mergeCell") {
            guard let range = tag.attribute("ref").flatMap({ CellReference.parseRange($0.string) }) else {
                throw .sheet(sheet, "vùng gộp ô \(Excerpt.quoted(tag.attribute("ref")?.string ?? "")) không hợp lệ; tệp bị hỏng, \(WorkbookProblem.reopen)")
            }
            guard merges.count < budget.limits.ranges else { throw .tooMany("vùng gộp ô", limit: budget.limits.ranges) }
            merges.append(range)
        }
    }

    mutating func endElement(_ name: String) throws(WorkbookProblem) {
        if inCell {
            if name == "c" { try finishCell() }
            else if name == "v" || name == "f" || name == "t" { collecting = .nothing }
            else if name == "is" { inInline = false }
            else if name == "rPh" { phoneticDepth -= 1 }
        } else if inRow, name == "row" {
            inRow = false
            rows.append(WorksheetRow(number: rowNumber, isHidden: rowHidden, cells: Array(rowCells[...])))
        } else if name == "sheetData" {
            inSheetData = false
        }
    }

    mutating func text(_ text: String) throws(WorkbookProblem) {
        switch collecting {
        case .nothing: return
        case .value: value += text
        case .formula: formula += text
        case .inlineText: inline += text
        }
        if value.utf8.count + formula.utf8.count + inline.utf8.count > budget.limits.stringCharacters * 8 {
            throw problem("nội dung ô dài quá giới hạn của Excel")
        }
    }

    /// Hidden columns as a set, from the `<col min max>` ranges (which may overlap).
    var hiddenColumns: Set<Int> {
        var columns = Set<Int>()
        var covered = 0
        for range in hiddenColumnRanges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.upperBound > covered {
            for c in max(range.lowerBound, covered + 1)...range.upperBound { columns.insert(c) }
            covered = range.upperBound
        }
        return columns
    }

    // MARK: Rows and cells

    private mutating func startRow(_ tag: XMLTag) throws(WorkbookProblem) {
        let number: Int
        if let r = tag.attribute("r") {
            guard let n = r.int, (1...CellReference.maximumRow).contains(n) else {
                throw .sheet(sheet, "số dòng \(Excerpt.quoted(r.string)) không hợp lệ (Excel có các dòng 1 đến \(NumberText.grouped(CellReference.maximumRow))); tệp bị hỏng, \(WorkbookProblem.reopen)")
            }
            number = n
        } else {
            number = rowNumber + 1
        }
        guard number > rowNumber, number <= CellReference.maximumRow else {
            throw .sheet(sheet, "dòng \(number) đứng sau dòng \(rowNumber) (các dòng phải theo thứ tự tăng dần); tệp bị hỏng, \(WorkbookProblem.reopen)")
        }
        budget.rows -= 1
        if budget.rows < 0 { throw .tooMany("dòng", limit: budget.limits.rows) }
        inRow = true
        rowNumber = number
        rowHidden = tag.attribute("hidden")?.bool ?? false
        rowCells.removeAll(keepingCapacity: true)
        column = 0
    }

    private mutating func startCell(_ tag: XMLTag) throws(WorkbookProblem) {
        if let r = tag.attribute("r") {
            guard let cell = CellReference.parse(r.string) else {
                throw .sheet(sheet, "địa chỉ ô \(Excerpt.quoted(r.string)) không hợp lệ; tệp bị hỏng, \(WorkbookProblem.reopen)")
            }
            guard cell.row == rowNumber else {
                throw .sheet(sheet, "ô \(Excerpt.quoted(r.string)) nằm trong dòng \(rowNumber); tệp bị hỏng, \(WorkbookProblem.reopen)")
            }
            guard cell.column > column else {
                throw .sheet(sheet, "ô \(Excerpt.quoted(r.string)) lặp lại hoặc không theo thứ tự; tệp bị hỏng, \(WorkbookProblem.reopen)")
            }
            column = cell.column
        } else {
            guard column < CellReference.maximumColumn else {
                throw .sheet(sheet, "dòng \(rowNumber) có nhiều hơn \(NumberText.grouped(CellReference.maximumColumn)) cột")
            }
            column += 1
        }
        inCell = true
        style = tag.attribute("s")?.int ?? 0
        type = .number
        if let t = tag.attribute("t") {
            if t.is("s") { type = .sharedString }
            else if t.is("str") { type = .formulaString }
            else if t.is("inlineStr") { type = .inlineString }
            else if t.is("b") { type = .boolean }
            else if t.is("e") { type = .error }
            else if t.is("d") { type = .isoDate }
            else if !t.is("n") { throw problem("kiểu ô \(Excerpt.quoted(t.string)) không hợp lệ") }
        }
        sawValue = false
        sawFormula = false
        inInline = false
        sawInline = false
        phoneticDepth = 0
        collecting = .nothing
        value = ""
        formula = ""
        inline = ""
    }

    private mutating func finishCell() throws(WorkbookProblem) {
        inCell = false
        collecting = .nothing
        let cached = sawValue && (!value.isEmpty || type == .formulaString)
        let result: CellValue?
        if sawFormula && !cached && type != .inlineString {
            result = .formulaWithoutValue(try keptText(formula))
        } else {
            result = try cellValue()
        }
        guard let result else { return }
        budget.cells -= 1
        if budget.cells < 0 { throw .tooMany("ô có dữ liệu", limit: budget.limits.cells) }
        rowCells.append(WorksheetCell(column: column, value: result))
    }

    /// The value of the finished cell, or nil for a cell that only has formatting.
    private mutating func cellValue() throws(WorkbookProblem) -> CellValue? {
        switch type {
        case .inlineString:
            return sawInline ? .text(try keptText(inline)) : nil
        case .formulaString:
            return sawValue ? .text(try keptText(value)) : nil
        case _ where !sawValue || value.isEmpty:
            return nil
        case .sharedString:
            let count = context.sharedStrings.count
            guard let index = Int(value), index >= 0, index < count else {
                throw problem("ô trỏ tới chuỗi dùng chung số \(Excerpt.quoted(value)) nhưng tệp chỉ có \(NumberText.grouped(count)) chuỗi (đánh số từ 0); tệp bị hỏng, \(WorkbookProblem.reopen)")
            }
            return .text(context.sharedStrings[index])
        case .boolean:
            switch value {
            case "1", "true", "TRUE": return .boolean(true)
            case "0", "false", "FALSE": return .boolean(false)
            default: throw problem("giá trị đúng/sai \(Excerpt.quoted(value)) không hợp lệ")
            }
        case .error:
            return .error(try keptText(value))
        case .isoDate:
            let text = value
            guard text.utf8.count >= 10, text.utf8.first != UInt8(ascii: "-"),
                  let date = try? CalendarDate(parsing: String(text.prefix(10))) else {
                throw problem("ngày \(Excerpt.quoted(text)) không hợp lệ")
            }
            return .date(date)
        case .number:
            guard let number = Self.number(value) else {
                throw problem("giá trị \(Excerpt.quoted(value)) không phải số")
            }
            if style < context.dateStyles.count, context.dateStyles[style],
               let date = ExcelDate.date(serial: number, date1904: context.usesDate1904) {
                return .date(date)
            }
            return .number(number)
        }
    }

    /// A decimal number as `<v>` writes it ("1490000", "0.3", "-1.5E-3", spaces around
    /// allowed); nil for anything else, infinities and NaN included.
    static func number(_ written: String) -> Double? {
        let utf8 = written.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        while start < end, XMLPart.isSpace(utf8[start]) { utf8.formIndex(after: &start) }
        while end > start, XMLPart.isSpace(utf8[utf8.index(before: end)]) { utf8.formIndex(before: &end) }
        let bytes = utf8[start..<end]
        guard !bytes.isEmpty, bytes.count <= 64, bytes.allSatisfy({ byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte | 0x20 == UInt8(ascii: "e")
        }) else { return nil }
        guard let number = Double(written[start..<end]), number.isFinite else { return nil }
        return number
    }

    /// Text to keep in the grid: escapes decoded, NFC, counted against the budget.
    private mutating func keptText(_ written: String) throws(WorkbookProblem) -> String {
        let text = XLString.finish(written)
        try budget.keep(text, at: WorkbookProblem.place(sheet: sheet, row: rowNumber, column: column))
        return text
    }

    private func problem(_ detail: String) -> WorkbookProblem {
        .cell(sheet: sheet, row: rowNumber, column: column, detail)
    }

    /// `<col min="2" max="3" hidden="1">`: columns 2 to 3 hidden.
    private mutating func column(_ tag: XMLTag) throws(WorkbookProblem) {
        guard tag.attribute("hidden")?.bool == true else { return }
        guard let first = tag.attribute("min")?.int, let last = tag.attribute("max")?.int,
              1 <= first, first <= last, last <= CellReference.maximumColumn else {
            throw .sheet(sheet, "khai báo cột ẩn không hợp lệ; tệp bị hỏng, \(WorkbookProblem.reopen)")
        }
        guard hiddenColumnRanges.count < budget.limits.ranges else { throw .tooMany("khai báo cột", limit: budget.limits.ranges) }
        hiddenColumnRanges.append(first...last)
    }
}
