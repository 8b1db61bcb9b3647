import DataInput
import DocumentPipeline
import Foundation
import Testing

/// Problems come back as values that say where: the file, line and column, the field, and the
/// line `vanban` prints.
@Suite struct ProblemTests {
    static let text = try! String(contentsOf: decisionFile, encoding: .utf8)
    static let numberLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "so: 152")! + 1

    func withWrongNumber() -> DocumentInput {
        .text(Self.text.replacingOccurrences(of: "so: 152", with: "so: abc"), savedAs: decisionFile, display: decisionDisplay)
    }

    @Test func aDataErrorSaysItsFileLineAndField() throws {
        let checked = pipeline.check(withWrongNumber())
        #expect(!checked.isValid)
        #expect(checked.template == "quyet-dinh-khen-thuong")
        #expect(checked.pageCount == nil)
        let problem = try #require(checked.problems.first)
        #expect(problem.severity == .error && problem.stage == .data)
        #expect(problem.location?.file == decisionDisplay)
        #expect(problem.location?.line == Self.numberLine)
        #expect((problem.location?.column ?? 0) > 0)
        #expect(problem.fieldPath == "so")
        #expect(problem.description.hasPrefix("\(decisionDisplay), dòng \(Self.numberLine), cột "))
        #expect(problem.description.hasSuffix(problem.message))
    }

    @Test func renderingBadDataFailsWithTheSameProblemsAndWritesNothing() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = pipeline.check(withWrongNumber()).problems
        #expect {
            try pipeline.render(withWrongNumber(), to: .file(pdf: folder.appendingPathComponent("qd.pdf"), overwrite: false))
        } throws: { error in
            guard case .badInput(let problems) = error as? PipelineFailure else { return false }
            return problems == expected
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        #expect(throws: PipelineFailure.self) { try pipeline.layOut(withWrongNumber()) }
    }

    /// A warning (money on a row of the law tables not yet checked) is returned beside the
    /// document, with its place; the document is made.
    @Test func aWarningComesWithTheDocument() throws {
        let file = checkout.appendingPathComponent("Examples/xa-tan-thanh-2026/quyet-dinh-giay-khen-2026.yaml")
        let rendered = try pipeline.render(.file(file, display: "qd.yaml"), to: .memory(pdf: true, pngDPI: nil))
        #expect(rendered.pdf != nil)
        let warning = try #require(rendered.problems.first)
        #expect(warning.severity == .warning && !warning.isError)
        #expect(warning.fieldPath == "ngay_ban_hanh")
        #expect(warning.location?.line ?? 0 > 0)
        #expect(warning.description.hasPrefix("qd.yaml, dòng "))
        #expect(warning.description.contains(": cảnh báo: " + warning.message))
    }

    @Test func aMissingFileIsAProblemOfTheFileAsAWhole() throws {
        let checked = pipeline.check(.file(path: "/khong/co/tep.yaml"))
        let problem = try #require(checked.problems.first)
        #expect(problem.isError && problem.location?.file == "/khong/co/tep.yaml" && problem.location?.line == 0)
        #expect(checked.template == nil)
    }

    @Test func aFailureSaysEveryProblemOneALine() {
        let failure = PipelineFailure.badInput([
            Problem(severity: .error, stage: .data, message: "a", description: "x: a"),
            Problem(severity: .warning, stage: .layout, message: "b", description: "x: cảnh báo: b"),
        ])
        #expect(failure.description == "x: a\nx: cảnh báo: b")
        #expect(failure.problems.hasErrors)
    }
}
