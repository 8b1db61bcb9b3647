import Foundation

/// Where the tone mark sits in the open syllables "oa", "oe", "uy" (no final consonant).
///
/// Both spellings are in everyday official use, and NĐ 30 itself writes both "HÒA" and "HOÀ".
/// VanBan accepts either in input and writes one in output, chosen here.
public enum TonePlacement: Sendable, Hashable {
    /// Tone on the first vowel: "hòa", "khỏe", "thủy", "Ủy ban". The spelling of the Quốc hiệu
    /// as NĐ 30 prints it ("CỘNG HÒA") and of most government documents: VanBan's default.
    case classic
    /// Tone on the second vowel: "hoà", "khoẻ", "thuỷ", "Uỷ ban".
    case modern
}

/// Rewrites every open "oa"/"oe"/"uy" syllable so its tone sits where `placement` wants it,
/// leaving all other words alone. Case is preserved; the result is NFC.
///
/// Only these three vowel pairs are ambiguous: with a final consonant ("hoàn", "thuyết") or a
/// third vowel ("hoài", "khuya") both styles agree, and "qu" + "y" ("quý") is consonant + vowel.
public func normalizingTonePlacement(_ text: String, to placement: TonePlacement = .classic) -> String {
    // Nearly every string has no tone to move: say so after one scan, without the per-letter
    // decomposition below.
    if TonePlacementScan.hasNoMovableTone(text) { return text }
    return normalizingTonePlacementByWords(text, to: placement)
}

/// The full algorithm, word by word: what `normalizingTonePlacement` does when the quick scan
/// cannot rule a change out. `checkingWordsQuickly: false` decomposes every word's last letters
/// (the reference the tests compare with).
func normalizingTonePlacementByWords(_ text: String, to placement: TonePlacement,
                                     checkingWordsQuickly: Bool = true) -> String {
    var output = ""
    var word: [Character] = []
    func flush() {
        if !word.isEmpty {
            output += retoned(word, placement, checkingQuickly: checkingWordsQuickly).map(String.init).joined()
            word.removeAll()
        }
    }
    for character in nfc(text) {
        if character.isLetter {
            word.append(character)
        } else {
            flush()
            output.append(character)
        }
    }
    flush()
    return nfc(output)
}

private let toneMarks: Set<Unicode.Scalar> = ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]
private let vowelLetters: Set<Character> = ["a", "e", "i", "o", "u", "y"]

/// A letter split into its lowercase base, its tone (if any) and whether it has other marks.
struct Letter {
    var base: Character
    var baseScalars: [Unicode.Scalar]   // original case, no tone
    var tone: Unicode.Scalar?
    var hasModifier: Bool               // breve, circumflex, horn, stroke (đ is its own base)

    init(_ character: Character) {
        let scalars = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
        tone = scalars.first(where: { toneMarks.contains($0) })
        baseScalars = scalars.filter { !toneMarks.contains($0) }
        hasModifier = baseScalars.count > 1
        base = Character(String(String.UnicodeScalarView(baseScalars.prefix(1))).lowercased())
    }

    func character(withTone newTone: Unicode.Scalar?) -> Character {
        var scalars = String.UnicodeScalarView(baseScalars)
        if let newTone { scalars.append(newTone) }
        return Character(String(scalars).precomposedStringWithCanonicalMapping)
    }
}

private func retoned(_ word: [Character], _ placement: TonePlacement, checkingQuickly: Bool) -> [Character] {
    guard word.count >= 2 else { return word }
    // Most words end in letters the quick lists describe: no decomposition needed to leave them.
    if checkingQuickly && !TonePlacementScan.mayBeTonedPair(word[word.count - 2], word[word.count - 1]) { return word }
    let first = Letter(word[word.count - 2])
    let second = Letter(word[word.count - 1])
    let pair = String([first.base, second.base])
    guard ["oa", "oe", "uy"].contains(pair), !first.hasModifier, !second.hasModifier else { return word }
    // Everything before the pair must be consonants, so the pair is the whole nucleus.
    let onset = word.dropLast(2).map { Letter($0) }
    guard !onset.contains(where: { vowelLetters.contains($0.base) }) else { return word }
    // "qu" + "y": the u belongs to the consonant, the only vowel is y.
    if pair == "uy", onset.last?.base == "q" { return word }
    guard let tone = first.tone ?? second.tone, first.tone == nil || second.tone == nil else { return word }

    var result = word
    switch placement {
    case .classic:
        result[word.count - 2] = first.character(withTone: tone)
        result[word.count - 1] = second.character(withTone: nil)
    case .modern:
        result[word.count - 2] = first.character(withTone: nil)
        result[word.count - 1] = second.character(withTone: tone)
    }
    return result
}
