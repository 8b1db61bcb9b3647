struct PendingFootnote {
    var number: Int
    var content: [Inline]
    var style: TextStyle
}

struct SetParagraph {
    var lines: [SetLine]
    var footnotes: [PendingFootnote]
    var plainText: String
}

/// Turns a paragraph into lines, in the phases of Typst's inline layout: collect (inlines to
/// words and spaces, NFC), prepare (shape once, with fallback faces), break items (boxes,
/// glue, penalties), line breaking (Knuth–Plass), finalize (glyph runs on each line).
final class ParagraphSetter {
    let fonts: FontLibrary
    let parameters: LineBreakParameters
    private let words: WordShaper
    private(set) var warnings: [LayoutWarning] = []
    /// Numbers footnote markers across the whole document.
    var nextFootnoteNumber = 1

    /// Paragraphs set already, by content, style and width: a table repeats its units, titles
    /// and amounts row after row. Only short paragraphs without footnotes that set without a
    /// warning are kept, so a cached result is exactly what setting again would give.
    private var setParagraphs: [SetParagraphKey: SetParagraph] = [:]
    private static let longestCachedText = 200

    init(fonts: FontLibrary, shaper: Shaper, parameters: LineBreakParameters = LineBreakParameters()) {
        self.fonts = fonts
        self.parameters = parameters
        words = WordShaper(fonts: fonts, shaper: shaper)
    }

    func warn(_ warning: LayoutWarning) { warnings.append(warning) }

    /// Phases 1–3: the paragraph's break items at `measure` (words wider than it are cut when
    /// `cutLongWords`), its footnotes numbered from `nextFootnote`.
    private func items(_ paragraph: Paragraph, measure: Double, cutLongWords: Bool, nextFootnote: inout Int,
                       warnings: inout [LayoutWarning]) -> (BreakItems, CollectedParagraph) {
        let (collected, next) = InlineCollector.collect(paragraph, nextFootnote: nextFootnote)
        nextFootnote = next
        let prepared = words.prepare(collected, measure: measure, cutLongWords: cutLongWords, warnings: &warnings)
        return (BreakItems(prepared, style: paragraph.style, parameters: parameters), collected)
    }

    /// The break items of a paragraph (for tests and measurements).
    func items(for paragraph: Paragraph, measure: Double) -> BreakItems {
        var scratchNumber = nextFootnoteNumber
        var scratchWarnings: [LayoutWarning] = []
        return items(paragraph, measure: measure, cutLongWords: true, nextFootnote: &scratchNumber, warnings: &scratchWarnings).0
    }

    // MARK: - Measuring (content-sized columns)

    /// The narrowest the paragraph can be (its widest unbreakable run) and the width it takes
    /// unbroken (its longest line between forced breaks). Measuring warns of nothing: what it
    /// would report, setting the paragraph reports.
    func measure(_ paragraph: Paragraph) -> (minimum: Double, maximum: Double) {
        var scratchNumber = nextFootnoteNumber
        var scratchWarnings: [LayoutWarning] = []
        let (items, _) = items(paragraph, measure: .infinity, cutLongWords: false, nextFootnote: &scratchNumber,
                               warnings: &scratchWarnings)
        var minimum = 0.0, maximum = 0.0, run = 0.0, line = 0.0
        for i in 0..<items.count {
            switch items.kind[i] {
            case .box: run += items.width[i]; line += items.width[i]
            case .glue:
                if items.isLegalBreak(i) { minimum = max(minimum, run); run = 0 }
                line += items.width[i]
            case .penalty:
                if items.isLegalBreak(i) { minimum = max(minimum, run); run = 0 }
                if items.isForcedBreak(i) { maximum = max(maximum, line); line = 0 }
            }
        }
        minimum = max(minimum, run)
        maximum = max(maximum, line)
        // The first-line indent box is part of the first run and line, so it is counted above.
        let indents = paragraph.style.leftIndent + paragraph.style.rightIndent
        return (minimum + indents, maximum + indents)
    }

    // MARK: - Setting

    func set(_ paragraph: Paragraph, width columnWidth: Double) -> SetParagraph {
        let key = SetParagraphKey(paragraph, width: columnWidth, longestText: Self.longestCachedText)
        if let key, let known = setParagraphs[key] { return known }
        let warningsBefore = warnings.count
        let set = setAnew(paragraph, width: columnWidth)
        if let key, warnings.count == warningsBefore { setParagraphs[key] = set }
        return set
    }

    private func setAnew(_ paragraph: Paragraph, width columnWidth: Double) -> SetParagraph {
        let style = paragraph.style
        let measure = max(1, columnWidth - style.leftIndent - style.rightIndent)
        let (items, collected) = items(paragraph, measure: measure, cutLongWords: true, nextFootnote: &nextFootnoteNumber,
                                       warnings: &warnings)
        let breaker = LineBreaker(items: items, measure: measure, lineStretch: parameters.lineStretch(style, measure: measure),
                                  parameters: parameters)
        var breaks = breaker.breakPoints().breaks
        if style.balanced, let even = BalancedLines(items: items, measure: measure, parameters: parameters).breaks() { breaks = even }
        let finalizer = LineFinalizer(fonts: fonts, style: style, measure: measure)
        var lines: [SetLine] = []
        var start = 0
        for b in breaks {
            // Discardable items after a break begin no line.
            var s = start
            while s < b && items.kind[s] != .box { s += 1 }
            lines.append(finalizer.line(items, s..<b, warnings: &warnings))
            start = b + 1
        }
        if lines.isEmpty || (lines.count == 1 && lines[0].items.isEmpty && collected.plainText.isEmpty) {
            lines = [finalizer.emptyLine()]
        }
        return SetParagraph(lines: lines, footnotes: collected.footnotes, plainText: collected.plainText)
    }
}
