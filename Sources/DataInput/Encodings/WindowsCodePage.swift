import Foundation

/// The two single-byte Windows code pages a CSV from Excel can be in: Windows-1258 (Vietnamese
/// Windows: what «CSV (Comma delimited)» writes there) and Windows-1252 (Western Windows).
///
/// Both are Latin-1 with printable characters in 0x80–0x9F. Windows-1258 leaves four of those
/// undefined and replaces fourteen Latin-1 letters with Ă Đ Ơ Ư ă đ ơ ư ₫ and the five tone
/// marks as combining characters (U+0300 U+0301 U+0303 U+0309 U+0323), which Windows writes after
/// the base vowel: "ấ" is â (0xE2) + 0xEC. Tables from the Unicode consortium's mapping files
/// (MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT, CP1258.TXT); the tests compare all 256 bytes with
/// glibc's iconv.
enum WindowsCodePage: Sendable, CaseIterable {
    case cp1252, cp1258

    /// The character of `byte`, or nil for a byte the code page leaves undefined.
    func scalar(_ byte: UInt8) -> Unicode.Scalar? {
        switch byte {
        case 0x80...0x9F:
            let value = Self.block80[Int(byte - 0x80)]
            if value == 0 || self == .cp1258 && [0x8A, 0x8E, 0x9A, 0x9E].contains(byte) { return nil }
            return Unicode.Scalar(value)
        case 0xA0...0xFF where self == .cp1258:
            return Unicode.Scalar(Self.vietnameseLetters[byte] ?? UInt32(byte))
        default:
            return Unicode.Scalar(byte)
        }
    }

    /// The text of `bytes`, or the offset of the first undefined byte. Not normalised:
    /// Windows-1258 text still has its tone marks apart.
    func decode(_ bytes: some Collection<UInt8>) -> Result<String, UndefinedByte> {
        var scalars = String.UnicodeScalarView()
        for (offset, byte) in bytes.enumerated() {
            guard let scalar = scalar(byte) else { return .failure(UndefinedByte(offset: offset, byte: byte)) }
            scalars.append(scalar)
        }
        return .success(String(scalars))
    }

    struct UndefinedByte: Error {
        var offset: Int
        var byte: UInt8
    }

    /// 0x80–0x9F of Windows-1252 (0 where undefined); Windows-1258 shares it but for 0x8A, 0x8E,
    /// 0x9A, 0x9E (Š Ž š ž), which it leaves undefined.
    static let block80: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Where Windows-1258 departs from Latin-1 in 0xA0–0xFF.
    static let vietnameseLetters: [UInt8: UInt32] = [
        0xC3: 0x0102, 0xCC: 0x0300, 0xD0: 0x0110, 0xD2: 0x0309, 0xD5: 0x01A0, 0xDD: 0x01AF, 0xDE: 0x0303,
        0xE3: 0x0103, 0xEC: 0x0301, 0xF0: 0x0111, 0xF2: 0x0323, 0xF5: 0x01A1, 0xFD: 0x01B0, 0xFE: 0x20AB,
    ]

    /// The five tone marks of Windows-1258, as bytes.
    static let toneBytes: Set<UInt8> = [0xCC, 0xEC, 0xD2, 0xDE, 0xF2]

    /// Bytes of Windows-1258 a tone byte may follow: the vowels without a tone, as Windows writes
    /// a decomposed letter (a e i o u y, â ê ô ă ơ ư, in both cases).
    static let toneBaseBytes: Set<UInt8> = Set(Array("aeiouyAEIOUY".utf8)).union([
        0xE2, 0xEA, 0xF4, 0xE3, 0xF5, 0xFD, 0xC2, 0xCA, 0xD4, 0xC3, 0xD5, 0xDD,
    ])

    /// Bytes the two code pages read differently (as different characters, or defined in one).
    static let differingBytes: Set<UInt8> = Set(vietnameseLetters.keys).union([0x8A, 0x8E, 0x9A, 0x9E])
}

/// The byte a character of "legacy" text stands for, where each byte of a file or a font was
/// shown as one character: Latin-1 (U+0000–U+00FF is the byte itself, 0x80–0x9F as C1 controls)
/// or Windows-1252 (0x80–0x9F as € ‚ ƒ … ’ “ –, the characters Excel and Windows give them).
enum LegacyByte {
    static func byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value <= 0xFF { return UInt8(scalar.value) }
        return fromWindows1252[scalar.value]
    }

    /// What a byte the legacy encoding leaves alone showed as: for 0x80–0x9F the Windows
    /// character (a font under Windows draws "–" for 0x96, however the cell holds it).
    static func shown(_ byte: UInt8, _ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0x80...0x9F).contains(byte) ? WindowsCodePage.cp1252.scalar(byte) ?? scalar : scalar
    }

    private static let fromWindows1252: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for (index, value) in WindowsCodePage.block80.enumerated() where value != 0 {
            table[value] = UInt8(0x80 + index)
        }
        return table
    }()
}
