/// Lays out a grid as rows of boxes: column widths (`GridColumnWidths`), cells stacked with
/// padding and vertical alignment, borders drawn per row so that every page piece is closed,
/// header rows repeated on each page, a row taller than a page cut between lines. Rows go
/// out as soon as they are set, so a long table's first pages can be built and drawn while
/// later rows are still being set.
struct GridLayouter {
    let composer: BlockComposer
    let grid: Grid
    let width: Double

    struct PlacedCell {
        var frame: Frame
        var x: Double
        var width: Double
        var alignment: VerticalAlignment
    }

    private var padding: EdgeInsets { grid.cellPadding }

    func columnWidths() -> [Double] {
        GridColumnWidths(grid: grid, width: width) { cell, column in
            composer.measure(blocks(of: cell, inColumn: column, span: 1))
        }.resolve()
    }

    /// A cell's blocks as they are laid out. A paragraph with a fallback size directly in a
    /// content-sized column with bounds shrinks when it would widen the column beyond its
    /// least share; elsewhere the paragraph decides against the width it gets.
    private func blocks(of cell: GridCell, inColumn column: Int, span: Int) -> [Block] {
        guard span == 1, case .auto = grid.columns[column].width, let share = grid.columns[column].share else { return cell.blocks }
        let threshold = share.lowerBound * grid.sharedWidth(width) - padding.left - padding.right
        return cell.blocks.map { block in
            guard case let .paragraph(paragraph) = block, paragraph.style.fallbackSize != nil else { return block }
            return .paragraph(composer.fitting(paragraph, within: threshold))
        }
    }

    /// Hands on each row's boxes (and the penalty and gap before them) as soon as the row is set.
    func compose(into emit: (VItem) -> Void) {
        let widths = columnWidths()
        // Left edge of each column, the gap after it included; the last entry is the right edge + gap.
        var edges: [Double] = [0]
        for w in widths { edges.append(edges.last! + w + grid.columnGap) }
        var headerBoxes: [VBox] = []
        var emittedAny = false
        for (rowIndex, row) in grid.rows.enumerated() {
            let isHeader = rowIndex < grid.headerRowCount
            let cells = placeCells(row, rowIndex: rowIndex, widths: widths, edges: edges)
            // A piece shares its page with the repeated header rows.
            let headerHeight = isHeader ? 0 : headerBoxes.reduce(0.0) { $0 + $1.height }
            let limit = composer.pageStyle.bodyHeight - headerHeight - padding.top - padding.bottom - 0.5
            for (pieceIndex, piece) in split(cells, limit: limit).enumerated() {
                var box = rowBox(piece.cells, height: piece.height + padding.top + padding.bottom)
                if emittedAny {
                    let previousKeeps = rowIndex > 0 && grid.rows[rowIndex - 1].keepWithNext
                    let insideHeader = rowIndex <= grid.headerRowCount
                    let keep = pieceIndex == 0 && (grid.keepTogether || previousKeeps || insideHeader)
                    emit(.penalty(keep ? BreakItems.infinitePenalty : 0))
                    if pieceIndex == 0 && grid.rowGap > 0 { emit(.glue(grid.rowGap)) }
                }
                if isHeader {
                    headerBoxes.append(box)
                } else if !headerBoxes.isEmpty {
                    box.repeatedHeader = headerBoxes
                }
                emit(.box(box))
                emittedAny = true
            }
        }
    }

