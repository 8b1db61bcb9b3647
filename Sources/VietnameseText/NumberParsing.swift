import Foundation
import InputGuards

extension NumberText {
    /// Reads a number written the Vietnamese way: "1.490.000", "1490000", "0,3", "-4,5",
    /// "1.234,5". Strict on purpose, because a misread amount is worse than an error:
    /// "." must group exactly three digits, so "0.3" (a decimal point from an English-language
    /// spreadsheet) is rejected instead of read as 3. Spaces around the number are ignored.
    public static func parseDecimal(_ text: String) throws(NumberParseError) -> Decimal {
        let trimmed = (text).trimmedWhitespace
        var body = Substring(trimmed)
        var negative = false
        if body.first == "-" || body.first == "\u{2212}" {
            negative = true
            body = body.dropFirst()
        } else if body.first == "+" {
            body = body.dropFirst()
        }
        let halves = body.split(separator: ",", omittingEmptySubsequences: false)
        guard halves.count <= 2 else { throw .tooManyDecimalMarks(text) }
        let integerDigits = try digitsOfGroupedInteger(halves[0], original: text)
        var fractionDigits = ""
        if halves.count == 2 {
            guard !halves[1].isEmpty, halves[1].allSatisfy(isDigit) else { throw .invalidCharacters(text) }
            fractionDigits = String(halves[1])
        }
        let plain = (negative ? "-" : "") + integerDigits + (fractionDigits.isEmpty ? "" : "." + fractionDigits)
        // Decimal(string:) is exact for a plain digit string: no binary floating point involved.
        guard let value = Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")) else {
            throw .invalidCharacters(text)
        }
        return value
    }

    /// Reads a whole number ("1.490.000", "2340000", "-5"); a decimal part is an error.
    public static func parseInteger(_ text: String) throws(NumberParseError) -> Int {
        let trimmed = (text).trimmedWhitespace
        guard !trimmed.contains(",") else { throw .notAWholeNumber(text) }
        var body = Substring(trimmed)
        var sign = ""
        if body.first == "-" || body.first == "\u{2212}" {
            sign = "-"
            body = body.dropFirst()
        } else if body.first == "+" {
            body = body.dropFirst()
        }
        let digits = try digitsOfGroupedInteger(body, original: text)
        guard let value = Int(sign + digits) else { throw .outOfRange(text) }
        return value
    }

    private static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    private static func digitsOfGroupedInteger(_ part: Substring, original: String) throws(NumberParseError) -> String {
        guard !part.isEmpty else { throw .empty(original) }
        let groups = part.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else {
            throw groups.contains(where: { $0.contains(where: { !isDigit($0) && $0 != "." }) })
                ? .invalidCharacters(original) : .misplacedGroupSeparator(original)
        }
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                throw .misplacedGroupSeparator(original)
            }
        }
        return groups.joined()
    }
}

public enum NumberParseError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    case empty(String)
    case invalidCharacters(String)
    case misplacedGroupSeparator(String)
    case tooManyDecimalMarks(String)
    case notAWholeNumber(String)
    case outOfRange(String)

    public var description: String {
        switch self {
        case .empty(let text):
            "Không có chữ số nào trong “\(Excerpt.shortened(text))”."
        case .invalidCharacters(let text):
            "“\(Excerpt.shortened(text))” không phải là số: chỉ được dùng chữ số, dấu chấm phân cách hàng nghìn và dấu phẩy thập phân (ví dụ 1.490.000 hoặc 0,3)."
        case .misplacedGroupSeparator(let text):
            "Dấu chấm trong “\(Excerpt.shortened(text))” đặt sai chỗ: dấu chấm chỉ phân cách từng nhóm ba chữ số (1.490.000); phần thập phân dùng dấu phẩy (0,3)."
        case .tooManyDecimalMarks(let text):
            "“\(Excerpt.shortened(text))” có nhiều hơn một dấu phẩy thập phân."
        case .notAWholeNumber(let text):
            "“\(Excerpt.shortened(text))” phải là số nguyên (không có phần thập phân)."
        case .outOfRange(let text):
            "Số “\(Excerpt.shortened(text))” quá lớn."
        }
    }

    public var errorDescription: String? { description }
}
