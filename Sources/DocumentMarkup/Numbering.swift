import InputGuards

/// Number formats of Vietnamese administrative documents.
public enum VietnameseNumbering {
    /// Letters of điểm (points): the Vietnamese alphabet without f, j, w, z, with đ after d.
    public static let pointLetters: [String] = [
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
        "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
    ]

    /// The `n`th point letter (1 → "a", 5 → "đ", 23 → "y"), `nil` outside 1…23.
    public static func pointLetter(_ n: Int) -> String? {
        guard n >= 1, n <= pointLetters.count else { return nil }
        return pointLetters[n - 1]
    }

    /// The position of a point letter (1-based), `nil` when it is not one.
    public static func pointIndex(_ letter: String) -> Int? {
        pointLetters.firstIndex(of: letter).map { $0 + 1 }
    }

    /// Upper-case Roman numeral for 1…3999.
    public static func roman(_ n: Int) -> String? {
        guard n >= 1, n <= 3999 else { return nil }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = n
        var out = ""
        for (value, symbol) in table {
            while rest >= value {
                out += symbol
                rest -= value
            }
        }
        return out
    }

    /// The value of a canonical Roman numeral (either case), `nil` otherwise.
    public static func romanValue(_ s: String) -> Int? {
        let upper = s.uppercased()
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        var total = 0
        var previous = 0
        for ch in upper.reversed() {
            guard let v = values[ch] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        guard total > 0, roman(total) == upper else { return nil }
        return total
    }
}

enum NumberingScheme {
    case roman, arabic, letter
}

extension DivisionLevel {
    /// The level's place in `allCases`.
    var counterIndex: Int {
        switch self {
        case .part: return 0
        case .chapter: return 1
        case .section: return 2
        case .article: return 3
        case .romanSection: return 4
        case .clause: return 5
        case .point: return 6
        }
    }

    var scheme: NumberingScheme {
        switch self {
        case .part, .chapter, .romanSection: return .roman
        case .section, .article, .clause: return .arabic
        case .point: return .letter
        }
    }

    /// Levels whose numbering restarts after this one. Chương and Điều are numbered
    /// continuously through a document (as in Vietnamese legal texts); Mục restarts in each
    /// Chương; "I." restarts in each Phần, Chương, Mục, Điều; "1." under each of those and
    /// each "I."; "a)" under each of those and each "1.".
    var resets: [DivisionLevel] {
        switch self {
        case .part: return [.section, .romanSection, .clause, .point]
        case .chapter: return [.section, .romanSection, .clause, .point]
        case .section: return [.romanSection, .clause, .point]
        case .article: return [.romanSection, .clause, .point]
        case .romanSection: return [.clause, .point]
        case .clause: return [.point]
        case .point: return []
        }
    }
}

/// The running counters of one numbering scope (the document, or one annex).
struct Counters {
    /// The last number of each level, by `DivisionLevel.counterIndex`. (An array: a dictionary
    /// keyed by the enum costs a generic type instantiation at run time, once per process.)
    private var values = [Int?](repeating: nil, count: DivisionLevel.allCases.count)

    /// The next number at `level`, or the literal one. Returns `nil` when generated numbering
    /// runs past its range (more than 23 points).
    mutating func assign(_ level: DivisionLevel, literal: String?) -> Numbering? {
        let numbering: Numbering
        if let literal {
            let value = Counters.value(of: literal, scheme: level.scheme)
            if let value { values[level.counterIndex] = value }
            numbering = Numbering(label: literal, value: value, isGenerated: false)
        } else {
            let next = (values[level.counterIndex] ?? 0) + 1
            guard let label = Counters.label(next, scheme: level.scheme) else { return nil }
            values[level.counterIndex] = next
            numbering = Numbering(label: label, value: next, isGenerated: true)
        }
        for lower in level.resets { values[lower.counterIndex] = nil }
        return numbering
    }

    static func label(_ n: Int, scheme: NumberingScheme) -> String? {
        switch scheme {
        case .roman: return VietnameseNumbering.roman(n)
        case .arabic: return String(n)
        case .letter: return VietnameseNumbering.pointLetter(n)
        }
    }

    static func value(of literal: String, scheme: NumberingScheme) -> Int? {
        // A literal far too long to be a number is not read as one.
        guard literal.utf8.count <= 16 else { return nil }
        let value: Int?
        switch scheme {
        case .roman: value = VietnameseNumbering.romanValue(literal) ?? Int(literal)
        case .arabic: value = Int(literal)
        case .letter: value = VietnameseNumbering.pointIndex(literal.lowercased())
        }
        // Counting on from a huge number could overflow: it is printed as written instead.
        guard let value, (0...InputLimits.largestCountedNumber).contains(value) else { return nil }
        return value
    }
}
