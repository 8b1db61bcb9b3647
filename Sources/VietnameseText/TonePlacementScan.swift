/// The quick test in front of `normalizingTonePlacement`: a text whose tones certainly stay
/// where they are, found with one pass over its scalars.
///
/// A word changes only when its last two letters are "o" + "a"/"e" or "u" + "y", each alone or
/// with one of the five tone marks and no other mark, one of them toned. In text made only of
/// scalars that are NFC and form a character each (below U+0300, or the precomposed letters of
/// Latin Extended Additional), such letters are single scalars next to each other, and a pair
/// followed by a letter does not end its word. So if no such pair, with a tone, ends a word, no
/// word changes, and the text (already NFC) is the result. Anything else (other scripts,
/// combining marks, NFD input) takes the full algorithm.
enum TonePlacementScan {
    static func hasNoMovableTone(_ text: String) -> Bool {
        var previous: PairRole = .none
        var previousIsToned = false
        // A toned pair was just read: it decides nothing unless the word ends after it.
        var pairPending = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value < 0x300 || (0x1E00...0x1EFF).contains(value) else { return false }
            if pairPending {
                if !isLetter(value) { return false }
                pairPending = false
            }
            let role = Self.role(value)
            // Every vowel of the lists but the ASCII ones carries a tone.
            let isToned = value >= 0x80
            if Self.isPair(previous, role) { pairPending = previousIsToned || isToned }
            previous = role
            previousIsToned = isToned
        }
        return !pairPending
    }

    static func isPair(_ first: PairRole, _ second: PairRole) -> Bool {
        switch (first, second) {
        case (.oFamily, .aOrEFamily), (.uFamily, .yFamily): return true
        default: return false
        }
    }

    /// For the last two letters of a word: false when they certainly cannot be a toned
    /// ambiguous pair (each a single scalar the lists describe, not such a pair, or untoned),
    /// so the word stays as it is; true when the full check must decide.
    static func mayBeTonedPair(_ first: Character, _ second: Character) -> Bool {
        guard let a = singleScalar(first), let b = singleScalar(second) else { return true }
        return isPair(role(a), role(b)) && (a >= 0x80 || b >= 0x80)
    }

    /// The value of a character made of one scalar of the range the lists cover, or nil.
    private static func singleScalar(_ character: Character) -> UInt32? {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        let value = scalar.value
        return value < 0x300 || (0x1E00...0x1EFF).contains(value) ? value : nil
    }

    /// Letters for certain (Swift's `Character.isLetter` holds for each): ASCII letters and the
    /// Latin letters of Latin-1, Extended-A/B and Extended Additional. A pair followed by one of
    /// these is inside a word.
    static func isLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0xD7, 0xF7: return false
        case 0xC0...0x24F, 0x1E00...0x1EFF: return true
        default: return false
        }
    }

    enum PairRole {
        case none
        /// o/O, plain or with one tone: the first vowel of "oa", "oe".
        case oFamily
        /// u/U, plain or with one tone: the first vowel of "uy".
        case uFamily
        /// a/A, e/E, plain or with one tone: the second vowel of "oa", "oe".
        case aOrEFamily
        /// y/Y, plain or with one tone: the second vowel of "uy".
        case yFamily
    }

    /// What part a scalar can play in an ambiguous vowel pair. A letter whose decomposition is
    /// its base plus tone marks only counts, with its tones (ṍ is o with tilde and acute); one
    /// with a breve, circumflex, horn or other mark does not (ô, ơ, ư, ö). `VietnameseTextTests`
    /// checks these lists against the decomposition of every scalar the scan accepts.
    static func role(_ value: UInt32) -> PairRole {
        switch value {
        case 0x6F, 0x4F, 0xF2, 0xF3, 0xF5, 0xD2, 0xD3, 0xD5,
             0x1E4C, 0x1E4D, 0x1ECC, 0x1ECD, 0x1ECE, 0x1ECF:
            return .oFamily
        case 0x75, 0x55, 0xF9, 0xFA, 0xD9, 0xDA, 0x168, 0x169,
             0x1E78, 0x1E79, 0x1EE4, 0x1EE5, 0x1EE6, 0x1EE7:
            return .uFamily
        case 0x61, 0x41, 0xE0, 0xE1, 0xE3, 0xC0, 0xC1, 0xC3, 0x1EA0, 0x1EA1, 0x1EA2, 0x1EA3,
             0x65, 0x45, 0xE8, 0xE9, 0xC8, 0xC9, 0x1EB8, 0x1EB9, 0x1EBA, 0x1EBB, 0x1EBC, 0x1EBD:
            return .aOrEFamily
        case 0x79, 0x59, 0xFD, 0xDD, 0x1EF2, 0x1EF3, 0x1EF4, 0x1EF5, 0x1EF6, 0x1EF7, 0x1EF8, 0x1EF9:
            return .yFamily
        default:
            return .none
        }
    }
}
