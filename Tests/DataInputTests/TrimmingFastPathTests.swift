import Foundation
import Testing
@testable import DataInput

/// `trimmedWhitespace` and `isAllWhitespace` answer from a text's ends or first printable ASCII
/// character; they must agree with walking the scalars.
@Suite struct TrimmingFastPathTests {
    static func trimmedByCharacters(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...scalars.lastIndex(where: { !$0.properties.isWhitespace })!])
    }

    @Test func everyScalarAtEitherEnd() {
        var wrong: [UInt32] = []
        for value in UInt32(0)..<0x2100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let c = String(Character(scalar))
            for text in [c, "a" + c, c + "a", " " + c, c + " ", c + "\u{0301}", "\u{0301}" + c, "\r\n" + c] {
                if Array(text.trimmedWhitespace.unicodeScalars) != Array(Self.trimmedByCharacters(text).unicodeScalars)
                    || text.isAllWhitespace != text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
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

/// Folding takes Vietnamese letters from a table: it must give what decomposition gives.
@Suite struct FoldingFastPathTests {
    static let vietnamese = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"

    @Test func everyLetterFoldsAsDecompositionFoldsIt() {
        for letter in (Self.vietnamese + Self.vietnamese.uppercased()) {
            #expect(TextFolding.fold(String(letter)) == TextFolding.foldByDecomposition(String(letter)), "«\(letter)»")
        }
    }

    @Test func textsFoldAlike() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array(Self.vietnamese + Self.vietnamese.uppercased() + " ,.()^`0123456789ÇçÆæßøÅ–“”\u{00A0}\t")
            + ["e\u{0301}", "A\u{0323}\u{0306}", "ǹ", "Ω"].map(Character.init)
        for _ in 0..<2000 {
            let text = String((0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(TextFolding.fold(text) == TextFolding.foldByDecomposition(text), "«\(text)»")
        }
        for text in ["Họ và TÊN", "  Đơn vị công tác ", "Số tiền (đồng)", "TỔNG CỘNG: 200 CÁ NHÂN", "Ho\u{0323} va\u{0300} te\u{0302}n"] {
            #expect(TextFolding.fold(text) == TextFolding.foldByDecomposition(text), "«\(text)»")
        }
    }
}
