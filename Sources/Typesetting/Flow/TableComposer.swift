/// Lays out a table as rows of boxes: column widths (fixed, relative, content-sized), cells
/// stacked with padding and vertical alignment, borders drawn per row so that every page
/// piece is closed, header rows repeated on each page, and a row taller than a page cut
/// between lines.
struct TableComposer {
    let composer: BlockComposer
    let table: Table
    let width: Double

    private struct PlacedCell {
        var frame: Frame
        var x: Double
        var width: Double
        var alignment: VerticalAlignment
    }

    func columnWidths() -> [Double] {
        let columns = table.columns
        // With no content-sized column the widths are the author's (a "fixed" table layout, as
        // in CSS): no cell needs measuring first. A word wider than its column is then cut
        // between characters, with a warning.
        if !columns.contains(where: { if case .auto = $0.width { return true } else { return false } }) {
            return fixedLayoutWidths()
        }
        let padding = table.cellPadding.left + table.cellPadding.right
        var widths = [Double](repeating: 0, count: columns.count)
        var minimums = [Double](repeating: padding, count: columns.count)
        var maximums = [Double](repeating: padding, count: columns.count)
        for row in table.rows {
            var column = 0
            for cell in row.cells {
                guard column < columns.count else { break }
                if cell.columnSpan <= 1 {
                    let m = composer.measure(cell.blocks)
                    minimums[column] = max(minimums[column], m.minimum + padding)
                    maximums[column] = max(maximums[column], m.maximum + padding)
                }
                column += max(1, cell.columnSpan)
            }
        }
        var remaining = width
        var autoColumns: [Int] = [], relativeColumns: [Int] = []
        var weights = 0.0
        for (i, column) in columns.enumerated() {
            switch column.width {
            case let .fixed(w): widths[i] = w; remaining -= w
            case .auto: autoColumns.append(i)
            case let .relative(weight): relativeColumns.append(i); weights += max(weight, 0)
            }
        }
        let autoMax = autoColumns.reduce(0.0) { $0 + maximums[$1] }
        let autoMin = autoColumns.reduce(0.0) { $0 + minimums[$1] }
        let relativeMin = relativeColumns.reduce(0.0) { $0 + minimums[$1] }
        if autoMax + relativeMin <= remaining {
            for i in autoColumns { widths[i] = maximums[i] }
            var rest = remaining - autoMax
            if !relativeColumns.isEmpty {
                // Shares by weight, but never below what a column's longest word needs.
                var open = relativeColumns
                while !open.isEmpty {
                    let w = open.reduce(0.0) { $0 + (weights > 0 ? max(columns[$1].relativeWeight, 0) : 1) }
                    let tooNarrow = open.filter { rest * (weights > 0 ? columns[$0].relativeWeight : 1) / w < minimums[$0] }
                    if tooNarrow.isEmpty {
                        for i in open { widths[i] = rest * (weights > 0 ? columns[i].relativeWeight : 1) / w }
                        break
                    }
                    for i in tooNarrow { widths[i] = minimums[i]; rest -= minimums[i] }
                    open.removeAll { tooNarrow.contains($0) }
                }
            } else if autoMax > 0 && !autoColumns.isEmpty {
                for i in autoColumns { widths[i] += rest * maximums[i] / autoMax }
            }
        } else {
            for i in relativeColumns { widths[i] = minimums[i] }
            let spare = max(0, remaining - autoMin - relativeMin)
            let flexible = autoMax - autoMin
            for i in autoColumns {
                widths[i] = minimums[i] + (flexible > 0 ? spare * (maximums[i] - minimums[i]) / flexible : spare / Double(autoColumns.count))
            }
        }
        return widths
    }

    private func fixedLayoutWidths() -> [Double] {
        let fixed = table.columns.reduce(0.0) { total, column in
            if case let .fixed(w) = column.width { return total + w }
            return total
        }
        let weights = table.columns.reduce(0.0) { $0 + max($1.relativeWeight, 0) }
        let rest = max(0, width - fixed)
        return table.columns.map { column in
            switch column.width {
            case let .fixed(w): return w
            case let .relative(weight): return weights > 0 ? rest * max(weight, 0) / weights : 0
            case .auto: return 0
            }
        }
    }

