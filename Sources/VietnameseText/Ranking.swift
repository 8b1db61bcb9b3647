/// An item with its place in a ranking.
public struct Ranked<Item> {
    /// 1-based; tied items share the rank of the first of them.
    public let rank: Int
    public let item: Item
    /// True when at least one other item has the same score.
    public let isTied: Bool
}

extension Ranked: Equatable where Item: Equatable {}
extension Ranked: Hashable where Item: Hashable {}
extension Ranked: Sendable where Item: Sendable {}

/// Standard competition ranking ("1224"): items with equal scores share a rank and the next
/// rank skips as many places as were shared. This is how emulation clusters announce their
/// bình xét results (two units tied second, the next is fourth).
///
/// - Parameters:
///   - higherIsBetter: true for scores (default), false for e.g. penalty points.
///   - tieOrder: orders items that share a score (e.g. by unit name with Vietnamese
///     collation); items it does not separate keep their input order.
/// Use exact scores (Int, Decimal): two Double totals that print alike may differ in the last bit.
public func competitionRanking<Item, Score: Comparable>(
    _ items: [Item],
    score: (Item) -> Score,
    higherIsBetter: Bool = true,
    tieOrder: (Item, Item) -> Bool = { _, _ in false }
) -> [Ranked<Item>] {
    let keyed = items.enumerated().map { (offset: $0.offset, score: score($0.element), item: $0.element) }
    let sorted = keyed.sorted { a, b in
        if a.score != b.score { return higherIsBetter ? a.score > b.score : a.score < b.score }
        if tieOrder(a.item, b.item) { return true }
        if tieOrder(b.item, a.item) { return false }
        return a.offset < b.offset
    }
    var result: [Ranked<Item>] = []
    result.reserveCapacity(sorted.count)
    for (position, entry) in sorted.enumerated() {
        let previous = position > 0 ? sorted[position - 1] : nil
        let next = position + 1 < sorted.count ? sorted[position + 1] : nil
        let rank = (previous.map { $0.score == entry.score } ?? false) ? result[position - 1].rank : position + 1
        let tied = previous?.score == entry.score || next?.score == entry.score
        result.append(Ranked(rank: rank, item: entry.item, isTied: tied))
    }
    return result
}
