import Foundation

extension CalendarDate {
    /// Reads "2023-01-05" (ISO, as in data files) or "05/01/2023" / "5/1/2023" (day/month/year,
    /// as Vietnamese write it; never month/day/year). Surrounding spaces are ignored.
    public init(parsing text: String) throws(CalendarDateError) {
        let trimmed = (text).trimmedWhitespace
        if let parts = Self.numbers(trimmed, separator: UInt8(ascii: "-"), widths: [4...4, 1...2, 1...2]) {
            try self.init(year: parts[0], month: parts[1], day: parts[2])
        } else if let parts = Self.numbers(trimmed, separator: UInt8(ascii: "/"), widths: [1...2, 1...2, 4...4]) {
            try self.init(year: parts[2], month: parts[1], day: parts[0])
        } else {
            throw .unrecognisedFormat(text)
        }
    }

    /// Splits on `separator` into exactly `widths.count` ASCII-digit fields of the given lengths.
    /// Works on the UTF-8 bytes: a text that passes is ASCII throughout, where bytes and
    /// characters are the same (and any other text fails either way).
    private static func numbers(_ text: String, separator: UInt8, widths: [ClosedRange<Int>]) -> [Int]? {
        var result: [Int] = []
        result.reserveCapacity(widths.count)
        var value = 0, digits = 0
        for byte in text.utf8 {
            if byte == separator {
                guard result.count < widths.count - 1, widths[result.count].contains(digits) else { return nil }
                result.append(value)
                value = 0
                digits = 0
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                // Widths are at most 4 digits: no overflow.
                guard digits < 4 else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                return nil
            }
        }
        guard result.count == widths.count - 1, widths[result.count].contains(digits) else { return nil }
        result.append(value)
        return result
    }
}
