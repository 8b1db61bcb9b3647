import Foundation
import VietnameseText
import Yams

/// Reads YAML or JSON text into `DataNode`s through Yams' node tree (which keeps a line and
/// column for every value). JSON is read by the same parser: JSON is YAML's flow style.
struct YAMLReader {
    enum Format {
        case yaml, json
        var name: String { self == .json ? "JSON" : "YAML" }

        static func of(file: String) -> Format {
            file.lowercased().hasSuffix(".json") ? .json : .yaml
        }
    }

    let file: String
    let format: Format
    let text: String
    let lines: LineIndex

    init(text: String, file: String) {
        self.file = file
        self.format = .of(file: file)
        // A byte-order mark is not content; dropping it keeps columns on the first line right.
        self.text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        self.lines = LineIndex(self.text)
    }

    func read() throws(DataError) -> DataNode {
        let root: Node?
        do {
            root = try YAMLComposing.compose(text)
        } catch let error as YamlError {
            throw translate(error)
        } catch {
            throw DataError(location: DataLocation(file: file, line: 0), message: "không đọc được tệp \(format.name): \(error)")
        }
        guard let root else {
            return DataNode(kind: .null, location: DataLocation(file: file, line: 1, column: 1), path: "")
        }
        return try convert(root, path: "")
    }

    // MARK: - Conversion

    func location(_ mark: Mark?) -> DataLocation {
        guard let mark else { return DataLocation(file: file, line: 1, column: 1) }
        return DataLocation(file: file, line: mark.line, column: lines.characterColumn(line: mark.line, scalarColumn: mark.column))
    }

    // Only merge keys (`<<: *mac_dinh`) are resolved (see `YAMLComposing`): values stay text
    // until an accessor reads them, so the default resolver's rules (booleans, numbers, dates:
    // regular expressions compiled on first use) would cost time for nothing.

    static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    func convert(_ node: Node, path: String) throws(DataError) -> DataNode {
        switch node {
        case .scalar(let scalar):
            let loc = location(scalar.mark)
            if scalar.style == .plain && Self.nullWords.contains(scalar.string) {
                return DataNode(kind: .null, location: loc, path: path)
            }
            return DataNode(kind: .scalar(nfc(scalar.string)), location: loc, path: path)
        case .sequence(let sequence):
            var items: [DataNode] = []
            items.reserveCapacity(sequence.count)
            for (index, item) in sequence.enumerated() {
                items.append(try convert(item, path: DataNode.itemPath(path, index: index)))
            }
            return DataNode(kind: .list(items), location: location(sequence.mark), path: path)
        case .mapping(let mapping):
            return DataNode(kind: .map(try entries(of: mapping, path: path)), location: location(mapping.mark), path: path)
        case .alias(let alias):
            throw DataError(location: location(alias.mark), field: path, message: "không dùng được bí danh (alias) ở đây")
        }
    }

