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
        counts([(collectives, "tập thể"), (individuals, "cá nhân")])
    }

    /// "04 tập thể, 13 cá nhân và 02 gia đình": the non-zero counts, each with its noun, the
    /// last joined by "và". All zero gives the first two nouns with "00", never an empty phrase.
    public static func counts(_ parts: [(count: Int, noun: String)]) -> String {
        let present = parts.filter { $0.count > 0 }.map { "\(twoDigitCount($0.count)) \($0.noun)" }
        guard !present.isEmpty else { return parts.prefix(2).map { "00 \($0.noun)" }.joined(separator: " và ") }
        guard present.count > 1 else { return present[0] }
        return present.dropLast().joined(separator: ", ") + " và " + present.last!
    }
}
