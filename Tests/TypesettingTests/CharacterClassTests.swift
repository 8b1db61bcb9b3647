import Testing
@testable import Typesetting

/// The scalar-by-scalar checks of CharacterClasses against what they stand for, stated with
/// String and Character equality.
@Suite struct CharacterClassTests {
    static let dashes: Set<String> = ["-", "\u{2010}", "\u{2013}", "\u{2014}"]
    static let samples = ["-", "‐", "–", "—", "--", "a-", "05-", "-a", "e\u{0301}-", "-\u{0301}", "\u{0915}\u{094D}-",
                          "\u{0600}-", "x\u{200D}-", "", "a", "–-", "NĐ-CP", "91/2017/NĐ-", " -", "-\u{00A0}"]

    @Test func loneDashesAndFinalHyphensAgreeWithTheirDefinition() {
        for text in Self.samples {
            #expect(CharacterClasses.isLoneDash(text) == Self.dashes.contains(text), "«\(text)»")
            let last = text.last
            #expect(CharacterClasses.endsWithHyphen(text) == (last == "-" || last == "\u{2010}"), "«\(text)»")
        }
    }

    @Test func spacesAreTheSixBreakingOnesAndTheTwoNoBreakOnes() {
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(CharacterClasses.isWordSpace(scalar) == [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(value))
            #expect(CharacterClasses.isNoBreakSpace(scalar) == (value == 0xA0 || value == 0x202F))
            // Every one of them is white space to Unicode; no other ASCII character is.
            if CharacterClasses.isWordSpace(scalar) || CharacterClasses.isNoBreakSpace(scalar) {
                #expect(scalar.properties.isWhitespace)
            }
        }
    }
}
