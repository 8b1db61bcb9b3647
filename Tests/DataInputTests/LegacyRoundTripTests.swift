import Foundation
import Testing
import VietnameseText
@testable import DataInput

/// Every Vietnamese letter, and real sentences, encoded to TCVN3, VNI-Windows, Windows-1258 and
/// UTF-8-read-as-Windows-1252 by the test-side encoders, then read back exactly (NFC). Legacy
/// bytes are shown both ways a cell can hold them: Latin-1 code points and Windows-1252.
@Suite("Legacy Vietnamese round trips")
struct LegacyRoundTripTests {
    static let tcvn3Capitals: [Character] = ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]

    @Test func everyLowercaseLetterAndHatCapitalThroughTCVN3() throws {
        for letter in Alphabet.lowercase + Self.tcvn3Capitals {
            let bytes = try #require(Encode.tcvn3(String(letter)), "\(letter)")
            for shown in [Shown.latin1(bytes), Shown.windows1252(bytes)] {
                #expect(LegacyVietnamese.convert(shown, from: .tcvn3) == String(letter), "\(letter)")
            }
        }
    }

    /// TCVN3 has no capitals with tones: the .VnTimeH fonts draw the lowercase codes as
    /// capitals, and the text converts with `capitalFont`.
    @Test func capitalsWithTonesThroughTheCapitalFont() throws {
        let missing = Alphabet.uppercase.filter { Encode.tcvn3(String($0)) == nil }
        #expect(missing.count == 60)          // 12 vowels × 5 tones
        for letter in Alphabet.uppercase {
            let bytes = try #require(Encode.tcvn3(String(letter).lowercased()))
            #expect(LegacyVietnamese.convert(Shown.latin1(bytes), from: .tcvn3, capitalFont: true) == String(letter), "\(letter)")
        }
    }

    @Test func everyLetterThroughVNI() throws {
        for letter in Alphabet.all {
            let bytes = try #require(Encode.vni(String(letter)), "\(letter)")
            for shown in [Shown.latin1(bytes), Shown.windows1252(bytes)] {
                #expect(LegacyVietnamese.convert(shown, from: .vniWindows) == String(letter), "\(letter)")
            }
        }
    }

    @Test func everyLetterThroughWindows1258() throws {
        for letter in Alphabet.all {
            for decomposingAll in [false, true] {
                let bytes = try #require(Encode.windows1258(String(letter), decomposingAll: decomposingAll), "\(letter)")
                let decoded = try WindowsCodePage.cp1258.decode(bytes).get()
                #expect(Array(decoded.precomposedStringWithCanonicalMapping.unicodeScalars) == Array(String(letter).unicodeScalars))
            }
        }
        // Windows writes a tone byte for the letters the code page lacks: ấ is â + 0xEC.
        #expect(Encode.windows1258("ấ") == [0xE2, 0xEC])
        #expect(Encode.windows1258("Ý") == [0x59, 0xEC])
    }

    @Test func everyLetterThroughUTF8ReadAsWindows1252() throws {
        for letter in Alphabet.all {
            let bytes = Array(String(letter).utf8)
            for shown in [Shown.latin1(bytes), Shown.windows1252(bytes)] {
                #expect(LegacyVietnamese.convert(shown, from: .utf8ReadAsWindows1252) == String(letter), "\(letter)")
            }
        }
        #expect(Shown.windows1252(Array("Nguyễn".utf8)) == "Nguyá»…n")
    }

    /// UTF-8 opened by Excel on Vietnamese Windows: read as Windows-1258, where 0xC3 is Ă.
    @Test func everyLetterThroughUTF8ReadAsWindows1258() throws {
        for letter in Alphabet.all {
            let shown = String(String.UnicodeScalarView(Array(String(letter).utf8).map { WindowsCodePage.cp1258.scalar($0) ?? Unicode.Scalar($0) }))
            #expect(LegacyVietnamese.convert(shown, from: .utf8ReadAsWindows1252) == String(letter), "\(letter)")
        }
        #expect(LegacyVietnamese.detect("Nguyá»…n Thá»‹ Thu HĂ\u{A0}") == .utf8ReadAsWindows1252)
        #expect(LegacyVietnamese.convert("Nguyá»…n Thá»‹ Thu HĂ\u{A0}", from: .utf8ReadAsWindows1252) == "Nguyễn Thị Thu Hà")
    }

    @Test(arguments: Alphabet.sentences)
    func sentenceInVNI(sentence: String) throws {
        let bytes = try #require(Encode.vni(sentence))
        for shown in [Shown.latin1(bytes), Shown.windows1252(bytes)] {
            #expect(LegacyVietnamese.detect(shown) == .vniWindows, "\(shown)")
            #expect(LegacyVietnamese.convert(shown, from: .vniWindows) == sentence)
        }
    }

    /// A .VnTime typist has no capitals with tones: "Ủy ban" is typed with the lowercase ủ.
    @Test(arguments: Alphabet.sentences)
    func sentenceInTCVN3(sentence: String) throws {
        let typed = String(sentence.map { Encode.tcvn3(String($0)) == nil ? Character(String($0).lowercased()) : $0 })
        let bytes = try #require(Encode.tcvn3(typed))
        for shown in [Shown.latin1(bytes), Shown.windows1252(bytes)] {
            #expect(LegacyVietnamese.detect(shown) == .tcvn3, "\(shown)")
            #expect(LegacyVietnamese.convert(shown, from: .tcvn3) == typed)
        }
        // The same text in .VnTimeH: all capitals.
        let capitals = try #require(Encode.tcvn3(sentence.lowercased()))
        #expect(LegacyVietnamese.convert(Shown.latin1(capitals), from: .tcvn3, capitalFont: true) == sentence.uppercased())
    }

    @Test(arguments: Alphabet.sentences)
    func sentenceAsUTF8ReadAsWindows1252(sentence: String) throws {
        let bytes = Array(sentence.utf8)
        for shown in [Shown.latin1(bytes), Shown.windows1252(bytes)] {
            #expect(LegacyVietnamese.detect(shown) == .utf8ReadAsWindows1252, "\(shown)")
            #expect(LegacyVietnamese.convert(shown, from: .utf8ReadAsWindows1252) == sentence)
        }
    }

    @Test(arguments: Alphabet.sentences)
    func sentenceAsWindows1258File(sentence: String) throws {
        for decomposingAll in [false, true] {
            let bytes = try #require(Encode.windows1258("Họ và tên;Đơn vị\r\n" + sentence + ";X\r\n", decomposingAll: decomposingAll))
            let decoded = try TextDecoding.decode(bytes, display: "ds.csv")
            #expect(decoded.encoding == .windows1258)
            #expect(Array(decoded.text.unicodeScalars) == Array(("Họ và tên;Đơn vị\r\n" + sentence + ";X\r\n").unicodeScalars))
        }
    }

    /// Each letter in a syllable of its own ("bà", "bắn", "ly", "đa"), so the text is real
    /// Vietnamese: detected in each encoding, and converted back.
    @Test func everyLetterInAWordIsDetected() throws {
        let frames: [String: (String, String)] = ["ă": ("b", "n"), "â": ("b", "n"), "y": ("l", ""), "đ": ("", "a")]
        func word(_ letter: Character) -> String {
            let lower = String(letter).lowercased()
            let toneless = lower.decomposedStringWithCanonicalMapping.unicodeScalars
                .filter { ![0x300, 0x301, 0x303, 0x309, 0x323].contains($0.value) }
            let vowel = String(String.UnicodeScalarView(toneless)).precomposedStringWithCanonicalMapping
            let (onset, coda) = frames[vowel] ?? ("b", "")
            let text = onset + lower + coda
            return letter.isUppercase ? text.uppercased() : text
        }
        let lowercase = Alphabet.lowercase.map(word).joined(separator: " ")
        let all = Alphabet.all.map(word).joined(separator: " ")
        #expect(all.split(separator: " ").allSatisfy { VietnameseSyllable.isValid($0) })

        let tcvn3 = Shown.windows1252(try #require(Encode.tcvn3(lowercase + " Ăn Ân Êm Ôm Ơn Ưng Đa")))
        #expect(LegacyVietnamese.detect(tcvn3) == .tcvn3)
        #expect(LegacyVietnamese.convert(tcvn3, from: .tcvn3) == lowercase + " Ăn Ân Êm Ôm Ơn Ưng Đa")
        let vni = Shown.windows1252(try #require(Encode.vni(all)))
        #expect(LegacyVietnamese.detect(vni) == .vniWindows)
        #expect(LegacyVietnamese.convert(vni, from: .vniWindows) == all)
        let mojibake = Shown.windows1252(Array(all.utf8))
        #expect(LegacyVietnamese.detect(mojibake) == .utf8ReadAsWindows1252)
        #expect(LegacyVietnamese.convert(mojibake, from: .utf8ReadAsWindows1252) == all)
        let file = try TextDecoding.decode(try #require(Encode.windows1258(all)), display: "t.csv")
        #expect(file.encoding == .windows1258)
        #expect(file.text == all)
    }

    @Test func knownLegacySpellings() {
        #expect(LegacyVietnamese.convert("Vieät Nam", from: .vniWindows) == "Việt Nam")
        #expect(LegacyVietnamese.convert("Tröôøng", from: .vniWindows) == "Trường")
        #expect(LegacyVietnamese.convert("Xin chaøo caùc baïn", from: .vniWindows) == "Xin chào các bạn")
        #expect(LegacyVietnamese.convert("B¶o Th¾ng", from: .tcvn3) == "Bảo Thắng")
        // ư is 0xAD, a soft hyphen in Latin-1: invisible, but there.
        #expect(LegacyVietnamese.convert("M\u{AD}êng Kh\u{AD}¬ng", from: .tcvn3) == "Mường Khương")
        #expect(LegacyVietnamese.convert("Nguyá»…n", from: .utf8ReadAsWindows1252) == "Nguyễn")
        // Conversion that is not clean says so.
        #expect(LegacyVietnamese.convert("Hélène", from: .vniWindows) == nil)        // é with nothing to sit on
        #expect(LegacyVietnamese.convert("Hélène", from: .utf8ReadAsWindows1252) == nil)
        #expect(LegacyVietnamese.convert("Việt Nam", from: .tcvn3) == nil)          // ệ is no byte
    }

    @Test func fontNamesSayTheEncoding() {
        func font(_ name: String) -> String {
            LegacyVietnamese.encoding(ofFont: name).map { "\($0.encoding) \($0.capitalFont)" } ?? "nil"
        }
        #expect(font(".VnTime") == "tcvn3 false")
        #expect(font(".VnTimeH") == "tcvn3 true")
        #expect(font(".VnArial NarrowH") == "tcvn3 true")
        #expect(font("VNI-Times") == "vniWindows false")
        #expect(font("Times New Roman") == "nil")
    }
}
