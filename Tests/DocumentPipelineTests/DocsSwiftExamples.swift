import DocumentPipeline
import Foundation
import Testing

// The Swift examples of docs/ that use the pipeline, each written here as the page shows it
// (DocsSwiftExamplesTests, in DocumentTemplatesTests, checks that every ```swift block of docs/
// is found, line for line, in a file of this name) around what it needs, and run.

@Suite struct DocsSwiftExamples {
    @Test func callItFromAServer() throws {
        let body = try String(contentsOf: decisionFile, encoding: .utf8)
        let folder = decisionFolder
        var shown: [String] = [], sent: [Data] = [], refused: [String] = []
        func show(_ line: Int, _ field: String, _ message: String) { shown.append(message) }
        func send(_ pdf: Data, _ pages: [Data], _ problems: [Problem]) { sent = [pdf] + pages }
        func refuse(_ lines: [String]) { refused = lines }
        func fail(_ lines: [String]) { refused = lines }

        let pipeline = try Pipeline(loadingFontsNow: true)                       // throws PipelineFailure
        let input = DocumentInput.text(body, savedAs: folder.appendingPathComponent("qd.yaml"), display: "qd.yaml")
        let checked = pipeline.check(input)                 // CheckResult: problems, template, pageCount
        for problem in checked.problems {
            show(problem.location?.line ?? 0, problem.fieldPath ?? "", problem.message)
        }
        do {
            let made = try pipeline.render(input, to: .memory(pdf: true, pngDPI: 80))
            send(made.pdf!, made.pngPages, made.problems)   // warnings and notes come with the document
        } catch PipelineFailure.badInput(let problems) {
            refuse(problems.map(\.description))
        } catch {
            fail(error.problems.map(\.description))
        }

        #expect(checked.isValid && checked.pageCount == 4 && shown.isEmpty)
        #expect(sent.count == 5 && refused.isEmpty)
    }
}
