import VietnameseText

/// Finds the registered documents a căn cứ cites: by number ("Nghị định số 91/2017/NĐ-CP"), or a
/// law by its name and the day it was passed ("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm
/// 2022", "… ngày 15/6/2022", "… năm 2022"). Case, tone placement, punctuation and spacing do not
/// matter; a law named without a date is not matched (it could be any of its versions).
struct CitationScanner: Sendable {
    private struct NamedDocument: Sendable {
        let words: [String]
        let issueDate: CalendarDate
        let index: Int
    }

    private let indexByNumber: [String: Int]
    private let named: [NamedDocument]

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
        let characters = Array(text)
        for (position, number) in Self.numbers(in: characters) {
            if let index = indexByNumber[Self.numberKey(number)] { found.append((position, index)) }
        }
        let located = Self.locatedWords(text)
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

    /// "91/2017/NĐ-CP" → "91/2017/ND-CP"; "06/2022/QH15" and "6/2022/qh15" alike.
    static func numberKey(_ number: String) -> String {
        let parts = vietnameseUppercased(number).replacingOccurrences(of: "Đ", with: "D")
            .filter { !$0.isWhitespace }.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, let first = Int(parts[0]) else { return parts.joined(separator: "/") }
        return ([String(first)] + parts.dropFirst().map(String.init)).joined(separator: "/")
    }

    /// Document numbers in a text: digits, "/", a four-digit year, "/", a symbol of letters,
    /// digits and hyphens ("91/2017/NĐ-CP"); dates ("23/9/2020") and numbers without a year
    /// ("83/KH-THNH") are not document numbers of the register's kind.
    static func numbers(in characters: [Character]) -> [(Int, String)] {
        var result: [(Int, String)] = []
        var i = 0
        while i < characters.count {
            guard characters[i].isASCII, characters[i].isNumber, i == 0 || !characters[i - 1].isNumber else { i += 1; continue }
            var j = i
            while j < characters.count, characters[j].isASCII, characters[j].isNumber { j += 1 }
            guard j - i <= 4, j < characters.count, characters[j] == "/" else { i = j; continue }
            var k = j + 1
            while k < characters.count, characters[k].isASCII, characters[k].isNumber { k += 1 }
            guard k - j - 1 == 4, k < characters.count, characters[k] == "/" else { i = j; continue }
            var end = k + 1
            while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "-" { end += 1 }
            var symbolEnd = end
            while symbolEnd > k + 1, characters[symbolEnd - 1] == "-" { symbolEnd -= 1 }
            if symbolEnd > k + 1 { result.append((i, String(characters[i..<symbolEnd]))) }
            i = end
        }
        return result
    }

    /// Lower case, classic tone placement, words of letters and digits only.
    static func words(_ text: String) -> [String] {
        locatedWords(text).map(\.word)
    }

    /// The words with the character offset each starts at (folding keeps one character per
    /// character of NFC text, so offsets are the text's own).
    static func locatedWords(_ text: String) -> [(word: String, offset: Int)] {
        let folded = vietnameseLowercased(normalizingTonePlacement(nfc(text), to: .classic))
        var result: [(word: String, offset: Int)] = []
        var current = ""
        var start = 0
        for (offset, character) in folded.enumerated() {
            if character.isLetter || character.isNumber {
                if current.isEmpty { start = offset }
                current.append(character)
            } else if !current.isEmpty {
                result.append((current, start))
                current = ""
            }
        }
        if !current.isEmpty { result.append((current, start)) }
        return result
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
