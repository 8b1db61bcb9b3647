import Foundation
@testable import DataInput

/// Every Vietnamese letter: the twelve vowels with each of the six tones, and đ, in both cases
/// (146 letters, the toneless a e i o u y among them).
enum Alphabet {
    static let vowels: [Character] = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    /// None, huyền, sắc, hỏi, ngã, nặng.
    static let tones = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]

    static let lowercase: [Character] = vowels.flatMap { vowel in
        tones.map { Character((String(vowel) + $0).precomposedStringWithCanonicalMapping) }
    } + ["đ"]
    static let uppercase: [Character] = lowercase.map { Character(String($0).uppercased()) }
    static let all = lowercase + uppercase

    static let sentences = [
        "Sở Nội vụ tỉnh Bến Tre", "Nguyễn Thị Hồng Nhung", "Phòng Tổ chức – Biên chế",
        "Cụm thi đua miền Tây Nam Bộ", "Ủy ban nhân dân xã Tân Thành",
    ]
}

/// Encoders written from the published tables, to make legacy text to read back.
enum Encode {
    /// TCVN3 bytes, by the inverse of the table under test (checked against glibc separately);
    /// nil for a character TCVN3 does not have (the capitals with tones).
    static func tcvn3(_ text: String) -> [UInt8]? {
        var inverse: [Character: UInt8] = [:]
        for (byte, letter) in TCVN3.decoding { inverse[letter] = byte }
        var bytes: [UInt8] = []
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            let character = Character(scalar)
            if scalar.isASCII { bytes.append(UInt8(scalar.value)) }
            else if let byte = inverse[character] ?? windows1252Punctuation[character] { bytes.append(byte) }
            else { return nil }
        }
        return bytes
    }

    /// VNI-Windows, from the scheme as the VNI tables publish it (base letter, then one mark
    /// byte for the hat and tone together), written here apart from `VNIWindows`.
    static func vni(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            let character = Character(scalar)
            if scalar.isASCII { bytes.append(UInt8(scalar.value)); continue }
            if let byte = windows1252Punctuation[character] { bytes.append(byte); continue }
            let isUpper = character.isUppercase
            guard var letter = vniLower(Character(String(character).lowercased())) else { return nil }
            if isUpper { letter = letter.map { $0 - 0x20 } }
            bytes += letter
        }
        return bytes
    }

    private static func vniLower(_ character: Character) -> [UInt8]? {
        if character == "đ" { return [0xF1] }
        let scalars = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
        guard let base = scalars.first?.value, base < 0x80 else { return nil }
        let marks = Set(scalars.dropFirst().map(\.value))
        // Tone columns: none, huyền (U+0300), sắc (0301), hỏi (0309), ngã (0303), nặng (0323).
        let toneIndex = [0x300: 1, 0x301: 2, 0x309: 3, 0x303: 4, 0x323: 5].first { marks.contains(UInt32($0.key)) }?.value ?? 0
        let plainTone: [UInt8] = [0, 0xF8, 0xF9, 0xFB, 0xF5, 0xEF]
        let tone = toneIndex == 0 ? [] : [plainTone[toneIndex]]
        if marks.contains(0x302) { return [UInt8(base), [0xE2, 0xE0, 0xE1, 0xE5, 0xE3, 0xE4][toneIndex]] }
        if marks.contains(0x306) { return [UInt8(base), [0xEA, 0xE8, 0xE9, 0xFA, 0xFC, 0xEB][toneIndex]] }
        if marks.contains(0x31B) { return [base == 0x6F ? 0xF4 : 0xF6] + tone }
        if base == 0x69 { return [[0x69, 0xEC, 0xED, 0xE6, 0xF3, 0xF2][toneIndex]] }
        if base == 0x79 && toneIndex == 5 { return [0xEE] }
        return [UInt8(base)] + tone
    }

    /// Windows-1258 as Windows writes it: a character the code page has is its byte; any other
    /// letter is its base (with hat or horn) and a tone byte. `decomposingAll`: every toned
    /// letter as base + tone, even à (0xE0) and é (0xE9).
    static func windows1258(_ text: String, decomposingAll: Bool = false) -> [UInt8]? {
        var inverse: [Unicode.Scalar: UInt8] = [:]
        for byte in UInt8.min...UInt8.max { if let scalar = WindowsCodePage.cp1258.scalar(byte) { inverse[scalar] = byte } }
        let toneValues: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]
        var bytes: [UInt8] = []
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            let decomposed = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            let tones = decomposed.filter { toneValues.contains($0.value) }
            if let byte = inverse[scalar], !(decomposingAll && !tones.isEmpty) {
                bytes.append(byte)
                continue
            }
            let base = String(String.UnicodeScalarView(decomposed.filter { !toneValues.contains($0.value) }))
                .precomposedStringWithCanonicalMapping
            guard base.unicodeScalars.count == 1, let baseByte = inverse[base.unicodeScalars.first!] else { return nil }
            bytes.append(baseByte)
            for tone in tones {
                guard let byte = inverse[tone] else { return nil }
                bytes.append(byte)
            }
        }
        return bytes
    }

    private static let windows1252Punctuation: [Character: UInt8] = ["–": 0x96, "—": 0x97, "’": 0x92, "“": 0x93, "”": 0x94, "…": 0x85]
}

/// Bytes shown one per character, as a cell or a file read as Latin-1 or Windows-1252 shows them.
enum Shown {
    static func latin1(_ bytes: [UInt8]) -> String {
        String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    /// 0x80–0x9F as Windows-1252's characters; its five undefined bytes as C1 controls, as
    /// Windows gives them.
    static func windows1252(_ bytes: [UInt8]) -> String {
        String(String.UnicodeScalarView(bytes.map { WindowsCodePage.cp1252.scalar($0) ?? Unicode.Scalar($0) }))
    }
}

/// glibc's iconv, for comparing tables with an implementation we did not write.
enum Iconv {
    static let path = "/usr/bin/iconv"
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// Each byte but LF converted alone from `encoding`: its characters, or nil when iconv
    /// drops it (undefined).
    static func table(_ encoding: String) throws -> [UInt8: [Unicode.Scalar]] {
        var input: [UInt8] = []
        let bytes = (UInt8.min...UInt8.max).filter { $0 != 0x0A }
        for byte in bytes { input += [byte, 0x0A] }
        let output = try run(["-c", "-f", encoding, "-t", "UTF-8"], input)
        // By scalars: "\r\n" is one Character, and 0x0D's line is "\r".
        let lines = String.UnicodeScalarView(output.unicodeScalars).split(separator: "\n", omittingEmptySubsequences: false)
        var table: [UInt8: [Unicode.Scalar]] = [:]
        for (byte, line) in zip(bytes, lines) where !line.isEmpty { table[byte] = Array(line) }
        return table
    }

    /// Through files rather than pipes: a pipe write interrupted by a signal traps in Foundation.
    static func run(_ arguments: [String], _ input: [UInt8]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("iconv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputURL = folder.appendingPathComponent("in"), outputURL = folder.appendingPathComponent("out")
        try Data(input).write(to: inputURL)
        try Data().write(to: outputURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments + [inputURL.path]
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return String(decoding: try Data(contentsOf: outputURL), as: UTF8.self)
    }
}
