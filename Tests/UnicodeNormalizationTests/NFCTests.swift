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

    /// The fast path agrees with Foundation on every scalar it lets through, alone and followed
    /// by a combining mark.
    @Test func theFastPathAgreesWithFoundation() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x2FF, 0x1E00...0x1EFF, 0x2010...0x205F, 0x20AB...0x20AB]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                for text in [String(scalar), String(scalar) + "\u{0301}", "a" + String(scalar)] {
                    #expect(nfcNormalized(text).unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars),
                            "U+\(String(value, radix: 16))")
                }
            }
        }
    }

    @Test func singletonsAndHangulTakeTheFullPath() {
        for text in ["\u{2126}", "\u{212B}", "\u{1100}\u{1161}", "\u{2000}"] {
            #expect(nfcNormalized(text).unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }
}
