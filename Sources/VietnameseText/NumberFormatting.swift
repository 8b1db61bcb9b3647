import Foundation

/// Numbers as Vietnamese documents print them: "." groups thousands, "," is the decimal mark.
public enum NumberText {
    /// Foundation (ICU) already knows the vi_VN symbols; we pin the locale rather than use the
    /// machine's, which on a server is usually en_US_POSIX ("1,490,000").
    static let locale = Locale(identifier: "vi_VN")

    /// "1.490.000", "-2.340.000", "999".
    public static func grouped(_ value: Int) -> String {
        value.formatted(.number.locale(locale).grouping(.automatic))
    }

    /// "0,3", "4,5", "12", "1.234.567,125": as many decimals as the value has, up to
    /// `maximumFractionDigits` (rounded half-even beyond that), and no trailing zeros.
    public static func decimal(_ value: Decimal, maximumFractionDigits: Int = 6) -> String {
        value.formatted(
            .number.locale(locale).grouping(.automatic)
                .precision(.fractionLength(0...max(0, maximumFractionDigits)))
        )
    }

    /// Counts in award decisions take two digits below ten: 4 → "04", 13 → "13".
    public static func twoDigitCount(_ count: Int) -> String {
        (0..<10).contains(count) ? "0\(count)" : grouped(count)
    }

    /// "04 tập thể và 13 cá nhân"; a zero side is left out ("13 cá nhân"), and both zero gives
    /// "00 tập thể và 00 cá nhân" so that a template never prints an empty phrase.
    public static func collectivesAndIndividuals(collectives: Int, individuals: Int) -> String {
        let parts = [
            collectives > 0 ? "\(twoDigitCount(collectives)) tập thể" : nil,
            individuals > 0 ? "\(twoDigitCount(individuals)) cá nhân" : nil,
        ].compactMap { $0 }
        return parts.isEmpty ? "00 tập thể và 00 cá nhân" : parts.joined(separator: " và ")
    }
}
