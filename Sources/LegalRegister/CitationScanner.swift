import VietnameseText

/// Finds the registered documents a căn cứ cites: by number ("Nghị định số 91/2017/NĐ-CP"), or a
/// law by its name and the day it was passed ("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm
/// 2022", "… ngày 15/6/2022", "… năm 2022"). Case, tone placement, punctuation and spacing do not
/// matter; a law named without a date is not matched (it could be any of its versions).
struct CitationScanner: Sendable {
    struct NamedDocument: Sendable {
        let words: [String]
        let issueDate: CalendarDate
        let index: Int
    }

    let indexByNumber: [String: Int]
    let named: [NamedDocument]

    /// A scanner already built (`RegisterCoding`).
    init(indexByNumber: [String: Int], named: [NamedDocument]) {
        self.indexByNumber = indexByNumber
        self.named = named
    }

    init(documents: [LegalDocument]) {
        var numbers: [String: Int] = [:]
        var named: [NamedDocument] = []
        for (index, document) in documents.enumerated() {
            numbers[Self.numberKey(document.number)] = index
            if let name = document.name {
                named.append(NamedDocument(words: Self.words(name), issueDate: document.issueDate, index: index))
            }
        }
        self.indexByNumber = numbers
        self.named = named
    }

    /// Indices of the documents cited, in order of first appearance.
    func matches(in text: String) -> [Int] {
        var found: [(position: Int, index: Int)] = []
        let folded = Self.folded(text)
        for (position, number) in Self.numbers(in: Array(folded.unicodeScalars)) {
            if let index = indexByNumber[Self.numberKey(number)] { found.append((position, index)) }
        }
        let located = Self.locatedWords(folded)
        let words = located.map(\.word)
        for document in named {
            for start in Self.occurrences(of: document.words, in: words)
            where Self.dateFollows(words, at: start + document.words.count, matching: document.issueDate) {
                found.append((located[start].offset, document.index))
            }
        }
        var seen = Set<Int>()
        return found.sorted { $0.position < $1.position }.map(\.index).filter { seen.insert($0).inserted }
    }

    /// Lower case, classic tone placement, NFC: the text the scans read, scalar by scalar (the
    /// table's 91 rows are scanned on every run; Characters cost several times as much).
    static func folded(_ text: String) -> String {
        vietnameseLowercased(normalizingTonePlacement(nfc(text), to: .classic))
    }

    /// "91/2017/NĐ-CP" → "91/2017/ND-CP"; "06/2022/QH15" and "6/2022/qh15" alike.
    static func numberKey(_ number: String) -> String {
        var cleaned = ""
        for scalar in vietnameseUppercased(number).unicodeScalars where !scalar.isWhiteSpace {
            cleaned.unicodeScalars.append(scalar == "Đ" ? "D" : scalar)
        }
        guard let slash = cleaned.firstIndex(of: "/"), let first = Int(cleaned[..<slash]) else { return cleaned }
        return String(first) + cleaned[slash...]
    }


    /// Document numbers in a folded text: digits, "/", a four-digit year, "/", a symbol of
    /// letters, digits and hyphens ("91/2017/nđ-cp"); dates ("23/9/2020") and numbers without a
    /// year ("83/kh-thnh") are not document numbers of the register's kind.
    static func numbers(in scalars: [Unicode.Scalar]) -> [(Int, String)] {
        func isDigit(_ index: Int) -> Bool { index < scalars.count && ("0"..."9").contains(scalars[index]) }
        var result: [(Int, String)] = []
        var i = 0
        while i < scalars.count {
            guard isDigit(i), i == 0 || !isNumber(scalars[i - 1]) else { i += 1; continue }
            var j = i
            while isDigit(j) { j += 1 }
            guard j - i <= 4, j < scalars.count, scalars[j] == "/" else { i = j; continue }
            var k = j + 1
            while isDigit(k) { k += 1 }
            guard k - j - 1 == 4, k < scalars.count, scalars[k] == "/" else { i = j; continue }
            var end = k + 1
            while end < scalars.count, isWordPart(scalars[end], inWord: end > k + 1) || scalars[end] == "-" { end += 1 }
            var symbolEnd = end
            while symbolEnd > k + 1, scalars[symbolEnd - 1] == "-" { symbolEnd -= 1 }
            if symbolEnd > k + 1 { result.append((i, text(scalars[i..<symbolEnd]))) }
            i = end
        }
        return result
    }

    /// Lower case, classic tone placement, words of letters and digits only.
    static func words(_ text: String) -> [String] {
        locatedWords(folded(text)).map(\.word)
    }

    /// The words of a folded text with the scalar offset each starts at (a word is a slice of
    /// the text's own storage, copied once).
    static func locatedWords(_ folded: String) -> [(word: String, offset: Int)] {
        let scalars = folded.unicodeScalars
        var result: [(word: String, offset: Int)] = []
        var start: (index: String.Index, offset: Int)?
        var offset = 0
        var index = scalars.startIndex
        while index != scalars.endIndex {
            if isWordPart(scalars[index], inWord: start != nil) {
                if start == nil { start = (index, offset) }
            } else if let begun = start {
                result.append((String(scalars[begun.index..<index]), begun.offset))
                start = nil
            }
            index = scalars.index(after: index)
            offset += 1
        }
        if let begun = start { result.append((String(scalars[begun.index...]), begun.offset)) }
        return result
    }

    /// A letter or a digit, as `Character.isLetter` and `isNumber` tell them; inside a word, a
    /// combining mark too (it belongs to the letter before it, as in a Character).
    private static func isWordPart(_ scalar: Unicode.Scalar, inWord: Bool) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return inWord
        default:
            return false
        }
    }

    private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    private static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }

    private static func occurrences(of needle: [String], in haystack: [String]) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        return (0...(haystack.count - needle.count)).filter { start in
            needle.indices.allSatisfy { haystack[start + $0] == needle[$0] }
        }
    }

    /// "ngày 15 tháng 6 năm 2022", "ngày 15 6 2022" (from 15/6/2022) or "năm 2022" at `at`.
    private static func dateFollows(_ words: [String], at: Int, matching date: CalendarDate) -> Bool {
        func number(_ offset: Int) -> Int? { at + offset < words.count ? Int(words[at + offset]) : nil }
        func word(_ offset: Int) -> String? { at + offset < words.count ? words[at + offset] : nil }
        switch word(0) {
        case "ngày":
            if word(2) == "tháng", word(4) == "năm" {
                return number(1) == date.day && number(3) == date.month && number(5) == date.year
            }
            return number(1) == date.day && number(2) == date.month && number(3) == date.year
        case "năm":
            return number(1) == date.year
        default:
            return false
        }
    }
}
