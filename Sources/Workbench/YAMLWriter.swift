import Foundation

/// Writes a `DataTree` as YAML a clerk can read: block style, one field a line, texts plain
/// where YAML reads them back unchanged and double-quoted otherwise, several lines as a
/// literal block. VanBan reads every scalar as text, so «có», «012» or «2023-02-24» stay plain.
public enum YAMLWriter {
    /// - Parameter header: comment lines to keep at the top (each starting with «#»).
    public static func yaml(_ tree: DataTree, header: [String] = []) -> String {
        var lines = header
        write(tree, indent: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The comment lines a file starts with (before its first field), to keep them on saving.
    public static func leadingComments(of text: String) -> [String] {
        var result: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("#") else { break }
            result.append(String(line).replacingOccurrences(of: "\r", with: ""))
        }
        return result
    }

    private static func write(_ tree: DataTree, indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        switch tree {
        case .map(let entries):
            for (key, value) in entries { writeEntry(key: key, value: value, pad: pad, indent: indent, into: &lines) }
        case .list(let items):
            for item in items { writeItem(item, pad: pad, indent: indent, into: &lines) }
        case .text(let text):
            lines.append(pad + scalar(text, indent: indent))
        case .null:
            break
        }
    }

    private static func writeEntry(key: String, value: DataTree, pad: String, indent: Int, into lines: inout [String]) {
        switch value {
        case .null: lines.append("\(pad)\(key):")
        case .text(let text) where text.contains("\n"): lines.append("\(pad)\(key): " + literal(text, indent: indent + 2))
        case .text(let text): lines.append("\(pad)\(key): " + scalar(text, indent: indent))
        case .list(let items) where items.isEmpty: lines.append("\(pad)\(key): []")
        case .map(let entries) where entries.isEmpty: lines.append("\(pad)\(key): {}")
        case .list:
            lines.append("\(pad)\(key):")
            write(value, indent: indent + 2, into: &lines)
        case .map:
            lines.append("\(pad)\(key):")
            write(value, indent: indent + 2, into: &lines)
        }
    }

    /// «- value»; a map's first field on the dash's line, the others under it.
    private static func writeItem(_ item: DataTree, pad: String, indent: Int, into lines: inout [String]) {
        switch item {
        case .null: lines.append("\(pad)-")
        case .text(let text) where text.contains("\n"): lines.append("\(pad)- " + literal(text, indent: indent + 2))
        case .text(let text): lines.append("\(pad)- " + scalar(text, indent: indent + 2))
        case .list(let items) where items.isEmpty: lines.append("\(pad)- []")
        case .map(let entries) where entries.isEmpty: lines.append("\(pad)- {}")
        case .list:
            lines.append("\(pad)-")
            write(item, indent: indent + 2, into: &lines)
        case .map:
            var nested: [String] = []
            write(item, indent: indent + 2, into: &nested)
            let inner = String(repeating: " ", count: indent + 2)
            if let first = nested.first, first.hasPrefix(inner) {
                nested[0] = pad + "- " + first.dropFirst(inner.count)
            }
            lines += nested
        }
    }

    /// A literal block («|», «|-» without a final line break) at `indent`.
    static func literal(_ text: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        // A first line starting with spaces needs the indentation said.
        let indicator = body.hasPrefix(" ") ? "\(2)" : ""
        let chomp = text.hasSuffix("\n") ? "" : "-"
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : pad + $0 }
        return "|" + indicator + chomp + "\n" + lines.joined(separator: "\n")
    }

    static func scalar(_ text: String, indent: Int) -> String {
        needsQuotes(text) ? quoted(text) : text
    }

    /// Whether YAML would read `text` back as something else (or not at all) when written plain.
    static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return true }
        if first == " " || last == " " || first == "\t" || last == "\t" { return true }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return true }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return true }
        if ["~", "null", "Null", "NULL"].contains(text) { return true }
        return text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{FEFF}" || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{FEFF}" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
