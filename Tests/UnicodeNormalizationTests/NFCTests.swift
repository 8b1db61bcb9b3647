import Foundation
import Testing
import UnicodeNormalization

@Suite struct NFCTests {
    @Test func precomposedVietnameseIsReturnedUnchanged() {
        let text = "Cộng hòa xã hội chủ nghĩa Việt Nam – “Độc lập” … 1.490.000₫"
        #expect(nfcNormalized(text).unicodeScalars.elementsEqual(text.unicodeScalars))
    }

    @Test func decomposedTextIsComposed() {
        let nfd = "Nghị định".decomposedStringWithCanonicalMapping
        #expect(!nfd.unicodeScalars.elementsEqual("Nghị định".unicodeScalars))
        #expect(nfcNormalized(nfd).unicodeScalars.elementsEqual("Nghị định".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    /// The fast path agrees with Foundation on every scalar it lets through (found by asking
    /// `isStableInNFC` of every scalar, not from a copy of its ranges), alone, after a letter
    /// and followed by a combining mark; and each of them is NFC on its own.
    @Test func theFastPathAgreesWithFoundation() {
        var accepted = 0
        for value in UInt32(0x20)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), isStableInNFC(scalar) else { continue }
            accepted += 1
            #expect(String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar]))
            for text in [String(scalar), String(scalar) + "\u{0301}", "a" + String(scalar)] {
                #expect(nfcNormalized(text).unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars),
                        "U+\(String(value, radix: 16))")
            }
        }
        #expect(accepted > 1000, "Latin, Vietnamese letters and punctuation")
    }

    @Test func singletonsAndHangulTakeTheFullPath() {
        for text in ["\u{2126}", "\u{212B}", "\u{1100}\u{1161}", "\u{2000}"] {
            #expect(nfcNormalized(text).unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }
}
