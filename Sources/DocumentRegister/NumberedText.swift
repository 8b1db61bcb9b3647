import DataInput
import Foundation
import VietnameseText

/// The data file's text with its number (and its date, when it had none) written in, and
/// nothing else changed: comments, blank lines, key order, quoting, line endings and the
/// byte-order mark stay as the clerk left them.
///
/// The edit works on the text at the places `DataNode` recorded: a key that is there gets its
/// value replaced on its own line (a comment after it kept); a key that is not is inserted
/// after `ky_hieu_co_quan` (else after `mau`). The result is read back and compared with the
/// original: every other value must read the same, or the edit is refused.
enum NumberedText {
    struct Field {
        var key: String
        var value: String
    }

    /// - Parameter atEnd: new keys go at the end of the file rather than after the symbol: the
    ///   lines already there keep their numbers, so messages about a text checked before it is
    ///   written name the lines of the clerk's file.
    static func apply(to original: String, file: String, number: Int, date: CalendarDate?,
                      atEnd: Bool = false) throws(DataError) -> String {
        var fields = [Field(key: "so", value: String(number))]
        if let date { fields.append(Field(key: "ngay_ban_hanh", value: date.paddedForm)) }
        let bom = original.hasPrefix("\u{FEFF}")
        let text = bom ? String(original.dropFirst()) : original
        let root = try DataLoader.parse(text, file: file)
        try checkShape(root, text: text, file: file)
        var lines = TextLines(text)
        var inserts: [Field] = []
        for field in fields {
            if let entry = root.entry(field.key) {
                try replaceValue(of: entry, with: field.value, in: &lines, file: file)
            } else {
                inserts.append(field)
            }
        }
        if !inserts.isEmpty { insert(inserts, after: atEnd ? nil : root, into: &lines) }
        let edited = lines.joined
        try verify(edited, against: root, fields: fields, file: file)
        return (bom ? "\u{FEFF}" : "") + edited
    }

    private static func checkShape(_ root: DataNode, text: String, file: String) throws(DataError) {
        let problem = "số chỉ ghi được vào tệp YAML viết theo dòng (tên_trường: giá trị); hãy chuyển tệp sang dạng đó rồi cấp số lại"
        if file.lowercased().hasSuffix(".json") { throw DataError(location: SourceLocation(file: file, line: 0), message: problem) }
        guard case .map = root.kind else { throw root.error(problem) }
        let lines = TextLines(text)
        let line = root.location.line - 1
        if lines.items.indices.contains(line) {
            let content = lines.items[line].content
            let column = content.index(content.startIndex, offsetBy: max(0, root.location.column - 1), limitedBy: content.endIndex) ?? content.endIndex
            if content[column...].hasPrefix("{") { throw root.error(problem) }
        }
    }

    /// Replaces the value written after `key:` on the key's line.
    private static func replaceValue(of entry: DataEntry, with value: String, in lines: inout TextLines, file: String) throws(DataError) {
        let unsupported = DataError(location: entry.keyLocation, field: entry.key,
                                    message: "giá trị của trường này không viết trên một dòng nên không tự ghi được số; hãy viết «\(entry.key): …» trên một dòng")
        let index = entry.keyLocation.line - 1
        guard lines.items.indices.contains(index) else { throw unsupported }
        let line = Array(lines.items[index].content)
        var i = max(0, entry.keyLocation.column - 1)
        // The key, plain or quoted, then its colon.
        if i < line.count, line[i] == "\"" || line[i] == "'" {
            let quote = line[i]
            i += 1
            while i < line.count, line[i] != quote { i += 1 }
            i += 1
        }
        while i < line.count, line[i] != ":" { i += 1 }
        guard i < line.count else { throw unsupported }
        i += 1
        let head = String(line[..<i])
        while i < line.count, line[i] == " " || line[i] == "\t" { i += 1 }
        let start = i
        var end = i
        if i == line.count || line[i] == "#" {
            // Nothing on the line: fine for an empty value, not for one written below the key.
            guard entry.value.isNull else { throw unsupported }
        } else if line[i] == "\"" || line[i] == "'" {
            let quote = line[i]
            end = i + 1
            while end < line.count {
                if line[end] == quote {
                    if quote == "'", end + 1 < line.count, line[end + 1] == "'" { end += 2; continue }
                    break
                }
                if quote == "\"", line[end] == "\\" { end += 1 }
                end += 1
            }
            guard end < line.count else { throw unsupported }
            end += 1
        } else if "|>[{&*!".contains(line[i]) {
            throw unsupported
        } else {
            while end < line.count, !(line[end] == "#" && (line[end - 1] == " " || line[end - 1] == "\t")) { end += 1 }
            while end > start, line[end - 1] == " " || line[end - 1] == "\t" { end -= 1 }
        }
        if !entry.value.isNull, entry.value.location.line != entry.keyLocation.line { throw unsupported }
        var rest = String(line[end...])
        if start == end, !rest.isEmpty { rest = " " + rest.drop { $0 == " " || $0 == "\t" } }
        lines.items[index].content = head + " " + value + rest
    }

