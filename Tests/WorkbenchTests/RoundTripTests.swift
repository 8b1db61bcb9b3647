import DataInput
import DocumentTemplates
import Foundation
import OfficialDocuments
import Testing
import VanBanFiles
import Typesetting
@testable import Workbench

/// What the page saves, `vanban render` renders as the page previewed it; what the CLI renders,
/// the page opens and saves back unchanged.
@Suite struct RoundTripTests {
    static let documents: [(set: String, file: String)] = {
        let examples = checkout.appendingPathComponent("Examples")
        return ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []).sorted().flatMap { set in
            ((try? FileManager.default.contentsOfDirectory(atPath: examples.appendingPathComponent(set).path)) ?? []).sorted()
                .filter { $0.hasSuffix(".yaml") && ((try? String(contentsOf: examples.appendingPathComponent("\(set)/\($0)"), encoding: .utf8))?.contains("\nmau:") ?? false) }
                .map { (set, $0) }
        }
    }()

    /// The same values either way: spaces around a text, empty fields and the order of a row's
    /// fields (a grid writes them in the declaration's order) mean nothing to the command line.
    static func normalized(_ tree: DataTree) -> DataTree {
        switch tree {
        case .text(let text): return .text(text.trimmingCharacters(in: .whitespacesAndNewlines))
        case .list(let items): return .list(items.map(normalized))
        case .map(let entries): return .map(entries.filter { !$0.value.isEmpty }.map { ($0.key, normalized($0.value)) }.sorted { $0.key < $1.key })
        case .null: return .null
        }
    }

    /// The pages `vanban render` makes of a data file, as PNG at the preview's resolution.
    static func commandLinePages(_ url: URL, display: String, dpi: Double) throws -> [Data] {
        let prepared = try DocumentBuilder.standard().prepare(dataFile: url, displayPath: display)
        let typesetter = Typesetter(fonts: try ShippedFonts.library())
        let composed = DocumentComposer(style: prepared.style, typesetter: typesetter).compose(prepared.document)
        let laidOut = typesetter.layout(composed.document)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-rt-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try laidOut.pages.indices.map { index in
            let png = folder.appendingPathComponent("\(index).png")
            try DocumentFiles.writePNG(laidOut, page: index, dpi: dpi, to: png)
            return try Data(contentsOf: png)
        }
    }

    @Test(arguments: documents.map { "\($0.set)/\($0.file)" })
    func anExampleOpensSavesBackUnchangedAndRendersAsPreviewed(path: String) async throws {
        let set = String(path.split(separator: "/")[0]), file = String(path.split(separator: "/")[1])
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.copyItem(at: checkout.appendingPathComponent("Examples/\(set)"), to: fixture.workspace.appendingPathComponent("rt"))
        let url = fixture.workspace.appendingPathComponent("rt/\(file)")
        let original = try String(contentsOf: url, encoding: .utf8)
        let dpi = fixture.workbench.settings.previewDPI
        try await fixture.run { browser in
            let page = try await browser.get("/ho-so/rt/van-ban/\(file)")
            #expect(page.status == .ok)
            let pairs = HTMLForm.pairs(page.body).filter { $0.0 != "_csrf" }
            let preview = try JSONDecoder().decode(PreviewJSON.self, from: try await browser.post("/ho-so/rt/xem-truoc", pairs).data)
            #expect(preview.valid, "\(preview.problems.map(\.text))")
            #expect(try await browser.post("/ho-so/rt/luu", pairs).status == .seeOther)
            let saved = try String(contentsOf: url, encoding: .utf8)
            let before = Self.normalized(DataTree(try DataLoader.parse(original, file: file)))
            let after = Self.normalized(DataTree(try DataLoader.parse(saved, file: file)))
            #expect(before == after, "\(file) saved as:\n\(saved)")
            let pages = try Self.commandLinePages(url, display: file, dpi: dpi)
            #expect(pages.count == preview.pages.count)
            #expect(pages.map { $0.base64EncodedString() } == preview.pages.compactMap { $0 }, "the saved file renders as the preview showed it")
        }
    }
}

/// YAML written by the workbench reads back as the same values, whatever they hold.
@Suite struct YAMLWriterTests {
    @Test func everyExampleFileReadsBackTheSame() throws {
        let examples = checkout.appendingPathComponent("Examples")
        var count = 0
        for set in try FileManager.default.contentsOfDirectory(atPath: examples.path) {
            for file in try FileManager.default.contentsOfDirectory(atPath: examples.appendingPathComponent(set).path) where file.hasSuffix(".yaml") {
                let tree = DataTree(try DataLoader.parse(String(contentsOf: examples.appendingPathComponent("\(set)/\(file)"), encoding: .utf8), file: file))
                let written = YAMLWriter.yaml(tree)
                #expect(DataTree(try DataLoader.parse(written, file: file)) == tree, "\(set)/\(file):\n\(written)")
                count += 1
            }
        }
        #expect(count > 10)
    }

    @Test func awkwardTextsAreQuotedAndReadBack() throws {
        let texts = ["", " lề trái", "cuối ", "a: b", "# không phải ghi chú", "x #y", "- gạch đầu", "[1, 2]", "{a}", "null", "~", "Null",
                     "có", "không", "012", "2023-02-24", "1.490.000", "06/3/2023", "'nháy'", "\"ngoặc\"", "tab\there", "@a", "`b`", "%c",
                     "!d", "&e", "*f", "|g", ">h", "?i", ":j", "k:", "dòng 1\ndòng 2", "dòng\n", "  thụt\nvào", "\\ gạch ngược", "✓ «ngoặc kép»",
                     "ký tự \u{1}lạ", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"]
        let tree = DataTree.map([("danh_sach", .list(texts.map(DataTree.text))),
                                 ("nhom", .map(texts.enumerated().map { ("k\($0.offset)", DataTree.text($0.element)) })),
                                 ("trong", .list([])), ("hang", .list([.map([("ten", .text("a: b")), ("ghi_chu", .text("dòng 1\ndòng 2"))])]))])
        let written = YAMLWriter.yaml(tree, header: ["# đầu tệp"])
        #expect(written.hasPrefix("# đầu tệp\n"))
        #expect(DataTree(try DataLoader.parse(written, file: "t.yaml")) == tree, "\(written)")
        #expect(YAMLWriter.yaml(.map([("ten", .text("Sở Nội vụ tỉnh Bến Tre"))])) == "ten: Sở Nội vụ tỉnh Bến Tre\n", "plain where it can be")
    }
}
