import EngineSamples
import Foundation
import Testing
@testable import Typesetting

/// Layout regressions show up as a diff of a text trace against a reviewed file, one small
/// case per file. To accept a change after looking at the pages, run with
/// VANBAN_UPDATE_GOLDEN=1 and review the diff.
@Suite struct GoldenTraceTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Where the layout differs from the reviewed trace, or nil when it does not.
    func difference(_ name: String, _ document: Document) throws -> String? {
        let trace = LayoutTrace.trace(Typesetter(fonts: sharedFonts).layout(document))
        let update = ProcessInfo.processInfo.environment["VANBAN_UPDATE_GOLDEN"] == "1"
        return try LayoutTrace.difference(trace, goldenFile: Self.goldenDirectory.appendingPathComponent(name + ".trace"), update: update)
    }

    @Test func featuresPage() throws {
        let difference = try difference("features", EngineSamples.featuresDocument())
        #expect(difference == nil, Comment(rawValue: difference ?? ""))
    }

    @Test func justifiedProse() throws {
        let (name, text) = EngineSamples.proseTexts[0]
        let difference = try difference("prose-bao-cao", EngineSamples.proseDocument(texts: [text], title: name))
        #expect(difference == nil, Comment(rawValue: difference ?? ""))
    }

    /// Nine rows on a page 110 mm tall: the header row repeated on each of the pages.
    @Test func tableRepeatsItsHeader() throws {
        var document = EngineSamples.tableDocument(rows: 9)
        document.sections[0].pageStyle.size.height = Units.mm(110)
        let difference = try difference("table-repeated-header", document)
        #expect(difference == nil, Comment(rawValue: difference ?? ""))
    }
}