    /// New top-level lines after `ky_hieu_co_quan` (or `mau`, or at the end), indented like it.
    private static func insert(_ fields: [Field], after root: DataNode?, into lines: inout TextLines) {
        let anchor = root.flatMap { $0.entry("ky_hieu_co_quan") ?? $0.entry("mau") }
        let indent = String(repeating: " ", count: max(0, (anchor?.keyLocation.column ?? 1) - 1))
        let newLines = fields.map { indent + $0.key + ": " + $0.value }
        guard let anchor else {
            lines.append(newLines)
            return
        }
        // After the anchor's own lines: its key line and any more indented continuation.
        var last = anchor.keyLocation.line - 1
        let depth = indent.count
        while last + 1 < lines.items.count {
            let next = lines.items[last + 1].content
            let leading = next.prefix { $0 == " " }.count
            guard !next.trimmedWhitespace.isEmpty, leading > depth else { break }
            last += 1
        }
        lines.insert(newLines, after: last)
    }

    /// The edited text must read as the original, with the new values and nothing else changed.
    private static func verify(_ edited: String, against original: DataNode, fields: [Field], file: String) throws(DataError) {
        let failure = DataError(location: SourceLocation(file: file, line: 0),
                                message: "không ghi được số vào tệp mà giữ nguyên phần còn lại; hãy viết các trường ở đầu dòng theo dạng tên_trường: giá trị rồi cấp số lại")
        let reread: DataNode
        do { reread = try DataLoader.parse(edited, file: file) } catch { throw failure }
        guard case .map(let before) = original.kind, case .map(let after) = reread.kind else { throw failure }
        let written = Set(fields.map(\.key))
        let keptBefore = before.filter { !written.contains($0.key) }
        let keptAfter = after.filter { !written.contains($0.key) }
        guard keptBefore.map(\.key) == keptAfter.map(\.key),
              zip(keptBefore, keptAfter).allSatisfy({ fingerprint($0.value) == fingerprint($1.value) }) else { throw failure }
        for field in fields {
            guard let node = reread[field.key], (try? node.string()) == field.value else { throw failure }
        }
    }

    /// A value's content without its places, to compare two readings of one value.
    static func fingerprint(_ node: DataNode) -> String {
        switch node.kind {
        case .null: "~"
        case .scalar(let text): "s" + String(text.count) + ":" + text
        case .list(let items): "[" + items.map(fingerprint).joined(separator: ",") + "]"
        case .map(let entries): "{" + entries.map { $0.key + "=" + fingerprint($0.value) }.joined(separator: ",") + "}"
        }
    }
}

/// A text as lines with their own line endings, so that an edit keeps CRLF files CRLF.
struct TextLines {
    var items: [(content: String, ending: String)] = []

    init(_ text: String) {
        var current = ""
        var iterator = text.makeIterator()
        // Characters: "\r\n" is one Character in Swift.
        while let character = iterator.next() {
            switch character {
            case "\r\n", "\n", "\r":
                items.append((current, String(character)))
                current = ""
            default:
                current.append(character)
            }
        }
        if !current.isEmpty { items.append((current, "")) }
    }

    /// The ending new lines get: the file's first.
    var ending: String { items.first { !$0.ending.isEmpty }?.ending ?? "\n" }

    /// New lines after line `index` (0-based); a file that ended without a line break still does.
    mutating func insert(_ lines: [String], after index: Int) {
        let ending = self.ending
        let endedBare = items[index].ending.isEmpty
        items[index].ending = ending
        items.insert(contentsOf: lines.map { ($0, ending) }, at: index + 1)
        if endedBare { items[index + lines.count].ending = "" }
    }

    mutating func append(_ lines: [String]) {
        guard let last = items.indices.last else {
            items = lines.map { ($0, "\n") }
            return
        }
        insert(lines, after: last)
    }

    var joined: String { items.map { $0.content + $0.ending }.joined() }
}
