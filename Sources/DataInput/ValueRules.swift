import Foundation
import InputGuards
import VietnameseText

/// How numbers are read from data files.
///
/// Clerks type numbers the Vietnamese way ("1.490.000", "0,3") but spreadsheets set to English
/// write "1,490,000" and "0.3". Both are read when the text can only mean one thing:
///
/// 1. Both "." and "," appear: the one that comes last is the decimal mark, the other groups
///    thousands ("1.490.000,5" and "1,490,000.5" are both 1490000.5).
/// 2. One kind of mark appears more than once: it groups thousands ("1.490.000", "1,490,000").
/// 3. One mark appears once and is not followed by exactly three digits: it is the decimal
///    mark ("1,5", "1.5", "0,25", "3.14159").
/// 4. One mark appears once, followed by exactly three digits, after a whole part of 0 (or none):
///    decimal ("0,125", "0.125"): a group of thousands cannot follow 0.
/// 5. Otherwise ("1.250", "500.000", "12,500") the text is ambiguous and is an error that
///    shows both readings; write "1250" or "1,25".
///
/// Wherever thousands are grouped, the first group has 1–3 digits and every other group exactly
/// 3; "1.49.000" is an error. A sign ("-", "+", "−") may lead. Spaces around are ignored.
///
/// Whole numbers (`int()`) are stricter about decimals and looser about grouping: a decimal
/// mark is an error, and a single "." before three digits is a thousands separator ("500.000"
/// is 500000), because an integer field has no decimal part to confuse it with.
enum NumberRules {
    enum Result<Value> {
        case value(Value)
        case invalid
        case tooLarge
        /// (thousands reading, decimal reading) as the user should write them.
        case ambiguous(grouped: String, fractional: String)
    }

    static func integer(_ text: String) -> Result<Int> {
        guard let (negative, body) = splitSign(text) else { return .invalid }
        let groups = body.split(separator: ".", omittingEmptySubsequences: false)
        guard validGroups(groups) else { return .invalid }
        let digits = groups.joined()
        // Bounded well inside Int: no computation on a value read from data can overflow.
        guard let value = Int((negative ? "-" : "") + digits),
              (-InputLimits.largestWholeNumber...InputLimits.largestWholeNumber).contains(value) else { return .tooLarge }
        return .value(value)
    }

    static func decimal(_ text: String) -> Result<Decimal> {
        guard let (negative, body) = splitSign(text) else { return .invalid }
        guard body.allSatisfy({ isDigit($0) || $0 == "." || $0 == "," }) else { return .invalid }
        let dots = body.filter { $0 == "." }.count
        let commas = body.filter { $0 == "," }.count

        var integerPart: Substring
        var fraction: Substring = ""
        var groupMark: Character? = nil

        if dots > 0 && commas > 0 {
            let lastDot = body.lastIndex(of: ".")!
            let lastComma = body.lastIndex(of: ",")!
            let decimalMark: Character = lastDot > lastComma ? "." : ","
            groupMark = decimalMark == "." ? "," : "."
            guard body.filter({ $0 == decimalMark }).count == 1 else { return .invalid }
            let at = body.firstIndex(of: decimalMark)!
            integerPart = body[..<at]
            fraction = body[body.index(after: at)...]
        } else if dots + commas == 0 {
            integerPart = Substring(body)
        } else {
            let mark: Character = dots > 0 ? "." : ","
            if dots + commas > 1 {
                integerPart = Substring(body)
                groupMark = mark
            } else {
                let at = body.firstIndex(of: mark)!
                let whole = body[..<at]
                let after = body[body.index(after: at)...]
                let wholeIsZero = whole.isEmpty || whole.allSatisfy { $0 == "0" }
                if after.count == 3 && !wholeIsZero && whole.count <= 3 && after.allSatisfy(isDigit)
                    && whole.allSatisfy(isDigit) {
                    let sign = negative ? "-" : ""
                    let grouped = sign + String(whole) + String(after)
                    let trimmedFraction = String(after).replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
                    let fractional = sign + String(whole) + (trimmedFraction.isEmpty ? "" : "," + trimmedFraction)
                    return .ambiguous(grouped: grouped, fractional: fractional)
                }
                integerPart = whole
                fraction = after
            }
        }

        let digits: String
        if let groupMark {
            let groups = integerPart.split(separator: groupMark, omittingEmptySubsequences: false)
            guard validGroups(groups) else { return .invalid }
            digits = groups.joined()
        } else {
            guard integerPart.allSatisfy(isDigit) else { return .invalid }
            digits = integerPart.isEmpty ? "0" : String(integerPart)
        }
        guard fraction.allSatisfy(isDigit) else { return .invalid }
        // "5," or "5." with nothing after the mark, or "," alone, is not a number.
        if (dots + commas > 0) && groupMark == nil && fraction.isEmpty { return .invalid }
        if integerPart.isEmpty && fraction.isEmpty { return .invalid }
        if dots > 0 && commas > 0 && fraction.isEmpty { return .invalid }
        guard digits.drop(while: { $0 == "0" }).count <= String(InputLimits.largestWholeNumber).count,
              digits.count + fraction.count <= 38 else { return .tooLarge }
        let plain = (negative ? "-" : "") + digits + (fraction.isEmpty ? "" : "." + fraction)
        // Decimal(string:) is exact for a plain digit string: no binary floating point involved.
        guard let value = Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")) else { return .invalid }
        return .value(value)
    }

