import Foundation
import VietnameseText

/// Text that is already Unicode but really holds the bytes of another encoding, one character
/// per byte: a cell typed in a .VnTime font (TCVN3: "NguyÔn ThÞ Hång Nhung"), in a VNI font
/// ("Nguyeãn Thò Hoàng Nhung"), or UTF-8 read as Windows-1252 ("Nguyá»…n Thá»‹ Há»“ng Nhung").
///
/// Each byte may reach us as its Latin-1 character (U+0080–U+00FF) or, for 0x80–0x9F, as the
/// Windows-1252 character Excel shows for it (€ ‚ ƒ … ’ “ –); both are read back to the byte.
/// A text with any other character beyond U+00FF (ă, ơ, ạ, a combining mark) is not legacy
/// text: genuine Vietnamese nearly always has one, and then nothing here changes it.
public enum LegacyVietnamese {
    public enum Encoding: String, Sendable, CaseIterable {
        case tcvn3, vniWindows, utf8ReadAsWindows1252
    }

    /// Which legacy encoding `text` is in, or nil for genuine text or when the evidence is not
    /// clear. Deterministic and per text: the same text always gets the same answer.
    ///
    /// Words are compared before and after conversion by whether they are Vietnamese syllables
    /// (`VietnameseSyllable`). An encoding is named only when the text converts cleanly, more of
    /// its changed words are syllables after than before, at least three in four after, and the
    /// evidence is more than one coincidence: one changed word needs two telling characters (a
    /// lone "Loïc" or "Lü" is not taken for VNI "Lọc" or TCVN3 "Lỹ"), two changed words must both
    /// become syllables. UTF-8 read as Windows-1252 is also named when every changed word was no
    /// syllable and every repaired character is a Vietnamese or Western letter or common
    /// punctuation ("HÃ©lÃ¨ne" → "Hélène"). A text of ASCII only is never legacy.
    ///
    /// For a column, detect on its cells joined by line breaks, then convert each cell: a cell of
    /// one word ("Nguyeãn", "TrÇn") is too little to go on alone.
    public static func detect(_ text: String) -> Encoding? {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return nil }
        var best: (encoding: Encoding, evidence: Evidence)? = nil
        var tied = false
        for encoding in Encoding.allCases {
            guard let evidence = Evidence(text, encoding), evidence.isConfident(for: encoding) else { continue }
            // Repaired UTF-8 is structural proof; otherwise the most syllables win, and a tie says nothing.
            if encoding == .utf8ReadAsWindows1252 { return encoding }
            if let current = best {
                if evidence.validAfter > current.evidence.validAfter { best = (encoding, evidence); tied = false }
                else if evidence.validAfter == current.evidence.validAfter { tied = true }
            } else {
                best = (encoding, evidence)
            }
        }
        return tied ? nil : best?.encoding
    }

    /// `text` converted from `encoding` to Unicode (NFC), or nil when it does not convert
    /// cleanly: a character beyond what the encoding's bytes can be shown as, a VNI mark with no
    /// letter to sit on, bytes that are not UTF-8. Characters the encoding does not use pass
    /// through unchanged, but for a C1 control (U+0080–U+009F), which becomes the Windows
    /// character of its byte ("–" for U+0096), as the font showed it. UTF-8 may also have been
    /// read as Windows-1258 ("HĂ\u{A0}" for "Hà"). `capitalFont`: the text was typed in an
    /// all-capitals font (.VnTimeH, .VnArialH), which draws TCVN3's lowercase codes as capitals;
    /// the result is uppercased.
    public static func convert(_ text: String, from encoding: Encoding, capitalFont: Bool = false) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            // Excel on Vietnamese Windows reads UTF-8 as Windows-1258, which differs from 1252, for
            // the bytes of NFC text, only in showing the lead byte 0xC3 (of à é ô …) as Ă.
            let mojibakeC3 = encoding == .utf8ReadAsWindows1252 && scalar == "\u{102}"
            guard let byte = mojibakeC3 ? 0xC3 : LegacyByte.byte(scalar) else { return nil }
            bytes.append(byte)
        }
        let scalars = Array(text.unicodeScalars)
        let converted: String?
        switch encoding {
        case .tcvn3: converted = convertTCVN3(bytes, scalars)
        case .vniWindows: converted = convertVNI(bytes, scalars)
        case .utf8ReadAsWindows1252: converted = String(validating: bytes, as: UTF8.self)
        }
        guard let converted else { return nil }
        return capitalFont ? vietnameseUppercased(converted) : nfc(converted)
    }

    /// The legacy encoding a font name implies: ".VnTime", ".VnArial" (TCVN3; a name ending in
    /// "H" is the capitals font), "VNI-Times", "VNI-Helve" (VNI-Windows). Nil for Unicode fonts.
    public static func encoding(ofFont name: String) -> (encoding: Encoding, capitalFont: Bool)? {
        let name = name.trimmedWhitespace
        if name.lowercased().hasPrefix(".vn") { return (.tcvn3, name.hasSuffix("H")) }
        if name.lowercased().hasPrefix("vni-") || name.lowercased().hasPrefix("vni ") { return (.vniWindows, false) }
        return nil
    }

    private static func convertTCVN3(_ bytes: [UInt8], _ scalars: [Unicode.Scalar]) -> String {
        var output = ""
        for (byte, scalar) in zip(bytes, scalars) {
            if let letter = TCVN3.decoding[byte] { output.append(letter) } else { output.unicodeScalars.append(LegacyByte.shown(byte, scalar)) }
        }
        return output
    }

    private static func convertVNI(_ bytes: [UInt8], _ scalars: [Unicode.Scalar]) -> String? {
        var output = ""
        var i = 0
        while i < bytes.count {
            if i + 1 < bytes.count, let letter = VNIWindows.decoding[[bytes[i], bytes[i + 1]]] {
                output.append(letter)
                i += 2
                continue
            }
            if let letter = VNIWindows.decoding[[bytes[i]]] {
                output.append(letter)
            } else if VNIWindows.markBytes.contains(bytes[i]) {
                return nil
            } else {
                output.unicodeScalars.append(LegacyByte.shown(bytes[i], scalars[i]))
            }
            i += 1
        }
        return output
    }
}

