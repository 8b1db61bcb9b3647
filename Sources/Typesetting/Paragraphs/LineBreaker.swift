/// Optimal line breaking after Knuth and Plass, "Breaking Paragraphs into Lines" (1981) and
/// TeX: The Program §813–890: every feasible break is weighed over the whole paragraph, and the
/// sequence with the fewest total demerits wins.
struct LineBreakParameters: Sendable {
    /// TeX's \pretolerance: the first pass accepts only lines this good.
    var pretolerance: Double = 100
    /// TeX's \tolerance: the second pass.
    var tolerance: Double = 200
    /// Added to the stretch of every line in the emergency pass (TeX's \emergencystretch),
    /// as a fraction of the measure.
    var emergencyStretchFraction: Double = 0.1
    /// TeX's \linepenalty.
    var linePenalty: Double = 10
    /// TeX's \adjdemerits: for visually incompatible neighbouring lines.
    var adjacentDemerits: Double = 10000
}

struct LineBreaker {
    /// The fitness classes of TeX §817: tight, decent, loose, very loose.
    static func fitnessClass(_ ratio: Double) -> Int {
        if ratio < -0.5 { return 0 }
        if ratio <= 0.5 { return 1 }
        if ratio <= 1 { return 2 }
        return 3
    }

    /// TeX's badness: 100 r³, capped at 10000 ("infinitely bad").
    static func badness(_ ratio: Double) -> Double {
        if ratio.isInfinite { return 10000 }
        let b = 100 * abs(ratio * ratio * ratio)
        return min(b, 10000)
    }

    private struct Node {
        var position: Int
        var line: Int
        var fitness: Int
        var totalWidth: Double
        var totalStretch: Double
        var totalShrink: Double
        var totalFill: Double
        var demerits: Double
        var previous: Int
    }

    let items: BreakItems
    let measure: Double
    /// Finite stretch every line has besides its glue (TeX's \leftskip + \rightskip); ragged
    /// and centred text lives on it.
    let lineStretch: Double
    var parameters = LineBreakParameters()