    /// The row's cells set at their widths (a short row gets empty cells, for its borders),
    /// those aligned by first baseline moved down to meet.
    private func placeCells(_ row: GridRow, rowIndex: Int, widths: [Double], edges: [Double]) -> [PlacedCell] {
        var cells: [PlacedCell] = []
        var column = 0
        for cell in row.cells {
            guard column < widths.count else {
                composer.setter.warn(LayoutWarning(.tooManyCells(row: rowIndex + 1, columns: widths.count)))
                break
            }
            let span = max(1, min(cell.columnSpan, widths.count - column))
            let cellWidth = edges[column + span] - edges[column] - grid.columnGap
            let inner = max(1, cellWidth - padding.left - padding.right)
            let frame = composer.stack(blocks(of: cell, inColumn: column, span: span), width: inner)
            cells.append(PlacedCell(frame: frame, x: edges[column], width: cellWidth, alignment: cell.verticalAlignment))
            column += span
        }
        while column < widths.count {
            cells.append(PlacedCell(frame: Frame(), x: edges[column], width: widths[column], alignment: .top))
            column += 1
        }
        let shifts = Self.baselineShifts(cells.map { ($0.frame, $0.alignment) })
        for (i, shift) in shifts.enumerated() where shift > 0 {
            cells[i].frame.shiftDown(by: shift)
        }
        return cells
    }

    /// How far down each cell aligned by first baseline must move so that those baselines
    /// meet; 0 for the others.
    static func baselineShifts(_ cells: [(Frame, VerticalAlignment)]) -> [Double] {
        let baselines = cells.map { $0.1 == .firstBaseline ? $0.0.firstBaseline : nil }
        guard let lowest = baselines.compactMap({ $0 }).max() else { return cells.map { _ in 0 } }
        return baselines.map { $0.map { lowest - $0 } ?? 0 }
    }

    /// Cuts a row's cells into pieces no taller than `limit`, between lines of every cell.
    private func split(_ cells: [PlacedCell], limit: Double) -> [(cells: [PlacedCell], height: Double)] {
        let height = cells.map(\.frame.height).max() ?? 0
        guard height > limit, limit > 0 else { return [(cells, height)] }
        var pieces: [(cells: [PlacedCell], height: Double)] = []
        var rest = cells
        while (rest.map(\.frame.height).max() ?? 0) > limit {
            // The lowest cut at or above the limit that crosses no band of any cell.
            let bottoms = Set(rest.flatMap { $0.frame.bands.map { $0.top + $0.height } }).filter { $0 <= limit }.sorted(by: >)
            var cut = bottoms.first { y in
                rest.allSatisfy { cell in cell.frame.bands.allSatisfy { $0.top >= y - 0.001 || $0.top + $0.height <= y + 0.001 } }
            }
            if cut == nil || cut! <= 0 { cut = bottoms.first ?? limit }
            guard let y = cut, y > 0 else { break }
            var first: [PlacedCell] = [], second: [PlacedCell] = []
            for cell in rest {
                var (top, bottom) = (cell, cell)
                (top.frame, bottom.frame) = cell.frame.cut(at: y)
                top.alignment = .top; bottom.alignment = .top
                first.append(top); second.append(bottom)
            }
            pieces.append((first, y))
            rest = second
        }
        pieces.append((rest, rest.map(\.frame.height).max() ?? 0))
        return pieces
    }

    /// The cells' content at their vertical alignment inside the padding, and the borders.
    private func rowBox(_ cells: [PlacedCell], height: Double) -> VBox {
        var box = VBox(height: height, items: [])
        for cell in cells {
            let free = height - padding.top - padding.bottom - cell.frame.height
            let dy: Double
            switch cell.alignment {
            case .top, .firstBaseline: dy = padding.top
            case .middle: dy = padding.top + free / 2
            case .bottom: dy = padding.top + free
            }
            box.items += cell.frame.items.map { $0.translated(dx: cell.x + padding.left, dy: dy) }
            box.footnotes += cell.frame.footnotes
            box.anchors += cell.frame.anchors.map { OutlineAnchor(title: $0.title, level: $0.level, y: $0.y + dy) }
        }
        let stroke = grid.stroke
        if stroke > 0, let last = cells.last {
            let right = last.x + last.width
            func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> PageItem {
                .line(LineSegment(from: Point(x: x1, y: y1), to: Point(x: x2, y: y2), thickness: stroke))
            }
            box.items.append(line(0, 0, right, 0))
            box.items.append(line(0, height, right, height))
            for cell in cells { box.items.append(line(cell.x, 0, cell.x, height)) }
            box.items.append(line(right, 0, right, height))
        }
        return box
    }
}
