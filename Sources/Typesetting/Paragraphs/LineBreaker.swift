/// Optimal line breaking after Knuth and Plass, "Breaking Paragraphs into Lines" (1981), and
/// TeX: The Program §813–890: every feasible break is weighed over the whole paragraph, and the
/// sequence with the fewest total demerits wins. Names follow TeX (try_break, active nodes,
/// fitness classes, demerits) so the code can be read against it.
struct LineBreaker {
    /// The fitness classes of TeX §817: tight, decent, loose, very loose.
    static func fitnessClass(_ ratio: Double) -> Int {
        if ratio < -0.5 { return 0 }
        if ratio <= 0.5 { return 1 }
        if ratio <= 1 { return 2 }
        return 3
    }

    /// TeX's badness (§108): 100 r³, capped at 10000 ("infinitely bad").
    static func badness(_ ratio: Double) -> Double {
        if ratio.isInfinite { return 10000 }
        let b = 100 * abs(ratio * ratio * ratio)
        return min(b, 10000)
    }

    /// The ratio by which a line's glue must stretch (> 0) or shrink (< 0) to fill the measure.
    static func adjustmentRatio(natural: Double, stretch: Double, shrink: Double, fill: Double,
                                measure: Double) -> Double {
        if natural < measure {
            if fill > 0 { return 0 }
            return stretch > 0 ? (measure - natural) / stretch : .infinity
        }
        if natural > measure {
            return shrink > 0 ? (measure - natural) / shrink : -.infinity
        }
        return 0
    }

    /// The demerits of one line (TeX §859): (line penalty + badness)², plus the square of the
    /// penalty at its break (subtracted for a bonus, nothing for a forced break), plus the
    /// adjacent demerits when its fitness is more than one class from the line before. The
    /// only scoring: every pass and `demerits(of:)` use it.
    func demerits(badness: Double, penalty: Double, fitness: Int, previousFitness: Int) -> Double {
        var d = (parameters.linePenalty + badness) * (parameters.linePenalty + badness)
        if penalty >= 0 {
            d += penalty * penalty
        } else if penalty > -BreakItems.infinitePenalty {
            d -= penalty * penalty
        }
        if abs(fitness - previousFitness) > 1 { d += parameters.adjacentDemerits }
        return d
    }

    /// An active node (TeX §819): a feasible break, with the totals of the items before it as
    /// seen from the line after it, and the best way to reach it.
    struct Node {
        var position: Int
        var line: Int
        var fitness: Int
        var totals: Totals
        var demerits: Double
        var previous: Int
    }

    /// Running sums of widths, stretch, shrink and infinite stretch (TeX's active_width).
    struct Totals {
        var width = 0.0, stretch = 0.0, shrink = 0.0, fill = 0.0

        mutating func add(glue i: Int, of items: BreakItems) {
            width += items.width[i]; stretch += items.stretch[i]; shrink += items.shrink[i]; fill += items.fill[i]
        }
    }

    let items: BreakItems
    let measure: Double
    /// Finite stretch every line has besides its glue (TeX's \leftskip + \rightskip); ragged
    /// and centred text lives on it.
    let lineStretch: Double
    let parameters: LineBreakParameters

    init(items: BreakItems, measure: Double, lineStretch: Double, parameters: LineBreakParameters = LineBreakParameters()) {
        self.items = items; self.measure = measure; self.lineStretch = lineStretch; self.parameters = parameters
    }

    /// The break positions (item indices) of the best sequence, ending with the final forced
    /// break; the pass that found them (1, 2 or 3 for the emergency pass); its total demerits.
    func breakPoints() -> (breaks: [Int], pass: Int, demerits: Double) {
        if let found = run(tolerance: parameters.pretolerance, extraStretch: 0, rescue: false) { return (found.breaks, 1, found.demerits) }
        if let found = run(tolerance: parameters.tolerance, extraStretch: 0, rescue: false) { return (found.breaks, 2, found.demerits) }
        let emergency = parameters.emergencyStretch * measure
        if let found = run(tolerance: 10000, extraStretch: emergency, rescue: true) { return (found.breaks, 3, found.demerits) }
        let breaks = firstFitBreaks()
        return (breaks, 4, demerits(of: breaks))
    }

    /// One pass over the paragraph (TeX §863): at each legal break, try every active node
    /// (`tryBreak`); a pass that runs out of active nodes fails.
    private func run(tolerance: Double, extraStretch: Double, rescue: Bool) -> (breaks: [Int], demerits: Double)? {
        var nodes = [Node(position: -1, line: 0, fitness: 1, totals: Totals(), demerits: 0, previous: -1)]
        var active = [0]
        var sums = Totals()
        let pass = Pass(tolerance: tolerance, background: lineStretch + extraStretch, rescue: rescue)
        for b in 0..<items.count {
            if items.kind[b] == .box {
                sums.width += items.width[b]
                continue
            }
            if items.isLegalBreak(b) {
                tryBreak(at: b, sums: sums, pass: pass, nodes: &nodes, active: &active)
                if active.isEmpty { return nil }
            }
            if items.kind[b] == .glue { sums.add(glue: b, of: items) }
        }
        // The paragraph ends with a forced break, so every surviving node ends there.
        let last = active.filter { nodes[$0].position == items.count - 1 }.min { nodes[$0].demerits < nodes[$1].demerits }
        guard let last else { return nil }
        var breaks: [Int] = []
        var cursor = last
        while cursor > 0 {
            breaks.append(nodes[cursor].position)
            cursor = nodes[cursor].previous
        }
        return (breaks.reversed(), nodes[last].demerits)
    }

