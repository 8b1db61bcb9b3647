import Foundation
import Testing
@testable import VietnameseText

/// `normalizedSpacing` and `trimmedWhitespace` answer the common case without splitting into
/// characters or bridging to Foundation: they must give what the general code gives.
@Suite("Spacing and trimming: quick paths agree with the general code")
struct WhitespaceFastPathTests {
    static func trimmedByCharacters(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...scalars.lastIndex(where: { !$0.properties.isWhitespace })!])
    }

    static func splitAndJoin(_ text: String) -> String {
        nfc(text).unicodeScalars.split(whereSeparator: \.properties.isWhitespace)
            .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }

    /// `isWhiteSpace` answers ASCII, Latin letters and combining marks itself: for every scalar
    /// it must say what Unicode's White_Space property says.
    @Test func theWhiteSpaceTestIsUnicodesPropertyForEveryScalar() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isWhiteSpace != scalar.properties.isWhitespace { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { String($0, radix: 16) })")
    }

    /// Every scalar the quick scan accepts, alone, between letters and next to spaces.
    @Test func everyAcceptedScalarInEveryPosition() {
        var mismatches: [String] = []
        for value in UInt32(0)..<0x1F00 where value < 0x300 || (0x1E00...0x1EFF).contains(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let c = String(Character(scalar))
            for text in ["a" + c + "b", c, "a " + c, c + " b", "x" + c + c + "y", " " + c, c + " "] {
                if Array(normalizedSpacing(text).unicodeScalars) != Array(Self.splitAndJoin(text).unicodeScalars) {
                    mismatches.append(String(format: "normalizedSpacing U+%04X", value))
                }
                if Array(text.trimmedWhitespace.unicodeScalars) != Array(Self.trimmedByCharacters(text).unicodeScalars) {
                    mismatches.append(String(format: "trimmedWhitespace U+%04X", value))
                }
            }
        }
        #expect(mismatches.isEmpty)
    }

    @Test(arguments: [
        "", " ", "Sở Nội vụ", " Sở Nội vụ", "Sở Nội vụ ", "Sở  Nội vụ", "Sở\u{00A0}Nội vụ", "Sở\tNội\nvụ",
        "Sở\u{2003}Nội vụ", "Sở\u{3000}", "\u{3000}Sở", nfd("Nguyễn Văn An"), "Nguyễn Văn An", "a\u{0301} b",
        " \u{0301}a", "\r\n", "a\r\nb", "日本 語", "1.490.000", " 2023-02-24 ", "\u{00A0}0,3\u{00A0}", "\u{1680}x",
    ])
    func samplesAgree(text: String) {
        #expect(Array(normalizedSpacing(text).unicodeScalars) == Array(Self.splitAndJoin(text).unicodeScalars))
        #expect(Array(text.trimmedWhitespace.unicodeScalars) == Array(Self.trimmedByCharacters(text).unicodeScalars))
    }

    @Test func randomTextAgrees() {
        let pieces = Array("aSởộ \u{00A0}\t\n\u{2003}\u{0301}\u{0323}.,-日")
        var generator = SplitMix64(seed: 42)
        for _ in 0..<3000 {
            let length = Int(generator.next() % 10)
            let text = String((0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] })
            #expect(Array(normalizedSpacing(text).unicodeScalars) == Array(Self.splitAndJoin(text).unicodeScalars),
                    "\(text.debugDescription)")
            #expect(Array(text.trimmedWhitespace.unicodeScalars) == Array(Self.trimmedByCharacters(text).unicodeScalars),
                    "\(text.debugDescription)")
        }
    }
}
