import Foundation
import VietnameseText

/// An .xlsx workbook read into plain grids: every sheet's rows and cells with their values, which
/// rows and columns are hidden, and which ranges are merged. Nothing of the layout (widths,
/// fonts, colours) is kept; a list reader on top decides what the grid means.
///
/// Reading is bounded whatever the file holds (see `WorkbookLimits`): a file that is not an
/// .xlsx, is damaged, or is too large for a list gets a `DataError` in Vietnamese at the file
/// (line 0), telling the clerk how to save it again; it never traps.
public struct Workbook: Sendable {
    /// Worksheets in workbook order (tab order). Chart sheets and dialog sheets are left out.
    public var sheets: [Worksheet]
    /// The workbook counts dates from 1904-01-01 (old Mac Excel) rather than 1900-01-00.
    public var usesDate1904: Bool

    public init(sheets: [Worksheet], usesDate1904: Bool) {
        self.sheets = sheets
        self.usesDate1904 = usesDate1904
    }

    /// Reads an .xlsx; `display` names the file in messages.
    public static func read(_ url: URL, display: String) throws(DataError) -> Workbook {
        try read(url, display: display, limits: .standard)
    }

    public static func read(data: Data, display: String) throws(DataError) -> Workbook {
        try read(data: data, display: display, limits: .standard)
    }

    static func read(_ url: URL, display: String, limits: WorkbookLimits) throws(DataError) -> Workbook {
        // Refuse by size before reading a byte: a 2 GB file is never loaded.
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int,
           size > limits.fileBytes {
            throw WorkbookProblem.fileTooLarge(size: size, limits: limits).error(display)
        }
        let data = try InputFile.read(url, display: display, role: .list)
        return try read(data: data, display: display, limits: limits)
    }

    static func read(data: Data, display: String, limits: WorkbookLimits) throws(DataError) -> Workbook {
        do {
            return try WorkbookReader(data: data, limits: limits).read()
        } catch {
            throw error.error(display)
        }
    }
}

/// One worksheet as a grid.
public struct Worksheet: Sendable {
    /// The tab's name, NFC.
    public var name: String
    /// The tab is hidden (state `hidden` or `veryHidden`).
    public var isHidden: Bool
    /// The rows the file has, ascending by number; a row may have no cells (kept for its
    /// `isHidden`). Rows the file leaves out are empty.
    public var rows: [WorksheetRow]
    /// Hidden columns, 1-based (A = 1).
    public var hiddenColumns: Set<Int>
    /// Merged ranges as the file lists them. The value is in the first (top-left) cell.
    public var merges: [CellRange]

    public init(name: String, isHidden: Bool = false, rows: [WorksheetRow] = [], hiddenColumns: Set<Int> = [],
                merges: [CellRange] = []) {
        self.name = name
        self.isHidden = isHidden
        self.rows = rows
        self.hiddenColumns = hiddenColumns
        self.merges = merges
    }
}

public struct WorksheetRow: Sendable {
    /// Excel's row number, from 1.
    public var number: Int
    public var isHidden: Bool
    /// Cells with a value, ascending by column. Cells that are only formatted are left out.
    public var cells: [WorksheetCell]

    public init(number: Int, isHidden: Bool = false, cells: [WorksheetCell] = []) {
        self.number = number
        self.isHidden = isHidden
        self.cells = cells
    }
}

public struct WorksheetCell: Sendable {
    /// Excel's column number, from 1 (A = 1).
    public var column: Int
    public var value: CellValue

    public init(column: Int, value: CellValue) {
        self.column = column
        self.value = value
    }
}

public enum CellValue: Sendable, Equatable {
    /// Shared, inline or formula string results; rich-text runs joined (phonetic runs left out);
    /// `_xHHHH_` escapes decoded; NFC. Whitespace is kept as written.
    case text(String)
    case number(Double)
    /// A number whose style's number format shows a date: built-in formats 14–17 and 22, and
    /// custom formats with a day, a month or a year outside quotes and brackets; counted in the
    /// workbook's date system (the time of day, if any, dropped). A serial that is no day
    /// (before the first day, Excel's 29/02/1900, past 9999) stays a `.number`, and so do
    /// formats that show only a time (18–21, 45–47, "h:mm").
    case date(CalendarDate)
    case boolean(Bool)
    /// "#REF!", "#DIV/0!", "#N/A" …
    case error(String)
    /// A formula whose result the file does not hold (the writer never calculated it: openpyxl,
    /// some exporters). Holds the formula as written, without "=" ("SUM(D5:D9)"); empty for
    /// the followers of a shared formula. Opening the file in Excel and saving it fills it in.
    case formulaWithoutValue(String)
}

/// A rectangle of cells, 1-based and inclusive: A1:C2 is rows 1–2, columns 1–3.
public struct CellRange: Sendable, Equatable, Hashable {
    public var firstRow, firstColumn, lastRow, lastColumn: Int

    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    public func contains(row: Int, column: Int) -> Bool {
        (firstRow...lastRow).contains(row) && (firstColumn...lastColumn).contains(column)
    }
}