    /// Splits a leading sign; nil when nothing is left.
    private static func splitSign(_ text: String) -> (Bool, Substring)? {
        var body = Substring((text).trimmedWhitespace)
        var negative = false
        if let first = body.first, first == "-" || first == "\u{2212}" || first == "+" {
            negative = first != "+"
            body = body.dropFirst()
        }
        return body.isEmpty ? nil : (negative, body)
    }

    /// Digit groups "1", "490", "000": one group of any length, or a first group of 1–3 digits
    /// followed by groups of exactly 3.
    private static func validGroups(_ groups: [Substring]) -> Bool {
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else { return false }
        guard groups.count > 1 else { return true }
        return (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    private static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
}

/// Yes/no values, compared without regard to case or diacritics.
enum BoolRules {
    static let trueWords: Set<String> = ["co", "dung", "true", "yes", "x", "1"]
    static let falseWords: Set<String> = ["khong", "sai", "false", "no", "0"]

    /// The usual spellings, answered without folding (which decomposes the text through
    /// Foundation); the tests check that folding gives the same for each.
    static let usualSpellings: [String: Bool] = [
        "có": true, "Có": true, "CÓ": true, "co": true, "x": true, "X": true, "1": true, "true": true, "yes": true,
        "không": false, "Không": false, "KHÔNG": false, "khong": false, "0": false, "false": false, "no": false,
    ]

    static func value(_ text: String) -> Bool? {
        if let known = usualSpellings[text] { return known }
        let folded = TextFolding.fold(text)
        if trueWords.contains(folded) { return true }
        if falseWords.contains(folded) { return false }
        return nil
    }
}

/// Lower case without diacritics ("Họ và TÊN" → "họ và tên" → "ho va ten"), đ → d.
enum TextFolding {
    /// Every list row's cells are folded to tell headings, totals and footers from recipients:
    /// Vietnamese letters come from a table, and only other non-ASCII characters go through
    /// Unicode decomposition (a Foundation call costing thousands of instructions each).
    static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.trimmedWhitespace.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                // ^ and ` are diacritics too, as Unicode's property says.
                if value == 0x5E || value == 0x60 { continue }
                folded.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
            } else if let base = vietnameseBases[value] {
                folded.append(base)
            } else if (0x300...0x36F).contains(value) {
                continue                                // a combining mark of decomposed text
            } else {
                folded.append(contentsOf: slowFold(scalar).unicodeScalars)
            }
        }
        return String(folded)
    }

    /// The letters of Vietnamese with their marks, both cases, by the letter under them.
    private static let vietnameseBases: [UInt32: Unicode.Scalar] = {
        let letters: [(Unicode.Scalar, String)] = [
            ("a", "àáảãạăằắẳẵặâầấẩẫậ"), ("e", "èéẻẽẹêềếểễệ"), ("i", "ìíỉĩị"), ("o", "òóỏõọôồốổỗộơờớởỡợ"),
            ("u", "ùúủũụưừứửữự"), ("y", "ỳýỷỹỵ"), ("d", "đ"),
        ]
        var table: [UInt32: Unicode.Scalar] = [:]
        for (base, marked) in letters {
            for scalar in (marked + marked.uppercased()).unicodeScalars { table[scalar.value] = base }
        }
        return table
    }()

    private static func slowFold(_ scalar: Unicode.Scalar) -> String { decomposedFold(String(Character(scalar))) }

    /// The general definition the table shortcuts (tests hold `fold` to it).
    static func foldByDecomposition(_ text: String) -> String { decomposedFold(text.trimmedWhitespace) }

    private static func decomposedFold(_ text: String) -> String {
        let lowered = text.lowercased().replacingOccurrences(of: "đ", with: "d")
        let scalars = lowered.decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { !$0.properties.isDiacritic && $0.properties.generalCategory != .nonspacingMark }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Folded, keeping only letters and digits: "Họ  và tên:" → "hovaten", "ho_va_ten" → "hovaten".
    static func compact(_ text: String) -> String {
        let scalars = fold(text).unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        return String(String.UnicodeScalarView(scalars))
    }
}

/// The allowed key closest to a mistyped one.
public enum KeySuggestion {
    static func closest(to key: String, among allowed: Set<String>) -> String? {
        let longest = InputLimits.longestSuggestedKey
        guard key.utf8.count <= 4 * longest, key.count <= longest else { return nil }
        let folded = TextFolding.fold(key).replacingOccurrences(of: " ", with: "_")
        var best: (distance: Int, key: String)? = nil
        for candidate in allowed.sorted() {
            let distance = editDistance(Array(folded), Array(candidate.lowercased()))
            if best == nil || distance < best!.distance { best = (distance, candidate) }
        }
        guard let best else { return nil }
        // A few slips, never a different word: 1 edit for short keys, up to a third of the length.
        let limit = max(1, min(3, best.key.count / 3))
        return best.distance <= limit ? best.key : nil
    }

    /// The `count` candidates nearest to `text`, ignoring case, diacritics and spacing, nearest
    /// first; only those within about a third of their length (what a slip or a variant spelling
    /// explains, not a different name).
    public static func nearest(to text: String, among candidates: [String], count: Int = 3) -> [String] {
        let target = Array(TextFolding.compact(text))
        let scored = candidates.map { candidate -> (distance: Int, name: String, limit: Int) in
            let folded = Array(TextFolding.compact(candidate))
            return (editDistance(target, folded), candidate, max(2, folded.count / 3))
        }
        return scored.filter { $0.distance <= $0.limit }.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(count).map(\.name)
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbouring characters each cost 1.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
