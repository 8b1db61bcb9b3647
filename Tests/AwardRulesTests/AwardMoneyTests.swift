import Foundation
import Testing
import LegalRegister
@testable import AwardRules
@testable import VietnameseText

@Suite("Award money arithmetic")
struct AwardMoneyTests {
    func coefficient(_ text: String) throws -> Coefficient { try Coefficient(parsing: text) }

    @Test func ND30Example() throws {
        // Giấy khen 0,3 × 2.340.000 = 702.000 → 710.000 đồng.
        #expect(AwardMoney.unroundedAmount(coefficient: try coefficient("0,3"), baseSalary: 2_340_000) == 702_000)
        #expect(AwardMoney.amount(coefficient: try coefficient("0,3"), baseSalary: 2_340_000) == 710_000)
    }

    @Test(arguments: [
        ("1,0", 2_340_000, 2_340_000), ("1,5", 2_340_000, 3_510_000), ("0,3", 1_490_000, 450_000),
        ("4,5", 1_490_000, 6_710_000), ("0,8", 1_800_000, 1_440_000), ("0,3", 1_800_000, 540_000),
        ("3,5", 2_340_000, 8_190_000), ("12", 2_340_000, 28_080_000), ("0,7", 1_800_000, 1_260_000),
        ("0,001", 1_490_000, 10_000), ("0,6", 2_340_000, 1_410_000),
    ])
    func roundsUpToTenThousand(coefficientText: String, base: Int, expected: Int) throws {
        #expect(AwardMoney.amount(coefficient: try coefficient(coefficientText), baseSalary: base) == expected)
    }

    @Test func agreesWithADecimalReferenceEverywhere() throws {
        // Reference: exact Decimal product, rounded up with NSDecimalRound at the 10.000s.
        func reference(_ thousandths: Int, _ base: Int) -> Int {
            var product = Decimal(thousandths) * Decimal(base) / 1000 / 10_000
            var rounded = Decimal()
            NSDecimalRound(&rounded, &product, 0, .up)
            return Int(truncating: (rounded * 10_000) as NSNumber)
        }
        for base in [1_490_000, 1_800_000, 2_340_000, 1_234_567] {
            for thousandths in stride(from: 1, through: 15_000, by: 7) {
                let c = Coefficient(thousandths: thousandths)
                #expect(AwardMoney.amount(coefficient: c, baseSalary: base) == reference(thousandths, base))
            }
        }
    }

    @Test func doubleArithmeticWouldGoWrong() throws {
        // The reason for integer thousandths: 1.1 × 1_800_000 in Double is 1_980_000.0000000002,
        // and rounding that up would give 1.990.000 instead of 1.980.000.
        let coefficientAsDouble = Double("1.1")!
        let double = coefficientAsDouble * 1_800_000
        #expect(double > 1_980_000)
        #expect((double / 10_000).rounded(.up) * 10_000 == 1_990_000)
        #expect(AwardMoney.amount(coefficient: try coefficient("1,1"), baseSalary: 1_800_000) == 1_980_000)
    }

    @Test func otherRoundingSteps() throws {
        #expect(AwardMoney.amount(coefficient: try coefficient("0,3"), baseSalary: 2_340_000, roundingStep: 1_000) == 702_000)
        #expect(AwardMoney.amount(coefficient: try coefficient("0,3"), baseSalary: 2_340_000, roundingStep: 100_000) == 800_000)
        #expect(AwardMoney.amount(coefficient: try coefficient("0,3"), baseSalary: 2_340_000, roundingStep: 1) == 702_000)
    }

    // MARK: coefficients

    @Test(arguments: [
        ("0,3", 300), ("0.3", 300), ("4,5", 4_500), ("4.5", 4_500), ("12", 12_000), ("12.0", 12_000),
        ("1,25", 1_250), ("0,001", 1), (" 8,0 ", 8_000), ("1.000", 1_000),
    ])
    func coefficientParsing(text: String, thousandths: Int) throws {
        #expect(try Coefficient(parsing: text).thousandths == thousandths)
    }

    @Test func coefficientRejectsTooPreciseOrMalformed() {
        #expect(throws: CoefficientError.tooPrecise("0,0001")) { try Coefficient(parsing: "0,0001") }
        #expect(throws: CoefficientError.self) { try Coefficient(parsing: "0,3x") }
        #expect(throws: CoefficientError.self) { try Coefficient(parsing: "") }
        #expect(throws: CoefficientError.self) { try Coefficient(parsing: ".5") }
        #expect(throws: CoefficientError.self) { try Coefficient(parsing: "1.2.3") }
    }

    @Test func coefficientPrintsTheVietnameseWay() {
        #expect(Coefficient(thousandths: 300).description == "0,3")
        #expect(Coefficient(thousandths: 4_500).description == "4,5")
        #expect(Coefficient(thousandths: 12_000).description == "12")
        #expect(Coefficient(thousandths: 1_250).description == "1,25")
        #expect(Coefficient(thousandths: 300).times(2) == Coefficient(thousandths: 600))
        #expect(Coefficient(thousandths: 300).decimalValue == Decimal(string: "0.3", locale: Locale(identifier: "en_US_POSIX")))
    }

    // MARK: periods

    @Test func validityPeriods() throws {
        let start = try CalendarDate(parsing: "2024-07-01"), end = try CalendarDate(parsing: "2025-06-30")
        let closed = try #require(ValidityPeriod(start: start, end: end))
        #expect(closed.contains(start) && closed.contains(end))
        #expect(!closed.contains(try CalendarDate(parsing: "2024-06-30")))
        #expect(!closed.contains(try CalendarDate(parsing: "2025-07-01")))
        let open = try #require(ValidityPeriod(start: end.nextDay, end: nil))
        #expect(open.contains(try CalendarDate(parsing: "2999-12-31")))
        #expect(!closed.overlaps(open))
        #expect(closed.overlaps(try #require(ValidityPeriod(start: end, end: nil))))
        #expect(closed.lies(within: try #require(ValidityPeriod(start: start, end: nil))))
        #expect(!open.lies(within: closed))
        #expect(closed.description == "từ 1/7/2024 đến 30/6/2025")
        #expect(open.description == "từ 1/7/2025")
        #expect(ValidityPeriod(start: end, end: start) == nil)
    }
}
