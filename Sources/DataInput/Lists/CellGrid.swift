import InputGuards

/// A list as its file lays it out: rows of cells, whether the file is CSV text or a sheet of a
/// workbook. What the list reader finds in it (the header, headings, totals, recipients) does
/// not depend on where it came from; only the places it names do.
public struct CellGrid: Sendable {
    public struct Row: Sendable {
        /// The row's number as the file shows it: the CSV line it starts on, the sheet's row.
        public var number: Int
        /// Cell texts by column, column 1 first; trailing empty cells may be absent.
        public var cells: [String]
        public var isHidden: Bool
        /// Cells that hold no usable value (a formula error, a formula never calculated): column →
        /// what to tell the clerk, should the column be read.
        public var problems: [Int: String]

        public init(number: Int, cells: [String], isHidden: Bool = false, problems: [Int: String] = [:]) {
            self.number = number
            self.cells = cells
            self.isHidden = isHidden
            self.problems = problems
        }

        /// The text of a 1-based column, "" beyond the row's end.
        public subscript(column: Int) -> String { column >= 1 && column <= cells.count ? cells[column - 1] : "" }

        /// Whether every cell is empty or spaces.
        public var isBlank: Bool { cells.allSatisfy(\.isAllWhitespace) }
    }

    /// The file as the user named it.
    public var file: String
    /// The sheet, for a workbook: places are then cells ("ô C14").
    public var sheet: String?
    public var rows: [Row]
    public var hiddenColumns: Set<Int>
    public var merges: [CellRange]
    /// For CSV text, the separator as a message names it ("dấu chấm phẩy «;»"): a row with more
    /// cells than its header then means a separator inside an unquoted cell.
    public var separatorName: String?

    public init(file: String, sheet: String? = nil, rows: [Row], hiddenColumns: Set<Int> = [], merges: [CellRange] = []) {
        self.file = file
        self.sheet = sheet
        self.rows = rows
        self.hiddenColumns = hiddenColumns
        self.merges = merges
    }

    /// The place of a cell (column 0: the whole row).
    public func location(row: Int, column: Int = 0) -> SourceLocation {
        SourceLocation(file: file, line: row, column: column, sheet: sheet)
    }

    /// "dòng 14" or, in a workbook, "dòng 14 của trang «Bằng khen»": a row in a message.
    func rowName(_ row: Int) -> String {
        sheet.map { "dòng \(row) của trang \(Excerpt.quoted($0))" } ?? "dòng \(row)"
    }

    /// The widest column any row uses.
    var width: Int { rows.map(\.cells.count).max() ?? 0 }
}
