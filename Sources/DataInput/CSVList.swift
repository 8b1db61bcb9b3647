import Foundation
import InputGuards
import VietnameseText

/// Lists exported from Excel as CSV.
///
/// The reader is our own (CSVTokenizer, RFC 4180 with Excel's habits) rather than SwiftCSV
/// 0.10.0 or CSV.swift 2.5.2: neither reports the line a row starts on (messages must name it,
/// and a quoted field with line breaks makes rows and lines differ), and both accept a quote
/// that is never closed by silently swallowing the rest of the file into one field. SwiftCSV
/// also drops spaces at the start of every field.
public enum CSVList {
    /// Reads a list exported from Excel: UTF-8 with or without BOM; separator comma, semicolon
    /// or tab (detected from the first line, outside quotes; an Excel `sep=;` first line is
    /// honoured); quoted fields with doubled quotes and line breaks inside; CRLF, LF or CR.
    /// The list itself is read by `ListReader` (the header found, headings, totals and footers
    /// told from recipients).
    /// Text in another encoding than UTF-8 (UTF-16, Windows-1258) is decoded, each such reading
    /// said in a note; one that cannot be told with confidence is refused.
    public static func read(_ url: URL, request: ListRequest, displayPath: String? = nil) throws(DataError) -> ListContents {
        let display = displayPath ?? url.relativePath
        let data = try InputFile.read(url, display: display, role: .list)
        let decoded = try TextDecoding.decode([UInt8](data), display: display)
        var contents = try parse(decoded.text, file: display, request: request)
        contents.notices.insert(contentsOf: decoded.notes.map { DataNotice(.note, location: SourceLocation(file: display, line: 0), message: $0) }, at: 0)
        return contents
    }

    /// Reads CSV text; `file` names it in messages. See `read`.
    public static func parse(_ text: String, file: String, request: ListRequest) throws(DataError) -> ListContents {
        try ListReader.read(grid(text, file: file), request: request)
    }

    /// The cells of a CSV text, a row per record, numbered by the line it starts on.
    static func grid(_ text: String, file: String) throws(DataError) -> CellGrid {
        var tokenizer = CSVTokenizer(text: text, file: file)
        let records = try tokenizer.records()
        var grid = CellGrid(file: file, rows: records.map { CellGrid.Row(number: $0.line, cells: $0.fields) })
        grid.separatorName = tokenizer.separatorName
        return grid
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
                            throw DataError(location: SourceLocation(file: file, line: openLine, column: column),
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
                    throw DataError(location: SourceLocation(file: file, line: line, column: column),
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
                throw DataError(location: SourceLocation(file: file, line: recordLine),
                                message: "danh sách có hơn \(NumberText.grouped(InputLimits.listItems)) dòng, quá giới hạn cho một danh sách; hãy chia thành nhiều văn bản")
            }
            records.append(record)
        }
        return records
    }

    /// The text of the `column`th cell of a record, within the bounds of `records`.
    private func field(_ slice: ArraySlice<UInt8>, line: Int, column: Int) throws(DataError) -> String {
        if column > InputLimits.listColumns {
            throw DataError(location: SourceLocation(file: file, line: line, column: column),
                            message: "dòng có hơn \(NumberText.grouped(InputLimits.listColumns)) ô, quá giới hạn cho một danh sách")
        }
        let text = String(decoding: slice, as: UTF8.self)
        // Characters never outnumber UTF-8 bytes: most cells need no count.
        if slice.count > InputLimits.valueCharacters, case let characters = text.count, characters > InputLimits.valueCharacters {
            throw DataError(location: SourceLocation(file: file, line: line, column: column),
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
