import DocumentTemplates
import Foundation

/// A submitted form (application/x-www-form-urlencoded), its fields in the order sent.
public struct FormFields: Sendable {
    public var pairs: [(name: String, value: String)]

    public init(pairs: [(name: String, value: String)]) { self.pairs = pairs }

    /// Parses a urlencoded body; nil when it is not one (bad percent escapes, not UTF-8).
    public init?(urlencoded text: String) {
        var pairs: [(String, String)] = []
        for part in text.split(separator: "&", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(pieces[0]), let value = Self.decode(pieces.count > 1 ? pieces[1] : "") else { return nil }
            pairs.append((name, value))
        }
        self.pairs = pairs
    }

    public subscript(name: String) -> String? { pairs.first { $0.name == name }?.value }

    public func has(_ name: String) -> Bool { pairs.contains { $0.name == name } }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}

/// What was wrong with a form the page could not have sent.
public struct MalformedForm: Error, CustomStringConvertible {
    public var description: String
}

/// Applies a submitted form to a data file's tree: every input the form showed (it says so with
/// a hidden «o.<tên>» field) takes the form's value; everything else in the file stays as it
/// was (the template's name, the shared file, the outline, fields the form does not show).
///
/// Field names are data paths: «f.nguoi_ky.ho_ten», «f.ca_nhan[3].so_tien»; a list of texts is
/// one text area, a line an item; a list given by a file keeps its file («src.ca_nhan») until
/// its grid is edited.
public struct FormApplier {
    public let inputs: [InputDeclaration]

    public init(inputs: [InputDeclaration]) { self.inputs = inputs }

    public func apply(_ form: FormFields, to original: DataTree) throws(MalformedForm) -> DataTree {
        try checkNames(form)
        var tree = original
        if case .null = tree { tree = .map([]) }
        for input in inputs where form.has("o." + input.name) {
            tree = tree.setting(input.name, to: value(of: input, at: input.name, in: form, original: original[input.name]))
        }
        return tree
    }

    /// Every «f.» name must be a path the inputs declare: anything else is not our form.
    private func checkNames(_ form: FormFields) throws(MalformedForm) {
        for (name, _) in form.pairs {
            if name.hasPrefix("o.") {
                guard inputs.contains(where: { "o." + $0.name == name }) else { throw MalformedForm(description: "trường lạ «\(name)»") }
            } else if name.hasPrefix("f.") || name.hasPrefix("src.") {
                let path = String(name.drop { $0 != "." }.dropFirst())
                guard FieldPath.declaration(for: path, in: inputs) != nil else { throw MalformedForm(description: "trường lạ «\(name)»") }
            }
        }
    }

    func value(of input: InputDeclaration, at path: String, in form: FormFields, original: DataTree?) -> DataTree? {
        switch input.kind {
        case .text, .phrase, .integer, .decimal, .year, .date, .issueDate, .boolean:
            let text = (form["f." + path] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : .text(text)
        case .markup:
            let text = (form["f." + path] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
                .trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : .text(text)
        case .object:
            var tree = original ?? .map([])
            if case .map = tree {} else { tree = .map([]) }
            for field in input.fields {
                tree = tree.setting(field.name, to: value(of: field, at: path + "." + field.name, in: form, original: tree[field.name]))
            }
            return tree.isEmpty ? nil : tree
        case .list where input.fields.isEmpty:
            let lines = (form["f." + path] ?? "").split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return lines.isEmpty ? nil : .list(lines.map(DataTree.text))
        case .list:
            if let file = form["src." + path]?.trimmingCharacters(in: .whitespaces), !file.isEmpty { return .text(file) }
            let rows = rowIndices(of: path, in: form).compactMap { index -> DataTree? in
                let row = DataTree.map([])
                let filled = input.fields.reduce(row) { row, field in
                    row.setting(field.name, to: value(of: field, at: "\(path)[\(index)].\(field.name)", in: form, original: nil))
                }
                return filled.isEmpty ? nil : filled
            }
            return rows.isEmpty ? nil : .list(rows)
        }
    }

    /// The row numbers a grid sent for `path`, in order.
    private func rowIndices(of path: String, in form: FormFields) -> [Int] {
        let prefix = "f." + path + "["
        var seen = Set<Int>()
        for (name, _) in form.pairs where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            if let close = rest.firstIndex(of: "]"), let index = Int(rest[..<close]) { seen.insert(index) }
        }
        return seen.sorted()
    }
}

/// Data paths as the checker names fields: «nguoi_ky.ho_ten», «ca_nhan[3].so_tien».
public enum FieldPath {
    /// The declaration a path names, or nil when no input has it.
    public static func declaration(for path: String, in inputs: [InputDeclaration]) -> InputDeclaration? {
        var current: [InputDeclaration] = inputs
        var found: InputDeclaration?
        let parts = path.split(separator: ".", omittingEmptySubsequences: false)
        for (position, part) in parts.enumerated() {
            var name = Substring(part)
            var indexed = false
            if let open = name.firstIndex(of: "[") {
                let index = name[name.index(after: open)...]
                guard index.last == "]", let number = Int(index.dropLast()), number >= 1, number <= 100_000 else { return nil }
                name = name[..<open]
                indexed = true
            }
            guard let input = current.first(where: { $0.name == name }) else { return nil }
            if indexed && !(input.kind == .list && !input.fields.isEmpty) { return nil }
            if !indexed && input.kind == .list && !input.fields.isEmpty && position < parts.count - 1 { return nil }
            found = input
            current = input.fields
        }
        return found
    }
}
