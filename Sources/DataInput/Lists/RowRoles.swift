import VietnameseText

/// What a row below the header is, told from its text alone: lists arrive with headings, total
/// lines and signatures between their recipients, and none of those is a recipient.
enum RowRole: Equatable {
    case blank
    case repeatedHeader
    /// "I. TẬP THỂ", "1. Bằng khen của Chủ tịch UBND tỉnh (05)": the kind or the award form of
    /// the rows under it, when it names one.
    case heading(kind: ListKind?, form: String?, text: String)
    /// "Cộng", "Tổng cộng: 200 cá nhân": `closesGroup` for a subtotal ("Cộng"); the counts it
    /// states, by kind (nil: a count of every kind).
    case total(closesGroup: Bool, counts: [Count], text: String)
    /// "Bằng chữ: …" under a total.
    case amountInWords
    /// "Người lập biểu", "Thủ trưởng đơn vị", a place and date line: the list is over.
    case footer(text: String)
    case recipient

    struct Count: Equatable {
        var kind: ListKind?
        var value: Int
    }
}

/// The words that tell the roles apart, folded (lower case, no diacritics).
enum RowWords {
    static let totalKeywords = ["tong cong", "tong so", "cong", "tong"]
    /// Words a total line may hold besides its keyword and numbers.
    static let totalVocabulary: Set<String> = ["ca", "nhan", "tap", "the", "nguoi", "gia", "dinh", "ho", "don", "vi", "dong",
                                               "va", "so", "tien", "tong", "cong", "danh", "sach", "gom", "co", "i", "ii", "iii", "iv", "v"]
    static let kindPhrases: [(String, ListKind)] = [("ho gia dinh", .household), ("gia dinh", .household), ("tap the", .collective),
                                                    ("ca nhan", .individual)]
    static let formStarts = ["bang khen", "giay khen", "co thi dua", "chien si thi dua", "lao dong tien tien",
                             "tap the lao dong xuat sac", "tap the lao dong tien tien", "huan chuong", "huy chuong", "danh hieu",
                             "ky niem chuong"]
    /// What may follow a kind in a heading ("TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN"); anything else makes
    /// it a name ("Tập thể lớp 5A").
    static let kindContinuations = ["duoc", "de nghi", "khen", "dat"]
    static let footerStarts = ["nguoi lap", "nguoi lap bieu", "thu truong", "ke toan", "xac nhan", "giam doc", "chu tich", "truong phong",
                               "hieu truong", "tm ", "kt "]
    static let countNouns: [(String, ListKind?)] = [("ca nhan", .individual), ("nguoi", .individual), ("tap the", .collective),
                                                    ("gia dinh", .household), ("ho", .household)]

    /// Lower case, no diacritics, words of letters and digits separated by one space.
    static func fold(_ text: String) -> String {
        TextFolding.fold(text).split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }

    /// "I.", "II", "1.", "a)", "A." at the start, and what follows it.
    static func numberingPrefix(_ text: String) -> (prefix: String, rest: String)? {
        let trimmed = text.trimmedWhitespace
        guard let end = trimmed.firstIndex(where: { $0 == "." || $0 == ")" || $0 == " " }) else {
            return isNumbering(trimmed) ? (trimmed, "") : nil
        }
        let head = String(trimmed[..<end])
        guard isNumbering(head) else { return nil }
        let rest = trimmed[trimmed.index(after: end)...].drop { $0 == "." || $0 == ")" || $0 == " " || $0 == "-" }
        return (head, String(rest))
    }

    /// A Roman numeral, a number or a single letter.
    static func isNumbering(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 6 else { return false }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        if text.allSatisfy({ "IVXLivxl".contains($0) }) { return true }
        return text.count == 1 && text.first!.isLetter
    }

    static func isRomanOrLetter(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace.trimmingCharacters(in: [".", ")"])
        return !trimmed.isEmpty && isNumbering(trimmed) && !trimmed.allSatisfy(\.isNumber)
    }
}

/// Classifies one row, given the header (which column is the numbering, which the amount).
struct RowClassifier {
    let header: HeaderMatch
    let numberingColumn: Int?
    let amountColumn: Int?
    let hiddenColumns: Set<Int>

    func role(of row: CellGrid.Row) -> RowRole {
        let filled = row.cells.enumerated().compactMap { offset, text -> (column: Int, text: String)? in
            let value = text.trimmedWhitespace
            return value.isEmpty || hiddenColumns.contains(offset + 1) ? nil : (offset + 1, value)
        }
        guard let first = filled.first else { return .blank }
        if header.isRepeated(by: row) { return .repeatedHeader }
        let texts = filled.filter { $0.column != amountColumn }.map(\.text)
        if let total = total(texts) { return total }
        let folded = RowWords.fold(first.text)
        if folded.hasPrefix("bang chu") { return .amountInWords }
        if let heading = heading(filled) { return heading }
        let numbered = numberingColumn.map { column in filled.contains { $0.column == column && $0.text.allSatisfy(\.isNumber) } } ?? false
        if !numbered, isFooter(filled.map(\.text)) { return .footer(text: filled.map(\.text).joined(separator: " ")) }
        return .recipient
    }