    /// The entries of a mapping, with YAML merge keys (`<<: *mac_dinh`) applied: keys written in
    /// the mapping win over merged ones, and among merged maps the earlier wins.
    private func entries(of mapping: Node.Mapping, path: String) throws(DataError) -> [DataEntry] {
        var explicit: [DataEntry] = []
        var merged: [DataEntry] = []
        var mergeInsertAt: Int? = nil
        var seen: [String: DataLocation] = [:]
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                throw DataError(location: location(keyNode.mark), field: path, message: "tên trường phải là một chữ, không phải danh sách hay nhóm trường")
            }
            let keyLocation = location(keyScalar.mark)
            if keyScalar.style == .plain && keyScalar.string == "<<" {
                mergeInsertAt = mergeInsertAt ?? explicit.count
                let sources: [Node]
                switch valueNode {
                case .mapping: sources = [valueNode]
                case .sequence(let sequence): sources = Array(sequence)
                default: sources = []
                }
                for source in sources {
                    guard case .mapping(let sourceMap) = source else {
                        throw DataError(location: location(source.mark), field: path, message: "khoá gộp «<<» cần một nhóm trường (ví dụ <<: *mac_dinh)")
                    }
                    for entry in try entries(of: sourceMap, path: path) where !merged.contains(where: { $0.key == entry.key }) {
                        merged.append(entry)
                    }
                }
                if sources.isEmpty {
                    throw DataError(location: location(valueNode.mark), field: path, message: "khoá gộp «<<» cần một nhóm trường (ví dụ <<: *mac_dinh)")
                }
                continue
            }
            let key = trimmingWhitespaces(nfc(keyScalar.string))
            if key.isEmpty {
                throw DataError(location: keyLocation, field: path, message: "tên trường trống")
            }
            if let first = seen[key] {
                // Yams reports duplicates itself; this catches keys that differ only before NFC.
                throw DataError(location: keyLocation, field: DataNode.childPath(path, key: key),
                                message: Self.duplicateMessage(key: key, firstLine: first.line, secondLine: keyLocation.line))
            }
            seen[key] = keyLocation
            let value = try convert(valueNode, path: DataNode.childPath(path, key: key))
            explicit.append(DataEntry(key: key, keyLocation: keyLocation, value: value))
        }
        guard let at = mergeInsertAt else { return explicit }
        let extra = merged.filter { entry in seen[entry.key] == nil }
        explicit.insert(contentsOf: extra, at: at)
        return explicit
    }

    static func duplicateMessage(key: String, firstLine: Int, secondLine: Int) -> String {
        if firstLine == secondLine {
            return "trường «\(key)» được khai báo hai lần trên dòng \(firstLine); hãy giữ lại một"
        }
        return "trường «\(key)» được khai báo hai lần, ở dòng \(firstLine) và dòng \(secondLine); hãy giữ lại một"
    }

    // MARK: - Errors from Yams

    func translate(_ error: YamlError) -> DataError {
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return syntaxError(context: context, problem: problem, mark: mark)
        case let .reader(problem, offset, _, _):
            var loc = DataLocation(file: file, line: 0)
            if let offset, let position = lines.position(ofCharacterOffset: offset) {
                loc = DataLocation(file: file, line: position.line, column: position.column)
            }
            let explanation = problem.contains("control characters")
                ? "tệp có ký tự điều khiển không được phép (thường do dán từ phần mềm khác); hãy xoá ký tự đó"
                : "tệp có ký tự không đọc được (\(problem))"
            return DataError(location: loc, message: explanation)
        case let .duplicatedKeysInMapping(duplicates, context):
            return duplicateKeyError(keys: duplicates, firstMark: context.mark)
        default:
            return DataError(location: DataLocation(file: file, line: 0), message: "không đọc được tệp \(format.name): \(error)")
        }
    }

    private func syntaxError(context: YamlError.Context?, problem: String, mark: Mark) -> DataError {
        var mark = mark
        let contextText = context?.text ?? ""
        var explanation: String
        let offending = lines.scalar(atLine: mark.line, scalarColumn: mark.column)
        switch problem {
        case let p where p.contains("found unexpected end of stream") && contextText.contains("quoted scalar"):
            // The problem is at the end of the file; the quote that was never closed is where it started.
            if let start = context?.mark { mark = start }
            explanation = "dấu ngoặc mở ở đây không được đóng; hãy thêm dấu ngoặc đóng cuối giá trị"
        case let p where p.contains("found unexpected end of stream"):
            explanation = "tệp kết thúc giữa chừng (thiếu dấu ngoặc đóng «]» hoặc «}»?)"
            if let start = context?.mark { mark = start }
        case let p where p.contains("found character that cannot start any token") && offending == "\t":
            explanation = "có ký tự Tab; \(format.name) chỉ dùng dấu cách để thụt lề"
        case let p where p.contains("found character that cannot start any token"):
            let shown = offending.map { "«\($0)» " } ?? ""
            explanation = "ký tự \(shown)không được đứng đầu một giá trị; hãy đặt cả giá trị trong ngoặc kép"
        case let p where p.contains("mapping values are not allowed"):
            explanation = "dấu hai chấm «:» ở chỗ không được phép; nếu giá trị có dấu hai chấm, hãy đặt cả giá trị trong ngoặc kép; nếu không, hãy xem thụt lề của dòng này và dòng phía trên có thiếu «:» sau tên trường không"
        case let p where p.contains("could not find expected ':'"):
            explanation = "thiếu dấu hai chấm «:» sau tên trường"
            if let start = context?.mark, format == .yaml { mark = start }
        case let p where p.contains("did not find expected key"):
            explanation = "dòng này thụt lề không khớp với các trường phía trên, hoặc thiếu dấu hai chấm «:» sau tên trường"
        case let p where p.contains("did not find expected '-' indicator"):
            explanation = "các mục của danh sách phải bắt đầu bằng «- » và thụt lề bằng nhau"
        case let p where p.contains("block sequence entries are not allowed"):
            explanation = "dấu gạch đầu dòng «-» đặt sai chỗ; mục danh sách phải xuống dòng riêng"
        case let p where p.contains("did not find expected ',' or ']'"):
            explanation = "thiếu dấu phẩy «,» hoặc dấu đóng «]» trong danh sách"
        case let p where p.contains("did not find expected ',' or '}'"):
            explanation = "thiếu dấu phẩy «,» hoặc dấu đóng «}» trong nhóm trường"
        case let p where p.contains("did not find expected node content"):
            explanation = "thiếu giá trị ở đây"
        case let p where p.contains("found unknown escape character"):
            explanation = "trong ngoặc kép, dấu «\\» phải đi với một ký tự thoát hợp lệ; hãy dùng ngoặc đơn ' ' hoặc viết «\\\\»"
        case let p where p.contains("found undefined alias"):
            explanation = "bí danh «*…» chưa được đặt tên bằng «&…» ở phía trên"
        case let p where p.contains("but found another document"):
            explanation = "tệp chỉ được có một tài liệu; hãy xoá dòng «---» thứ hai"
        case let p where p.contains("found a tab character"):
            explanation = "có ký tự Tab; \(format.name) chỉ dùng dấu cách để thụt lề"
        default:
            explanation = "cú pháp không đúng (\(problem))"
        }
        let loc = DataLocation(file: file, line: mark.line, column: lines.characterColumn(line: mark.line, scalarColumn: mark.column))
        return DataError(location: loc, message: "lỗi cú pháp \(format.name): " + explanation)
    }

    // MARK: - Duplicate keys

    static let duplicateMarker = "__vanban_trung_lap__"

    /// Yams stops at the first duplicated key and tells only where the first occurrence is. To
    /// name both lines, the first occurrence is renamed in a copy of the text, the copy parsed,
    /// and the remaining occurrence found beside the renamed one.
    private func duplicateKeyError(keys: [String], firstMark: Mark) -> DataError {
        let key = nfc(keys.first ?? "")
        let firstLocation = location(firstMark)
        let fallback = DataError(location: firstLocation, field: nil,
                                 message: "trường «\(key)» được khai báo nhiều lần trong cùng một nhóm; hãy giữ lại một")
        guard let insertAt = lines.index(line: firstMark.line, scalarColumn: firstMark.column) else { return fallback }
        var copy = text
        var at = insertAt
        if at < copy.unicodeScalars.endIndex, copy.unicodeScalars[at] == "\"" || copy.unicodeScalars[at] == "'" {
            at = copy.unicodeScalars.index(after: at)
        }
        copy.unicodeScalars.insert(contentsOf: Self.duplicateMarker.unicodeScalars, at: at)
        guard let root = try? YAMLComposing.compose(copy),
              let found = Self.findSibling(of: key, in: root, path: "") else { return fallback }
        var column = found.mark.column
        if found.mark.line == firstMark.line && found.mark.column > firstMark.column {
            column -= Self.duplicateMarker.unicodeScalars.count
        }
        let second = DataLocation(file: file, line: found.mark.line,
                                  column: lines.characterColumn(line: found.mark.line, scalarColumn: column))
        return DataError(location: second, field: DataNode.childPath(found.path, key: key),
                         message: Self.duplicateMessage(key: key, firstLine: firstLocation.line, secondLine: second.line))
    }

    private static func findSibling(of key: String, in node: Node, path: String) -> (mark: Mark, path: String)? {
        switch node {
        case .mapping(let mapping):
            let keys = mapping.map { $0.key }
            if keys.contains(where: { $0.string?.hasPrefix(duplicateMarker) ?? false }),
               let other = keys.first(where: { $0.string == key }), let mark = other.mark {
                return (mark, path)
            }
            for (k, v) in mapping {
                if let found = findSibling(of: key, in: v, path: DataNode.childPath(path, key: nfc(k.string ?? ""))) {
                    return found
                }
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() {
                if let found = findSibling(of: key, in: item, path: DataNode.itemPath(path, index: index)) { return found }
            }
        default:
            break
        }
        return nil
    }
}

