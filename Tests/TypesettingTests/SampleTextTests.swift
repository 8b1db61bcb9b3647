import EngineSamples
import Foundation
import Testing

/// The project's own test texts cover what they claim to cover.
@Suite struct SampleTextTests {
    /// Every vowel with every tone, in both cases, composed from Unicode rather than listed by
    /// hand: base letter + tone mark (U+0300 huyền, U+0309 hỏi, U+0303 ngã, U+0301 sắc,
    /// U+0323 nặng), normalised to NFC.
    @Test func everyVowelWithEveryToneAppearsInBothCases() throws {
        let text = try #require(EngineSamples.coverageTexts.first { $0.name == "chu-co-dau" }?.text)
        let letters = Set(text.map { String($0) })
        let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
        let tones = ["", "\u{0300}", "\u{0309}", "\u{0303}", "\u{0301}", "\u{0323}"]
        for vowel in vowels {
            for tone in tones {
                let lower = (vowel + tone).precomposedStringWithCanonicalMapping
                #expect(lower.count == 1 && letters.contains(lower), "\(lower)")
                #expect(letters.contains(lower.uppercased()), "\(lower.uppercased())")
            }
        }
        #expect(letters.contains("đ") && letters.contains("Đ"))
    }

    @Test func theTextsAreInNFCAndHaveNoTabsOrTrailingSpaces() {
        for (name, text) in EngineSamples.allTexts {
            #expect(text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars), "\(name)")
            for line in text.split(separator: "\n") {
                #expect(!line.contains("\t") && line.last != " ", "\(name): «\(line)»")
            }
        }
    }

    @Test func theProseFillsSeveralPages() {
        let words = EngineSamples.proseTexts.map { $0.text.split(separator: " ").count }.reduce(0, +)
        #expect(words > 1500, "\(words) words")
    }
}
