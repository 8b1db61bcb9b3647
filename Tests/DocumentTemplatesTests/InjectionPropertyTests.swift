import DataInput
import DocumentMarkup
import DocumentTemplates
import Foundation
import OfficialDocuments
import Testing

/// Data can never change a document's structure (docs/markup.md, "Inserting data").
///
/// For every text field of every example data set (each shipped template has one), a plain
/// marker value is put in the field and the document prepared; then random values made of
/// everything the markup treats specially (`* _ # | { } [ ] : ./.`, line breaks, "Điều 1.",
/// "I.", "---", a table row, form feeds, NUL, bidi controls …). Each hostile document has the
/// marker's structure exactly (every heading, article, table row, page break, signature cell,
/// annex: the body's outline with its texts blanked), and the value's text, NFC with the
/// markup's whitespace folding, is in it (when the template prints the field at all). A value a field's own rules refuse (a document
/// symbol with a space) may fail, but only with a data error about that field: never with a
/// markup error.
@Suite struct InjectionPropertyTests {
    static let pieces: [String] = [
        "*", "**", "_", "__", "#", "##", "|", "{", "}", "{}", "[", "]", "^[", ":", ":::", ".", "./.", ")", "\\", "~", "<br>",
        "\n", "\r\n", "\n\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{0}", "\u{1B}[31m",
        "\u{202E}", "\u{2066}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{00A0}", "e\u{0301}", "\u{0301}",
        "Điều 1.", "Điều #.", "I.", "1.", "a)", "#) ", "#. ", "- ", "+ ", "---", "|---|", "| a | b |", "{tổng} | x |",
        "::: phụ-lục tiêu-đề=\"X\"", "::: chữ-ký", "#ngắt-trang", "#điều Tiêu đề", "# Mục", "{giữa}", "{số=5}",
        "{{ten}}", "{{{ten}}}", "&amp;", "\"", "'", "Sở Nội vụ", "Nguyễn Văn An", "năm 2024", " ", "  ",
    ]

    static let marker = "Giátrịthửnghiệm"

