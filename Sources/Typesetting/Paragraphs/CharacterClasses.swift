/// The characters the paragraph pipeline treats specially, defined once. Compared scalar by
/// scalar: String and Character equality go through canonical equivalence, and these run for
/// every character and word.
enum CharacterClasses {
    /// Where words end and a line may break: space, tab and the line ends (LF, VT, FF, CR).
    static func isWordSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
        default: return false
        }
    }

    /// Spaces kept in the output that never break: no-break space and narrow no-break space.
    static func isNoBreakSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xA0 || scalar.value == 0x202F
    }

    /// "-" and U+2010 HYPHEN.
    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}"
    }

    /// A hyphen, an en dash or an em dash.
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        isHyphen(scalar) || scalar == "\u{2013}" || scalar == "\u{2014}"
    }

    /// A word that is one dash and nothing else ("-", "–").
    static func isLoneDash(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        return isDash(first)
    }

    /// Whether the word ends with a hyphen standing alone, not carrying a combining mark.
    static func endsWithHyphen(_ word: String) -> Bool {
        guard let last = word.unicodeScalars.last, isHyphen(last) else { return false }
        return word.last.map { $0.unicodeScalars.count == 1 } ?? false
    }
}
