import DocumentMarkup
import Foundation
import Testing
@testable import DocumentTemplates

/// Values the quick scan lets through go into the markup as they are: the escaper must give
/// them back unchanged, whatever the scan accepts.
@Suite struct EscapeScanTests {
    static func check(_ text: String) -> Bool {
        !EscapeScan.isUnchangedByEscaping(text) || MarkupEscaper.escape(text) == text
    }

    @Test func everyScalarInEveryPosition() {
        var wrong: [String] = []
        for value in UInt32(0)..<0x2100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let c = String(Character(scalar))
            for text in [c, "a" + c, c + "a", " " + c, c + " ", "a " + c + " b", c + c, "-" + c, c + "-"] where !Self.check(text) {
                wrong.append(text.debugDescription)
            }
        }
        #expect(wrong.isEmpty)
    }

    @Test(arguments: [
        "", " ", "  ", "Nguyễn Văn An", "1.760.000", "Sở Nội vụ tỉnh Bến Tre", "- gạch", " - gạch", "a - b",
        "*đậm*", "x_y", "[1]", "a|b", "«trích»", "Hà Nội, ngày 24", "Tab\there", "xuống\ndòng", "\u{00A0}",
        "e\u{0301}", "\u{0301}e", "\u{FEFF}x", "100%", "a/b", "(ghi chú)", "số 5)", "1.", "#1", "\u{2028}",
    ])
    func samples(text: String) {
        #expect(Self.check(text))
    }

    @Test func commonValuesNeedNoEscaping() {
        for text in ["Nguyễn Văn An", "Chuyên viên, Sở Nội vụ tỉnh số 1", "Bằng khen của Bộ trưởng Bộ Nội vụ", "12"] {
            #expect(EscapeScan.isUnchangedByEscaping(text))
        }
        for text in ["", " ", "1.760.000", "- a", "a*b"] {
            #expect(!EscapeScan.isUnchangedByEscaping(text))
        }
    }

    @Test func randomText() {
        let pieces = Array("aĐộ ơ.,;:-+*_~^[]<>{}|\"#)(\\\t\n\u{00A0}\u{0301}\u{2028}\u{85}1日")
        var state: UInt64 = 7
        for _ in 0..<5000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(pieces[Int((state >> 33) % UInt64(pieces.count))])
            }
            #expect(Self.check(text), "\(text.debugDescription)")
        }
    }
}
