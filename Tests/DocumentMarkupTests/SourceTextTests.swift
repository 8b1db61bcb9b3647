import Foundation
import Testing
import UnicodeNormalization
@testable import DocumentMarkup

@Suite("Source text")
struct SourceTextTests {
    /// The scalars `Chars.isAlwaysOwnCharacter` accepts (all below U+2100), but CR and LF
    /// (never inside a line).
    static let ownCharacters: [Unicode.Scalar] = (UInt32(0)..<0x2100).compactMap { value in
        guard let scalar = Unicode.Scalar(value), Chars.isAlwaysOwnCharacter(scalar),
              scalar != "\r", scalar != "\n" else { return nil }
        return scalar
    }

    /// Lines made of those scalars get one column per scalar without grapheme segmentation:
    /// check it with grapheme segmentation, for every ordered pair of them (grapheme breaks
    /// between such scalars depend on the pair only: none is a regional indicator, ZWJ,
    /// extender or Indic letter).
    @Test func everyPairOfOwnCharactersIsTwoCharacters() {
        #expect(Self.ownCharacters.count == 0x300 + 0x100 + 0x50 + 1 - 2)
        var failures: [String] = []
        for a in Self.ownCharacters {
            var scalars: [Unicode.Scalar] = []
            for b in Self.ownCharacters { scalars += [a, b] }
            let line = SourceLine(number: 1, scalars: scalars, everyScalarIsACharacter: false)
            if line.column(scalars.count) != scalars.count + 1 {
                failures.append(String(a.value, radix: 16))
            }
        }
        #expect(failures.isEmpty, "scalars that join a neighbour: \(failures.prefix(20))")
    }

    /// They are NFC, alone and together, and all below U+2100.
    @Test func ownCharactersAreNFC() {
        for scalar in Self.ownCharacters + ["\r", "\n"] {
            let s = String(Character(scalar))
            #expect(s.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(s.unicodeScalars))
        }
        let all = String(String.UnicodeScalarView(Self.ownCharacters))
        #expect(nfcNormalized(all).unicodeScalars.elementsEqual(all.unicodeScalars))
        for value in UInt32(0x2100)...0x10FFFF {
            if let scalar = Unicode.Scalar(value), Chars.isAlwaysOwnCharacter(scalar) {
                Issue.record("U+\(String(value, radix: 16)) is beyond the tested range")
                break
            }
        }
    }

    @Test func otherLinesCountCharacters() {
        // e + combining acute that NFC composes, x + acute that it cannot, a flag, a family.
        let text = "e\u{0301}x\u{0301}🇻🇳👨\u{200D}👩a"
        let document = try? MarkupParser.parse(text + " *", sourceName: "t")
        #expect(document == nil)
        let error = parseError(text + " *")
        // "é" (composed), "x́", flag, family, "a", " ", "*": the star is character 7.
        #expect(error?.position.column == 8)
        #expect(error?.message.contains("cột 7") == true)
    }
}
