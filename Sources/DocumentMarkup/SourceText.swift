import Foundation
import UnicodeNormalization

/// One line of the (NFC) source, as Unicode scalars, with the editor column of each scalar.
struct SourceLine {
    let number: Int
    let scalars: [Unicode.Scalar]
    /// `columns[i]` is the 1-based character column of `scalars[i]`; one extra entry holds the
    /// column just after the line's last character.
    let columns: [Int]

    init(number: Int, scalars: [Unicode.Scalar]) {
        self.number = number
        self.scalars = scalars
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
        self.columns = columns
    }

    var count: Int { scalars.count }

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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[from...through])
        return String(view)
    }
}

enum SourceText {
    /// NFC-normalises, drops a leading byte order mark and splits at LF, CR LF and CR.
    static func lines(_ source: String, lineOffset: Int) -> [SourceLine] {
        let normalized = nfcNormalized(source)
        var scalars = Array(normalized.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var lines: [SourceLine] = []
        var current: [Unicode.Scalar] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "\n" || s == "\r" {
                lines.append(SourceLine(number: lineOffset + lines.count + 1, scalars: current))
                current = []
                if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
            } else {
                current.append(s)
            }
            i += 1
        }
        lines.append(SourceLine(number: lineOffset + lines.count + 1, scalars: current))
        return lines
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
