/// The content stream of one page. Positions arrive from the top-left corner, y downwards,
/// and are turned to PDF's bottom-left, y upwards.
///
/// Text stays in one text object while runs follow each other. Each run starts at its origin
/// (Tm), and its glyphs go out in TJ arrays: after a glyph the reader moves by the glyph's
/// width in /W, so each glyph's number in the array is the difference between where the
/// layout put the next glyph and there. A glyph whose text the font's ToUnicode map cannot
/// say (a ligature's second use for other text, a cluster of several glyphs, text without a
/// glyph) goes out in a span marked with its text (/ActualText, §14.9.4). Lines wait until
/// the end of the page, merged (`LineMerging`), one path per thickness.
struct PDFPageContent {
    private(set) var bytes = PDFBytes(capacity: 1 << 14)
    private let height: Double
    private var inText = false
    private var currentFont: PDFFont?
    private var currentSize = 0.0
    private var lines = LineMerging()

    init(pageHeight: Double) { height = pageHeight }

    mutating func text(_ run: GlyphRun, font: PDFFont) {
        guard !run.glyphIDs.isEmpty else { return }
        if !inText {
            bytes.append("BT\n")
            inText = true
        }
        if font !== currentFont || run.size != currentSize {
            bytes.name(font.resourceName)
            bytes.append(" ")
            bytes.number(run.size)
            bytes.append(" Tf\n")
            currentFont = font
            currentSize = run.size
        }
        bytes.append("1 0 0 1 ")
        bytes.numbers(run.origin.x, height - run.origin.y)
        bytes.append("Tm\n")
        var glyphs = GlyphWriter(run: run, font: font)
        for cluster in Self.clusters(of: run) { glyphs.write(cluster, to: &bytes) }
        glyphs.close(&bytes)
    }

    mutating func line(_ segment: LineSegment) { lines.add(segment) }

    /// Draws the image XObject `name` in the box the layout gave it.
    mutating func image(_ image: PlacedImage, name: String) {
        endText()
        bytes.append("q ")
        bytes.numbers(image.size.width, 0, 0, image.size.height, image.origin.x, height - image.origin.y - image.size.height)
        bytes.append("cm ")
        bytes.name(name)
        bytes.append(" Do Q\n")
    }

    /// Ends the page's content: the lines still waiting are drawn.
    mutating func finish() {
        endText()
        guard !lines.isEmpty else { return }
        var thickness: Double? = nil
        for line in lines.merged() {
            if thickness != line.thickness {
                if thickness != nil { bytes.append("S\n") }
                bytes.number(line.thickness)
                bytes.append(" w\n")
                thickness = line.thickness
            }
            bytes.numbers(line.from.x, height - line.from.y)
            bytes.append("m ")
            bytes.numbers(line.to.x, height - line.to.y)
            bytes.append("l\n")
        }
        bytes.append("S\n")
        lines = LineMerging()
    }

    private mutating func endText() {
        guard inText else { return }
        bytes.append("ET\n")
        inText = false
    }

    /// A cluster: the run's text and glyphs that stand for each other. One without glyphs
    /// (text drawn by nothing) joins the cluster before it, or the one after if it is first;
    /// such a cluster is `joined`, and its text is given only as /ActualText, so that the
    /// font's ToUnicode map never says it for the glyph's other uses.
    struct Cluster {
        var text: Substring
        var glyphs: Range<Int>
        var joined = false
    }

