import Foundation
import OfficialDocuments
import Typesetting

/// Small queries over laid-out pages for the conformance suite.
extension LaidOutPage {
    var runs: [GlyphRun] { items.compactMap { if case let .text(run) = $0 { return run } else { return nil } } }
    var rules: [LineSegment] { items.compactMap { if case let .line(line) = $0 { return line } else { return nil } } }

    /// Runs on one baseline joined into lines, top to bottom.
    var textLines: [(y: Double, minX: Double, maxX: Double, text: String, runs: [GlyphRun])] {
        var lines: [(y: Double, minX: Double, maxX: Double, text: String, runs: [GlyphRun])] = []
        for run in runs.sorted(by: { ($0.origin.y, $0.origin.x) < ($1.origin.y, $1.origin.x) }) {
            if let i = lines.firstIndex(where: { abs($0.y - run.origin.y) < 4 && run.origin.x >= $0.maxX - 0.5 && run.origin.x - $0.maxX < 6 }) {
                lines[i].text += run.text
                lines[i].maxX = run.origin.x + run.width
                lines[i].runs.append(run)
            } else {
                lines.append((run.origin.y, run.origin.x, run.origin.x + run.width, run.text, [run]))
            }
        }
        return lines.sorted { ($0.y, $0.minX) < ($1.y, $1.minX) }
    }

    func run(_ text: String) -> GlyphRun? { runs.first { $0.text == text } }
    func runs(containing text: String) -> [GlyphRun] { runs.filter { $0.text.contains(text) } }
    func line(containing text: String) -> (y: Double, minX: Double, maxX: Double, text: String, runs: [GlyphRun])? {
        textLines.first { $0.text.contains(text) }
    }
    var allText: String { textLines.map(\.text).joined(separator: "\n") }
}

extension GlyphRun {
    var isBold: Bool { face.isBold }
    var isItalic: Bool { face.isItalic }
    var centreX: Double { origin.x + width / 2 }
    var maxX: Double { origin.x + width }
}

let a4 = DocumentStyle().pageStyle
let bodyLeft = a4.margins.left
let bodyRight = a4.size.width - a4.margins.right
let bodyCentre = (bodyLeft + bodyRight) / 2
