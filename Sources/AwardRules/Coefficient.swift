import Foundation
import VietnameseText

/// A multiple of the base salary ("0,3 lần mức lương cơ sở"), held exactly as an integer number
/// of thousandths: 0,3 is 300. Binary floating point cannot hold 0,3, and a money amount that
/// is off by one đồng before rounding up can land on the wrong 10.000.
public struct Coefficient: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let thousandths: Int

    public init(thousandths: Int) {
        self.thousandths = thousandths
    }

    /// Exact conversion; more than three decimals is an error, never a silent rounding.
    public init(_ value: Decimal) throws(CoefficientError) {
        var scaled = value * 1000
        var whole = Decimal()
        NSDecimalRound(&whole, &scaled, 0, .plain)
        // Decimal's description of a whole number is its plain digits ("300").
        guard whole == scaled, let integer = Int(whole.description) else {
            throw .tooPrecise(NumberText.decimal(value, maximumFractionDigits: 12))
        }
        self.thousandths = integer
    }

    /// Reads "0,3", "1,5", "12" (Vietnamese decimal comma) or "0.3" (the decimal point of a YAML
    /// or JSON number). With a comma, "." may only group thousands, as in NumberText.
    public init(parsing text: String) throws(CoefficientError) {
        if let thousandths = Self.plainThousandths((text).trimmedWhitespace) {
            self.init(thousandths: thousandths)
        } else {
            try self.init(parsingDecimal: text)
        }
    }

    /// `init(parsing:)` through `Decimal`, for every spelling.
    init(parsingDecimal text: String) throws(CoefficientError) {
        let trimmed = (text).trimmedWhitespace
        let decimal: Decimal
        if !trimmed.contains(","), trimmed.contains("."),
           trimmed.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }),
           trimmed.filter({ $0 == "." }).count == 1, !trimmed.hasPrefix("."), !trimmed.hasSuffix("."),
           let value = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX")) {
            decimal = value
        } else {
            do {
                decimal = try NumberText.parseDecimal(trimmed)
            } catch {
                throw .unreadable(text, error.description)
            }
        }
        try self.init(decimal)
    }

    /// The common spellings, read without `Decimal`: "0", "12", "0.3", "0,3", "1.25", "1,5"
    /// (digits without a leading zero, then at most one "." or "," and one to three decimals).
    /// Both readings above agree on these (with a single "." and at most three decimals it is
    /// a decimal point, not a thousands separator); anything else is nil and read by them.
    static func plainThousandths(_ text: String) -> Int? {
        var whole = 0, wholeDigits = 0
        var fraction = 0, fractionDigits = 0
        var inFraction = false
        var firstDigit: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte - UInt8(ascii: "0"))
                if inFraction {
                    guard fractionDigits < 3 else { return nil }
                    fraction = fraction * 10 + digit
                    fractionDigits += 1
                } else {
                    if wholeDigits == 0 { firstDigit = byte }
                    // "0" alone, or no leading zero; nine digits at most (no overflow below).
                    guard wholeDigits < 9, !(wholeDigits == 1 && firstDigit == UInt8(ascii: "0")) else { return nil }
                    whole = whole * 10 + digit
                    wholeDigits += 1
                }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard !inFraction, wholeDigits > 0 else { return nil }
                inFraction = true
            default:
                return nil
            }
        }
        guard wholeDigits > 0, !inFraction || fractionDigits > 0 else { return nil }
        for _ in fractionDigits..<3 { fraction *= 10 }
        return whole * 1000 + fraction
    }

    public var decimalValue: Decimal { Decimal(thousandths) / 1000 }

    /// "0,3", "4,5", "12".
    public var description: String { NumberText.decimal(decimalValue, maximumFractionDigits: 3) }

    public static func < (lhs: Coefficient, rhs: Coefficient) -> Bool { lhs.thousandths < rhs.thousandths }

    /// Twice this coefficient, e.g. a collective's award where it is paid double the individual's.
    public func times(_ factor: Int) -> Coefficient { Coefficient(thousandths: thousandths * factor) }
}

public enum CoefficientError: Error, Hashable, Sendable, CustomStringConvertible {
    case tooPrecise(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .tooPrecise(let text):
            "Hệ số \(text) có quá ba chữ số thập phân."
        case .unreadable(let text, let reason):
            "Không đọc được hệ số “\(text)”: \(reason)"
        }
    }
}
