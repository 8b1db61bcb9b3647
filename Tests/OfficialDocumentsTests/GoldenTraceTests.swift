import Foundation
import Testing
import Typesetting

/// The four documents' layouts against reviewed traces (their PNGs were looked at when the
/// traces were accepted). After a reviewed change: VANBAN_UPDATE_GOLDEN=1 swift test.
@Suite struct OfficialGoldenTraceTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: ["quyet-dinh-300", "giao-uoc-13", "bien-ban", "ke-hoach"])
    func layoutMatchesTheReviewedTrace(name: String) throws {
        let document = switch name {
        case "quyet-dinh-300": Fixtures.decision(individuals: 300)
        case "giao-uoc-13": Fixtures.covenant()
        case "bien-ban": Fixtures.minutes()
        default: Fixtures.plan()
        }
        let trace = LayoutTrace.trace(Fixtures.render(document).0)
        let update = ProcessInfo.processInfo.environment["VANBAN_UPDATE_GOLDEN"] == "1"
        let difference = try LayoutTrace.difference(trace, goldenFile: Self.directory.appendingPathComponent(name + ".trace"), update: update)
        #expect(difference == nil, Comment(rawValue: difference ?? ""))
    }
}
