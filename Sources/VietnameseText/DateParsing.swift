import Foundation

extension CalendarDate {
    /// Reads "2023-01-05" (ISO, as in data files) or "05/01/2023" / "5/1/2023" (day/month/year,
    /// as Vietnamese write it; never month/day/year). Surrounding spaces are ignored.
    public init(parsing text: String) throws(CalendarDateError) {
        let trimmed = trimmingWhitespaces(text)
        if let parts = Self.numbers(trimmed, separator: "-", widths: [4...4, 1...2, 1...2]) {
            try self.init(year: parts[0], month: parts[1], day: parts[2])
        } else if let parts = Self.numbers(trimmed, separator: "/", widths: [1...2, 1...2, 4...4]) {
            try self.init(year: parts[2], month: parts[1], day: parts[0])
        } else {
            throw .unrecognisedFormat(text)
        }
    }

    /// Splits on `separator` into exactly `widths.count` ASCII-digit fields of the given lengths.
    private static func numbers(_ text: String, separator: Character, widths: [ClosedRange<Int>]) -> [Int]? {
        let fields = text.split(separator: separator, omittingEmptySubsequences: false)
        guard fields.count == widths.count else { return nil }
        var result: [Int] = []
        for (field, width) in zip(fields, widths) {
            guard width.contains(field.count), field.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(field) else { return nil }
            result.append(value)
        }
        return result
    }
}
