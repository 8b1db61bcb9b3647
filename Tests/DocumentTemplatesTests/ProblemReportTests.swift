import DataInput
import Testing
@testable import DocumentTemplates

/// Past the limit, each kind of problem keeps its first places: the one different problem
/// (a wrong total line under two hundred wrong amounts) is never cut off.
@Suite struct ProblemReportTests {
    static func error(_ line: Int, _ message: String) -> DataError {
        DataError(location: SourceLocation(file: "ds.xlsx", line: line), message: message)
    }

    @Test func aRareProblemBelowManyAlikeIsShown() {
        let errors = (5...204).map { Self.error($0, "số tiền khác") } + [Self.error(205, "dòng tổng sai")]
        let shown = ProblemReport.inReadingOrder(errors, limit: 100)
        #expect(shown.count == 101, "100 problems and the line counting the rest")
        #expect(shown.dropLast().last?.message == "dòng tổng sai")
        #expect(shown.filter { $0.message == "số tiền khác" }.count == 99)
        #expect(shown.last?.message.hasPrefix("còn 101 lỗi nữa (chỉ ghi 100 lỗi") == true)
    }

    @Test func moreKindsThanTheLimitShowsTheFirstInReadingOrder() {
        let errors = (1...150).reversed().map { Self.error($0, "lỗi \($0)") }
        let shown = ProblemReport.inReadingOrder(errors, limit: 100)
        #expect(shown.prefix(100).map(\.location?.line) == Array(1...100))
        #expect(shown.last?.message.hasPrefix("còn 50 lỗi nữa") == true)
    }

    @Test func withinTheLimitEverythingIsShownOnce() {
        let errors = [Self.error(3, "b"), Self.error(1, "a"), Self.error(3, "b")]
        #expect(ProblemReport.inReadingOrder(errors, limit: 100).map(\.message) == ["a", "b"])
    }

    @Test(arguments: [(sizes: [200, 1], limit: 100, expected: 99), (sizes: [50, 50], limit: 100, expected: 50),
                      (sizes: [500, 500], limit: 100, expected: 50), (sizes: [3, 1], limit: 100, expected: 3)])
    func occurrencesPerKindFillsTheLimit(sizes: [Int], limit: Int, expected: Int) {
        let kinds = sizes.enumerated().flatMap { index, size in Array(repeating: "kind \(index)", count: size) }
        #expect(ProblemReport.occurrencesPerKind(kinds, limit: limit) == expected)
    }
}
