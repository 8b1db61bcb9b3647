import Foundation
import UnicodeNormalization

/// One line of the (NFC) source, as Unicode scalars, with the editor column of each scalar.
struct SourceLine {
    let number: Int
    let scalars: [Unicode.Scalar]
    /// The source the line belongs to (a body may be read from several: the template's sections
    /// and markup a data file wrote).
    var file: String = ""
    /// `characterColumns[i]` is the 1-based character column of `scalars[i]`, with one extra
    /// entry for the column just after the line's last character; `nil` when every scalar is a
    /// character of its own (nearly every line of NFC Vietnamese text), so that the column of
    /// `scalars[i]` is `i + 1` and the line costs no grapheme segmentation.
    private let characterColumns: [Int]?

    /// `everyScalarIsACharacter`: every scalar is `Chars.isAlwaysOwnCharacter` (the caller
    /// checked while decoding).
    init(number: Int, scalars: [Unicode.Scalar], everyScalarIsACharacter: Bool, file: String = "") {
        self.number = number
        self.scalars = scalars
        self.file = file
        if everyScalarIsACharacter {
            characterColumns = nil
            return
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        var columns: [Int] = []
        columns.reserveCapacity(scalars.count + 1)
        var column = 1
        for character in String(view) {
            for _ in character.unicodeScalars { columns.append(column) }
            column += 1
        }
        columns.append(column)
        characterColumns = columns
    }

    var count: Int { scalars.count }

    /// The 1-based character column of `scalars[i]`; `i == count` gives the column just after
    /// the last character.
    func column(_ i: Int) -> Int {
        characterColumns?[i] ?? i + 1
    }

    /// First and last non-whitespace index, or `nil` for a blank line.
    var trimmed: (start: Int, end: Int)? {
        var start = 0
        while start < scalars.count, Chars.isSpace(scalars[start]) { start += 1 }
        if start == scalars.count { return nil }
        var end = scalars.count - 1
        while end > start, Chars.isSpace(scalars[end]) { end -= 1 }
        return (start, end)
    }

    func text(_ from: Int, _ through: Int) -> String {
        guard from <= through else { return "" }
        return String(scalars: scalars[from...through])
    }
}

enum SourceText {
    /// NFC-normalises, drops a leading byte order mark and splits at LF, CR LF and CR.
    static func lines(_ source: String, lineOffset: Int) -> [SourceLine] {
        // Text whose scalars are all ASCII, Latin-1, Latin Extended-A/B or precomposed
        // Vietnamese letters is NFC as it is: split it directly, and normalise only otherwise.
        if let lines = split(source, lineOffset: lineOffset, unlessNotCertainlyNFC: true) { return lines }
        return split(nfcNormalized(source), lineOffset: lineOffset, unlessNotCertainlyNFC: false)!
    }

    /// The lines of `text`, decoded from UTF-8 straight into each line's scalars. Returns `nil`
    /// when `unlessNotCertainlyNFC` and some scalar is not `Chars.isAlwaysOwnCharacter` (then
    /// the text may need normalising).
    private static func split(_ text: String, lineOffset: Int, unlessNotCertainlyNFC: Bool) -> [SourceLine]? {
        var text = text
        return text.withUTF8 { bytes -> [SourceLine]? in
            var lines: [SourceLine] = []
            var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0  // a byte order mark
            while true {
                // In UTF-8 the bytes of LF and CR stand only for themselves.
                var end = start
                while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
                let (scalars, ownCharacters) = decode(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                if unlessNotCertainlyNFC, !ownCharacters { return nil }
                lines.append(SourceLine(number: lineOffset + lines.count + 1, scalars: scalars,
                                        everyScalarIsACharacter: ownCharacters))
                if end == bytes.count { return lines }
                start = end + (bytes[end] == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? 2 : 1)
            }
        }
    }

    /// The scalars of valid UTF-8 (a String's), and whether they are all
    /// `Chars.isAlwaysOwnCharacter`.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> ([Unicode.Scalar], Bool) {
        var ownCharacters = true
        // At most one scalar per byte.
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, count in
            var i = 0
            while i < bytes.count {
                let (scalar, length) = Chars.decodeUTF8(bytes, at: i)
                if !Chars.isAlwaysOwnCharacter(scalar) { ownCharacters = false }
                scalars.initializeElement(at: count, to: scalar)
                count += 1
                i += length
            }
        }
        return (scalars, ownCharacters)
    }
}

