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
        // Templates insert thousands of values: work on UTF-8 bytes, with the escaped sets as
        // bit masks (all their characters are ASCII; other scalars are looked up in the sets
        // only if that ever changes).
        let masks = Self.masks
        var normalized = nfcNormalized(text)
        return normalized.withUTF8 { bytes in
            // A backslash before each byte at most, and "{}" before or after.
            String(unsafeUninitializedCapacity: 2 * bytes.count + 2) { out in
                var n = 0
                func put(_ byte: UInt8) {
                    out[n] = byte
                    n += 1
                }
                if !bytes.isEmpty, bytes[0] >= 0x80 {
                    let first = Chars.decodeUTF8(bytes, at: 0).scalar
                    if first == "\u{FEFF}" || first.properties.canonicalCombiningClass != .notReordered {
                        // Never a byte order mark; never composed with (or reordered against)
                        // what precedes the insertion, e.g. an escaped "<" followed by U+0338.
                        put(UInt8(ascii: "{"))
                        put(UInt8(ascii: "}"))
                    }
                }
                var seenText = false
                var i = 0
                while i < bytes.count {
                    let byte = bytes[i]
                    if byte < 0x80 {
                        if Chars.isSpace(Unicode.Scalar(byte)) {
                            put(0x20)
                        } else {
                            if masks.always.contains(byte) || (!seenText && masks.atStart.contains(byte)) {
                                put(UInt8(ascii: "\\"))
                            }
                            put(byte)
                            seenText = true
                        }
                        i += 1
                        continue
                    }
                    let (scalar, length) = Chars.decodeUTF8(bytes, at: i)
                    if Chars.isSpace(scalar) {
                        put(0x20)
                    } else {
                        if masks.nonASCII,
                           alwaysEscaped.contains(scalar) || (!seenText && escapedAtStart.contains(scalar)) {
                            put(UInt8(ascii: "\\"))
                        }
                        for k in i..<(i + length) { put(bytes[k]) }
                        seenText = true
                    }
                    i += length
                }
                if !seenText {
                    put(UInt8(ascii: "{"))
                    put(UInt8(ascii: "}"))
                }
                return n
            }
        }
    }

    /// The ASCII characters of `alwaysEscaped` and `escapedAtStart`, and whether the sets hold
    /// anything else.
    private static let masks = (always: ASCIIMask(alwaysEscaped), atStart: ASCIIMask(escapedAtStart),
                                nonASCII: !alwaysEscaped.union(escapedAtStart).allSatisfy(\.isASCII))
}

/// A set of ASCII characters as a 128-bit mask: membership without hashing.
struct ASCIIMask {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ scalars: Set<Unicode.Scalar>) {
        for scalar in scalars where scalar.isASCII {
            if scalar.value < 64 { low |= 1 << scalar.value } else { high |= 1 << (scalar.value - 64) }
        }
    }

    func contains(_ byte: UInt8) -> Bool {
        if byte < 64 { return low >> byte & 1 == 1 }
        if byte < 128 { return high >> (byte - 64) & 1 == 1 }
        return false
    }
}
