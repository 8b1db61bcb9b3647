import Foundation
import Testing
@testable import DataInput

/// `trimmedWhitespace` and `isAllWhitespace` answer from a text's ends or first printable ASCII
/// character; they must agree with walking the characters.
@Suite struct TrimmingFastPathTests {
    static func trimmedByCharacters(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = text.lastIndex(where: { !$0.isWhitespace })!
        return String(text[first...last])
    }

    @Test func everyScalarAtEitherEnd() {
        var wrong: [UInt32] = []
        for value in UInt32(0)..<0x2100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let c = String(Character(scalar))
            for text in [c, "a" + c, c + "a", " " + c, c + " ", c + "\u{0301}", "\u{0301}" + c, "\r\n" + c] {
                if Array(text.trimmedWhitespace.unicodeScalars) != Array(Self.trimmedByCharacters(text).unicodeScalars)
                    || text.isAllWhitespace != text.allSatisfy(\.isWhitespace) {
                    wrong.append(value)
                }
            }
        }
        #expect(wrong.isEmpty)
    }

    @Test func substringsToo() {
        let text = "  Sở Nội vụ \u{00A0}"
        let slice = text.dropFirst(1)
        #expect(slice.trimmedWhitespace == "Sở Nội vụ")
        #expect("Nguyễn Văn An"[...].trimmedWhitespace == "Nguyễn Văn An")
    }
}

/// Yes/no values in their usual spellings skip folding: folding must give the same answer.
@Suite struct BoolSpellingTests {
    @Test func usualSpellingsFoldToTheSameAnswer() {
        for (spelling, answer) in BoolRules.usualSpellings {
            let folded = TextFolding.fold(spelling)
            let byFolding: Bool? = BoolRules.trueWords.contains(folded) ? true : BoolRules.falseWords.contains(folded) ? false : nil
            #expect(byFolding == answer, "\(spelling)")
        }
    }
}