    private struct Pass {
        var tolerance: Double
        /// Stretch every line has besides its glue.
        var background: Double
        /// The final pass never runs dry.
        var rescue: Bool
    }

    /// TeX's try_break (§829): lines from each active node to the break at `b`; nodes the
    /// line would overfill (or a forced break) deactivate; the best feasible line per fitness
    /// class becomes a new active node.
    private func tryBreak(at b: Int, sums: Totals, pass: Pass, nodes: inout [Node], active: inout [Int]) {
        let forced = items.isForcedBreak(b)
        let penaltyWidth = items.kind[b] == .penalty ? items.width[b] : 0
        let penalty = items.kind[b] == .penalty ? items.penalty[b] : 0
        var best: [(demerits: Double, node: Int)?] = [nil, nil, nil, nil]
        var survivors: [Int] = [], deactivated: [Int] = []
        for a in active {
            let node = nodes[a]
            let ratio = Self.adjustmentRatio(natural: sums.width - node.totals.width + penaltyWidth,
                                             stretch: sums.stretch - node.totals.stretch + pass.background,
                                             shrink: sums.shrink - node.totals.shrink,
                                             fill: sums.fill - node.totals.fill, measure: measure)
            if ratio < -1 || forced { deactivated.append(a) } else { survivors.append(a) }
            guard ratio >= -1 else { continue }
            let badness = Self.badness(ratio)
            guard badness <= pass.tolerance, !(ratio.isInfinite && pass.tolerance < 10000) else { continue }
            let fitness = Self.fitnessClass(ratio)
            let total = node.demerits + demerits(badness: badness, penalty: penalty, fitness: fitness, previousFitness: node.fitness)
            if best[fitness] == nil || total < best[fitness]!.demerits { best[fitness] = (total, a) }
        }
        // The last line standing becomes an overfull line rather than no line at all.
        if pass.rescue && survivors.isEmpty && best.allSatisfy({ $0 == nil }),
           let last = deactivated.min(by: { nodes[$0].demerits < nodes[$1].demerits }) {
            best[0] = (nodes[last].demerits + 1e8, last)
        }
        active = survivors
        guard best.contains(where: { $0 != nil }) else { return }
        let after = totalsAfterBreak(at: b, sums: sums)
        for fitness in 0..<4 {
            guard let candidate = best[fitness] else { continue }
            nodes.append(Node(position: b, line: nodes[candidate.node].line + 1, fitness: fitness, totals: after,
                              demerits: candidate.demerits, previous: candidate.node))
            active.append(nodes.count - 1)
        }
    }

    /// Totals as seen after a break at `b` (TeX §837): the glue and penalties a break discards,
    /// up to the next box or forced break, belong to no line.
    private func totalsAfterBreak(at b: Int, sums: Totals) -> Totals {
        var after = sums
        var i = b
        while i < items.count {
            let kind = items.kind[i]
            if kind == .box { break }
            if kind == .glue {
                after.add(glue: i, of: items)
            } else if items.isForcedBreak(i) && i > b {
                break
            }
            i += 1
        }
        return after
    }

    /// The total demerits of a break sequence by the same measure the passes minimise (to
    /// compare sequences found some other way). An overfull line counts as infinitely bad.
    func demerits(of breaks: [Int]) -> Double {
        var total = 0.0
        var start = 0
        var previousFitness = 1
        for b in breaks {
            var s = start
            while s < b && items.kind[s] != .box { s += 1 }
            var line = Totals()
            for i in s..<b {
                line.width += items.width[i]
                if items.kind[i] == .glue { line.stretch += items.stretch[i]; line.shrink += items.shrink[i]; line.fill += items.fill[i] }
            }
            if items.kind[b] == .penalty { line.width += items.width[b] }
            let ratio = Self.adjustmentRatio(natural: line.width, stretch: line.stretch + lineStretch, shrink: line.shrink,
                                             fill: line.fill, measure: measure)
            let badness = ratio < -1 ? 10000 : Self.badness(ratio)
            let fitness = Self.fitnessClass(ratio)
            total += demerits(badness: badness, penalty: items.kind[b] == .penalty ? items.penalty[b] : 0,
                              fitness: fitness, previousFitness: previousFitness)
            previousFitness = fitness
            start = b + 1
        }
        return total
    }

    /// First fit, never failing: the last resort if even the emergency pass found nothing.
    func firstFitBreaks() -> [Int] {
        var breaks: [Int] = []
        var lineStartWidth = 0.0
        var width = 0.0
        var lastLegal: (index: Int, width: Double)? = nil
        for i in 0..<items.count {
            if items.kind[i] == .box {
                width += items.width[i]
                if width - lineStartWidth > measure, let legal = lastLegal {
                    breaks.append(legal.index)
                    lineStartWidth = legal.width
                    lastLegal = nil
                }
            } else if items.isLegalBreak(i) {
                if items.isForcedBreak(i) {
                    breaks.append(i)
                    lineStartWidth = width
                    lastLegal = nil
                } else {
                    lastLegal = (i, width + (items.kind[i] == .glue ? items.width[i] : 0))
                }
            }
            if items.kind[i] == .glue { width += items.width[i] }
        }
        if breaks.last != items.count - 1 { breaks.append(items.count - 1) }
        return breaks
    }
}
