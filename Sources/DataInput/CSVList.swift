import Foundation
import InputGuards
import VietnameseText

/// One column a CSV list may have.
public struct CSVColumn: Sendable {
    /// The data key the column's values get ("ho_ten").
    public var key: String
    /// Header texts accepted for it ("Họ và tên", "Họ tên"). The key itself is always accepted
    /// too. Matching ignores case, diacritics (đ ~ d), spacing and punctuation.
    public var headers: [String]
    public var required: Bool

    public init(key: String, headers: [String], required: Bool = true) {
        self.key = key
        self.headers = headers
        self.required = required
    }

    /// The name shown in messages: the first header text.
    var displayName: String { headers.first ?? key }
}

/// Lists exported from Excel as CSV.
///
/// The reader is our own (CSVTokenizer, RFC 4180 with Excel's habits) rather than SwiftCSV
/// 0.10.0 or CSV.swift 2.5.2: neither reports the line a row starts on (messages must name it,
/// and a quoted field with line breaks makes rows and lines differ), and both accept a quote
/// that is never closed by silently swallowing the rest of the file into one field. SwiftCSV
/// also drops spaces at the start of every field.
public enum CSVList {
    /// Reads a list exported from Excel: UTF-8 with or without BOM; separator comma, semicolon
    /// or tab (detected from the header line, outside quotes; an Excel `sep=;` first line is
    /// honoured); quoted fields with doubled quotes and line breaks inside; CRLF, LF or CR;
    /// empty lines and rows whose cells are all empty skipped.
    ///
    /// Returns one map per row: keys are the column keys of the columns present in the file,
    /// values scalars (NFC, as written) or null for an empty cell, located at (file, the row's
    /// first line, the column number); paths "ca_nhan[3].ho_ten" using `listName`, rows
    /// counted from 1 without the header and skipped rows.
    public static func read(_ url: URL, listName: String, columns: [CSVColumn], displayPath: String? = nil,
                            ignoreUnknownColumns: Bool = false) throws(DataError) -> [DataNode] {
        let display = displayPath ?? url.relativePath
        let data = try InputFile.read(url, display: display, role: .list)
        let text = try InputFile.decode(data, display: display, advice: Self.utf8Advice)
        return try parse(text, file: display, listName: listName, columns: columns,
                         ignoreUnknownColumns: ignoreUnknownColumns)
    }

    static let utf8Advice = "trong Excel hãy chọn «Lưu thành» (Save As) và kiểu tệp «CSV UTF-8 (Comma delimited) (*.csv)»"

