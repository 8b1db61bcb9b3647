import Foundation

/// The twelve Vietnamese vowels and the six tones, in the order the tables below list them.
enum VietnameseLetters {
    static let vowels: [Character] = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    /// None, huyền, sắc, hỏi, ngã, nặng.
    static let toneMarks: [String] = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]

    /// The precomposed letter: `vowel` with tone `tone` (an index into `toneMarks`).
    static func letter(_ vowel: Character, tone: Int) -> Character {
        Character((String(vowel) + toneMarks[tone]).precomposedStringWithCanonicalMapping)
    }
}

/// TCVN3 (TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts): the 67 lowercase
/// letters, Ă Â Ê Ô Ơ Ư Đ, and nothing else above ASCII.
///
/// VN3 is the part of VN1 (the full table, glibc's TCVN5712-1) that fonts carry. VN1 also puts
/// the capitals with tones in 0x01–0x17 and 0x80–0x9F, sixteen more in 0xA0–0xFF, and five
/// combining tone marks at 0xB0–0xB4; VN3 leaves all of those to what the font shows there (the
/// Windows characters: "–", "’", "°"), so they stay as they are. Capitals with tones are written
/// in the "H" fonts (.VnTimeH), which draw the lowercase codes as capitals: see
/// `LegacyVietnamese.convert(_:from:capitalFont:)`.
enum TCVN3 {
    /// Columns: no tone, huyền, sắc, hỏi, ngã, nặng.
    static let vowelRows: [(vowel: Character, bytes: [UInt8])] = [
        ("a", [0x61, 0xB5, 0xB8, 0xB6, 0xB7, 0xB9]),
        ("ă", [0xA8, 0xBB, 0xBE, 0xBC, 0xBD, 0xC6]),
        ("â", [0xA9, 0xC7, 0xCA, 0xC8, 0xC9, 0xCB]),
        ("e", [0x65, 0xCC, 0xD0, 0xCE, 0xCF, 0xD1]),
        ("ê", [0xAA, 0xD2, 0xD5, 0xD3, 0xD4, 0xD6]),
        ("i", [0x69, 0xD7, 0xDD, 0xD8, 0xDC, 0xDE]),
        ("o", [0x6F, 0xDF, 0xE3, 0xE1, 0xE2, 0xE4]),
        ("ô", [0xAB, 0xE5, 0xE8, 0xE6, 0xE7, 0xE9]),
        ("ơ", [0xAC, 0xEA, 0xED, 0xEB, 0xEC, 0xEE]),
        ("u", [0x75, 0xEF, 0xF3, 0xF1, 0xF2, 0xF4]),
        ("ư", [0xAD, 0xF5, 0xF8, 0xF6, 0xF7, 0xF9]),
        ("y", [0x79, 0xFA, 0xFD, 0xFB, 0xFC, 0xFE]),
    ]
    static let otherLetters: [UInt8: Character] = [
        0xAE: "đ", 0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    ]

    /// Byte (0x80 and above) → letter.
    static let decoding: [UInt8: Character] = {
        var table = otherLetters
        for (vowel, bytes) in vowelRows {
            for (tone, byte) in bytes.enumerated() where byte >= 0x80 {
                table[byte] = VietnameseLetters.letter(vowel, tone: tone)
            }
        }
        return table
    }()
}

/// VNI-Windows (the VNI-Times fonts): an ASCII vowel followed by a mark byte ("aù" = á,
/// "eä" = ệ), or a letter byte of its own for đ, ơ, ư and the toned i (and ỵ); ơ and ư take a
/// tone mark after them ("ôù" = ớ). Capitals are the same bytes less 0x20 ("AÙ" = Á, "Ñ" = Đ).
/// Every byte is in 0xC0–0xFF: VNI needs nothing from 0x80–0x9F.
enum VNIWindows {
    /// Lowercase marks and letters. Tone marks: huyền, sắc, hỏi, ngã, nặng.
    static let toneMarks: [UInt8] = [0xF8, 0xF9, 0xFB, 0xF5, 0xEF]
    /// â, ê, ô with each tone (none, huyền, sắc, hỏi, ngã, nặng), after a, e, o.
    static let circumflexMarks: [UInt8] = [0xE2, 0xE0, 0xE1, 0xE5, 0xE3, 0xE4]
    /// ă with each tone, after a.
    static let breveMarks: [UInt8] = [0xEA, 0xE8, 0xE9, 0xFA, 0xFC, 0xEB]
    /// i with huyền, sắc, hỏi, ngã, nặng: letters of their own.
    static let iLetters: [UInt8] = [0xEC, 0xED, 0xE6, 0xF3, 0xF2]
    static let yWithDot: UInt8 = 0xEE
    static let oHorn: UInt8 = 0xF4
    static let uHorn: UInt8 = 0xF6
    static let dStroke: UInt8 = 0xF1

    /// The bytes of a lowercase letter (`vowel` with tone index `tone`, or "đ").
    static func bytes(_ vowel: Character, tone: Int) -> [UInt8] {
        let toneMark = tone == 0 ? [] : [toneMarks[tone - 1]]
        switch vowel {
        case "a", "e", "o", "u": return [vowel.asciiValue!] + toneMark
        case "ă": return [0x61, breveMarks[tone]]
        case "â": return [0x61, circumflexMarks[tone]]
        case "ê": return [0x65, circumflexMarks[tone]]
        case "ô": return [0x6F, circumflexMarks[tone]]
        case "ơ": return [oHorn] + toneMark
        case "ư": return [uHorn] + toneMark
        case "i": return tone == 0 ? [0x69] : [iLetters[tone - 1]]
        case "y": return tone == 5 ? [yWithDot] : [0x79] + toneMark
        default: return [dStroke]      // đ
        }
    }

    /// The capital's bytes: 0x20 lower, for the ASCII letters as for the Latin-1 marks.
    static func capital(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 - 0x20 }
    }

    /// Byte sequence (one or two bytes, at least one above ASCII) → letter, both cases.
    static let decoding: [[UInt8]: Character] = {
        var table: [[UInt8]: Character] = [:]
        for vowel in VietnameseLetters.vowels {
            for tone in 0..<6 {
                let letter = VietnameseLetters.letter(vowel, tone: tone)
                let lower = bytes(vowel, tone: tone)
                guard lower.contains(where: { $0 >= 0x80 }) else { continue }
                table[lower] = letter
                table[capital(lower)] = Character(String(letter).uppercased())
            }
        }
        table[[dStroke]] = "đ"
        table[capital([dStroke])] = "Đ"
        return table
    }()

    /// Bytes that only ever follow a base letter: a mark anywhere else means the text is not VNI.
    static let markBytes: Set<UInt8> = {
        let lower = toneMarks + circumflexMarks + breveMarks
        return Set(lower + lower.map { $0 - 0x20 })
    }()
}
