import Foundation

/// The arithmetic of award money, kept apart from the table so it can be checked on its own.
public enum AwardMoney {
    /// coefficient × base salary, rounded **up** to the next multiple of `roundingStep`
    /// (10.000 đồng by the decrees): 0,3 × 2.340.000 = 702.000 → 710.000.
    /// Integer arithmetic throughout: the coefficient is in thousandths, so the product is exact.
    public static func amount(coefficient: Coefficient, baseSalary: Int, roundingStep: Int = 10_000) -> Int {
        precondition(roundingStep > 0, "roundingStep must be positive")
        let thousandthsOfDong = coefficient.thousandths * baseSalary
        let step = roundingStep * 1000
        let (quotient, remainder) = thousandthsOfDong.quotientAndRemainder(dividingBy: step)
        return (quotient + (remainder > 0 ? 1 : 0)) * roundingStep
    }

    /// The exact product before rounding, in đồng (may have a fraction for odd salaries).
    public static func unroundedAmount(coefficient: Coefficient, baseSalary: Int) -> Decimal {
        Decimal(coefficient.thousandths) * Decimal(baseSalary) / 1000
    }
}
