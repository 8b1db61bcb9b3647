import DocumentTemplates
import Foundation
import OfficialDocuments
import Testing
import Typesetting

/// Every data file shipped under Examples/ (the reproductions of real documents among them)
/// lays out as Nghị định 30/2020 prescribes: ND30Conformance finds nothing.
@Suite struct ExampleConformanceTests {
    /// The data files under Examples/: YAML or JSON with a «mau» field (shared files, included
    /// with «dung_chung», have none), in name order.
    static let dataFiles: [URL] = {
        let examples = checkout.appendingPathComponent("Examples")
        let found = FileManager.default.enumerator(at: examples, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL } ?? []
        return found.filter { url in
            guard ["yaml", "yml", "json"].contains(url.pathExtension),
                  let text = try? String(contentsOf: url, encoding: .utf8) else { return false }
            return text.split(separator: "\n").contains { $0.hasPrefix("mau:") || $0.contains("\"mau\"") }
        }.sorted { $0.path < $1.path }
    }()

    @Test func theExamplesAreFound() {
        #expect(Self.dataFiles.count >= 13, "\(Self.dataFiles.map(\.lastPathComponent))")
    }

    @Test(arguments: dataFiles)
    func exampleConforms(_ file: URL) throws {
        let display = file.path.replacingOccurrences(of: checkout.path + "/", with: "")
        let prepared = try builder.prepare(dataFile: file, displayPath: display)
        let composed = DocumentComposer(style: prepared.style).compose(prepared.document)
        let laidOut = Typesetter(fonts: fonts).layout(composed.document)
        let violations = ND30Conformance.check(prepared.document, laidOut: laidOut, style: prepared.style)
        #expect(violations.isEmpty, "\(display):\n\(violations.map(\.description).joined(separator: "\n"))")
    }
}
