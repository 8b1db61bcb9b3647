import DocumentPipeline
import Foundation
import OfficialDocuments
import Testing
import Typesetting

/// After the layout the pages are checked against NĐ 30 (`ND30Conformance`); what breaks it is
/// a warning beside the document (by default), or an error of the document: `check` says so,
/// `render` writes nothing.
@Suite struct ConformanceTests {
    /// A check mark pasted into the text: Liberation Serif has none, DejaVu Sans prints it, and
    /// NĐ 30 wants Times New Roman (rule «phong-chu»).
    static let withCheckMark = try! String(contentsOf: decisionFile, encoding: .utf8)
        .replacingOccurrences(of: "thanh_tich: đã có", with: "thanh_tich: ✓ đã có")

    var input: DocumentInput { .text(Self.withCheckMark, savedAs: decisionFile, display: "qd.yaml") }

    /// The same templates and fonts, violations as errors.
    static let strict = Pipeline(builder: pipeline.builder, fonts: try! pipeline.loadFonts(), conformance: .error)

    @Test func aShippedExampleConforms() {
        for checker in [pipeline, Self.strict] {
            let checked = checker.check(.file(decisionFile, display: decisionDisplay))
            #expect(checked.isValid && checked.problems.isEmpty, "\(checked.problems)")
            #expect(checked.pageCount == 4)
        }
    }

    @Test func checkReportsAViolationWithItsPageAndRule() throws {
        let checked = pipeline.check(input)
        #expect(checked.isValid)
        let violation = try #require(checked.problems.first { $0.stage == .conformance })
        #expect(violation.severity == .warning && violation.rule == "phong-chu" && violation.page == 1)
        #expect(violation.description.hasPrefix("qd.yaml: cảnh báo: trang 1 [phong-chu]: «✓» in phông DejaVu Sans"))
        #expect(violation.description == "qd.yaml: cảnh báo: "
            + ConformanceViolation(rule: "phong-chu", page: 1, message: violation.message).description)
        // Checking the data alone finds nothing.
        #expect(pipeline.check(input, layingOut: false).problems.isEmpty)
    }

    @Test func asAWarningTheDocumentIsMadeAndSaysIt() throws {
        let rendered = try pipeline.render(input, to: .memory(pdf: true, pngDPI: nil))
        #expect(rendered.pdf != nil)
        #expect(rendered.problems.contains { $0.rule == "phong-chu" && !$0.isError })
    }

    @Test func asAnErrorCheckSaysTheDocumentIsNotValid() throws {
        let checked = Self.strict.check(input)
        #expect(!checked.isValid)
        let violation = try #require(checked.problems.first { $0.stage == .conformance })
        #expect(violation.isError)
        #expect(violation.description.hasPrefix("qd.yaml: trang 1 [phong-chu]: «✓» in phông DejaVu Sans"))
        // The pages are laid out all the same, for a preview.
        let laidOut = try Self.strict.layOut(input)
        #expect(!laidOut.isValid && laidOut.pageCount == 4)
    }

    @Test func asAnErrorRenderWritesNothing() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for output in [DocumentOutput.file(pdf: folder.appendingPathComponent("qd.pdf"), pngFolder: folder.appendingPathComponent("anh"), overwrite: false),
                       .memory(pdf: true, pngDPI: 80)] {
            #expect {
                try Self.strict.render(input, to: output)
            } throws: { error in
                guard case .badInput(let problems) = error as? PipelineFailure else { return false }
                return problems.contains { $0.rule == "phong-chu" && $0.isError }
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// Fonts that are not Times New Roman (nor its stand-in): every page breaks the rule.
    @Test func fontsOutsideTheDecreeBreakIt() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: checkout.appendingPathComponent("Fonts/DejaVuSans.ttf"), to: folder.appendingPathComponent("DejaVuSans.ttf"))
        let other = Pipeline(builder: pipeline.builder, fonts: try FontLibrary(directories: [folder]), typesetters: 1)
        let checked = other.check(.file(decisionFile, display: decisionDisplay))
        let pages = Set(checked.problems.filter { $0.rule == "phong-chu" }.compactMap(\.page))
        #expect(pages == [1, 2, 3, 4], "\(checked.problems.map(\.description))")
    }
}
