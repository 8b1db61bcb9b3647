/// Columns and rows of cells. Borderless, it lays out a page's furniture side by side (an
/// official header, signatures); with strokes, padding and header rows it is a table. One
/// type and one layouter for both, as Typst's GridLayouter: a table is a grid with strokes
/// and a header.
///
/// Each row is kept whole on a page unless it is taller than a page (then it is cut between
/// lines); a page may break between rows unless `keepTogether` or the row above keeps with
/// it. Header rows are repeated at the top of every page the grid spans.
public struct Grid: Sendable {
    public var columns: [GridColumn]
    public var rows: [GridRow]
    /// The leading rows that form the header, repeated at the top of every page.
    public var headerRowCount: Int
    /// The thickness of the cell borders; 0 draws none.
    public var stroke: Double
    public var cellPadding: EdgeInsets
    public var columnGap: Double
    public var rowGap: Double
    public var keepTogether: Bool
    public var keepWithNext: Bool
    public var spaceBefore: Double
    public var spaceAfter: Double

    public init(columns: [GridColumn], rows: [GridRow], headerRowCount: Int = 0, stroke: Double = 0,
                cellPadding: EdgeInsets = .zero, columnGap: Double = 0, rowGap: Double = 0,
                keepTogether: Bool = false, keepWithNext: Bool = false, spaceBefore: Double = 0, spaceAfter: Double = 0) {
        self.columns = columns; self.rows = rows; self.headerRowCount = headerRowCount
        self.stroke = stroke; self.cellPadding = cellPadding; self.columnGap = columnGap; self.rowGap = rowGap
        self.keepTogether = keepTogether; self.keepWithNext = keepWithNext
        self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
    }

    /// A borderless grid whose columns share the width by weight.
    public init(columnWeights: [Double], columnGap: Double = 0, rowGap: Double = 0, rows: [[GridCell]],
                keepTogether: Bool = false, keepWithNext: Bool = false, spaceBefore: Double = 0, spaceAfter: Double = 0) {
        self.init(columns: columnWeights.map { GridColumn(.relative($0)) }, rows: rows.map { GridRow($0) },
                  columnGap: columnGap, rowGap: rowGap, keepTogether: keepTogether, keepWithNext: keepWithNext,
                  spaceBefore: spaceBefore, spaceAfter: spaceAfter)
    }

    /// A table: borders of half a point, cells padded 2 pt above, 3 below and 4 at the sides.
    public static func table(columns: [GridColumn], rows: [GridRow], headerRowCount: Int = 0, stroke: Double = 0.5,
                             cellPadding: EdgeInsets = EdgeInsets(top: 2, right: 4, bottom: 3, left: 4),
                             spaceBefore: Double = 0, spaceAfter: Double = 0) -> Grid {
        Grid(columns: columns, rows: rows, headerRowCount: headerRowCount, stroke: stroke, cellPadding: cellPadding,
             spaceBefore: spaceBefore, spaceAfter: spaceAfter)
    }
}

public struct GridColumn: Sendable {
    public enum Width: Sendable {
        /// Points.
        case fixed(Double)
        /// At least this many points, and never narrower than the widest unbreakable word of
        /// its cells (a row number, an amount, a document symbol): such words are not cut.
        case atLeast(Double)
        /// A share of the width left after the other columns.
        case relative(Double)
        /// As wide as its content wants on one line, within `share`.
        case auto
    }
    public var width: Width
    /// For an `.auto` column: the least and the most of the width the columns share (the
    /// grid's width less its gaps) it may take, as fractions; nil for no bounds.
    public var share: ClosedRange<Double>?

    public init(_ width: Width, share: ClosedRange<Double>? = nil) {
        self.width = width; self.share = share
    }
}

public struct GridRow: Sendable {
    public var cells: [GridCell]
    /// Keeps this row on the same page as the next one (a group heading row, say).
    public var keepWithNext: Bool
    public init(_ cells: [GridCell], keepWithNext: Bool = false) {
        self.cells = cells; self.keepWithNext = keepWithNext
    }
}

public struct GridCell: Sendable {
    public var blocks: [Block]
    public var columnSpan: Int
    public var verticalAlignment: VerticalAlignment
    public init(_ blocks: [Block], columnSpan: Int = 1, verticalAlignment: VerticalAlignment = .top) {
        self.blocks = blocks; self.columnSpan = columnSpan; self.verticalAlignment = verticalAlignment
    }
}
