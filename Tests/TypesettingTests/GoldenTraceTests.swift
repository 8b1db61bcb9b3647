import EngineSamples
import Foundation
import Testing
@testable import Typesetting

/// Layout regressions show up as a diff of a text trace against a reviewed file. To accept a
/// change after looking at the pages, run with VANBAN_UPDATE_GOLDEN=1 and review the diff.
@Suite struct GoldenTraceTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func check(_ name: String, _ document: Document) throws {
        let trace = LayoutTrace.trace(Typesetter(fonts: sharedFonts).layout(document))
        let url = Self.goldenDirectory.appendingPathComponent(name + ".trace")
        if ProcessInfo.processInfo.environment["VANBAN_UPDATE_GOLDEN"] == "1" {
            try trace.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        let actualLines = trace.components(separatedBy: "\n"), expectedLines = expected.components(separatedBy: "\n")
        let firstDifference = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(actualLines.count == expectedLines.count, "\(name): \(actualLines.count) lines, expected \(expectedLines.count)")
        if let difference = firstDifference {
            Issue.record("\(name).trace differs at line \(difference.offset + 1):\n  got      \(difference.element.0)\n  expected \(difference.element.1)")
        }
    }

    @Test func featuresPage() throws {
        try check("features", EngineSamples.featuresDocument())
    }

    @Test func seedProseFirstReport() throws {
        let seeds = try EngineSamples.seedTexts()
        try #require(!seeds.isEmpty)
        try check("seed-000", EngineSamples.proseDocument(texts: [seeds[0].text], title: seeds[0].name))
    }

    @Test func tableAcrossPages() throws {
        try check("table-60", EngineSamples.tableDocument(rows: 60))
    }
}