/// Line starts of a text, counted as libyaml counts them (LF, CR, CRLF, NEL, LS, PS), to turn
/// libyaml's scalar columns into the character columns an editor shows.
struct LineIndex {
    let text: String
    /// Index (in unicodeScalars) of the first scalar of each line; line 1 at [0].
    private let starts: [String.Index]
    /// Per line: its length in scalars without the line break, and the offset of its first
    /// scalar that may not be a character by itself (Int.max if none): anything but ASCII,
    /// Latin-1, Latin Extended-A/B and the precomposed letters of Latin Extended Additional.
    /// Before that offset, scalar and character columns agree: every node's location is
    /// converted, and so most need no walk along the line.
    private let contentLengths: [Int]
    private let firstCombiningOffsets: [Int]

    init(_ text: String) {
        self.text = text
        // Over the UTF-8 bytes: a scalar is counted at its lead byte; the line breaks are LF, CR,
        // CR LF, NEL (C2 85), LS and PS (E2 80 A8/A9); a lead byte at or above CC starts a scalar
        // from U+0300 on, of which only Latin Extended Additional (E1 B8–BB) is one character.
        let bytes = text.utf8
        var starts = [bytes.startIndex]
        var contentLengths: [Int] = []
        var firstCombiningOffsets: [Int] = []
        var offset = 0
        var firstCombining = Int.max
        func endLine(nextStart: String.Index) {
            contentLengths.append(offset)
            firstCombiningOffsets.append(firstCombining)
            offset = 0
            firstCombining = Int.max
            starts.append(nextStart)
        }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            var next = bytes.index(after: i)
            switch byte {
            case 0x0A:
                endLine(nextStart: next)
            case 0x0D:
                if next < bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
                endLine(nextStart: next)
            case 0x80...0xBF:
                break    // continuation byte
            default:
                if byte == 0xC2, next < bytes.endIndex, bytes[next] == 0x85 {
                    endLine(nextStart: bytes.index(after: next))
                    next = bytes.index(after: next)
                } else if byte == 0xE2, next < bytes.endIndex, bytes[next] == 0x80,
                          case let third = bytes.index(after: next), third < bytes.endIndex,
                          bytes[third] == 0xA8 || bytes[third] == 0xA9 {
                    next = bytes.index(after: third)
                    endLine(nextStart: next)
                } else {
                    if firstCombining == Int.max && byte >= 0xCC
                        && !(byte == 0xE1 && next < bytes.endIndex && (0xB8...0xBB).contains(bytes[next])) {
                        firstCombining = offset
                    }
                    offset += 1
                }
            }
            i = next
        }
        contentLengths.append(offset)
        firstCombiningOffsets.append(firstCombining)
        self.starts = starts
        self.contentLengths = contentLengths
        self.firstCombiningOffsets = firstCombiningOffsets
    }

    /// Where `line`'s content ends (before its line break).
    private func lineEnd(_ line: Int) -> String.Index {
        let scalars = text.unicodeScalars
        guard line < starts.count else { return scalars.endIndex }
        let start = starts[line - 1]
        var e = starts[line]
        if e > start { e = scalars.index(before: e) }
        if e > start, scalars[e] == "\n", scalars[scalars.index(before: e)] == "\r" {
            e = scalars.index(before: e)
        }
        return e
    }

    /// The position of the `scalarColumn`-th scalar (1-based) of `line`, clamped to the line.
    func index(line: Int, scalarColumn: Int) -> String.Index? {
        guard line >= 1, line <= starts.count else { return nil }
        let end = lineEnd(line)
        return text.unicodeScalars.index(starts[line - 1], offsetBy: max(0, scalarColumn - 1), limitedBy: end) ?? end
    }

    func scalar(atLine line: Int, scalarColumn: Int) -> Unicode.Scalar? {
        guard let i = index(line: line, scalarColumn: scalarColumn), i < lineEnd(line) else { return nil }
        return text.unicodeScalars[i]
    }

    /// 1-based character column for libyaml's 1-based scalar column (they differ when the
    /// line holds decomposed letters: NFD "ễ" is three scalars and one character).
    func characterColumn(line: Int, scalarColumn: Int) -> Int {
        if line >= 1, line <= starts.count {
            let target = max(0, scalarColumn - 1)
            if target <= firstCombiningOffsets[line - 1] { return min(target, contentLengths[line - 1]) + 1 }
        }
        guard let i = index(line: line, scalarColumn: scalarColumn) else { return scalarColumn }
        let prefix = text.unicodeScalars[starts[line - 1]..<i]
        // Fast path: ASCII and precomposed text have one scalar per character.
        if prefix.allSatisfy({ $0.value < 0x300 }) { return prefix.count + 1 }
        return String(prefix).count + 1
    }

    /// Line and character column (1-based) of a character offset from the start of the text.
    func position(ofCharacterOffset offset: Int) -> (line: Int, column: Int)? {
        guard let target = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) else { return nil }
        var line = 1
        var lo = 0, hi = starts.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= target { line = mid + 1; lo = mid + 1 } else { hi = mid - 1 }
        }
        return (line, text[starts[line - 1]..<target].count + 1)
    }
}
