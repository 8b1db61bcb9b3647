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

/// Phase 5, finalize: a range of break items becomes a line: glue set to the measure, the
/// line moved for its alignment, its height from the faces on it, its glyphs gathered into
/// runs (one per face, size and baseline) with the clusters that map them to the text, and
/// underlines.
struct LineFinalizer {
    let fonts: FontLibrary
    let style: ParagraphStyle
    let measure: Double

    /// A word or space of the line, at its x once the glue is set.
    private struct Element {
        var x: Double
        var width: Double
        var fragment: ShapedFragment
        var style: TextStyle
        var isSpace: Bool
        var footnote: Int?
    }

    func line(_ items: BreakItems, _ range: Range<Int>, warnings: inout [LayoutWarning]) -> SetLine {
        let (elements, used) = place(items, range)
        if used > measure + 0.01 {
            warnings.append(LayoutWarning(.overfullLine(excess: used - measure, text: elements.map(\.fragment.text).joined())))
        }
        var offset = style.leftIndent
        switch style.alignment {
        case .left, .justified: break
        case .center: offset += max(0, (measure - used) / 2)
        case .right: offset += max(0, measure - used)
        }
        let (height, baseline) = verticalMetrics(elements)
        var line = draw(elements, offset: offset, baseline: baseline)
        line.height = height
        return line
    }

    /// The line of an empty paragraph: the strut's height.
    func emptyLine() -> SetLine {
        let m = strutMetrics()
        let natural = m.ascent + m.descent + m.gap
        let height = natural * style.lineSpacing
        return SetLine(items: [], height: height, baseline: height * (m.ascent + m.gap / 2) / natural,
                       textMinX: style.leftIndent, textMaxX: style.leftIndent, footnoteNumbers: [])
    }

    /// Each word and space at its x after the glue is set (justified lines only stretch or
    /// shrink), and the width the line takes: ragged and centred lines are offset by it.
    private func place(_ items: BreakItems, _ range: Range<Int>) -> (elements: [Element], used: Double) {
        var ratio = 0.0
        if style.alignment == .justified {
            var natural = 0.0, stretch = 0.0, shrink = 0.0, fill = 0.0
            for i in range {
                natural += items.width[i]
                if items.kind[i] == .glue { stretch += items.stretch[i]; shrink += items.shrink[i]; fill += items.fill[i] }
            }
            ratio = LineBreaker.adjustmentRatio(natural: natural, stretch: stretch, shrink: shrink, fill: fill, measure: measure)
            if ratio.isInfinite { ratio = ratio > 0 ? 0 : -1 }
            if ratio < -1 { ratio = -1 }
        }
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
        return (elements, elements.last.map { $0.x + $0.width } ?? x)
    }

    private func strutMetrics() -> (ascent: Double, descent: Double, gap: Double) {
        guard let face = try? fonts.face(for: style.strut) else {
            return (style.strut.size * 0.9, style.strut.size * 0.22, 0)
        }
        let size = style.strut.size
        return (face.ascender * size, face.descender * size, face.lineGap * size)
    }

    /// The line's height and baseline: the strut and every face on the line, times the
    /// line spacing, the extra split evenly above and below as the line gap is.
    private func verticalMetrics(_ elements: [Element]) -> (height: Double, baseline: Double) {
        let strut = strutMetrics()
        var ascent = strut.ascent, descent = strut.descent, gap = strut.gap
        for element in elements {
            let face = element.fragment.face, size = element.style.size
            ascent = max(ascent, face.ascender * size + element.style.rise)
            descent = max(descent, face.descender * size - element.style.rise)
            gap = max(gap, face.lineGap * size)
        }
        let naturalHeight = ascent + descent + gap
        let height = naturalHeight * style.lineSpacing
        return (height, height * (ascent + gap / 2) / naturalHeight)
    }

    /// Glyph runs and underlines for the placed elements. The height is filled in by the caller.
    private func draw(_ elements: [Element], offset: Double, baseline: Double) -> SetLine {
        var runs = RunBuilder()
        var footnoteNumbers: [Int] = []
        var textMin = Double.infinity, textMax = -Double.infinity
        for element in elements {
            let x = offset + element.x
            if !element.isSpace {
                textMin = min(textMin, x); textMax = max(textMax, x + element.width)
            }
            if let number = element.footnote, footnoteNumbers.last != number { footnoteNumbers.append(number) }
            let y = baseline - element.style.rise
            runs.add(element.fragment, style: element.style, isSpace: element.isSpace, x: x, y: y, width: element.width)
        }
        if textMin > textMax { textMin = offset; textMax = offset }
        return SetLine(items: runs.finish(), height: 0, baseline: baseline, textMinX: textMin, textMaxX: textMax,
                       footnoteNumbers: footnoteNumbers)
    }
}

/// Gathers a line's words and spaces into glyph runs (a new run where the face, size or
/// baseline changes) and its underlined stretches into rules.
private struct RunBuilder {
    private var items: [PageItem] = []
    private var run: GlyphRun?
    private var underline: LineSegment?

    mutating func add(_ fragment: ShapedFragment, style: TextStyle, isSpace: Bool, x: Double, y: Double, width: Double) {
        let face = fragment.face, size = style.size
        if run == nil || run!.face !== face || run!.size != size || run!.origin.y != y {
            closeRun()
            run = GlyphRun(face: face, size: size, origin: Point(x: x, y: y), glyphIDs: [], glyphX: [],
                           glyphY: [], text: "", clusters: [], width: 0)
        }
        var pen = x - run!.origin.x
        if isSpace {
            // One glyph for the space character, wherever justification put it.
            if let glyph = fragment.glyphs.first {
                run!.glyphIDs.append(glyph.id); run!.glyphX.append(pen); run!.glyphY.append(0)
                run!.clusters.append((Int32(fragment.utf8Count), 1))
                run!.text += fragment.text
            }
        } else {
            let scale = size / face.unitsPerEm
            Self.appendClusters(of: fragment, to: &run!)
            for glyph in fragment.glyphs {
                run!.glyphIDs.append(glyph.id)
                run!.glyphX.append(pen + glyph.xOffset * scale)
                run!.glyphY.append(-glyph.yOffset * scale)
                pen += glyph.advance * scale
            }
        }
        run!.width = x + width - run!.origin.x
        if style.underline {
            let uy = y + face.underlinePosition * size
            if let u = underline, abs(u.to.x - x) < 0.01, u.from.y == uy {
                underline!.to.x = x + width
            } else {
                closeUnderline()
                underline = LineSegment(from: Point(x: x, y: uy), to: Point(x: x + width, y: uy),
                                        thickness: face.underlineThickness * size)
            }
        } else {
            closeUnderline()
        }
    }

    mutating func finish() -> [PageItem] {
        closeRun()
        closeUnderline()
        return items
    }

    private mutating func closeRun() {
        if let r = run { items.append(.text(r)) }
        run = nil
    }

    private mutating func closeUnderline() {
        if let u = underline { items.append(.line(u)) }
        underline = nil
    }

    /// HarfBuzz clusters (byte offsets per glyph) as Cairo's (bytes, glyphs) pairs.
    private static func appendClusters(of fragment: ShapedFragment, to run: inout GlyphRun) {
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
