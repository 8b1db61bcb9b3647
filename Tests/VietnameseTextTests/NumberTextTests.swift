import Foundation
import Testing
@testable import VietnameseText

@Suite("Numbers: grouping, decimals, counts, parsing")
struct NumberTextTests {
    @Test(arguments: [
        (0, "0"), (7, "7"), (999, "999"), (1_000, "1.000"), (10_000, "10.000"), (702_000, "702.000"),
        (1_490_000, "1.490.000"), (2_340_000, "2.340.000"), (1_000_000_000, "1.000.000.000"), (-1_490_000, "-1.490.000"),
    ])
    func thousandsAreGroupedWithDots(value: Int, expected: String) {
        #expect(NumberText.grouped(value) == expected)
    }

    @Test func groupingMatchesAnIndependentReference() {
        // Reference: insert "." every three digits from the right, by hand.
        func reference(_ n: Int) -> String {
            var digits = Array(String(n.magnitude))
            var out: [Character] = []
            while digits.count > 3 {
                out = ["."] + digits.suffix(3) + out
                digits.removeLast(3)
            }
            return (n < 0 ? "-" : "") + String(digits + out)
        }
        for n in [1, 12, 123, 1234, 12345, 123456, 1234567, 12345678, 987654321012, Int.max] {
            #expect(NumberText.grouped(n) == reference(n))
        }
    }

    @Test(arguments: [
        ("0.3", "0,3"), ("4.5", "4,5"), ("12", "12"), ("1.5", "1,5"), ("0.125", "0,125"),
        ("1234567.5", "1.234.567,5"), ("8.0", "8"), ("-0.25", "-0,25"),
    ])
    func decimalsUseACommaMark(value: String, expected: String) {
        let decimal = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX"))!
        #expect(NumberText.decimal(decimal) == expected)
    }

    @Test func decimalRespectsMaximumFractionDigits() {
        let third = Decimal(1) / Decimal(3)
        #expect(NumberText.decimal(third, maximumFractionDigits: 2) == "0,33")
        #expect(NumberText.decimal(third, maximumFractionDigits: 0) == "0")
    }

    @Test(arguments: [(0, "00"), (1, "01"), (4, "04"), (9, "09"), (10, "10"), (13, "13"), (200, "200"), (1200, "1.200")])
    func countsBelowTenHaveTwoDigits(count: Int, expected: String) {
        #expect(NumberText.twoDigitCount(count) == expected)
    }

    @Test func collectivesAndIndividualsPhrase() {
        #expect(NumberText.collectivesAndIndividuals(collectives: 4, individuals: 13) == "04 tập thể và 13 cá nhân")
        #expect(NumberText.collectivesAndIndividuals(collectives: 1, individuals: 0) == "01 tập thể")
        #expect(NumberText.collectivesAndIndividuals(collectives: 0, individuals: 7) == "07 cá nhân")
        #expect(NumberText.collectivesAndIndividuals(collectives: 0, individuals: 0) == "00 tập thể và 00 cá nhân")
    }

    // MARK: parsing

    @Test(arguments: [
        ("1,5", "1.5"), ("0,3", "0.3"), ("4,5", "4.5"), ("12", "12"), ("1.490.000", "1490000"),
        ("1490000", "1490000"), ("-4,5", "-4.5"), ("1.234,567", "1234.567"), (" 2.340.000 ", "2340000"),
        ("+7", "7"), ("\u{2212}3", "-3"), ("0,000001", "0.000001"),
    ])
    func parsesVietnameseNumbers(text: String, expected: String) throws {
        let value = try NumberText.parseDecimal(text)
        #expect(value == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test func parsingIsExactForDecimalFractions() throws {
        // 0,1 + 0,2 is exactly 0,3 in Decimal; in Double it is not.
        let sum = try NumberText.parseDecimal("0,1") + NumberText.parseDecimal("0,2")
        #expect(sum == (try NumberText.parseDecimal("0,3")))
        #expect(NumberText.decimal(sum) == "0,3")
    }

    @Test func rejectsAmbiguousOrMalformedNumbers() {
        #expect(throws: NumberParseError.misplacedGroupSeparator("0.3")) { try NumberText.parseDecimal("0.3") }
        #expect(throws: NumberParseError.misplacedGroupSeparator("1.49.000")) { try NumberText.parseDecimal("1.49.000") }
        #expect(throws: NumberParseError.misplacedGroupSeparator("1490.000")) { try NumberText.parseDecimal("1490.000") }
        #expect(throws: NumberParseError.misplacedGroupSeparator("1..000")) { try NumberText.parseDecimal("1..000") }
        #expect(throws: NumberParseError.tooManyDecimalMarks("1,5,0")) { try NumberText.parseDecimal("1,5,0") }
        #expect(throws: NumberParseError.invalidCharacters("1,5a")) { try NumberText.parseDecimal("1,5a") }
        #expect(throws: NumberParseError.invalidCharacters("1 490 000")) { try NumberText.parseDecimal("1 490 000") }
        #expect(throws: NumberParseError.invalidCharacters("1,")) { try NumberText.parseDecimal("1,") }
        #expect(throws: NumberParseError.empty("")) { try NumberText.parseDecimal("") }
        #expect(throws: NumberParseError.empty(",5")) { try NumberText.parseDecimal(",5") }
    }

    @Test func parsesIntegers() throws {
        #expect(try NumberText.parseInteger("1.490.000") == 1_490_000)
        #expect(try NumberText.parseInteger("9.223.372.036.854.775.807") == Int.max)
        #expect(try NumberText.parseInteger("-12") == -12)
        #expect(throws: NumberParseError.notAWholeNumber("1,5")) { try NumberText.parseInteger("1,5") }
        #expect(throws: NumberParseError.outOfRange("9.223.372.036.854.775.808")) {
            try NumberText.parseInteger("9.223.372.036.854.775.808")
        }
    }

    @Test func formattingAndParsingRoundTrip() throws {
        for n in [0, 5, 999, 1000, 702_000, 1_490_000, -2_340_000, 123_456_789_012] {
            #expect(try NumberText.parseInteger(NumberText.grouped(n)) == n)
        }
        for text in ["0,3", "4,5", "1.234,5", "12"] {
            #expect(NumberText.decimal(try NumberText.parseDecimal(text)) == text)
        }
    }

    @Test func parseErrorsAreInVietnamese() {
        let message = NumberParseError.misplacedGroupSeparator("0.3").description
        #expect(message.contains("0.3") && message.contains("dấu phẩy"))
    }
}
