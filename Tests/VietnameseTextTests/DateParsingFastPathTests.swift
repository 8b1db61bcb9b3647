import Foundation
import Testing
@testable import VietnameseText

/// Dates are read from UTF-8 bytes; the result must be the one the character-based reading gave.
@Suite("Dates: byte reading agrees with character reading")
struct DateParsingFastPathTests {
    /// The reading before: split into characters, ASCII digits, widths counted in characters.
    static func reference(_ text: String) -> Result<CalendarDate, CalendarDateError> {
        func numbers(_ text: String, separator: Character, widths: [ClosedRange<Int>]) -> [Int]? {
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
        return Result { () throws(CalendarDateError) in
            let trimmed = text.trimmedWhitespace
            if let parts = numbers(trimmed, separator: "-", widths: [4...4, 1...2, 1...2]) {
                return try CalendarDate(year: parts[0], month: parts[1], day: parts[2])
            } else if let parts = numbers(trimmed, separator: "/", widths: [1...2, 1...2, 4...4]) {
                return try CalendarDate(year: parts[2], month: parts[1], day: parts[0])
            }
            throw .unrecognisedFormat(text)
        }
    }

    static func parsed(_ text: String) -> Result<CalendarDate, CalendarDateError> {
        Result { () throws(CalendarDateError) in try CalendarDate(parsing: text) }
    }

    @Test(arguments: [
        "2023-01-05", "2023-1-5", "05/01/2023", "5/1/2023", " 2023-02-24 ", "31/02/2023", "2023-13-01", "0000-01-01",
        "2023--05", "2023-01-05-", "-2023-01-05", "123-01-05", "05/01/23", "5/1/20231", "2023/01/05", "2023-01-O5",
        "２０２３-01-05", "2023-01-05\u{0301}", "", "/", "--", "2024-02-29", "2023-02-29", "9/9/9999", "00/00/0000",
    ])
    func samplesAgree(text: String) {
        #expect("\(Self.parsed(text))" == "\(Self.reference(text))")
    }

    @Test func randomTextAgrees() {
        let pieces = Array("0123456789-/ /-\u{00A0}a\u{0301}")
        var state: UInt64 = 99
        for _ in 0..<20000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(pieces[Int((state >> 33) % UInt64(pieces.count))])
            }
            #expect("\(Self.parsed(text))" == "\(Self.reference(text))", "\(text.debugDescription)")
        }
    }
}