    /// Text from data as the markup leaves it: NFC, every markup whitespace a space, runs of
    /// spaces one (counted in scalars, as the parser does: a space carrying a combining mark is
    /// still a space), none at the ends.
    static func folded(_ text: String) -> String {
        let spaces: Set<Unicode.Scalar> = [" ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
        var out = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if spaces.contains(scalar) || scalar.properties.isWhitespace {
                if let last = out.last, last != " " { out.append(" ") }
            } else {
                out.append(scalar)
            }
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }

    /// A value as a field shows it: folded, and without the white space (a no-break space
    /// too) that reading a field trims from its ends.
    static func expected(_ value: String) -> String {
        let text = folded(value)
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    /// Whether `text` holds `part`, scalar for scalar (a value starting with a combining mark
    /// is not a whole character of the text it is in).
    static func contains(_ text: String, _ part: String) -> Bool {
        let whole = Array(text.unicodeScalars), piece = Array(part.unicodeScalars)
        guard piece.count <= whole.count else { return false }
        return (0...(whole.count - piece.count)).contains { start in whole[start..<(start + piece.count)].elementsEqual(piece) }
    }

    /// The body's outline with every quoted text replaced by «T»: what data must not change.
    static func shape(_ document: AdministrativeDocument) -> String {
        let outline = document.body.outline()
        let quoted = try! NSRegularExpression(pattern: #""(\\.|[^"\\])*""#)
        return quoted.stringByReplacingMatches(in: outline, range: NSRange(outline.startIndex..., in: outline), withTemplate: "T")
    }

    /// Every text in the document (metadata and body), folded.
    static func texts(_ value: Any) -> [String] {
        var found: [String] = []
        func walk(_ value: Any) {
            if let text = value as? String { found.append(folded(text)); return }
            for child in Mirror(reflecting: value).children { walk(child.value) }
        }
        walk(value)
        return found
    }

    /// The text fields of a tree, by the template's declarations: paths of scalars.
    static func textFields(_ node: DataNode, inputs: [InputDeclaration]) -> [[PathStep]] {
        guard case .map(let entries) = node.kind else { return [] }
        var paths: [[PathStep]] = []
        for entry in entries {
            guard let input = inputs.first(where: { $0.name == entry.key }) else { continue }
            switch (input.kind, entry.value.kind) {
            case (.text, .scalar):
                paths.append([.key(entry.key)])
            case (.object, .map):
                paths += textFields(entry.value, inputs: input.fields).map { [.key(entry.key)] + $0 }
            case (.list, .list(let items)):
                for (index, item) in items.enumerated() {
                    if input.fields.isEmpty, case .scalar = item.kind { paths.append([.key(entry.key), .item(index)]) }
                    paths += textFields(item, inputs: input.fields).map { [.key(entry.key), .item(index)] + $0 }
                }
            default:
                break
            }
        }
        return paths
    }

    enum PathStep: Equatable { case key(String), item(Int) }

    static func replacing(_ node: DataNode, at path: ArraySlice<PathStep>, with text: String) -> DataNode {
        var copy = node
        guard let step = path.first else {
            copy.kind = .scalar(text)
            return copy
        }
        switch (step, node.kind) {
        case (.key(let key), .map(var entries)):
            if let i = entries.firstIndex(where: { $0.key == key }) {
                entries[i].value = replacing(entries[i].value, at: path.dropFirst(), with: text)
            }
            copy.kind = .map(entries)
        case (.item(let index), .list(var items)):
            items[index] = replacing(items[index], at: path.dropFirst(), with: text)
            copy.kind = .list(items)
        default:
            break
        }
        return copy
    }

    static func hostileValue(_ rng: inout SeededGenerator) -> String {
        var value = ""
        for _ in 0..<Int.random(in: 1...6, using: &rng) { value += pieces.randomElement(using: &rng)! }
        // Blank data is left out on purpose (a section disappears): always some text.
        if value.allSatisfy({ $0.isWhitespace }) { value += "z" }
        return value
    }

    static let examples: [URL] = {
        let folder = checkout.appendingPathComponent("Examples")
        let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".yaml") && !$0.hasSuffix("cum-thi-dua.yaml") && !$0.hasSuffix("khoi-thi-dua.yaml") }
        return files.sorted().map { folder.appendingPathComponent($0) }
    }()

    @Test func everyShippedTemplateHasAnExample() throws {
        var templates = Set<String>()
        for url in Self.examples {
            let (root, sources) = try DataLoader.loadWithSources(url)
            templates.insert(try builder.prepare(root, sources: sources).template)
        }
        #expect(templates == Set(builder.catalog.names))
    }

    @Test(arguments: Array(examples.indices))
    func dataCannotChangeStructure(example: Int) throws {
        let url = Self.examples[example]
        let (root, sources) = try DataLoader.loadWithSources(url)
        let name = try root.required("mau").string()
        let template = try #require(try builder.catalog.template(named: name))
        var rng = SeededGenerator(seed: 0x5EED + UInt64(example))
        var checked = 0
        for path in Self.textFields(root, inputs: template.inputs) {
            let plainTree = Self.replacing(root, at: path[...], with: Self.marker)
            // Fields the marker itself cannot fill (a member name the chair must match) are not
            // text that reaches the document as written.
            guard let plain = try? builder.prepare(plainTree, sources: sources).document else { continue }
            let plainShape = Self.shape(plain)
            // A field the template does not print (a leader's title in a plan) has no text to find.
            let plainTexts = Self.texts(plain)
            let printed = plainTexts.contains { $0.contains(Self.marker) }
            for _ in 0..<3 {
                let value = Self.hostileValue(&rng)
                let tree = Self.replacing(root, at: path[...], with: value)
                let context = "\(url.lastPathComponent) \(path) = \(value.debugDescription)"
                do {
                    let document = try builder.prepare(tree, sources: sources).document
                    #expect(Self.shape(document) == plainShape, "structure changed: \(context)")
                    if printed {
                        let expected = Self.expected(value)
                        let texts = Self.texts(document)
                        // The texts line up one to one (the structure is the same): show where the marker was.
                        let seen = zip(plainTexts, texts).filter { $0.0.contains(Self.marker) }.map { "\($0.0.debugDescription) → \($0.1.debugDescription)" }
                        #expect(texts.contains { Self.contains($0, expected) }, "text not found as written: \(context): \(seen.prefix(3))")
                        checked += 1
                    }
                } catch {
                    let markup = error.errors.filter { $0.location?.file.hasPrefix("Templates/") ?? true }
                    #expect(markup.isEmpty, "not a data error: \(markup.map(\.description)) for \(context)")
                }
            }
        }
        #expect(checked > 20, "few fields checked: \(checked)")
    }
}

/// Deterministic generator for property tests (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
