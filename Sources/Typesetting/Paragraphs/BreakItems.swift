/// Knuth and Plass's items: boxes (fixed material), glue (space that stretches and shrinks)
/// and penalties (possible breaks with a cost), stored column by column.
enum BreakItemKind: UInt8 { case box, glue, penalty }

/// What a box or glue item draws.
enum BreakItemContent {
    case none
    /// Shaped text in a style; `footnote` marks a footnote marker (its number).
    case text(ShapedFragment, TextStyle, footnote: Int?)
    /// An inter-word space: the shaped space character keeps the text exact in the PDF.
    case space(ShapedFragment, TextStyle)
}

struct BreakItems {
    static let infinitePenalty = 10000.0

    var kind: [BreakItemKind] = []
    var width: [Double] = []
    var stretch: [Double] = []
    var shrink: [Double] = []
    /// Stretch of infinite order ("fil"): the end of a paragraph.
    var fill: [Double] = []
    var penalty: [Double] = []
    var content: [BreakItemContent] = []

    var count: Int { kind.count }

    mutating func box(_ width: Double, _ content: BreakItemContent) {
        append(.box, width, 0, 0, 0, 0, content)
    }

    mutating func glue(_ width: Double, stretch: Double, shrink: Double, fill: Double = 0,
                       _ content: BreakItemContent = .none) {
        append(.glue, width, stretch, shrink, fill, 0, content)
    }

    mutating func penalty(_ value: Double) {
        append(.penalty, 0, 0, 0, 0, value, .none)
    }

    mutating func insertPenalty(_ value: Double, at index: Int) {
        kind.insert(.penalty, at: index); width.insert(0, at: index); stretch.insert(0, at: index)
        shrink.insert(0, at: index); fill.insert(0, at: index); penalty.insert(value, at: index)
        content.insert(.none, at: index)
    }

    private mutating func append(_ k: BreakItemKind, _ w: Double, _ y: Double, _ z: Double,
                                 _ f: Double, _ p: Double, _ c: BreakItemContent) {
        kind.append(k); width.append(w); stretch.append(y); shrink.append(z)
        fill.append(f); penalty.append(p); content.append(c)
    }

    /// A break may fall at a penalty that is not infinite, or at glue right after a box.
    func isLegalBreak(_ i: Int) -> Bool {
        switch kind[i] {
        case .penalty: return penalty[i] < Self.infinitePenalty
        case .glue: return i > 0 && kind[i - 1] == .box
        case .box: return false
        }
    }

    func isForcedBreak(_ i: Int) -> Bool { kind[i] == .penalty && penalty[i] <= -Self.infinitePenalty }
}