    /// Reads CSV text; `file` names it in messages. See `read`.
    public static func parse(_ text: String, file: String, listName: String, columns: [CSVColumn],
                             ignoreUnknownColumns: Bool = false) throws(DataError) -> [DataNode] {
        var tokenizer = CSVTokenizer(text: text, file: file)
        let records = try tokenizer.records()
        let separatorName = tokenizer.separatorName

        guard let header = records.first else {
            let required = columns.filter(\.required)
            if required.isEmpty { return [] }
            throw DataError(location: DataLocation(file: file, line: 1),
                            message: "tệp trống: cần một dòng tiêu đề với các cột " + required.map { "«\($0.displayName)»" }.joined(separator: ", "))
        }

        // Match header cells to columns.
        var columnAt: [Int: Int] = [:]         // header cell index → index in `columns`
        var cellOf: [Int: Int] = [:]           // index in `columns` → header cell index
        var unnamed: [Int] = []
        let accepted = columns.map { column in Set(([column.key] + column.headers).map(TextFolding.compact)) }
        let headerTexts = header.fields.map { $0.trimmedWhitespace }
        let present = headerTexts.filter { !$0.isEmpty }.map { Excerpt.quoted($0) }.joined(separator: ", ")
        for (cell, text) in headerTexts.enumerated() {
            let compact = TextFolding.compact(text)
            if compact.isEmpty { unnamed.append(cell); continue }
            if let index = accepted.firstIndex(where: { $0.contains(compact) }) {
                if let earlier = cellOf[index] {
                    throw DataError(location: DataLocation(file: file, line: header.line, column: cell + 1),
                                    message: "cột \(Excerpt.quoted(text)) trùng với cột \(earlier + 1) \(Excerpt.quoted(headerTexts[earlier])): cả hai đều là «\(columns[index].displayName)»; hãy xoá một cột")
                }
                columnAt[cell] = index
                cellOf[index] = cell
            } else if !ignoreUnknownColumns {
                var message = "cột \(Excerpt.quoted(text)) không dùng đến"
                let names = columns.map(\.displayName)
                if let near = closestColumn(compact, columns: columns, taken: Set(cellOf.keys)) {
                    message += " (có phải ý bạn là «\(near)»?)"
                }
                message += "; các cột nhận được: " + names.joined(separator: ", ")
                throw DataError(location: DataLocation(file: file, line: header.line, column: cell + 1), message: message)
            }
        }
        let missing = columns.indices.filter { columns[$0].required && cellOf[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { "«\(columns[$0].displayName)»" }.joined(separator: ", ")
            throw DataError(location: DataLocation(file: file, line: header.line),
                            message: (missing.count == 1 ? "thiếu cột " : "thiếu các cột ") + names + " (các cột có: \(present.isEmpty ? "không có" : present))")
        }

        // What every row's cells share, made once: the cell, its key, the path after the row's
        // own ("ca_nhan[3]" + ".ho_ten"), the header's location.
        let matched = columnAt.keys.sorted().map { cell in
            let key = columns[columnAt[cell]!].key
            return (cell: cell, key: key, pathSuffix: "." + key,
                    keyLocation: DataLocation(file: file, line: header.line, column: cell + 1))
        }
        var rows: [DataNode] = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            let rowPath = listName + "[" + String(rows.count + 1) + "]"
            // Cells beyond the header, or under a header cell left empty, must be empty.
            if let last = record.fields.lastIndex(where: { !$0.isAllWhitespace }),
               last >= headerTexts.count {
                let extra = record.fields[last].trimmedWhitespace
                throw DataError(location: DataLocation(file: file, line: record.line, column: last + 1), field: rowPath,
                                message: "dòng này có \(last + 1) ô nhưng dòng tiêu đề (dòng \(header.line)) chỉ có \(headerTexts.count) cột; ô thừa \(Excerpt.quoted(extra)). Nếu trong một ô có \(separatorName), hãy đặt cả ô trong ngoặc kép")
            }
            if !ignoreUnknownColumns {
                for cell in unnamed where cell < record.fields.count {
                    let value = record.fields[cell].trimmedWhitespace
                    if !value.isEmpty {
                        throw DataError(location: DataLocation(file: file, line: record.line, column: cell + 1), field: rowPath,
                                        message: "ô có dữ liệu \(Excerpt.quoted(value)) nhưng cột \(cell + 1) không có tên ở dòng tiêu đề (dòng \(header.line))")
                    }
                }
            }
            var entries: [DataEntry] = []
            entries.reserveCapacity(matched.count)
            for column in matched {
                let raw = column.cell < record.fields.count ? record.fields[column.cell] : ""
                let location = DataLocation(file: file, line: record.line, column: column.cell + 1)
                let isEmpty = raw.isAllWhitespace
                let value = DataNode(kind: isEmpty ? .null : .scalar(raw), location: location, path: rowPath + column.pathSuffix)
                entries.append(DataEntry(key: column.key, keyLocation: column.keyLocation, value: value))
            }
            rows.append(DataNode(kind: .map(entries), location: DataLocation(file: file, line: record.line, column: 1), path: rowPath))
        }
        return rows
    }

    private static func closestColumn(_ compact: String, columns: [CSVColumn], taken: Set<Int>) -> String? {
        guard compact.count <= InputLimits.longestSuggestedKey else { return nil }
        var best: (Int, String)? = nil
        for (index, column) in columns.enumerated() where !taken.contains(index) {
            for header in [column.key] + column.headers {
                let distance = KeySuggestion.editDistance(Array(compact), Array(TextFolding.compact(header)))
                if best == nil || distance < best!.0 { best = (distance, column.displayName) }
            }
        }
        guard let best else { return nil }
        return best.0 <= max(1, min(3, compact.count / 4)) ? best.1 : nil
    }
}

