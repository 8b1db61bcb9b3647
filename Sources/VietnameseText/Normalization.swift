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
    nfc(text)
        .split(whereSeparator: { $0.isWhitespace })
        .joined(separator: " ")
}
