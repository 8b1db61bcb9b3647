import Foundation
import UnicodeNormalization

/// A line of a paragraph, ready to place: its items are relative to the line's top-left
/// corner, x measured from the left edge of the column.
struct SetLine {
    var items: [PageItem]
    var height: Double
    var baseline: Double
    /// Horizontal extent of the line's text (for rules "as long as the text").
    var textMinX: Double
    var textMaxX: Double
    var footnoteNumbers: [Int]
}

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

/// Turns a paragraph into lines: characters to faces (with fallback), words shaped,
/// Knuth–Plass breaking, then glyph runs positioned on each line.
final class ParagraphSetter {
    let fonts: FontLibrary
    let shaper: Shaper
    var parameters = LineBreakParameters() { didSet { setParagraphs.removeAll() } }
    private(set) var warnings: [LayoutWarning] = []
    /// Numbers footnote markers across the whole document.
    var nextFootnoteNumber = 1

    private struct SpaceKey: Hashable {
        let face: ObjectIdentifier
        let size: Double
        let character: String
    }
    /// Shaped spaces and their widths, per face, size and kind of space.
    private var spaces: [SpaceKey: (ShapedFragment, Double)] = [:]

    /// Paragraphs set already, by content, style and width: a table repeats its units, titles
    /// and amounts row after row. Only short paragraphs without footnotes that set without a
    /// warning are kept, so a cached result is exactly what setting again would give.
    private var setParagraphs: [SetParagraphKey: SetParagraph] = [:]
    private static let longestCachedText = 200

    init(fonts: FontLibrary, shaper: Shaper) {
        self.fonts = fonts; self.shaper = shaper
    }

    func warn(_ warning: LayoutWarning) { warnings.append(warning) }

    // MARK: - Measuring (content-sized table columns)

