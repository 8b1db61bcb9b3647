import Foundation
import UnicodeNormalization

/// Escapes data inserted into document markup, so that data can never change structure.
///
/// Use it as the escaping function of the markup content type in the template engine (for
/// swift-mustache: a `MustacheContentType` whose `escapeText` calls `MarkupEscaper.escape`,
/// selected with `{{% CONTENT_TYPE: VANBAN}}` or as the library's default).
///
/// The rule (docs/markup.md, "Escaping"):
/// 1. the text is NFC-normalised;
/// 2. every whitespace character (space, tab, line feed, carriage return, vertical tab, form
///    feed, U+0085, U+2028, U+2029) becomes one space: a line break in data is a space, and the
///    parser then collapses runs of spaces;
/// 3. a backslash goes before each of `\ * _ ~ ^ [ ] < > { } | " # . )` wherever it occurs,
///    and before `-`, `+`, `:` when it is the first non-space character of the text;
/// 4. text with no character other than whitespace (including the empty string) gets `{}`, the
///    empty group, so that a line holding only an insertion is never blank; text starting with
///    U+FEFF or with a combining mark gets `{}` in front, so that it is never taken for a byte
///    order mark and never composes with the character before the insertion.
///
/// Then `MarkupParser` gives back, in the current inline context (paragraph, title, list item,
/// table cell, footnote, quoted attribute value), exactly the inserted text, as literal text,
/// with whitespace collapsed like the template's own text.
public enum MarkupEscaper {
    /// Escaped wherever they occur.
    public static let alwaysEscaped: Set<Unicode.Scalar> = [
        "\\", "*", "_", "~", "^", "[", "]", "<", ">", "{", "}", "|", "\"", "#", ".", ")",
    ]
    /// Escaped when they are the first non-space character of the inserted text (they are line
    /// markers only at the start of a line, and inserted text has no line breaks).
    public static let escapedAtStart: Set<Unicode.Scalar> = ["-", "+", ":"]

    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var seenText = false
        let scalars = nfcNormalized(text).unicodeScalars
        if let first = scalars.first,
           first == "\u{FEFF}" || first.properties.canonicalCombiningClass != .notReordered {
            // Never a byte order mark; never composed with (or reordered against) what
            // precedes the insertion, e.g. an escaped "<" followed by U+0338.
            out.append(contentsOf: "{}".unicodeScalars)
        }
        for scalar in scalars {
            if Chars.isSpace(scalar) {
                out.append(" ")
                continue
            }
            if alwaysEscaped.contains(scalar) || (!seenText && escapedAtStart.contains(scalar)) {
                out.append("\\")
            }
            out.append(scalar)
            seenText = true
        }
        if !seenText { out.append(contentsOf: "{}".unicodeScalars) }
        return String(out)
    }
}
