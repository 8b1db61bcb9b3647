/// The line breaking of a balanced paragraph: as few lines as fit the measure, and among those
/// the breaks whose penalties, empty line ends and shape cost least, over every sequence of
/// legal breaks (a shortest path, as Knuth and Plass's, but with a cost that sees the lines'
/// evenness, which badness of centred text does not). Quadratic in the legal breaks, so only
/// for short paragraphs: a header's names.
struct BalancedLines {
    static let mostBreaks = 64

    let items: BreakItems
    let measure: Double
    let parameters: LineBreakParameters

    /// The breaks, or nil when the paragraph is not one to balance (a forced break inside it,
    /// or too many legal breaks): it is then broken as any other.
    func breaks() -> [Int]? {
        let last = items.count - 1
        guard last >= 0 else { return nil }
        let candidates = (0..<last).filter(items.isLegalBreak) + [last]
        guard candidates.count <= Self.mostBreaks, !candidates.dropLast().contains(where: items.isForcedBreak) else { return nil }
        var before = [0.0]                         // widths of the items before each index
        for i in 0..<items.count { before.append(before[i] + items.width[i]) }

        // best[j]: the cheapest way to end a line at candidates[j], by (lines, cost).
        var best: [(lines: Int, cost: Double, previous: Int, width: Double)?] = Array(repeating: nil, count: candidates.count)
        for j in candidates.indices {
            for i in -1..<j {
                let reached = i < 0 ? (lines: 0, cost: 0.0, previous: -1, width: Double.infinity) : best[i]
                guard let reached else { continue }
                let width = lineWidth(from: i < 0 ? 0 : candidates[i] + 1, to: candidates[j], before: before)
                // A line wider than the measure only where nothing lets it break.
                guard width <= measure + 0.01 || j - i == 1 else { continue }
                let cost = reached.cost + lineCost(width: width, at: candidates[j], isLast: j == candidates.count - 1,
                                                   widthAbove: reached.width)
                let candidate = (lines: reached.lines + 1, cost: cost, previous: i, width: width)
                if let current = best[j], (current.lines, current.cost) <= (candidate.lines, candidate.cost) { continue }
                best[j] = candidate
            }
        }
        var result: [Int] = []
        var j = candidates.count - 1
        while j >= 0, let entry = best[j] {
            result.append(candidates[j])
            j = entry.previous
        }
        return result.reversed()
    }

    /// A line's natural width: from its first box to the break (a penalty's width counts, the
    /// glue broken at does not).
    private func lineWidth(from start: Int, to end: Int, before: [Double]) -> Double {
        var s = start
        while s < end && items.kind[s] != .box { s += 1 }
        return before[end] - before[s] + (items.kind[end] == .penalty ? items.width[end] : 0)
    }

    private func lineCost(width: Double, at end: Int, isLast: Bool, widthAbove: Double) -> Double {
        let penalty = items.kind[end] == .penalty && !items.isForcedBreak(end) ? items.penalty[end] : 0
        let slack = max(0, measure - width) / measure
        let longer = isLast && width > widthAbove ? parameters.balanceLongerLastLine : 0
        return penalty + parameters.balanceSlackDemerits * slack * slack + longer
    }
}
