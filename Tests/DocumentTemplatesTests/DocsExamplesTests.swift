import DataInput
import DocumentMarkup
@testable import DocumentTemplates
import Foundation
import Testing

/// Every example in docs/ is run: markup blocks parse; YAML blocks parse; a data file (a YAML
/// block with «mau:») is checked with the files its page names (a fence "```yaml chung/a.yaml"
/// or "```csv ds.csv" writes that file beside it) and must be valid.
@Suite struct DocsExamplesTests {
    struct Block {
        var language: String
        var file: String?
        var text: String
        var line: Int
    }

    static func blocks(in page: String) throws -> [Block] {
        let text = try String(contentsOf: checkout.appendingPathComponent("docs/" + page), encoding: .utf8)
        var blocks: [Block] = []
        var current: Block?
        var indent = 0
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let trimmed = line.trimmedWhitespace
            if current == nil, trimmed.hasPrefix("```"), trimmed.count > 3 {
                let info = trimmed.dropFirst(3).split(separator: " ").map(String.init)
                current = Block(language: info[0], file: info.count > 1 ? info[1] : nil, text: "", line: index + 1)
                indent = line.prefix { $0 == " " }.count
            } else if current != nil, trimmed == "```" {
                blocks.append(current!)
                current = nil
            } else if current != nil {
                current!.text += String(line.dropFirst(min(indent, line.prefix { $0 == " " }.count))) + "\n"
            }
        }
        return blocks
    }

    /// Every page of docs/.
    static let pages: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: checkout.appendingPathComponent("docs").path)) ?? [])
        .filter { $0.hasSuffix(".md") }.sorted()

    /// The names a section of docs/templates.md lists in its table.
    static func documentedNames(after heading: String, before next: String) throws -> Set<String> {
        let page = try String(contentsOf: checkout.appendingPathComponent("docs/templates.md"), encoding: .utf8)
        let section = page.components(separatedBy: heading)[1].components(separatedBy: next)[0]
        return Set(section.split(separator: "\n").filter { $0.hasPrefix("| `") }
            .flatMap { $0.split(separator: "|")[0].split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " `")) } })
    }

    /// The examples of a kind (by their file name), each loaded with its shared files.
    static func examples(named part: String) throws -> [(url: URL, display: String, root: DataNode)] {
        let folder = checkout.appendingPathComponent("Examples")
        return try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.contains(part) && $0.hasSuffix(".yaml") }
            .map { (folder.appendingPathComponent($0), $0, try DataLoader.load(folder.appendingPathComponent($0), displayPath: $0)) }
    }

    /// docs/templates.md names every value the minutes' computation gives, and no other; the
    /// computation gives no name it does not declare (run on every example of minutes).
    @Test func theMinutesNamesTableIsTheDeclaredOne() throws {
        let declared = Set(MinutesComputation.names.map(\.name))
        #expect(try Self.documentedNames(after: "Computed by `nghiep_vu: bien_ban`", before: "Computed by `nghiep_vu: giao_uoc`") == declared)
        var given = Set<String>()
        for example in try Self.examples(named: "bien-ban") {
            var errors: [DataError] = []
            let cluster = example.root["cum_thi_dua"].flatMap { Cluster.read($0, errors: &errors) }
            given.formUnion(MinutesComputation(cluster: cluster).run(example.root, errors: &errors).keys)
        }
        #expect(!given.isEmpty && given.isSubset(of: declared), "not declared: \(given.subtracting(declared))")
    }

    /// The same for the covenant's computation.
    @Test func theCovenantNamesTableIsTheDeclaredOne() throws {
        let declared = Set(CovenantComputation.names.map(\.name))
        #expect(try Self.documentedNames(after: "Computed by `nghiep_vu: giao_uoc`", before: "## A general document") == declared)
        var given = Set<String>()
        for example in try Self.examples(named: "giao-uoc") {
            var errors: [DataError] = []
            given.formUnion(CovenantComputation.run(example.root, errors: &errors).keys)
        }
        #expect(given == declared, "given \(given), declared \(declared)")
    }

    /// docs/templates.md names every value given to every template, and no other; on the
    /// examples the builder gives every declared name (`van_ban` comes once the document's number
    /// is known, after `baseContext`), and beside them only the data's own keys and, for each,
    /// whether it has a value (`co_…`).
    @Test func theNamesGivenToEveryTemplateAreTheDeclaredOnes() throws {
        let declared = Set(DocumentBuilder.names.map(\.name))
        #expect(try Self.documentedNames(after: "Given to every template:", before: "The cluster or bloc") == declared)
        let builder = try DocumentBuilder.standard()
        var given = Set<String>()
        for example in try Self.examples(named: ".yaml") where example.root["mau"] != nil {
            let template = try #require(try builder.catalog.template(named: try example.root.required("mau").string()))
            var errors: [DataError] = []
            var common = CommonFields.read(example.root, sources: .none, errors: &errors)
            let cluster = example.root["cum_thi_dua"].flatMap { Cluster.read($0, errors: &errors) }
            let context = DocumentBuilder.baseContext(example.root, template: template, common: &common, cluster: cluster, errors: &errors)
            let own = Set(template.inputs.map(\.name) + ((try? example.root.entries().map(\.key)) ?? []))
            let keys = Set(context.fields.keys)
            #expect(keys.subtracting(declared).subtracting(own).subtracting(own.map { "co_" + $0 }).isEmpty,
                    "\(example.display): \(keys.subtracting(declared).subtracting(own).subtracting(own.map { "co_" + $0 }))")
            given.formUnion(keys.intersection(declared))
        }
        #expect(given == declared.subtracting(["van_ban"]))
    }

    /// docs/templates.md names every value of `cum_thi_dua`, of its members and of its signing
    /// order, and no other; the example clusters give every declared name, and none undeclared.
    @Test func theClusterNamesTablesAreTheDeclaredOnes() throws {
        let tables = [("`cum_thi_dua` (from the shared file", "Each member of `thanh_vien`:", Cluster.names),
                      ("Each member of `thanh_vien`:", "Each member of `thu_tu_ky`:", Cluster.memberNames),
                      ("Each member of `thu_tu_ky`:", "Computed by `nghiep_vu: khen_thuong`", Cluster.signingNames)]
        for (heading, next, names) in tables {
            #expect(try Self.documentedNames(after: heading, before: next) == Set(names.map(\.name)), "docs after \(heading)")
        }
        var given = (cluster: Set<String>(), member: Set<String>(), signing: Set<String>())
        for example in try Self.examples(named: "thi-dua.yaml") {
            var errors: [DataError] = []
            let cluster = try #require(example.root["cum_thi_dua"].flatMap { Cluster.read($0, errors: &errors) }, "\(example.display)")
            let context = cluster.context
            given.cluster.formUnion(context.fields.keys)
            for member in try #require(context["thanh_vien"] as? [TemplateObject]) { given.member.formUnion(member.fields.keys) }
            for signer in try #require(context["thu_tu_ky"] as? [TemplateObject]) { given.signing.formUnion(signer.fields.keys) }
        }
        #expect(given.cluster == Set(Cluster.names.map(\.name)))
        #expect(given.member == Set(Cluster.memberNames.map(\.name)))
        #expect(given.signing == Set(Cluster.signingNames.map(\.name)))
    }

    /// docs/templates.md names every value an award decision's template can use, and no other.
    @Test func theAwardNamesTableIsTheDeclaredOne() throws {
        let documented = try Self.documentedNames(after: "Computed by `nghiep_vu: khen_thuong`", before: "Computed by `nghiep_vu: bien_ban`")
        #expect(documented == Set(AwardContext.names.map(\.name)))
    }

    @Test(arguments: pages)
    func markupExamplesParse(page: String) throws {
        for block in try Self.blocks(in: page) where block.language == "markup" {
            #expect(throws: Never.self, "docs/\(page), line \(block.line)") { try MarkupParser.parse(block.text, sourceName: "docs/\(page)") }
        }
    }

    @Test(arguments: pages)
    func dataExamplesAreValid(page: String) throws {
        let blocks = try Self.blocks(in: page)
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for block in blocks where block.file != nil {
            try write([block.file!: block.text], in: folder)
        }
        var documents = 0
        for (index, block) in blocks.enumerated() where block.language == "yaml" {
            #expect(throws: Never.self, "docs/\(page), line \(block.line)") { try DataLoader.parse(block.text, file: "docs.yaml") }
            guard block.text.hasPrefix("mau:") || block.text.contains("\nmau:") else { continue }
            let name = block.file ?? "vi-du-\(index).yaml"
            try write([name: block.text], in: folder)
            let found = problems(folder.appendingPathComponent(name), display: name)
            #expect(found.isEmpty, "docs/\(page), line \(block.line): \(found)")
            documents += 1
        }
        if page == "data-files.md" || page == "templates.md" { #expect(documents > 0, "the page shows a whole data file") }
    }
}

@Suite struct DocsPagesTests {
    @Test func everyPageOfTheDocsIsRead() {
        #expect(DocsExamplesTests.pages.count >= 12 && DocsExamplesTests.pages.contains("design.md"))
    }
}
