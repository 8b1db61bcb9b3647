import Foundation
import OfficialDocuments
import Testing
import Typesetting

/// The documents' layouts against reviewed traces (their PNGs were looked at when the traces
/// were accepted), in small named cases: a long annex is traced by its first page, a page with
/// the repeated header, and its last page. After a reviewed change:
/// VANBAN_UPDATE_GOLDEN=1 swift test --filter GoldenTrace, then review the diff.
@Suite struct OfficialGoldenTraceTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var document: @Sendable () -> LaidOutDocument
        /// The pages traced (indices); nil for all.
        var pages: (@Sendable (LaidOutDocument) -> [Int])?
        var testDescription: String { name }
    }

    static let decision = Fixtures.render(Fixtures.decision(individuals: 300)).0

    static let cases: [Case] = [
        Case(name: "quyet-dinh-decision", document: { decision }, pages: { _ in [0] }),
        Case(name: "quyet-dinh-annex-first-page", document: { decision }, pages: { _ in [1] }),
        Case(name: "quyet-dinh-annex-repeated-header", document: { decision }, pages: { _ in [2] }),
        Case(name: "quyet-dinh-annex-last-page", document: { decision }, pages: { [$0.pages.count - 1] }),
        Case(name: "giao-uoc-13", document: { Fixtures.render(Fixtures.covenant()).0 }),
        Case(name: "bien-ban", document: { Fixtures.render(Fixtures.minutes()).0 }),
        Case(name: "ke-hoach", document: { Fixtures.render(Fixtures.plan()).0 }),
    ]

    @Test(arguments: cases)
    func layoutMatchesTheReviewedTrace(_ golden: Case) throws {
        let laidOut = golden.document()
        let trace = LayoutTrace()
        for index in golden.pages?(laidOut) ?? Array(laidOut.pages.indices) { trace.draw(laidOut.pages[index]) }
        let update = ProcessInfo.processInfo.environment["VANBAN_UPDATE_GOLDEN"] == "1"
        let difference = try LayoutTrace.difference(trace.result, goldenFile: Self.directory.appendingPathComponent(golden.name + ".trace"),
                                                    update: update)
        #expect(difference == nil, Comment(rawValue: difference ?? ""))
    }
}