/// One record of a CSV file: its fields (NFC) and the line it starts on.
struct CSVRecord {
    var line: Int
    var fields: [String]

    var isBlank: Bool {
        fields.allSatisfy(\.isAllWhitespace)
    }
}

/// RFC 4180 with Excel's habits, over UTF-8 bytes (every byte that matters is ASCII, and no
/// byte of a multi-byte UTF-8 character is): fields separated by one separator byte, records by
/// LF, CRLF or CR; a field that starts with `"` (after optional spaces) runs to the matching `"`,
/// with `""` for a quote and line breaks kept (as LF); spaces after the closing quote are
/// ignored; a `"` inside an unquoted field is kept as written.
struct CSVTokenizer {
    let file: String
    private let bytes: [UInt8]
    private var start = 0
    private var firstLine = 1
    private(set) var separator: UInt8 = UInt8(ascii: ",")

    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    init(text: String, file: String) {
        self.file = file
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.bytes = bytes
    }

    var separatorName: String {
        switch separator {
        case UInt8(ascii: ";"): "dấu chấm phẩy «;»"
        case CSVTokenizer.tab: "dấu Tab"
        default: "dấu phẩy «,»"
        }
    }

    /// The records that are not blank: at most a header and `InputLimits.listItems` rows, each
    /// of at most `InputLimits.listColumns` cells of at most `InputLimits.valueCharacters`
    /// characters, checked as they are read (a 20 MB file of separators is refused early).
    mutating func records() throws(DataError) -> [CSVRecord] {
        detectSeparator()
        var records: [CSVRecord] = []
        var i = start
        var line = firstLine
        let n = bytes.count
        while i < n {
            let recordLine = line
            var fields: [String] = []
            record: while true {
                var j = i
                while j < n, bytes[j] == Self.space || (bytes[j] == Self.tab && separator != Self.tab) { j += 1 }
                if j < n, bytes[j] == Self.quote {
                    let openLine = line
                    let column = fields.count + 1
                    var buffer: [UInt8] = []
                    var k = j + 1
                    while true {
                        guard k < n else {
                            throw DataError(location: DataLocation(file: file, line: openLine, column: column),
                                            message: "dấu ngoặc kép mở ở ô này không được đóng; hãy thêm dấu \" ở cuối ô (trong ô, dấu ngoặc kép viết thành \"\")")
                        }
                        let b = bytes[k]
                        if b == Self.quote {
                            if k + 1 < n, bytes[k + 1] == Self.quote {
                                buffer.append(Self.quote)
                                k += 2
                                continue
                            }
                            k += 1
                            break
                        }
                        if b == Self.cr || b == Self.lf {
                            buffer.append(Self.lf)
                            line += 1
                            k += (b == Self.cr && k + 1 < n && bytes[k + 1] == Self.lf) ? 2 : 1
                            continue
                        }
                        buffer.append(b)
                        k += 1
                    }
                    while k < n, bytes[k] == Self.space || (bytes[k] == Self.tab && separator != Self.tab) { k += 1 }
                    fields.append(try field(buffer[...], line: openLine, column: column))
                    if k >= n { i = k; break record }
                    let b = bytes[k]
                    if b == separator { i = k + 1; continue record }
                    if b == Self.cr || b == Self.lf {
                        i = k + ((b == Self.cr && k + 1 < n && bytes[k + 1] == Self.lf) ? 2 : 1)
                        line += 1
                        break record
                    }
                    var shownEnd = k
                    while shownEnd < n, bytes[shownEnd] != separator, bytes[shownEnd] != Self.cr, bytes[shownEnd] != Self.lf { shownEnd += 1 }
                    let shown = String(decoding: bytes[k..<shownEnd], as: UTF8.self)
                    throw DataError(location: DataLocation(file: file, line: line, column: column),
                                    message: "sau dấu ngoặc kép đóng ô còn chữ \(Excerpt.quoted(shown)); nếu cả ô là một chuỗi, hãy đặt cả ô trong ngoặc kép và viết dấu ngoặc kép bên trong thành \"\"")
                }
                var k = i
                while k < n, bytes[k] != separator, bytes[k] != Self.cr, bytes[k] != Self.lf { k += 1 }
                fields.append(try field(bytes[i..<k], line: line, column: fields.count + 1))
                if k >= n { i = k; break record }
                if bytes[k] == separator { i = k + 1; continue record }
                i = k + ((bytes[k] == Self.cr && k + 1 < n && bytes[k + 1] == Self.lf) ? 2 : 1)
                line += 1
                break record
            }
            let record = CSVRecord(line: recordLine, fields: fields)
            if record.isBlank { continue }
            if records.count > InputLimits.listItems {
                throw DataError(location: DataLocation(file: file, line: recordLine),
                                message: "danh sách có hơn \(NumberText.grouped(InputLimits.listItems)) dòng, quá giới hạn cho một danh sách; hãy chia thành nhiều văn bản")
            }
            records.append(record)
        }
        return records
    }

