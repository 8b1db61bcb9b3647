import Foundation
@testable import Typesetting
import EngineSamples

/// The checkout's Fonts/ folder (the engine is tested without the product's font discovery).
let fontFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fonts")

/// The shipped fonts, loaded once for all tests.
let sharedFonts: FontLibrary = {
    do { return try FontLibrary(directories: [fontFolder]) } catch { fatalError("fonts: \(error)") }
}()

/// The document as PDF in a file, for poppler's tools to read.
func writePDF(_ document: LaidOutDocument, to url: URL) throws {
    try PDFRenderer.pdfData(document).write(to: url)
}

extension PageStyle {
    /// The samples' page (A4, 20/15/20/30 mm), on which the tests' numbers are reckoned.
    static var sample: PageStyle { EngineSamples.pageStyle }
    var withoutNumbers: PageStyle { var style = self; style.pageNumber = nil; return style }
}

func layOut(_ blocks: [Block], pageStyle: PageStyle = .sample) -> LaidOutDocument {
    Typesetter(fonts: sharedFonts).layout(Document(sections: [Section(blocks: blocks, pageStyle: pageStyle)]))
}

func textRuns(_ page: LaidOutPage) -> [GlyphRun] {
    page.items.compactMap { if case let .text(run) = $0 { return run } else { return nil } }
}

func ruleSegments(_ page: LaidOutPage) -> [LineSegment] {
    page.items.compactMap { if case let .line(line) = $0 { return line } else { return nil } }
}

/// The text of each line of a page: runs grouped by baseline (within half a point), in order.
func lines(_ page: LaidOutPage) -> [(y: Double, minX: Double, maxX: Double, text: String)] {
    var result: [(y: Double, minX: Double, maxX: Double, text: String)] = []
    for run in textRuns(page) {
        if let last = result.last, abs(last.y - run.origin.y) < 6, run.origin.x >= last.maxX - 0.5 {
            result[result.count - 1].text += run.text
            result[result.count - 1].maxX = max(last.maxX, run.origin.x + run.width)
        } else {
            result.append((run.origin.y, run.origin.x, run.origin.x + run.width, run.text))
        }
    }
    return result
}

/// Deterministic pseudo-random numbers for property tests (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// Runs a program and returns its standard output.
func run(_ program: String, _ arguments: [String]) throws -> (output: String, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: data, as: UTF8.self), process.terminationStatus)
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Collapses every run of white space to one space and trims.
func collapsedWhitespace(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}

let body14 = TextStyle(size: 14)
let justified = ParagraphStyle(alignment: .justified, firstLineIndent: Units.cm(1), lineSpacing: 1.15,
                               spaceAfter: 6, strut: body14)

extension LayoutWarning {
    var isBrokenWord: Bool { if case .wordBrokenAcrossLines = kind { return true } else { return false } }
    var isOverfullLine: Bool { if case .overfullLine = kind { return true } else { return false } }
}

/// How hard the sweeps try: a quick sample by default, every case when
/// VANBAN_TESTS_EXHAUSTIVE=1 (as CI runs them).
enum Sweep {
    static let exhaustive = ProcessInfo.processInfo.environment["VANBAN_TESTS_EXHAUSTIVE"] == "1"

    static func count(quick: Int, exhaustive all: Int) -> Int { exhaustive ? all : quick }
    static func step(quick: Double, exhaustive all: Double) -> Double { exhaustive ? all : quick }
}
