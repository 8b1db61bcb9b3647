import Foundation

/// A text picture of a layout, one line per item (page, x, y, face, size, text), for golden
/// tests a person can read and review: positions in points with two decimals. A run of
/// several words also gives where each word starts inside it (`words=`, from the run's x), so
/// a change in how the glue of a line is spread shows. An output like the others: what the
/// PDF gets, the trace prints.
public final class LayoutTrace: LayoutOutput {
    /// The trace so far.
    public private(set) var result = ""

    public init() {}

    public static func trace(_ document: LaidOutDocument) -> String {
        let trace = LayoutTrace()
        document.pages.forEach(trace.draw)
        return trace.result
    }

    public func beginPage(_ page: PageInfo) {
        result += "page \(page.index + 1) size \(f(page.size.width))x\(f(page.size.height)) number \(page.number)\(page.showsNumber ? " shown" : "")\n"
    }

    public func text(_ run: GlyphRun) {
        let starts = Self.wordStarts(run)
        let words = starts.count > 1 ? " words=" + starts.map(f).joined(separator: ",") : ""
        result += "  text \(f(run.origin.x)) \(f(run.origin.y)) \(run.face.postScriptName) \(f(run.size)) w=\(f(run.width))\(words) \"\(run.text)\"\n"
    }

    /// The x (from the run's origin) of the first glyph of each word: of the run's first
    /// glyph and of every glyph that follows a space's.
    static func wordStarts(_ run: GlyphRun) -> [Double] {
        let utf8 = Array(run.text.utf8)
        var starts: [Double] = []
        var byte = 0, glyph = 0
        var afterSpace = true
        for (bytes, glyphs) in run.clusters {
            let text = String(decoding: utf8[byte..<min(utf8.count, byte + Int(bytes))], as: UTF8.self)
            let isSpace = text.unicodeScalars.allSatisfy { CharacterClasses.isWordSpace($0) || CharacterClasses.isNoBreakSpace($0) }
            if glyphs > 0 && !isSpace && afterSpace && glyph < run.glyphX.count { starts.append(run.glyphX[glyph]) }
            if glyphs > 0 { afterSpace = isSpace }
            byte += Int(bytes)
            glyph += Int(glyphs)
        }
        return starts
    }

    public func line(_ line: LineSegment) {
        result += "  rule \(f(line.from.x)) \(f(line.from.y)) \(f(line.to.x)) \(f(line.to.y)) t=\(f(line.thickness))\n"
    }

    public func image(_ image: PlacedImage) {
        result += "  image \(f(image.origin.x)) \(f(image.origin.y)) \(f(image.size.width))x\(f(image.size.height)) \(URL(fileURLWithPath: image.path).lastPathComponent)\n"
    }

    public func endPage() {}

    public func finish(metadata: DocumentMetadata, outline: [OutlineEntry]) throws {}

    private func f(_ value: Double) -> String { Self.format(value) }

    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return String(format: "%.2f", rounded == 0 ? 0 : rounded)
    }
}

extension LayoutTrace {
    /// Compares a trace with a reviewed golden file: nil when they agree, else where they first
    /// differ. With `update` the file is rewritten first (to accept a reviewed change).
    public static func difference(_ trace: String, goldenFile url: URL, update: Bool) throws -> String? {
        if update { try trace.write(to: url, atomically: true, encoding: .utf8) }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected == trace { return nil }
        let actualLines = trace.components(separatedBy: "\n"), expectedLines = expected.components(separatedBy: "\n")
        for (index, (actual, golden)) in zip(actualLines, expectedLines).enumerated() where actual != golden {
            return "\(url.lastPathComponent) differs at line \(index + 1):\n  got      \(actual)\n  expected \(golden)"
        }
        return "\(url.lastPathComponent): \(actualLines.count) lines, expected \(expectedLines.count)"
    }
}