    /// The text of the `column`th cell of a record, within the bounds of `records`.
    private func field(_ slice: ArraySlice<UInt8>, line: Int, column: Int) throws(DataError) -> String {
        if column > InputLimits.listColumns {
            throw DataError(location: DataLocation(file: file, line: line, column: column),
                            message: "dòng có hơn \(NumberText.grouped(InputLimits.listColumns)) ô, quá giới hạn cho một danh sách")
        }
        let text = String(decoding: slice, as: UTF8.self)
        // Characters never outnumber UTF-8 bytes: most cells need no count.
        if slice.count > InputLimits.valueCharacters, case let characters = text.count, characters > InputLimits.valueCharacters {
            throw DataError(location: DataLocation(file: file, line: line, column: column),
                            message: "ô dài \(NumberText.grouped(characters)) ký tự, quá giới hạn \(NumberText.grouped(InputLimits.valueCharacters)) ký tự cho một giá trị: \(Excerpt.quoted(text))")
        }
        return text.utf8.allSatisfy({ $0 < 0x80 }) ? text : nfc(text)
    }

    /// An Excel `sep=X` first line names the separator; otherwise the most frequent of `;`, `,`
    /// and tab outside quotes on the header line (ties: `;`, then `,`), and `,` if none appears.
    private mutating func detectSeparator() {
        let n = bytes.count
        // Skip leading empty lines to find the header.
        var i = 0
        var line = 1
        while i < n, bytes[i] == Self.cr || bytes[i] == Self.lf {
            if bytes[i] == Self.lf || !(i + 1 < n && bytes[i + 1] == Self.lf) { line += 1 }
            i += 1
        }
        if n - i >= 5, Array(bytes[i..<(i + 4)]).map({ $0 | 0x20 }) == Array("sep=".utf8) {
            let candidate = bytes[i + 4]
            var k = i + 5
            if k == n || bytes[k] == Self.cr || bytes[k] == Self.lf {
                separator = candidate
                if k < n { k += (bytes[k] == Self.cr && k + 1 < n && bytes[k + 1] == Self.lf) ? 2 : 1 }
                start = k
                firstLine = line + 1
                return
            }
        }
        var counts: [UInt8: Int] = [UInt8(ascii: ";"): 0, UInt8(ascii: ","): 0, Self.tab: 0]
        var inQuotes = false
        while i < n {
            let b = bytes[i]
            if b == Self.quote { inQuotes.toggle() }
            else if !inQuotes, b == Self.cr || b == Self.lf { break }
            else if !inQuotes, counts[b] != nil { counts[b]! += 1 }
            i += 1
        }
        let order: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), Self.tab]
        var best = UInt8(ascii: ",")
        var bestCount = 0
        for candidate in order where counts[candidate]! > bestCount {
            best = candidate
            bestCount = counts[candidate]!
        }
        separator = best
    }
}
