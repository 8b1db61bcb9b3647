public struct Table: Sendable {
    public var columns: [TableColumn]
    public var rows: [TableRow]
    /// The leading rows that form the header, repeated at the top of every page the table spans.
    public var headerRowCount: Int
    public var borderWidth: Double
    public var cellPadding: EdgeInsets
    public var spaceBefore: Double
    public var spaceAfter: Double

    public init(columns: [TableColumn], rows: [TableRow], headerRowCount: Int = 0,
                borderWidth: Double = 0.5, cellPadding: EdgeInsets = EdgeInsets(top: 2, right: 4, bottom: 3, left: 4),
                spaceBefore: Double = 0, spaceAfter: Double = 0) {
        self.columns = columns; self.rows = rows; self.headerRowCount = headerRowCount
        self.borderWidth = borderWidth; self.cellPadding = cellPadding
        self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
    }
}

public struct TableColumn: Sendable {
    public enum Width: Sendable {
        /// Points.
        case fixed(Double)
        /// A share of the width left after fixed and content-sized columns.
        case relative(Double)
        /// As wide as its content wants, within what the table has.
        case auto
    }
    public var width: Width
    public init(_ width: Width) { self.width = width }
}

public struct TableRow: Sendable {
    public var cells: [TableCell]
    /// Keeps this row on the same page as the next one (a group heading row, say).
    public var keepWithNext: Bool
    public init(_ cells: [TableCell], keepWithNext: Bool = false) {
        self.cells = cells; self.keepWithNext = keepWithNext
    }
}

public struct TableCell: Sendable {
    public var blocks: [Block]
    public var columnSpan: Int
    public var verticalAlignment: VerticalAlignment
    public init(_ blocks: [Block], columnSpan: Int = 1, verticalAlignment: VerticalAlignment = .top) {
        self.blocks = blocks; self.columnSpan = columnSpan; self.verticalAlignment = verticalAlignment
    }
}
