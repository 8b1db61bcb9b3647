import VietnameseText

/// Text as SpreadsheetML stores it (ST_Xstring): UTF-8 with `_xHHHH_` escapes for UTF-16 code
/// units XML cannot carry (Excel writes a carriage return as `_x000D_`, and an underscore that
/// would start such an escape as `_x005F_`).
enum XLString {
    /// The cell text: escapes decoded, NFC.
    static func finish(_ text: String) -> String {
        nfc(text.utf8.contains(UInt8(ascii: "_")) ? decodeEscapes(text) : text)
    }

    /// "_x000D_" → CR; "_xD83D__xDE00_" → one scalar; a lone surrogate → U+FFFD. Text after an
    /// escape is not re-read as the start of another ("_x005F_x0041_" → "_x0041_").
    static func decodeEscapes(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var units: [UInt16] = []
        var output = ""
        var literalStart = 0
        var i = 0
        func flushUnits() {
            output.unicodeScalars.append(contentsOf: String(decoding: units, as: UTF16.self).unicodeScalars)
            units.removeAll()
        }
        while i < bytes.count {
            if let unit = escape(bytes, at: i) {
                if literalStart < i {
                    flushUnits()
                    output += String(decoding: bytes[literalStart..<i], as: UTF8.self)
                }
                units.append(unit)
                i += 7
                literalStart = i
            } else {
                i += 1
            }
        }
        flushUnits()
        output += String(decoding: bytes[literalStart...], as: UTF8.self)
        return output
    }

    /// The code unit of an `_xHHHH_` escape at `i`, if there is one.
    private static func escape(_ bytes: [UInt8], at i: Int) -> UInt16? {
        guard i + 7 <= bytes.count, bytes[i] == UInt8(ascii: "_"), bytes[i + 1] | 0x20 == UInt8(ascii: "x"),
              bytes[i + 6] == UInt8(ascii: "_") else { return nil }
        var value: UInt16 = 0
        for k in 2..<6 {
            let byte = bytes[i + k]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}

/// What every part reader of one workbook draws from: how many more cells, rows and bytes of
/// text may be kept.
struct ReadingBudget {
    var cells: Int
    var rows: Int
    var textBytes: Int
    let limits: WorkbookLimits

    init(limits: WorkbookLimits) {
        self.limits = limits
        cells = limits.cells
        rows = limits.rows
        textBytes = limits.textBytes
    }

    /// Counts a string about to be kept; a problem when the total passes the limit or the
    /// string is longer than Excel allows in a cell.
    mutating func keep(_ text: String, at place: @autoclosure () -> String) throws(WorkbookProblem) {
        textBytes -= text.utf8.count
        if textBytes < 0 { throw .tooMuchText(limits: limits) }
        if text.utf8.count > limits.stringCharacters, text.utf16.count > limits.stringCharacters {
            throw WorkbookProblem("\(place()): chuỗi dài hơn \(limits.stringCharacters) ký tự, giới hạn của Excel cho một ô; tệp bị hỏng hoặc không do Excel tạo ra")
        }
    }
}

/// Reads `xl/sharedStrings.xml`: the table that `t="s"` cells index. A string is the text of
/// its `<t>` elements, plain or in rich-text runs `<r>`, without the phonetic runs `<rPh>`
/// (furigana over Japanese text, not part of the value).
struct SharedStringsHandler: XMLHandler {
    let part: String
    var strings: [String] = []
    var budget: ReadingBudget
    private var inItem = false
    private var phoneticDepth = 0
    private var collecting = false
    private var buffer = ""

    init(part: String, budget: ReadingBudget) {
        self.part = part
        self.budget = budget
    }

    mutating func startElement(_ tag: XMLTag) throws(WorkbookProblem) {
        if tag.is("si") {
            inItem = true
            buffer.removeAll(keepingCapacity: true)
        } else if tag.is("rPh") {
            phoneticDepth += 1
        } else if inItem, phoneticDepth == 0, tag.is("t") {
            collecting = true
        } else if tag.is("sst"), let count = tag.attribute("uniqueCount")?.int, count > budget.limits.sharedStrings {
            throw .tooMany("chuỗi dùng chung", limit: budget.limits.sharedStrings)
        }
    }

    mutating func endElement(_ name: String) throws(WorkbookProblem) {
        if name == "t" {
            collecting = false
        } else if name == "rPh" {
            phoneticDepth -= 1
        } else if name == "si" {
            inItem = false
            guard strings.count < budget.limits.sharedStrings else {
                throw .tooMany("chuỗi dùng chung", limit: budget.limits.sharedStrings)
            }
            let text = XLString.finish(buffer)
            let index = strings.count
            try budget.keep(text, at: "\(part), chuỗi dùng chung số \(index)")
            strings.append(text)
        }
    }

    mutating func text(_ text: String) throws(WorkbookProblem) {
        guard collecting else { return }
        buffer += text
        if buffer.utf8.count > budget.limits.stringCharacters * 8 {
            throw .malformedXML(part: part, "chuỗi số \(strings.count) dài quá giới hạn của Excel")
        }
    }
}