    /// Every filled cell a small number, ascending from 1 ("1 2 3 4 5" or "(1) (2) (3)").
    func isColumnNumbers(_ row: CellGrid.Row) -> Bool {
        let values = row.cells.map { $0.trimmedWhitespace.trimmingCharacters(in: ["(", ")"]) }.filter { !$0.isEmpty }
        guard values.count >= 2 else { return false }
        return values.enumerated().allSatisfy { Int($0.element) == $0.offset + 1 }
    }

    private func total(_ texts: [String]) -> RowRole? {
        guard let first = texts.first else {
            return nil
        }
        let folded = RowWords.fold(texts.joined(separator: " "))
        let firstFolded = RowWords.fold(first)
        guard let keyword = RowWords.totalKeywords.first(where: { firstFolded == $0 || firstFolded.hasPrefix($0 + " ") }) else { return nil }
        let words = folded.split(separator: " ").map(String.init)
        guard words.allSatisfy({ RowWords.totalVocabulary.contains($0) || $0.allSatisfy(\.isNumber) }) else { return nil }
        return .total(closesGroup: keyword == "cong", counts: counts(in: words), text: texts.joined(separator: " "))
    }

    /// "200 cá nhân", "04 tập thể và 13 cá nhân", or a lone "200".
    private func counts(in words: [String]) -> [RowRole.Count] {
        var counts: [RowRole.Count] = []
        var bare: [Int] = []
        var index = 0
        while index < words.count {
            guard let value = Int(words[index]) else { index += 1; continue }
            let after = words[(index + 1)...].prefix(2).joined(separator: " ")
            if let noun = RowWords.countNouns.first(where: { after == $0.0 || after.hasPrefix($0.0 + " ") }) {
                counts.append(RowRole.Count(kind: noun.1, value: value))
            } else {
                bare.append(value)
            }
            index += 1
        }
        if counts.isEmpty, bare.count == 1 { counts.append(RowRole.Count(kind: nil, value: bare[0])) }
        return counts
    }

    private func heading(_ filled: [(column: Int, text: String)]) -> RowRole? {
        let numbering = filled.first { $0.column == numberingColumn }?.text
        let others = filled.filter { $0.column != numberingColumn }
        guard others.count <= 1 else { return nil }
        var text = others.first?.text ?? numbering ?? ""
        var prefixed = false
        if let numbering, !numbering.allSatisfy(\.isNumber) {
            prefixed = RowWords.isRomanOrLetter(numbering)
        }
        if let split = RowWords.numberingPrefix(text), !split.rest.isEmpty {
            text = split.rest
            prefixed = true
        }
        let (kind, form) = Self.kindAndForm(text)
        guard prefixed || kind != nil || form != nil else { return nil }
        // A recipient row numbered 1, 2, 3 with only a name: its TT is a number, the name no heading.
        if let numbering, numbering.allSatisfy(\.isNumber), kind == nil, form == nil { return nil }
        return .heading(kind: kind, form: form, text: filled.map(\.text).joined(separator: " "))
    }

    /// "TẬP THỂ", "CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN": the kind first; an award form wherever it starts.
    static func kindAndForm(_ text: String) -> (ListKind?, String?) {
        let withoutRemarks = text.replacingOccurrences(of: #"\([^)]*\)"#, with: "", options: .regularExpression).trimmedWhitespace
        let folded = RowWords.fold(withoutRemarks)
        var kind: ListKind?
        for (phrase, value) in RowWords.kindPhrases
        where folded == phrase || RowWords.kindContinuations.contains(where: { folded.hasPrefix(phrase + " " + $0 + " ") || folded == phrase + " " + $0 }) {
            kind = value
            break
        }
        var form: String?
        let words = withoutRemarks.split(separator: " ", omittingEmptySubsequences: true)
        for start in words.indices {
            let tail = words[start...].joined(separator: " ")
            if RowWords.formStarts.contains(where: { RowWords.fold(tail).hasPrefix($0) }) {
                form = tail.trimmingCharacters(in: [":", ";", ".", " "])
                break
            }
        }
        return (kind, form)
    }

    private func isFooter(_ texts: [String]) -> Bool {
        let folded = RowWords.fold(texts.joined(separator: " "))
        if RowWords.footerStarts.contains(where: { folded.hasPrefix($0) }) { return true }
        // "Vĩnh Long, ngày 10 tháng 3 năm 2026", alone on its row.
        return texts.count <= 2 && folded.contains(" ngay ") && folded.contains(" thang ") && folded.contains(" nam ")
    }
}
