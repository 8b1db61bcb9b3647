import InputGuards
import Foundation
import VietnameseText

/// Reading a file that is not UTF-8 as Windows-1258 or Windows-1252, and only when the bytes
/// say which.
///
/// Most bytes read the same in both; `WindowsCodePage.differingBytes` do not (0xE3 is "ă" or
/// "ã", 0xEC a combining acute or "ì"). The words holding such bytes decide: read both ways,
/// the reading in which more of them are Vietnamese syllables wins; under Windows-1252 a word
/// may also count after conversion from TCVN3 or VNI, when the text as a whole is detected as
/// such (`LegacyVietnamese.detect`). Windows-1258 is impossible when a tone byte follows
/// anything but a vowel (Windows writes it only after the vowel it decomposes), and either code
/// page when the file has a byte it leaves undefined. A tie, or no reading with Vietnamese in it
/// among several possible ones, is no answer.
struct WindowsReading {
    enum Outcome {
        case read(String, SourceEncoding, legacy: LegacyVietnamese.Encoding?)
        /// No confident answer; `offset`: the first byte that would have had to decide.
        case undecided(offset: Int, readings: [String])
        /// Neither code page: a byte both leave undefined, or punctuation inside a word.
        case notWindows(offset: Int, what: String)
    }

    let bytes: [UInt8]

    func outcome() -> Outcome {
        let text1252: String
        switch WindowsCodePage.cp1252.decode(bytes) {
        case .success(let text): text1252 = text
        // Every byte Windows-1252 leaves undefined, Windows-1258 does too.
        case .failure(let undefined):
            return .notWindows(offset: undefined.offset, what: "byte 0x" + String(undefined.byte, radix: 16, uppercase: true))
        }
        if let word = Self.implausibleWord(bytes) {
            return .notWindows(offset: word.lowerBound, what: "chữ \(Excerpt.quoted(Self.read(bytes[word], .cp1252)))")
        }
        let legacy = LegacyVietnamese.detect(text1252)
        let words = Self.differingWords(bytes)
        guard let first = words.first else {
            // Nothing reads differently: one text, whichever the code page.
            return .read(nfc(text1252), legacy == nil ? .windows1258 : .windows1252, legacy: legacy)
        }
        var text1258: String? = nil
        if case .success(let text) = WindowsCodePage.cp1258.decode(bytes), !hasToneByteAfterNonVowel { text1258 = text }

        var valid1258 = 0, valid1252 = 0
        for range in words {
            if text1258 != nil, Words.isVietnamese(Self.read(bytes[range], .cp1258)) { valid1258 += 1 }
            let western = Self.read(bytes[range], .cp1252)
            if Words.isVietnamese(western) {
                valid1252 += 1
            } else if let legacy, let converted = LegacyVietnamese.convert(western, from: legacy),
                      Words.isVietnamese(converted) {
                valid1252 += 1
            }
        }
        if let text1258, valid1258 > valid1252, 3 * valid1258 >= words.count {
            return .read(nfc(text1258), .windows1258, legacy: nil)
        }
        // Windows-1252 when it reads more words as Vietnamese, or is the only reading left.
        if text1258 == nil || (valid1252 > valid1258 && 3 * valid1252 >= words.count) {
            return .read(nfc(text1252), .windows1252, legacy: legacy)
        }
        return .undecided(offset: first.lowerBound,
                          readings: [Self.read(bytes[first], .cp1258), Self.read(bytes[first], .cp1252)])
    }

    /// A Windows-1258 tone byte that does not follow a vowel: Windows never writes one.
    private var hasToneByteAfterNonVowel: Bool {
        for (index, byte) in bytes.enumerated() where WindowsCodePage.toneBytes.contains(byte) {
            if index == 0 || !WindowsCodePage.toneBaseBytes.contains(bytes[index - 1]) { return true }
        }
        return false
    }

    /// The byte ranges of the words (runs between ASCII non-letters) that hold a byte the two
    /// code pages read differently.
    static func differingWords(_ bytes: [UInt8]) -> [Range<Int>] {
        wordRanges(bytes).filter { range in bytes[range].contains(where: WindowsCodePage.differingBytes.contains) }
    }

    static func wordRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int? = nil
        for (index, byte) in bytes.enumerated() {
            let isWordByte = byte >= 0x80 || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if isWordByte, start == nil { start = index }
            if !isWordByte, let begin = start { ranges.append(begin..<index); start = nil }
        }
        if let begin = start { ranges.append(begin..<bytes.count) }
        return ranges
    }

    /// A word with a Windows punctuation byte (0x80–0x9F: ‚ „ † ‰ • ™ …) between two letters,
    /// as a DOS or Mac file read as Windows shows ("Caf‚" for a DOS "Café"): such a file is neither.
    /// ’ – — are allowed there ("O’Neil", "Bà Rịa–Vũng Tàu").
    static func implausibleWord(_ bytes: [UInt8]) -> Range<Int>? {
        let text = bytes.map { WindowsCodePage.cp1252.scalar($0) ?? "\u{FFFD}" }
        for index in text.indices.dropFirst().dropLast() {
            let byte = bytes[index]
            guard (0x80...0x9F).contains(byte), ![0x92, 0x96, 0x97].contains(byte),
                  !text[index].properties.isAlphabetic,
                  text[index - 1].properties.isAlphabetic, text[index + 1].properties.isAlphabetic else { continue }
            return wordRanges(bytes).first(where: { $0.contains(index) }) ?? index..<(index + 1)
        }
        return nil
    }

    /// `bytes` read in `page`, NFC; undefined bytes as U+FFFD (only for showing).
    static func read(_ bytes: ArraySlice<UInt8>, _ page: WindowsCodePage) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(page.scalar(byte) ?? "\u{FFFD}") }
        return nfc(String(scalars))
    }
}