extension String {
    /// The string of these scalars, encoded to UTF-8 in one go: much cheaper than appending
    /// them one by one to a `String.UnicodeScalarView`.
    init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: byteCount) { bytes in
            var n = 0
            for scalar in scalars { Chars.encodeUTF8(scalar, into: bytes, at: &n) }
            return n
        }
    }
}

/// Character classes of the markup.
enum Chars {
    /// Whitespace that collapses: tab, line feed, vertical tab, form feed, carriage return,
    /// space, NEL, line separator, paragraph separator. U+00A0 and the other Unicode spaces are
    /// ordinary characters.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func isASCIIPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    /// Scalars that are a character (grapheme cluster) of their own next to any other such
    /// scalar, and NFC on their own without composing with any other such scalar: ASCII,
    /// Latin-1, Latin Extended-A/B, the precomposed Vietnamese letters of Latin Extended
    /// Additional, general punctuation (dashes, quotes, ellipsis) and ₫ — the scalars
    /// UnicodeNormalization treats as stable in NFC. None of them extends, joins or prepends to
    /// a neighbour (no combining mark, ZWJ, prepend, spacing mark, Hangul jamo or regional
    /// indicator), so a line made only of them has one column per scalar and is NFC. (CR LF is
    /// one character, but CR and LF end lines.)
    static func isAlwaysOwnCharacter(_ s: Unicode.Scalar) -> Bool {
        isStableInNFC(s)
    }

    /// The scalar whose UTF-8 starts at `bytes[i]`, and the length of its UTF-8. `bytes` is
    /// valid UTF-8 (a String's).
    @inline(__always)
    static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[i])
        var value: UInt32
        var length: Int
        switch lead {
        case ..<0x80: return (Unicode.Scalar(UInt8(lead)), 1)
        case ..<0xE0: value = lead & 0x1F; length = 2
        case ..<0xF0: value = lead & 0x0F; length = 3
        default: value = lead & 0x07; length = 4
        }
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value)!, length)
    }

    /// Writes the UTF-8 of `scalar` at `bytes[n...]` and advances `n`.
    @inline(__always)
    static func encodeUTF8(_ scalar: Unicode.Scalar, into bytes: UnsafeMutableBufferPointer<UInt8>, at n: inout Int) {
        let v = scalar.value
        if v < 0x80 {
            bytes[n] = UInt8(v)
            n += 1
        } else if v < 0x800 {
            bytes[n] = UInt8(0xC0 | v >> 6)
            bytes[n + 1] = UInt8(0x80 | v & 0x3F)
            n += 2
        } else if v < 0x1_0000 {
            bytes[n] = UInt8(0xE0 | v >> 12)
            bytes[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
            bytes[n + 2] = UInt8(0x80 | v & 0x3F)
            n += 3
        } else {
            bytes[n] = UInt8(0xF0 | v >> 18)
            bytes[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
            bytes[n + 2] = UInt8(0x80 | v >> 6 & 0x3F)
            bytes[n + 3] = UInt8(0x80 | v & 0x3F)
            n += 4
        }
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// Letters, combining marks and digits: the characters of a word.
    static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        if s.properties.isAlphabetic { return true }
        switch s.properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Characters of a tag, directive or attribute name: word characters, "-" and "_".
    static func isNameCharacter(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "_" || isWordCharacter(s)
    }

    /// How a character is shown in a message.
    static func describe(_ s: Unicode.Scalar?) -> String {
        guard let s else { return "hết dòng" }
        if isSpace(s) { return "dấu cách" }
        return q(String(Character(s)))
    }
}

enum Names {
    /// Case- and diacritic-insensitive form of a keyword: "Điều" → "dieu", "không_thụt" →
    /// "khong-thut".
    static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            switch scalar {
            case "\u{0111}": out.append("d")
            case "_": out.append("-")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