    /// The narrowest the paragraph can be (its widest unbreakable run) and the width it takes
    /// unbroken (its longest line between forced breaks).
    func measure(_ paragraph: Paragraph) -> (minimum: Double, maximum: Double) {
        var scratchNumber = nextFootnoteNumber
        let built = buildItems(paragraph, measure: .infinity, footnoteNumber: &scratchNumber, splitLongWords: false)
        let items = built.items
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

    // MARK: - Items

    private struct Piece {
        var text: String
        var style: TextStyle
        /// The style's own face; characters it lacks are resolved when the piece is shaped.
        var face: FontFace
        var footnote: Int?
        var source: SourceLocation?
        /// The text run the piece came from and where in it, for messages.
        var runText: String = ""
        var runOffset: String.Index? = nil
    }

    private struct BuiltItems {
        var items: BreakItems
        var footnotes: [PendingFootnote]
        var plainText: String
    }

    /// The face of a style; an unknown family falls back to the shipped default.
    private func primaryFace(_ style: TextStyle) -> FontFace {
        if let face = try? fonts.face(for: style) { return face }
        return (try? fonts.face(family: TextStyle.defaultFamily, bold: style.bold, italic: style.italic)) ?? fonts.faces[0]
    }

    /// A token that is a dash alone: "-", "‐", "–" or "—". Compared scalar by scalar: String
    /// equality goes through Unicode canonical equivalence, and this runs for every word.
    private static func isDash(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        return first == "-" || first == "\u{2010}" || first == "\u{2013}" || first == "\u{2014}"
    }

    /// Whether the text ends with a hyphen ("-" or "‐") standing alone, not carrying a mark.
    private static func endsWithHyphen(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, last == "-" || last == "\u{2010}" else { return false }
        return text.last.map { $0 == "-" || $0 == "\u{2010}" } ?? false
    }

    private func buildItems(_ paragraph: Paragraph, measure: Double, footnoteNumber: inout Int,
                            splitLongWords: Bool) -> BuiltItems {
        let style = paragraph.style
        let alignment = style.alignment
        var items = BreakItems()
        var footnotes: [PendingFootnote] = []
        var plain = ""
        var token: [Piece] = []
        var lastStyle = style.strut
        var reportedMissing = Set<UInt32>()
        var faces: [TextStyle: FontFace] = [:]

        func face(_ style: TextStyle) -> FontFace {
            if let face = faces[style] { return face }
            let face = primaryFace(style)
            faces[style] = face
            return face
        }

        if style.firstLineIndent != 0 { items.box(style.firstLineIndent, .none) }

        // A line never ends on a hyphen: "05-" at a line end reads as a hyphenated word (and
        // text extraction joins it to the next line), so the space after a token ending in "-"
        // does not break, and a lone dash stays with the words on both sides.
        var tokenEndsWithHyphen = false
        var lastGlueIndex: Int? = nil

        /// Shapes a piece; where its face lacks characters, splits it into runs of the faces
        /// that have them, and reports characters that no face has.
        func shapePiece(_ piece: Piece) -> [(ShapedFragment, Piece)] {
            let shaped = shaper.shape(piece.text, face: piece.face)
            if !shaped.glyphs.contains(where: { $0.id == 0 }) { return [(shaped, piece)] }
            var runs: [(String, FontFace)] = []
            let characters = Array(piece.text)
            for (index, character) in characters.enumerated() {
                var chosen = piece.face
                if !piece.face.covers(character) {
                    if let fallback = fonts.fallbackFaces.first(where: { $0.covers(character) }) {
                        chosen = fallback
                    } else if reportedMissing.insert(character.unicodeScalars.first!.value).inserted {
                        var context = String(characters[max(0, index - 12)..<min(characters.count, index + 12)])
                        if let offset = piece.runOffset {
                            // Up to 20 characters either side in the text the word came from.
                            let run = piece.runText
                            let from = run.index(offset, offsetBy: -20, limitedBy: run.startIndex) ?? run.startIndex
                            let to = run.index(offset, offsetBy: characters.count + 20, limitedBy: run.endIndex) ?? run.endIndex
                            context = String(run[from..<to])
                        }
                        warn(LayoutWarning(.missingGlyph(character: String(character), context: context), source: piece.source))
                    }
                }
                if let last = runs.last, last.1 === chosen {
                    runs[runs.count - 1].0.append(character)
                } else {
                    runs.append((String(character), chosen))
                }
            }
            return runs.map { text, face in
                var p = piece; p.text = text; p.face = face
                return (shaper.shape(text, face: face), p)
            }
        }

        func flushToken() {
            guard !token.isEmpty else { return }
            let lastText = token[token.count - 1].text
            tokenEndsWithHyphen = Self.endsWithHyphen(lastText)
            if token.count == 1 && Self.isDash(lastText) {
                tokenEndsWithHyphen = true
                if let glue = lastGlueIndex, glue == items.count - 1 {
                    items.insertPenalty(BreakItems.infinitePenalty, at: glue)
                }
            }
            var fragments = token.flatMap(shapePiece)
            token.removeAll(keepingCapacity: true)
            let total = fragments.reduce(0.0) { $0 + $1.0.width(at: $1.1.style.size) }
            if splitLongWords && total > measure {
                let text = fragments.map { $0.1.text }.joined()
                warn(LayoutWarning(.wordBrokenAcrossLines(word: text), source: fragments.first?.1.source))
                var split: [(ShapedFragment, Piece)] = []
                for (fragment, piece) in fragments {
                    for part in fragment.splitAtGraphemes() {
                        var p = piece; p.text = part.text
                        split.append((part, p))
                    }
                }
                fragments = split
                for (index, (fragment, piece)) in fragments.enumerated() {
                    if index > 0 { items.penalty(50) }
                    items.box(fragment.width(at: piece.style.size), .text(fragment, piece.style, footnote: piece.footnote))
                }
                return
            }
            for (fragment, piece) in fragments {
                items.box(fragment.width(at: piece.style.size), .text(fragment, piece.style, footnote: piece.footnote))
            }
        }

        func appendPiece(_ text: String, style: TextStyle, source: SourceLocation?, footnote: Int? = nil,
                         run: String = "", offset: String.Index? = nil) {
            if footnote == nil, var last = token.last, last.footnote == nil, last.style == style {
                last.text += text
                token[token.count - 1] = last
            } else {
                token.append(Piece(text: text, style: style, face: face(style), footnote: footnote, source: source,
                                   runText: run, runOffset: offset))
            }
        }

        func space(_ character: String, style: TextStyle, breakable: Bool) {
            flushToken()
            let face = face(style)
            let key = SpaceKey(face: ObjectIdentifier(face), size: style.size, character: character)
            let (shape, width): (ShapedFragment, Double)
            if let cached = spaces[key] {
                (shape, width) = cached
            } else {
                // A face without the character (a no-break space, say) draws its plain space.
                let shaped = shaper.shape(face.covers(Character(character)) ? character : " ", face: face)
                shape = character == shaped.text ? shaped : ShapedFragment(face: face, text: character, glyphs: shaped.glyphs)
                width = shaped.width(at: style.size)
                spaces[key] = (shape, width)
            }
            if !breakable || tokenEndsWithHyphen { items.penalty(BreakItems.infinitePenalty) }
            tokenEndsWithHyphen = false
            lastGlueIndex = items.count
            if alignment == .justified {
                items.glue(width, stretch: width / 2, shrink: width / 3, .space(shape, style))
            } else {
                items.glue(width, stretch: 0, shrink: 0, .space(shape, style))
            }
        }

        for inline in paragraph.content {
            switch inline {
            case let .text(rawText, textStyle, source):
                let text = nfcNormalized(rawText)
                plain += text
                lastStyle = textStyle
                // Words are split at spaces only, scalar by scalar: grapheme clusters are
                // never cut because no space scalar sits inside one.
                let scalars = text.unicodeScalars
                var wordStart: String.UnicodeScalarView.Index? = nil
                var previousWasCarriageReturn = false
                var index = scalars.startIndex
                func endWord(_ end: String.UnicodeScalarView.Index) {
                    if let start = wordStart {
                        appendPiece(String(scalars[start..<end]), style: textStyle, source: source, run: text, offset: start)
                        wordStart = nil
                    }
                }
                while index < scalars.endIndex {
                    let value = scalars[index].value
                    switch value {
                    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
                        endWord(index)
                        // A CR LF pair is one line end, not two spaces.
                        if !(value == 0x0A && previousWasCarriageReturn) { space(" ", style: textStyle, breakable: true) }
                    case 0xA0, 0x202F:
                        endWord(index)
                        space(String(scalars[index]), style: textStyle, breakable: false)
                    default:
                        if wordStart == nil { wordStart = index }
                    }
                    previousWasCarriageReturn = value == 0x0D
                    index = scalars.index(after: index)
                }
                endWord(scalars.endIndex)
            case .lineBreak:
                flushToken()
                plain += " "
                if alignment == .justified || alignment == .left {
                    items.glue(0, stretch: 0, shrink: 0, fill: 1)
                }
                items.penalty(-BreakItems.infinitePenalty)
            case let .footnote(content):
                let number = footnoteNumber
                footnoteNumber += 1
                var markerStyle = lastStyle
                markerStyle.size = (lastStyle.size * 0.65).rounded()
                markerStyle.rise = lastStyle.size * 0.35
                markerStyle.underline = false
                appendPiece(String(number), style: markerStyle, source: nil, footnote: number)
                footnotes.append(PendingFootnote(number: number, content: content, style: lastStyle))
            }
        }
        flushToken()
        // Trailing spaces end no line.
        while items.count > 0 && items.kind[items.count - 1] != .box && !items.isForcedBreak(items.count - 1) {
            items.kind.removeLast(); items.width.removeLast(); items.stretch.removeLast()
            items.shrink.removeLast(); items.fill.removeLast(); items.penalty.removeLast(); items.content.removeLast()
        }
        items.penalty(BreakItems.infinitePenalty)
        if alignment == .justified || alignment == .left {
            items.glue(0, stretch: 0, shrink: 0, fill: 1)
        }
        items.penalty(-BreakItems.infinitePenalty)
        return BuiltItems(items: items, footnotes: footnotes, plainText: plain)
    }

    /// The break items of a paragraph (for tests and measurements).
    func items(for paragraph: Paragraph, measure: Double) -> BreakItems {
        var scratchNumber = nextFootnoteNumber
        return buildItems(paragraph, measure: measure, footnoteNumber: &scratchNumber, splitLongWords: true).items
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
        var footnoteNumber = nextFootnoteNumber
        let built = buildItems(paragraph, measure: measure, footnoteNumber: &footnoteNumber, splitLongWords: true)
        nextFootnoteNumber = footnoteNumber
        let items = built.items
        let em = style.strut.size
        let lineStretch: Double
        switch style.alignment {
        case .justified: lineStretch = 0
        case .left: lineStretch = 3 * em
        case .center, .right: lineStretch = measure
        }
        var breaker = LineBreaker(items: items, measure: measure, lineStretch: lineStretch)
        breaker.parameters = parameters
        let (breaks, _) = breaker.breakPoints()

        var lines: [SetLine] = []
        var start = 0
        for b in breaks {
            // Discardable items after a break begin no line.
            var s = start
            while s < b && items.kind[s] != .box { s += 1 }
            lines.append(setLine(items: items, range: s..<b, measure: measure, style: style,
                                 isLast: b == items.count - 1))
            start = b + 1
        }
        if lines.isEmpty || (lines.count == 1 && lines[0].items.isEmpty && built.plainText.isEmpty) {
            lines = [emptyLine(style)]
        }
        return SetParagraph(lines: lines, footnotes: built.footnotes, plainText: built.plainText)
    }

    private func strutMetrics(_ style: ParagraphStyle) -> (ascent: Double, descent: Double, gap: Double) {
        guard let face = try? fonts.face(for: style.strut) else {
            return (style.strut.size * 0.9, style.strut.size * 0.22, 0)
        }
        let size = style.strut.size
        return (face.ascender * size, face.descender * size, face.lineGap * size)
    }

    private func emptyLine(_ style: ParagraphStyle) -> SetLine {
        let m = strutMetrics(style)
        let natural = m.ascent + m.descent + m.gap
        let height = natural * style.lineSpacing
        return SetLine(items: [], height: height, baseline: height * (m.ascent + m.gap / 2) / natural,
                       textMinX: style.leftIndent, textMaxX: style.leftIndent, footnoteNumbers: [])
    }

    private struct Element {
        var x: Double
        var width: Double
        var fragment: ShapedFragment
        var style: TextStyle
        var isSpace: Bool
        var footnote: Int?
    }

    private func setLine(items: BreakItems, range: Range<Int>, measure: Double, style: ParagraphStyle,
                         isLast: Bool) -> SetLine {
        var natural = 0.0, stretch = 0.0, shrink = 0.0, fill = 0.0
        for i in range {
            natural += items.width[i]
            if items.kind[i] == .glue { stretch += items.stretch[i]; shrink += items.shrink[i]; fill += items.fill[i] }
        }
        var ratio = 0.0
        if style.alignment == .justified {
            ratio = LineBreaker.adjustmentRatio(natural: natural, stretch: stretch, shrink: shrink, fill: fill, measure: measure)
            if ratio.isInfinite { ratio = ratio > 0 ? 0 : -1 }
            if ratio < -1 { ratio = -1 }
        }
        // Width after glue is set: the offset of ragged and centred lines comes from it.
        var used = 0.0
        var elements: [Element] = []
        var x = 0.0
        for i in range {
            var w = items.width[i]
            if items.kind[i] == .glue {
                w += ratio > 0 ? ratio * items.stretch[i] : ratio * items.shrink[i]
            }
            switch items.content[i] {
            case let .text(fragment, textStyle, footnote):
                elements.append(Element(x: x, width: w, fragment: fragment, style: textStyle, isSpace: false, footnote: footnote))
            case let .space(fragment, textStyle):
                elements.append(Element(x: x, width: w, fragment: fragment, style: textStyle, isSpace: true, footnote: nil))
            case .none:
                break
            }
            if items.kind[i] != .penalty { x += w }
        }
        // Spaces at the end of a line (before a forced break) draw nothing useful.
        while let last = elements.last, last.isSpace { elements.removeLast() }
        used = elements.last.map { $0.x + $0.width } ?? x
        if used > measure + 0.01 {
            let text = elements.map(\.fragment.text).joined()
            warn(LayoutWarning(.overfullLine(excess: used - measure, text: text)))
        }
        var offset = style.leftIndent
        switch style.alignment {
        case .left, .justified: break
        case .center: offset += max(0, (measure - used) / 2)
        case .right: offset += max(0, measure - used)
        }

        // Vertical metrics: the strut and every face on the line.
        let strut = strutMetrics(style)
        var ascent = strut.ascent, descent = strut.descent, gap = strut.gap
        for element in elements {
            let face = element.fragment.face, size = element.style.size
            ascent = max(ascent, face.ascender * size + element.style.rise)
            descent = max(descent, face.descender * size - element.style.rise)
            gap = max(gap, face.lineGap * size)
        }
        let naturalHeight = ascent + descent + gap
        let height = naturalHeight * style.lineSpacing
        let baseline = height * (ascent + gap / 2) / naturalHeight

        var pageItems: [PageItem] = []
        var run: GlyphRun?
        var underline: LineSegment?
        var footnoteNumbers: [Int] = []
        var textMin = Double.infinity, textMax = -Double.infinity

        func closeRun() {
            if let r = run { pageItems.append(.text(r)) }
            run = nil
        }
        func closeUnderline() {
            if let u = underline { pageItems.append(.line(u)) }
            underline = nil
        }

        for element in elements {
            let face = element.fragment.face
            let size = element.style.size
            let scale = size / face.unitsPerEm
            let ex = offset + element.x
            if !element.isSpace {
                textMin = min(textMin, ex); textMax = max(textMax, ex + element.width)
            }
            if let number = element.footnote, footnoteNumbers.last != number { footnoteNumbers.append(number) }
            let y = baseline - element.style.rise
            if run == nil || run!.face !== face || run!.size != size || run!.origin.y != y {
                closeRun()
                run = GlyphRun(face: face, size: size, origin: Point(x: ex, y: y), glyphIDs: [], glyphX: [],
                               glyphY: [], text: "", clusters: [], width: 0)
            }
            var pen = ex - run!.origin.x
            if element.isSpace {
                // One glyph for the space character, wherever justification put it.
                let bytes = Int32(element.fragment.utf8Count)
                if let glyph = element.fragment.glyphs.first {
                    run!.glyphIDs.append(glyph.id); run!.glyphX.append(pen); run!.glyphY.append(0)
                    run!.clusters.append((bytes, 1))
                    run!.text += element.fragment.text
                }
            } else {
                appendClusters(of: element.fragment, to: &run!)
                for glyph in element.fragment.glyphs {
                    run!.glyphIDs.append(glyph.id)
                    run!.glyphX.append(pen + glyph.xOffset * scale)
                    run!.glyphY.append(-glyph.yOffset * scale)
                    pen += glyph.advance * scale
                }
            }
            run!.width = ex + element.width - run!.origin.x

            if element.style.underline {
                let uy = y + face.underlinePosition * size
                let thickness = face.underlineThickness * size
                if let u = underline, abs(u.to.x - ex) < 0.01, u.from.y == uy {
                    underline!.to.x = ex + element.width
                } else {
                    closeUnderline()
                    underline = LineSegment(from: Point(x: ex, y: uy), to: Point(x: ex + element.width, y: uy), thickness: thickness)
                }
            } else {
                closeUnderline()
            }
        }
        closeRun()
        closeUnderline()
        if textMin > textMax { textMin = offset; textMax = offset }
        return SetLine(items: pageItems, height: height, baseline: baseline, textMinX: textMin, textMaxX: textMax,
                       footnoteNumbers: footnoteNumbers)
    }

    /// HarfBuzz clusters (byte offsets per glyph) as Cairo's (bytes, glyphs) pairs.
    private func appendClusters(of fragment: ShapedFragment, to run: inout GlyphRun) {
        run.text += fragment.text
        let glyphs = fragment.glyphs
        guard !glyphs.isEmpty else {
            if fragment.utf8Count > 0 { run.clusters.append((Int32(fragment.utf8Count), 0)) }
            return
        }
        var monotone = glyphs[0].cluster == 0
        for i in 1..<glyphs.count where glyphs[i].cluster < glyphs[i - 1].cluster { monotone = false }
        guard monotone else {
            run.clusters.append((Int32(fragment.utf8Count), Int32(glyphs.count)))
            return
        }
        var i = 0
        while i < glyphs.count {
            let start = glyphs[i].cluster
            var j = i + 1
            while j < glyphs.count && glyphs[j].cluster == start { j += 1 }
            let end = j < glyphs.count ? glyphs[j].cluster : fragment.utf8Count
            run.clusters.append((Int32(end - start), Int32(j - i)))
            i = j
        }
    }
}
