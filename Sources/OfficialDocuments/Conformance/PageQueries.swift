import Typesetting

/// Runs on one baseline joined into a line, left to right: what a reader sees as one line of
/// one column.
struct TextLine {
    let y: Double
    let minX: Double
    let maxX: Double
    let text: String
    let runs: [GlyphRun]
    /// Footnote markers raised above this line's baseline: beside its text, not in it.
    var markers: [GlyphRun] = []
    /// The words of the line (split at any space, no-break spaces included), and the same
    /// folded as the checks compare them whatever the case (`ConformanceText.folded`): each
    /// made once, as the checks look for many texts among the same lines. The folded words
    /// only when first asked for: only the header's and the signature grid's checks use them.
    let words: [String]
    var foldedWords: [String] { folding.words }
    private let folding: FoldedWords

    /// The runs of one line, left to right.
    init(runs: [GlyphRun]) {
        self.runs = runs
        y = runs[0].origin.y
        minX = runs[0].origin.x
        maxX = runs[runs.count - 1].maxX
        text = runs.map(\.text).joined()
        words = ConformanceText.words(text)
        folding = FoldedWords(text)
    }

    var centreX: Double { (minX + maxX) / 2 }
    var width: Double { maxX - minX }
    /// The size of its largest letters.
    var size: Double { printingRuns.map(\.size).max() ?? 0 }
    /// How far its letters reach above and below the baseline, by its faces' metrics.
    var ascent: Double { printingRuns.map { $0.face.ascender * $0.size }.max() ?? 0 }
    var descent: Double { printingRuns.map { $0.face.descender * $0.size }.max() ?? 0 }
    /// Every run that prints something is bold (italic, upright, regular): spaces do not count.
    var isBold: Bool { printingRuns.allSatisfy { $0.face.isBold } }
    var isItalic: Bool { printingRuns.allSatisfy { $0.face.isItalic } }
    var isUpright: Bool { printingRuns.allSatisfy { !$0.face.isItalic } }
    var isRegular: Bool { printingRuns.allSatisfy { !$0.face.isBold } }

    private var printingRuns: [GlyphRun] {
        let printing = runs.filter { !$0.text.allSatisfy(\.isWhitespace) }
        return printing.isEmpty ? runs : printing
    }
}

/// A line's folded words, made once on first use and shared by the copies of the line (the
/// checks of one document run on one thread).
private final class FoldedWords {
    private let text: String
    private(set) lazy var words: [String] = ConformanceText.words(officialUppercased(text))   // the words of `ConformanceText.folded(text)`

    init(_ text: String) { self.text = text }
}

extension LaidOutPage {
    var runs: [GlyphRun] { items.compactMap { if case let .text(run) = $0 { return run } else { return nil } } }
    var rules: [LineSegment] { items.compactMap { if case let .line(line) = $0 { return line } else { return nil } } }
    var images: [PlacedImage] { items.compactMap { if case let .image(image) = $0 { return image } else { return nil } } }

    /// Runs on one baseline joined into lines, top to bottom and left to right. Runs join when
    /// they stand within 4 pt of the same baseline and less than 6 pt apart, so the columns of
    /// a header or a table stay apart. A footnote marker goes with the line it is raised over.
    var textLines: [TextLine] { Self.lines(of: runs) }

    static func lines(of runs: [GlyphRun]) -> [TextLine] {
        let raised = Set(footnoteMarkers(in: runs))
        var groups: [[GlyphRun]] = []
        let sorted = runs.indices.filter { !raised.contains($0) }.map { runs[$0] }
            .sorted { ($0.origin.y, $0.origin.x) < ($1.origin.y, $1.origin.x) }
        for run in sorted {
            if let i = groups.lastIndex(where: { abs($0[0].origin.y - run.origin.y) < 4 && run.origin.x >= $0[$0.count - 1].maxX - 0.5 && run.origin.x - $0[$0.count - 1].maxX < 6 }) {
                groups[i].append(run)
            } else {
                groups.append([run])
            }
        }
        var lines = groups.map(TextLine.init(runs:))
        for index in raised.sorted() {
            let marker = runs[index]
            if let i = lines.firstIndex(where: { line in line.runs.contains { Self.isRaised(marker, over: $0) } }) {
                lines[i].markers.append(marker)
            }
        }
        return lines.sorted { ($0.y, $0.minX) < ($1.y, $1.minX) }
    }

    /// The indices of the runs that are footnote markers: digits, smaller than a run they
    /// touch and raised above its baseline.
    static func footnoteMarkers(in runs: [GlyphRun]) -> [Int] {
        runs.indices.filter { index in
            let run = runs[index]
            guard !run.text.isEmpty, run.text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
            return runs.contains { isRaised(run, over: $0) }
        }
    }

    static func isRaised(_ marker: GlyphRun, over run: GlyphRun) -> Bool {
        let rise = run.origin.y - marker.origin.y
        let touches = abs(marker.origin.x - run.maxX) < 1 || abs(marker.maxX - run.origin.x) < 1
        return run.size > marker.size && rise > 0.2 * run.size && rise < 0.5 * run.size && touches
    }

    func run(_ text: String) -> GlyphRun? { runs.first { $0.text == text } }
    func runs(containing text: String) -> [GlyphRun] { runs.filter { $0.text.contains(text) } }
    func line(containing text: String) -> TextLine? { textLines.first { $0.text.contains(text) } }
    var allText: String { textLines.map(\.text).joined(separator: "\n") }
}

extension GlyphRun {
    var isBold: Bool { face.isBold }
    var isItalic: Bool { face.isItalic }
    var centreX: Double { origin.x + width / 2 }
    var maxX: Double { origin.x + width }
}

extension LineSegment {
    var isHorizontal: Bool { abs(from.y - to.y) < 0.01 }
    var isVertical: Bool { abs(from.x - to.x) < 0.01 }
    var minX: Double { min(from.x, to.x) }
    var maxX: Double { max(from.x, to.x) }
    var minY: Double { min(from.y, to.y) }
    var maxY: Double { max(from.y, to.y) }
    var length: Double { ((to.x - from.x) * (to.x - from.x) + (to.y - from.y) * (to.y - from.y)).squareRoot() }
    var centreX: Double { (from.x + to.x) / 2 }
}