    /// The break positions (item indices) of the best sequence, ending with the final forced
    /// break; the pass that found them (1, 2 or 3 for the emergency pass).
    func breakPoints() -> (breaks: [Int], pass: Int) {
        if let breaks = run(tolerance: parameters.pretolerance, extraStretch: 0, rescue: false) { return (breaks, 1) }
        if let breaks = run(tolerance: parameters.tolerance, extraStretch: 0, rescue: false) { return (breaks, 2) }
        let emergency = parameters.emergencyStretchFraction * measure
        if let breaks = run(tolerance: 10000, extraStretch: emergency, rescue: true) { return (breaks, 3) }
        return (firstFitBreaks(), 4)
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

    private func run(tolerance: Double, extraStretch: Double, rescue: Bool) -> [Int]? {
        let n = items.count
        var nodes: [Node] = [Node(position: -1, line: 0, fitness: 1, totalWidth: 0, totalStretch: 0,
                                  totalShrink: 0, totalFill: 0, demerits: 0, previous: -1)]
        var active: [Int] = [0]
        var sumWidth = 0.0, sumStretch = 0.0, sumShrink = 0.0, sumFill = 0.0
        let background = lineStretch + extraStretch

        for b in 0..<n {
            let kind = items.kind[b]
            if kind == .box {
                sumWidth += items.width[b]
                continue
            }
            if items.isLegalBreak(b) {
                let forced = items.isForcedBreak(b)
                let penaltyWidth = kind == .penalty ? items.width[b] : 0
                let penaltyValue = kind == .penalty ? items.penalty[b] : 0
                // Best candidate per fitness class: (demerits, from node, ratio).
                var best: [(demerits: Double, node: Int)?] = [nil, nil, nil, nil]
                var survivors: [Int] = []
                var deactivated: [Int] = []
                for a in active {
                    let node = nodes[a]
                    let natural = sumWidth - node.totalWidth + penaltyWidth
                    let ratio = Self.adjustmentRatio(natural: natural, stretch: sumStretch - node.totalStretch + background,
                                                     shrink: sumShrink - node.totalShrink,
                                                     fill: sumFill - node.totalFill, measure: measure)
                    if ratio < -1 || forced { deactivated.append(a) } else { survivors.append(a) }
                    guard ratio >= -1 else { continue }
                    let badness = Self.badness(ratio)
                    guard badness <= tolerance, !(ratio.isInfinite && tolerance < 10000) else { continue }
                    var demerits = (parameters.linePenalty + badness) * (parameters.linePenalty + badness)
                    if penaltyValue >= 0 {
                        demerits += penaltyValue * penaltyValue
                    } else if penaltyValue > -BreakItems.infinitePenalty {
                        demerits -= penaltyValue * penaltyValue
                    }
                    let fitness = Self.fitnessClass(ratio)
                    if abs(fitness - node.fitness) > 1 { demerits += parameters.adjacentDemerits }
                    let total = node.demerits + demerits
                    if best[fitness] == nil || total < best[fitness]!.demerits {
                        best[fitness] = (total, a)
                    }
                }
                // The final pass never runs dry: the last line standing becomes an overfull line.
                if rescue && survivors.isEmpty && best.allSatisfy({ $0 == nil }), let last = deactivated.min(by: { nodes[$0].demerits < nodes[$1].demerits }) {
                    best[0] = (nodes[last].demerits + 1e8, last)
                }
                active = survivors
                if best.contains(where: { $0 != nil }) {
                    // Totals as seen after the break: the glue and penalties a break discards
                    // (up to the next box) belong to no line.
                    var afterWidth = sumWidth, afterStretch = sumStretch, afterShrink = sumShrink, afterFill = sumFill
                    var i = b
                    while i < n {
                        let k = items.kind[i]
                        if k == .box { break }
                        if k == .glue {
                            afterWidth += items.width[i]; afterStretch += items.stretch[i]
                            afterShrink += items.shrink[i]; afterFill += items.fill[i]
                        } else if items.isForcedBreak(i) && i > b {
                            break
                        }
                        i += 1
                    }
                    for fitness in 0..<4 {
                        guard let candidate = best[fitness] else { continue }
                        nodes.append(Node(position: b, line: nodes[candidate.node].line + 1, fitness: fitness,
                                          totalWidth: afterWidth, totalStretch: afterStretch,
                                          totalShrink: afterShrink, totalFill: afterFill,
                                          demerits: candidate.demerits, previous: candidate.node))
                        active.append(nodes.count - 1)
                    }
                }
                if active.isEmpty { return nil }
            }
            if kind == .glue {
                sumWidth += items.width[b]; sumStretch += items.stretch[b]
                sumShrink += items.shrink[b]; sumFill += items.fill[b]
            }
        }
        // The paragraph ends with a forced break, so every surviving node ends there.
        guard let last = active.filter({ nodes[$0].position == n - 1 }).min(by: { nodes[$0].demerits < nodes[$1].demerits }) else {
            return nil
        }
        var breaks: [Int] = []
        var cursor = last
        while cursor > 0 {
            breaks.append(nodes[cursor].position)
            cursor = nodes[cursor].previous
        }
        return breaks.reversed()
    }

    /// The total demerits of a break sequence by the same measure the optimiser minimises
    /// (to compare sequences found some other way).
    func demerits(of breaks: [Int]) -> Double {
        var total = 0.0
        var start = 0
        var previousFitness = 1
        for b in breaks {
            var s = start
            while s < b && items.kind[s] != .box { s += 1 }
            var w = 0.0, y = lineStretch, z = 0.0, f = 0.0
            for i in s..<b {
                w += items.width[i]
                if items.kind[i] == .glue { y += items.stretch[i]; z += items.shrink[i]; f += items.fill[i] }
            }
            if items.kind[b] == .penalty { w += items.width[b] }
            let ratio = Self.adjustmentRatio(natural: w, stretch: y, shrink: z, fill: f, measure: measure)
            let badness = ratio < -1 ? 10000 : Self.badness(ratio)
            var d = (parameters.linePenalty + badness) * (parameters.linePenalty + badness)
            let p = items.kind[b] == .penalty ? items.penalty[b] : 0
            if p >= 0 { d += p * p } else if p > -BreakItems.infinitePenalty { d -= p * p }
            let fitness = Self.fitnessClass(ratio)
            if abs(fitness - previousFitness) > 1 { d += parameters.adjacentDemerits }
            previousFitness = fitness
            total += d
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
        var i = 0
        while i < items.count {
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
            i += 1
        }
        if breaks.last != items.count - 1 { breaks.append(items.count - 1) }
        return breaks
    }
}
