import DataInput
import DocumentPipeline
import Foundation
import Testing

/// A document made from data in memory is the document made from the file: the same pages,
/// the same PDF, the same problems.
@Suite struct InputTests {
    static let inputs: [(name: String, input: DocumentInput)] = {
        let text = try! String(contentsOf: decisionFile, encoding: .utf8)
        let loaded = try! DataLoader.loadWithSources(decisionFile, displayPath: decisionDisplay)
        return [
            ("file", .file(decisionFile, display: decisionDisplay)),
            ("text", .text(text, savedAs: decisionFile, display: decisionDisplay)),
            ("bytes", .bytes(Data(text.utf8), savedAs: decisionFile, display: decisionDisplay)),
            ("tree", .tree(loaded.root, sources: loaded.sources)),
        ]
    }()

    @Test func everyInputMakesTheSamePDF() throws {
        let made = try Self.inputs.map { try pipeline.render($0.input, to: .memory(pdf: true, pngDPI: nil)) }
        let first = try #require(made.first)
        #expect(first.pageCount == 4)
        #expect(first.template == "quyet-dinh-khen-thuong")
        for (rendered, input) in zip(made, Self.inputs) {
            #expect(rendered.pdf == first.pdf, "\(input.name)")
            #expect(rendered.pageCount == first.pageCount, "\(input.name)")
            #expect(rendered.problems == first.problems, "\(input.name)")
        }
    }

    @Test func aFileWrittenHoldsTheBytesMadeInMemory() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("ra/qd.pdf")
        let written = try pipeline.render(Self.inputs[0].input, to: .file(pdf: pdf, overwrite: false))
        #expect(written.written == [pdf])
        let inMemory = try pipeline.render(Self.inputs[1].input, to: .memory(pdf: true, pngDPI: nil))
        #expect(try Data(contentsOf: pdf) == inMemory.pdf)
        #expect(written.pageCount == inMemory.pageCount)
    }

    @Test func theDisplayNameIsTheOneGivenOrTheTreesFile() {
        #expect(Self.inputs.allSatisfy { $0.input.display == decisionDisplay })
        #expect(DocumentInput.file(path: "a/b.yaml").display == "a/b.yaml")
    }

    /// The shared file and the list are found beside the place an unsaved text would be saved.
    @Test func unsavedTextFindsItsSharedFileAndListBesideWhereItWouldBeSaved() throws {
        let text = try String(contentsOf: decisionFile, encoding: .utf8)
        let elsewhere = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let checked = pipeline.check(.text(text, savedAs: elsewhere.appendingPathComponent("qd.yaml"), display: "qd.yaml"))
        #expect(!checked.isValid)
        #expect(checked.template == "quyet-dinh-khen-thuong")
        #expect(checked.problems.contains { $0.description.contains("cum-thi-dua.yaml") })
    }
}