    static func clusters(of run: GlyphRun) -> [Cluster] {
        var result: [Cluster] = []
        result.reserveCapacity(run.clusters.count)
        let utf8 = run.text.utf8
        var textStart = utf8.startIndex, glyph = 0
        var pendingStart: String.Index? = nil
        for (byteCount, glyphCount) in run.clusters {
            let textEnd = utf8.index(textStart, offsetBy: Int(byteCount), limitedBy: utf8.endIndex) ?? utf8.endIndex
            let glyphEnd = min(glyph + Int(glyphCount), run.glyphIDs.count)
            if glyphEnd == glyph {
                if let last = result.indices.last {
                    result[last].text = run.text[result[last].text.startIndex..<textEnd]
                    result[last].joined = true
                } else if pendingStart == nil {
                    pendingStart = textStart
                }
            } else {
                result.append(Cluster(text: run.text[(pendingStart ?? textStart)..<textEnd], glyphs: glyph..<glyphEnd,
                                      joined: pendingStart != nil))
                pendingStart = nil
            }
            textStart = textEnd
            glyph = glyphEnd
        }
        // Glyphs the clusters do not cover (a malformed run) are still drawn.
        if glyph < run.glyphIDs.count { result.append(Cluster(text: "", glyphs: glyph..<run.glyphIDs.count)) }
        return result
    }
}

/// Writes one run's glyphs as TJ arrays, keeping the pen where the reader's will be.
private struct GlyphWriter {
    let run: GlyphRun
    let font: PDFFont
    /// Where the reader's pen is after the glyphs written, in points from the run's origin.
    private var pen = 0.0
    private var inArray = false
    /// Inside a hex string of the array: glyphs with nothing between them share one.
    private var inString = false
    private var rise = 0.0
    /// Gaps smaller than this, in thousandths of the text size (0.00014 pt at 14 pt), are
    /// left out: the pen still counts them, so they never add up.
    private static let smallestAdjustment = 0.01

    init(run: GlyphRun, font: PDFFont) { self.run = run; self.font = font }

    mutating func write(_ cluster: PDFPageContent.Cluster, to bytes: inout PDFBytes) {
        if cluster.glyphs.count == 1, !cluster.joined, font.mapsAlone(run.glyphIDs[cluster.glyphs.lowerBound], to: cluster.text) {
            glyph(cluster.glyphs.lowerBound, to: &bytes)
            return
        }
        closeArray(&bytes)
        bytes.append("/Span << /ActualText ")
        bytes.textString(String(cluster.text))
        bytes.append(" >> BDC\n")
        for index in cluster.glyphs { glyph(index, to: &bytes) }
        closeArray(&bytes)
        bytes.append("EMC\n")
    }

    private mutating func glyph(_ index: Int, to bytes: inout PDFBytes) {
        let id = run.glyphIDs[index]
        let width = font.width(of: id)
        let wantedRise = -run.glyphY[index]
        if abs(wantedRise - rise) > 0.0005 {
            closeArray(&bytes)
            bytes.number(wantedRise)
            bytes.append(" Ts\n")
            rise = wantedRise
        }
        if !inArray {
            bytes.append("[")
            inArray = true
        }
        // The gap between where the reader's pen is and where the glyph goes, in
        // thousandths of the text size, positive to the left.
        let gap = (pen - run.glyphX[index]) * 1000 / run.size
        if abs(gap) >= Self.smallestAdjustment {
            closeString(&bytes)
            // Rounded as written, so that the pen stays where the reader's is.
            let adjustment = (gap * 1000).rounded() / 1000
            bytes.number(adjustment)
            pen -= adjustment * run.size / 1000
        }
        if !inString {
            bytes.append("<")
            inString = true
        }
        bytes.hex16(UInt16(truncatingIfNeeded: id))
        pen += width * run.size / 1000
    }

    /// After the run's last glyph: the text rise back to zero for the runs after it.
    mutating func close(_ bytes: inout PDFBytes) {
        closeArray(&bytes)
        if rise != 0 {
            bytes.append("0 Ts\n")
            rise = 0
        }
    }

    private mutating func closeArray(_ bytes: inout PDFBytes) {
        guard inArray else { return }
        closeString(&bytes)
        bytes.append("] TJ\n")
        inArray = false
    }

    private mutating func closeString(_ bytes: inout PDFBytes) {
        guard inString else { return }
        bytes.append(">")
        inString = false
    }
}
