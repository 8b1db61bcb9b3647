/// The widths of a grid's columns at a given width (gaps excluded).
///
/// With no content-sized (`.auto`) column the widths are the author's, as in CSS's fixed
/// table layout: relative columns are not measured, and a word wider than its column is cut
/// between characters with a warning. Only `.atLeast` columns are measured then, for their
/// widest unbreakable word. With an `.auto` column every measured column counts: auto
/// columns take what their content wants (within their share), relative columns share the
/// rest but never get narrower than their longest word.
struct GridColumnWidths {
    let grid: Grid
    let width: Double
    /// The narrowest and widest natural widths of a cell's content in a column.
    let measure: (_ cell: GridCell, _ column: Int) -> (minimum: Double, maximum: Double)

    private var columns: [GridColumn] { grid.columns }
    private var padding: Double { grid.cellPadding.left + grid.cellPadding.right }
    private var gaps: Double { grid.gaps }
    private var shared: Double { grid.sharedWidth(width) }

    func resolve() -> [Double] {
        let hasAuto = columns.contains { if case .auto = $0.width { return true } else { return false } }
        let measured = measureColumns { column in
            switch column.width {
            case .fixed: return false
            case .atLeast: return true
            case .relative, .auto: return hasAuto
            }
        }
        return hasAuto ? measuredLayout(measured) : fixedLayout(minimums: measured.minimums)
    }

    /// Minimum and maximum content widths (padding included) of the columns `wanted` picks,
    /// from the cells that span one column.
    private func measureColumns(_ wanted: (GridColumn) -> Bool) -> (minimums: [Double], maximums: [Double]) {
        var minimums = [Double](repeating: padding, count: columns.count)
        var maximums = minimums
        let picked = columns.map(wanted)
        guard picked.contains(true) else { return (minimums, maximums) }
        for row in grid.rows {
            var column = 0
            for cell in row.cells {
                guard column < columns.count else { break }
                if cell.columnSpan <= 1 && picked[column] {
                    let m = measure(cell, column)
                    minimums[column] = max(minimums[column], m.minimum + padding)
                    maximums[column] = max(maximums[column], m.maximum + padding)
                }
                column += max(1, cell.columnSpan)
            }
        }
        return (minimums, maximums)
    }

    /// The author's widths: fixed as given, at-least widened to their widest word, relative
    /// columns sharing the rest by weight.
    private func fixedLayout(minimums: [Double]) -> [Double] {
        var widths = [Double](repeating: 0, count: columns.count)
        var fixed = 0.0
        for (i, column) in columns.enumerated() {
            switch column.width {
            case let .fixed(w): widths[i] = w
            case let .atLeast(w): widths[i] = max(w, minimums[i])
            case .relative, .auto: continue
            }
            fixed += widths[i]
        }
        let relative = columns.indices.filter { if case .relative = columns[$0].width { return true } else { return false } }
        let weights = relative.reduce(0.0) { $0 + max(columns[$1].relativeWeight, 0) }
        let rest = max(0, width - fixed - gaps)
        for i in relative {
            widths[i] = weights > 0 ? rest * max(columns[i].relativeWeight, 0) / weights : rest / Double(relative.count)
        }
        return widths
    }

    /// Auto columns first (their content's width within their share), relative columns
    /// sharing what is left but never below their longest word; when that does not fit,
    /// everything gets its minimum and auto columns share what remains.
    private func measuredLayout(_ measured: (minimums: [Double], maximums: [Double])) -> [Double] {
        var (minimums, maximums) = measured
        var widths = [Double](repeating: 0, count: columns.count)
        var remaining = width
        var autoColumns: [Int] = [], relativeColumns: [Int] = []
        var weights = 0.0
        for (i, column) in columns.enumerated() {
            switch column.width {
            case let .fixed(w): widths[i] = w; remaining -= w
            case let .atLeast(w): widths[i] = max(w, minimums[i]); remaining -= widths[i]
            case .auto:
                autoColumns.append(i)
                if let share = column.share {
                    let (least, most) = (share.lowerBound * shared, share.upperBound * shared)
                    minimums[i] = min(max(minimums[i], least), most)
                    maximums[i] = min(max(maximums[i], least), most)
                }
            case let .relative(weight): relativeColumns.append(i); weights += max(weight, 0)
            }
        }
        remaining -= gaps
        let autoMax = autoColumns.reduce(0.0) { $0 + maximums[$1] }
        let autoMin = autoColumns.reduce(0.0) { $0 + minimums[$1] }
        let relativeMin = relativeColumns.reduce(0.0) { $0 + minimums[$1] }
        guard autoMax + relativeMin <= remaining else {
            for i in relativeColumns { widths[i] = minimums[i] }
            let spare = max(0, remaining - autoMin - relativeMin)
            let flexible = autoMax - autoMin
            for i in autoColumns {
                widths[i] = minimums[i] + (flexible > 0 ? spare * (maximums[i] - minimums[i]) / flexible : spare / Double(autoColumns.count))
            }
            return widths
        }
        for i in autoColumns { widths[i] = maximums[i] }
        var rest = remaining - autoMax
        if relativeColumns.isEmpty {
            if autoMax > 0 { for i in autoColumns { widths[i] += rest * maximums[i] / autoMax } }
            return widths
        }
        // Shares by weight, but never below what a column's longest word needs.
        var open = relativeColumns
        while !open.isEmpty {
            let share = { (i: Int) in weights > 0 ? max(columns[i].relativeWeight, 0) : 1 }
            let total = open.reduce(0.0) { $0 + share($1) }
            let tooNarrow = open.filter { rest * share($0) / total < minimums[$0] }
            if tooNarrow.isEmpty {
                for i in open { widths[i] = rest * share(i) / total }
                break
            }
            for i in tooNarrow { widths[i] = minimums[i]; rest -= minimums[i] }
            open.removeAll { tooNarrow.contains($0) }
        }
        return widths
    }
}

extension Grid {
    var gaps: Double { columnGap * Double(max(0, columns.count - 1)) }
    /// The width the columns share: the grid's less its gaps.
    func sharedWidth(_ width: Double) -> Double { width - gaps }
}

extension GridColumn {
    var relativeWeight: Double {
        if case let .relative(w) = width { return w }
        return 0
    }
}
