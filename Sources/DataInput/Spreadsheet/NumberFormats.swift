import CivilCalendar
import VietnameseText

/// Which number formats show a date (ECMA-376 part 1, 18.8.30 numFmt).
enum NumberFormat {
    /// Built-in formats without a `<numFmt>` in the file: 14 "m/d/yyyy" (shown in the
    /// system's short date, dd/mm/yyyy on a Vietnamese machine), 15 "d-mmm-yy", 16 "d-mmm",
    /// 17 "mmm-yy", 22 "m/d/yyyy h:mm". 18–21 and 45–47 are times of day or durations: no date.
    static func showsDate(id: Int, code: String?) -> Bool {
        if let code { return codeShowsDate(code) }
        return (14...17).contains(id) || id == 22
    }

    /// A format code shows a date when, outside quoted text, `[…]` (colours, locales, elapsed
    /// [h]) and escaped characters (`\x`, `_x`, `*x`), it has a day `d`, a year `y` or a month
    /// `m`. An `m` is minutes, not a month, right after an hour `h` or right before seconds
    /// `s` (with only separators between), as Excel reads it: "h:mm" is a time, "mm/yyyy" a date.
    static func codeShowsDate(_ code: String) -> Bool {
        var tokens: [UInt8] = []
        let bytes = Array(code.lowercased().utf8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""):
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += 1 }
            case UInt8(ascii: "["):
                while i < bytes.count, bytes[i] != UInt8(ascii: "]") { i += 1 }
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                i += 1
            case UInt8(ascii: "a") where starts(bytes, i, "am/pm"):
                i += 4
            case UInt8(ascii: "a") where starts(bytes, i, "a/p"):
                i += 2
            case UInt8(ascii: "g") where starts(bytes, i, "general"):
                i += 6
            case UInt8(ascii: "d"), UInt8(ascii: "y"), UInt8(ascii: "m"), UInt8(ascii: "h"), UInt8(ascii: "s"):
                if tokens.last != byte || (i > 0 && bytes[i - 1] != byte) { tokens.append(byte) }
            default:
                break
            }
            i += 1
        }
        for (k, token) in tokens.enumerated() {
            switch token {
            case UInt8(ascii: "d"), UInt8(ascii: "y"):
                return true
            case UInt8(ascii: "m"):
                let afterHour = k > 0 && tokens[k - 1] == UInt8(ascii: "h")
                let beforeSeconds = k + 1 < tokens.count && tokens[k + 1] == UInt8(ascii: "s")
                if !afterHour && !beforeSeconds { return true }
            default:
                continue
            }
        }
        return false
    }

    private static func starts(_ bytes: [UInt8], _ at: Int, _ text: String) -> Bool {
        let expected = Array(text.utf8)
        return at + expected.count <= bytes.count && Array(bytes[at..<(at + expected.count)]) == expected
    }
}

/// Excel's day numbers ("serials") as calendar days.
///
/// 1900 system (the default): serial 1 is 1900-01-01. Excel keeps Lotus 1-2-3's mistake of a
/// 29 February 1900, serial 60, so from serial 61 (1900-03-01) on a serial is one more than
/// the days since 1899-12-31. 1904 system (`date1904`, old Mac Excel): serial 0 is 1904-01-01.
/// The time of day is dropped after rounding to the millisecond, as Excel shows it.
enum ExcelDate {
    static func date(serial: Double, date1904: Bool) -> CalendarDate? {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
        let day = Int(((serial * 86_400_000).rounded() / 86_400_000).rounded(.down))
        let daysFromEpoch: Int
        if date1904 {
            daysFromEpoch = CivilDays.days(year: 1904, month: 1, day: 1) + day
        } else {
            guard day >= 1, day != 60 else { return nil }
            daysFromEpoch = CivilDays.days(year: 1899, month: 12, day: 31) + (day < 60 ? day : day - 1)
        }
        let (year, month, dayOfMonth) = CivilDays.date(days: daysFromEpoch)
        return try? CalendarDate(year: year, month: month, day: dayOfMonth)
    }
}

/// Reads `xl/styles.xml` into one answer per cell style (`s` of a cell): does its number
/// format show a date.
struct StylesHandler: XMLHandler {
    let part: String
    let limits: WorkbookLimits
    private var customFormats: [Int: String] = [:]
    private var formatOfStyle: [Int] = []
    private var inFormats = false
    private var inCellStyles = false

    init(part: String, limits: WorkbookLimits) {
        self.part = part
        self.limits = limits
    }

    var dateStyles: [Bool] {
        formatOfStyle.map { NumberFormat.showsDate(id: $0, code: customFormats[$0]) }
    }

    mutating func startElement(_ tag: XMLTag) throws(WorkbookProblem) {
        if tag.is("numFmts") {
            inFormats = true
        } else if tag.is("cellXfs") {
            inCellStyles = true
        } else if inFormats, tag.is("numFmt") {
            guard let id = tag.attribute("numFmtId")?.int, let code = tag.attribute("formatCode")?.string else {
                throw .malformedXML(part: part, "định dạng số thiếu mã hoặc chuỗi định dạng")
            }
            customFormats[id] = code
        } else if inCellStyles, tag.is("xf") {
            guard formatOfStyle.count < limits.ranges else { throw .tooMany("kiểu ô", limit: limits.ranges) }
            formatOfStyle.append(tag.attribute("numFmtId")?.int ?? 0)
        }
    }

    mutating func endElement(_ name: String) throws(WorkbookProblem) {
        if name == "numFmts" { inFormats = false }
        if name == "cellXfs" { inCellStyles = false }
    }

    mutating func text(_ text: String) throws(WorkbookProblem) {}
}
