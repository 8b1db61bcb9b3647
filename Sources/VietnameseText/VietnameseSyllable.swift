import Foundation

/// Whether a word can be one Vietnamese syllable as Quốc ngữ spells it: an onset, a rhyme from
/// the closed list of rhymes the language has, and at most one tone, which a rhyme ending in
/// p, t, c or ch allows only as sắc or nặng.
///
/// Used to judge text of unknown encoding: genuine Vietnamese is made almost entirely of valid
/// syllables, while TCVN3, VNI or UTF-8 bytes shown as Latin-1 characters ("Ph¹m", "Nguyeãn",
/// "Nguyá»…n") are not. The rules are the spelling rules, not a dictionary: "khuých" passes
/// though no such word exists. The Central Highlands spellings of province names are let in
/// ("Đắk Lắk", "Kon Tum": the rhyme ăk, and k before on/ông); other loan spellings are not.
/// Either tone placement ("hòa", "hoà") is accepted; case is ignored.
public enum VietnameseSyllable {
    public static func isValid(_ word: some StringProtocol) -> Bool {
        guard let spelled = Spelled(word) else { return false }
        return spelled.isSyllable
    }
}

/// A word reduced to its Vietnamese letters (lowercase, with their breve, circumflex or horn)
/// and its tone. Anything else (a letter outside the Vietnamese alphabet, a diaeresis, two
/// tones) makes it no syllable.
struct Spelled {
    enum Tone { case level, grave, acute, hook, tilde, dot }

    var letters: [Character]
    var tone: Tone

    init?(_ word: some StringProtocol) {
        var letters: [Character] = []
        var tone = Tone.level
        var toned = false
        for scalar in String(word).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            let value = scalar.value
            if (0x61...0x7A).contains(value) || value == 0x111 {
                letters.append(Character(scalar))
                continue
            }
            guard let last = letters.last else { return nil }
            switch value {
            case 0x300, 0x301, 0x303, 0x309, 0x323:
                guard !toned, Self.toneBearers.contains(last) else { return nil }
                toned = true
                tone = [0x300: .grave, 0x301: .acute, 0x303: .tilde, 0x309: .hook, 0x323: .dot][value]!
            case 0x302, 0x306, 0x31B:
                guard let modified = Self.modified[String(last) + String(scalar)] else { return nil }
                letters[letters.count - 1] = modified
            default:
                return nil
            }
        }
        guard !letters.isEmpty else { return nil }
        self.letters = letters
        self.tone = tone
    }

    private static let toneBearers: Set<Character> = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    private static let modified: [String: Character] = [
        "a\u{306}": "ă", "a\u{302}": "â", "e\u{302}": "ê", "o\u{302}": "ô", "o\u{31B}": "ơ", "u\u{31B}": "ư",
    ]

    var isSyllable: Bool {
        let word = String(letters)
        for onset in Self.onsets where word.hasPrefix(onset) {
            let rhyme = String(word.dropFirst(onset.count))
            if Self.isRhyme(rhyme, after: onset) && allowsTone(rhyme) { return true }
        }
        return false
    }

    /// A stop coda (p, t, c, ch, and k in "Đắk") takes only sắc or nặng.
    private func allowsTone(_ rhyme: String) -> Bool {
        let stop = rhyme.hasSuffix("p") || rhyme.hasSuffix("t") || rhyme.hasSuffix("c") || rhyme.hasSuffix("ch")
            || rhyme.hasSuffix("k")
        return !stop || tone == .acute || tone == .dot
    }

    /// The rhyme, with the spelling rules that tie it to the onset: c/k, g/gh, ng/ngh before
    /// front vowels; qu carrying the medial u; gi sharing its i with a rhyme that starts with i.
    private static func isRhyme(_ rhyme: String, after onset: String) -> Bool {
        guard let first = rhyme.first else { return onset == "gi" }     // "gì": gi + i
        let front = first == "e" || first == "ê" || first == "i"
        switch onset {
        case "c": return !front && first != "y" && rhymes.contains(rhyme)
        case "k": return (front || first == "y" || rhyme == "on" || rhyme == "ông") && rhymes.contains(rhyme)
        case "g", "ng": return !front && rhymes.contains(rhyme)
        case "gh", "ngh": return front && rhymes.contains(rhyme)
        case "qu":
            if first == "o" || first == "u" || first == "ư" { return false }
            return rhymes.contains(rhyme) || medialURhymes.contains("u" + rhyme)
        case "gi":
            return first != "i" && (rhymes.contains(rhyme) || rhymes.contains("i" + rhyme))
        default:
            return rhymes.contains(rhyme)
        }
    }

    /// Longest first, so "ngh" is tried before "ng" and "n"; "" last (a syllable may have no onset).
    private static let onsets = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                                 "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""]

    /// Rhymes with the medial u written "u" (after q the u belongs to the onset's spelling).
    private static let medialURhymes: Set<String> = [
        "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh", "uơ", "uy", "uya", "uych", "uyên", "uyêt",
        "uynh", "uyp", "uyt", "uyu",
    ]

    /// Every rhyme: nucleus (vowel, diphthong) with its coda, and with a medial o or u.
    private static let rhymes: Set<String> = medialURhymes.union([
        "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
        "ăc", "ăk", "ăm", "ăn", "ăng", "ăp", "ăt",
        "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
        "e", "ec", "em", "en", "eng", "eo", "ep", "et",
        "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
        "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu", "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
        "y", "yêm", "yên", "yêng", "yêt", "yêu",
        "o", "oc", "oi", "om", "on", "ong", "op", "ot", "ooc", "oong",
        "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "ua", "uc", "ui", "um", "un", "ung", "up", "ut", "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
        "ư", "ưa", "ưc", "ưi", "ưm", "ưng", "ưt", "ưu", "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
        "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
        "oăc", "oăm", "oăn", "oăng", "oăt", "oe", "oen", "oeo", "oet",
    ])
}
