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
        let update = ProcessInfo.processInfo.environment["VANBAN_UPDATE_GOLDEN"] == "1"
        if let difference = try LayoutTrace.difference(trace, goldenFile: Self.goldenDirectory.appendingPathComponent(name + ".trace"),
                                                       update: update) {
            Issue.record(Comment(rawValue: difference))
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
