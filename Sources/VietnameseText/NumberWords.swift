/// Numbers and money in words: 1.490.000 → "Một triệu bốn trăm chín mươi nghìn đồng".
///
/// Written here rather than taken from Foundation: its ICU spell-out (checked on Linux,
/// Swift 6.3) reads 1.005.000 as "một triệu năm nghìn" and 1.000.000.005 as "một tỷ lẻ năm",
/// dropping the "không trăm linh" that Vietnamese accounting and award decisions write for
/// inner groups, and it has no settings for the regional choices.
public enum NumberWords {
    /// The number in lowercase words, without unit: 105 → "một trăm linh năm",
    /// 1.005.000 → "một triệu không trăm linh năm nghìn", 0 → "không", -5 → "âm năm".
    public static func words(_ value: Int, settings: NumberWordsSettings = .standard) -> String {
        let magnitude = value.magnitude
        let body = magnitude == 0 ? ["không"] : read(magnitude, leading: true, settings)
        return ((value < 0 ? ["âm"] : []) + body).joined(separator: " ")
    }

    /// Money in sentence case ending in the unit: "Một triệu bốn trăm chín mươi nghìn đồng",
    /// "Không đồng".
    public static func money(_ amount: Int, unit: String = "đồng", settings: NumberWordsSettings = .standard) -> String {
        sentenceCased(words(amount, settings: settings) + (unit.isEmpty ? "" : " " + unit))
    }

    private static let digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
    private static let billionValue: UInt = 1_000_000_000

    /// `leading`: this is the first non-zero part of the whole number, so a hundreds digit of
    /// zero is not read ("năm nghìn", not "không trăm năm nghìn").
    private static func read(_ n: UInt, leading: Bool, _ settings: NumberWordsSettings) -> [String] {
        guard n >= billionValue else { return readBelowBillion(n, leading: leading, settings) }
        // Above 10⁹ Vietnamese repeats "tỷ": 10¹⁵ = "một triệu tỷ", 10¹⁸ = "một tỷ tỷ".
        let high = n / billionValue, low = n % billionValue
        var result = read(high, leading: leading, settings) + [settings.billion.rawValue]
        if low > 0 { result += readBelowBillion(low, leading: false, settings) }
        return result
    }

    private static func readBelowBillion(_ n: UInt, leading: Bool, _ settings: NumberWordsSettings) -> [String] {
        let groups: [(value: UInt, scale: String?)] = [
            (n / 1_000_000, "triệu"),
            (n / 1_000 % 1_000, settings.thousand.rawValue),
            (n % 1_000, nil),
        ]
        var result: [String] = []
        var first = leading
        // Zero groups are skipped altogether ("một triệu không trăm linh năm", not
        // "một triệu không nghìn không trăm linh năm").
        for (value, scale) in groups where value > 0 {
            result += readGroup(Int(value), full: !first, settings)
            if let scale { result.append(scale) }
            first = false
        }
        return result
    }

    /// One group of three digits. `full`: an inner group, read with "không trăm" and "linh".
    private static func readGroup(_ n: Int, full: Bool, _ settings: NumberWordsSettings) -> [String] {
        let hundreds = n / 100, tens = n / 10 % 10, units = n % 10
        var result: [String] = []
        let saysHundreds = hundreds > 0 || full
        if saysHundreds { result += [digits[hundreds], "trăm"] }
        switch tens {
        case 0:
            if units > 0 {
                if saysHundreds { result.append(settings.zeroTens.rawValue) }
                result.append(digits[units])
            }
        case 1:
            result.append("mười")
            if units == 5 { result.append("lăm") } else if units > 0 { result.append(digits[units]) }
        default:
            result += [digits[tens], "mươi"]
            switch units {
            case 0: break
            case 1: result.append(settings.oneAfterTens.rawValue)
            case 4: result.append(settings.fourAfterTens.rawValue)
            case 5: result.append(settings.fiveAfterTens.rawValue)
            default: result.append(digits[units])
            }
        }
        return result
    }
}
