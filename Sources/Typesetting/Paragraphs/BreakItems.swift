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

extension BreakItems {
    /// Phase 3: the prepared words and spaces as Knuth–Plass items. Words are boxes (a cut
    /// word's clusters with a penalty between them), spaces glue that stretches and shrinks
    /// only in justified text, a space that costs a break has that penalty before it (an
    /// infinite one where it may not break: glue after a penalty is no break of its own),
    /// and the paragraph ends with TeX's \parfillskip and forced break.
    init(_ prepared: PreparedParagraph, style: ParagraphStyle, parameters: LineBreakParameters) {
        self.init()
        reserveCapacity(prepared.fragments.count + 2 * prepared.segments.count + 4)
        let fillsLastLine = style.alignment == .justified || style.alignment == .left
        if style.firstLineIndent != 0 { box(style.firstLineIndent, .none) }
        for segment in prepared.segments {
            switch segment {
            case let .word(range, cut):
                for index in range {
                    let (fragment, piece) = prepared.fragments[index]
                    if cut && index > range.lowerBound { penalty(parameters.clusterBreakPenalty) }
                    box(fragment.width(at: piece.style.size), .text(fragment, piece.style, footnote: piece.footnote))
                }
            case let .space(fragment, width, textStyle, breakPenalty):
                if breakPenalty > 0 { penalty(min(breakPenalty, Self.infinitePenalty)) }
                if style.alignment == .justified {
                    glue(width, stretch: width * parameters.spaceStretch, shrink: width * parameters.spaceShrink,
                         .space(fragment, textStyle))
                } else {
                    glue(width, stretch: 0, shrink: 0, .space(fragment, textStyle))
                }
            case .lineBreak:
                if fillsLastLine { glue(0, stretch: 0, shrink: 0, fill: 1) }
                penalty(-Self.infinitePenalty)
            }
        }
        // Trailing spaces end no line.
        while count > 0 && kind[count - 1] != .box && !isForcedBreak(count - 1) { removeLast() }
        penalty(Self.infinitePenalty)
        if fillsLastLine { glue(0, stretch: 0, shrink: 0, fill: 1) }
        penalty(-Self.infinitePenalty)
    }

    private mutating func reserveCapacity(_ n: Int) {
        kind.reserveCapacity(n); width.reserveCapacity(n); stretch.reserveCapacity(n); shrink.reserveCapacity(n)
        fill.reserveCapacity(n); penalty.reserveCapacity(n); content.reserveCapacity(n)
    }

    private mutating func removeLast() {
        kind.removeLast(); width.removeLast(); stretch.removeLast(); shrink.removeLast()
        fill.removeLast(); penalty.removeLast(); content.removeLast()
    }
}
