import Foundation
import UnicodeNormalization

/// Unicode NFC ("dựng sẵn"), the form VanBan stores and typesets.
///
/// Input may arrive as NFD ("tổ hợp"), e.g. from macOS file names or some keyboards; Swift's `==`
/// already treats both as equal, but byte-oriented consumers (HarfBuzz, Cairo, YAML keys, hashes
/// of file contents) do not, so every string is normalised once on entry.
public func nfc(_ text: String) -> String {
    nfcNormalized(text)
}

/// Unicode NFD: base letters followed by combining marks. Used internally to move tone marks.
public func nfd(_ text: String) -> String {
    text.decomposedStringWithCanonicalMapping
}

/// NFC, trimmed, with every run of whitespace (including NBSP and tabs) collapsed to one space.
/// Useful for names typed by hand or pasted from spreadsheets.
public func normalizedSpacing(_ text: String) -> String {
    if SpacingScan.isAlreadyNormalized(text) { return text }
    // Scalar by scalar, not by characters: a zero-width joiner after a space belongs to the
    // space's character, and splitting at white-space characters would drop it.
    var spaced = String.UnicodeScalarView()
    var spaceDue = false
    for scalar in nfc(text).unicodeScalars {
        if scalar.isWhiteSpace {
            spaceDue = !spaced.isEmpty
            continue
        }
        if spaceDue { spaced.append(" ") }
        spaceDue = false
        spaced.append(scalar)
    }
    return String(spaced)
}

/// The quick test in front of `normalizedSpacing`: splitting into characters is costly, and
/// most names are already written with single spaces.
enum SpacingScan {
    /// True when `normalizedSpacing` would return the text unchanged: every scalar is NFC and a
    /// character by itself (below U+0300, or a precomposed letter of Latin Extended Additional),
    /// the only white space is U+0020, never first, last or doubled.
    static func isAlreadyNormalized(_ text: String) -> Bool {
        var previousWasSpace = true    // a space at the very start fails too
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value < 0x300 || (0x1E00...0x1EFF).contains(value) else { return false }
            switch value {
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
            case 0x09...0x0D, 0x85, 0xA0:
                return false
            default:
                previousWasSpace = false
            }
        }
        return !previousWasSpace || text.isEmpty
    }
}