/// What converting a text does to its words: how many change, and how many of those are
/// Vietnamese syllables before and after.
struct Evidence {
    var changed = 0
    var validBefore = 0
    var validAfter = 0
    /// Characters beyond ASCII in the changed words, a non-letter among letters counting twice
    /// (a "¹" inside "Ph¹m" is stronger evidence than an "é").
    var tellingCharacters = 0
    /// Every character beyond ASCII that conversion produced is a Latin letter, a Vietnamese
    /// tone mark or common punctuation.
    var repairedArePlausible = true

    init?(_ text: String, _ encoding: LegacyVietnamese.Encoding) {
        guard let whole = LegacyVietnamese.convert(text, from: encoding),
              Array(whole.unicodeScalars) != Array(text.unicodeScalars) else { return nil }
        for word in Words.split(text) where word.unicodeScalars.contains(where: { $0.value >= 0x80 }) {
            guard let after = LegacyVietnamese.convert(String(word), from: encoding) else { return nil }
            guard Array(after.unicodeScalars) != Array(word.unicodeScalars) else { continue }
            changed += 1
            if Words.isVietnamese(word) { validBefore += 1 }
            if Words.isVietnamese(after) { validAfter += 1 }
            for scalar in word.unicodeScalars where scalar.value >= 0x80 {
                tellingCharacters += scalar.properties.isAlphabetic ? 1 : 2
            }
            for scalar in after.unicodeScalars where scalar.value >= 0x80 && !Self.isPlausibleRepair(scalar) {
                repairedArePlausible = false
            }
        }
    }

    func isConfident(for encoding: LegacyVietnamese.Encoding) -> Bool {
        let enough: Bool
        switch changed {
        case 0: return false
        case 1: enough = tellingCharacters >= 2
        case 2: enough = validAfter - validBefore >= 2
        default: enough = true
        }
        let syllables = validAfter > validBefore && 4 * validAfter >= 3 * changed && enough
        if encoding == .utf8ReadAsWindows1252 {
            return repairedArePlausible && (syllables || (validBefore == 0 && tellingCharacters >= 2))
        }
        return syllables
    }

    /// Latin-1; ă đ ĩ ũ ơ ư and their capitals; Œ Š Ž Ÿ; the Vietnamese tone marks; the letters
    /// of Latin Extended Additional; general punctuation, € ₫ ™: what a UTF-8 file of Vietnamese
    /// or Western text holds. Bytes read as "Ê…" repair to "ʅ", "Ä…" to "ą": neither is here.
    static func isPlausibleRepair(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0...0xFF, 0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x152, 0x153, 0x160, 0x161,
             0x178, 0x17D, 0x17E, 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x300, 0x301, 0x303, 0x309, 0x323,
             0x1EA0...0x1EF9, 0x2010...0x2026, 0x2030, 0x2039, 0x203A, 0x20AB, 0x20AC, 0x2122: return true
        default: return false
        }
    }
}

/// Words for judging encodings: runs between ASCII characters that are not letters. No legacy
/// encoding uses ASCII punctuation, digits or spaces for letters, and no UTF-8 sequence
/// contains an ASCII byte, so conversion never joins or splits these words.
enum Words {
    static func split(_ text: String) -> [Substring] {
        text.split(whereSeparator: { character in
            guard let ascii = character.asciiValue else { return false }
            return !(0x41...0x5A).contains(ascii) && !(0x61...0x7A).contains(ascii)
        })
    }

    /// The word is one or more Vietnamese syllables joined by punctuation ("chức–Biên"). A
    /// symbol anywhere makes it none: "Ph¹m", and "ạ²³" (TCVN3 read into "¹²³").
    static func isVietnamese(_ word: some StringProtocol) -> Bool {
        var parts: [Substring] = []
        var start = word.startIndex
        for index in word.indices {
            let character = word[index]
            if character.isLetter { continue }
            guard character.isPunctuation else { return false }
            parts.append(Substring(word[start..<index]))
            start = word.index(after: index)
        }
        parts.append(Substring(word[start...]))
        parts.removeAll(where: \.isEmpty)
        return !parts.isEmpty && parts.allSatisfy { VietnameseSyllable.isValid($0) }
    }
}