    /// Hands on each row's boxes (and the penalty before them) as soon as the row is set.
    func compose(into emit: (VItem) -> Void) {
        let widths = columnWidths()
        var edges: [Double] = [0]
        for w in widths { edges.append(edges.last! + w) }
        let bodyHeight = composer.pageStyle.bodyHeight
        var headerBoxes: [VBox] = []
        var emittedAny = false
        for (rowIndex, row) in table.rows.enumerated() {
            let isHeader = rowIndex < table.headerRowCount
            var cells: [PlacedCell] = []
            var column = 0
            for cell in row.cells {
                guard column < widths.count else {
                    composer.setter.warn(LayoutWarning(.tooManyCells(row: rowIndex + 1, columns: widths.count)))
                    break
                }
                let span = max(1, min(cell.columnSpan, widths.count - column))
                let cellWidth = edges[column + span] - edges[column]
                let inner = max(1, cellWidth - table.cellPadding.left - table.cellPadding.right)
                cells.append(PlacedCell(frame: composer.stack(cell.blocks, width: inner), x: edges[column],
                                        width: cellWidth, alignment: cell.verticalAlignment))
                column += span
            }
            // A short row still draws its empty cells.
            while column < widths.count {
                cells.append(PlacedCell(frame: Frame(), x: edges[column], width: widths[column], alignment: .top))
                column += 1
            }
            let padding = table.cellPadding.top + table.cellPadding.bottom
            // Cells aligned by first baseline start lower by what it takes to meet the others.
            let shifts = BlockComposer.baselineShifts(cells.map { ($0.frame, $0.alignment) })
            for (i, shift) in shifts.enumerated() where shift > 0 {
                for b in cells[i].frame.bands.indices { cells[i].frame.bands[b].top += shift }
                cells[i].frame.height += shift
            }
            var boxes: [VBox] = []
            // A piece shares its page with the repeated header rows.
            let headerHeight = isHeader ? 0 : headerBoxes.reduce(0.0) { $0 + $1.height }
            for piece in split(cells, limit: bodyHeight - headerHeight - padding - 0.5) {
                boxes.append(rowBox(piece.cells, height: piece.height + padding))
            }
            for (pieceIndex, var box) in boxes.enumerated() {
                if emittedAny {
                    let previousKeeps = rowIndex > 0 && table.rows[rowIndex - 1].keepWithNext && pieceIndex == 0
                    let insideHeader = rowIndex <= table.headerRowCount && pieceIndex == 0
                    emit(.penalty(previousKeeps || insideHeader ? BreakItems.infinitePenalty : 0))
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
                var top = cell, bottom = cell
                top.frame = Frame(); bottom.frame = Frame()
                for band in cell.frame.bands {
                    if band.top < y - 0.001 {
                        top.frame.bands.append(band)
                    } else {
                        var moved = band; moved.top -= y
                        bottom.frame.bands.append(moved)
                    }
                }
                top.frame.height = min(y, cell.frame.height)
                bottom.frame.height = max(0, cell.frame.height - y)
                top.frame.footnotes = cell.frame.footnotes
                top.alignment = .top; bottom.alignment = .top
                first.append(top); second.append(bottom)
            }
            pieces.append((first, y))
            rest = second
        }
        pieces.append((rest, rest.map(\.frame.height).max() ?? 0))
        return pieces
    }

    private func rowBox(_ cells: [PlacedCell], height: Double) -> VBox {
        var box = VBox(height: height, items: [])
        let padding = table.cellPadding
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
        let border = table.borderWidth
        if border > 0, let last = cells.last {
            let right = last.x + last.width
            func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> PageItem {
                .line(LineSegment(from: Point(x: x1, y: y1), to: Point(x: x2, y: y2), thickness: border))
            }
            box.items.append(line(0, 0, right, 0))
            box.items.append(line(0, height, right, height))
            for cell in cells { box.items.append(line(cell.x, 0, cell.x, height)) }
            box.items.append(line(right, 0, right, height))
        }
        return box
    }
}

extension TableColumn {
    var relativeWeight: Double {
        if case let .relative(w) = width { return w }
        return 0
    }
}
