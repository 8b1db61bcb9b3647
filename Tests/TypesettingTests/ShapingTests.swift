import Testing
@testable import Typesetting

@Suite struct ShapingTests {
    @Test func precomposedVietnameseShapesToOneGlyphPerCharacter() throws {
        let face = try sharedFonts.face(family: "Times New Roman", bold: false, italic: false)
        let shaper = Shaper()
        let fragment = shaper.shape("Nghị định", face: face)
        #expect(fragment.glyphs.count == "Nghị định".count)
        #expect(fragment.glyphs.allSatisfy { $0.id != 0 })
        // Clusters are byte offsets into the UTF-8 text, in order.
        let offsets = fragment.glyphs.map(\.cluster)
        #expect(offsets == offsets.sorted())
        #expect(offsets.last! < "Nghị định".utf8.count)
    }

    @Test func shapingIsCachedPerFaceAndText() throws {
        let face = try sharedFonts.face(family: "Times New Roman", bold: false, italic: false)
        let bold = try sharedFonts.face(family: "Times New Roman", bold: true, italic: false)
        let shaper = Shaper()
        let first = shaper.shape("thưởng", face: face)
        let second = shaper.shape("thưởng", face: face)
        #expect(first === second)
        #expect(shaper.shape("thưởng", face: bold) !== first)
        #expect(shaper.cachedCount == 2)
        // Bold is wider than regular for the same word.
        #expect(shaper.shape("thưởng", face: bold).width(at: 14) > first.width(at: 14))
    }

    @Test func widthScalesLinearlyWithSize() throws {
        let face = try sharedFonts.face(family: "Times New Roman", bold: false, italic: false)
        let fragment = Shaper().shape("Hạnh phúc", face: face)
        #expect(abs(fragment.width(at: 28) - 2 * fragment.width(at: 14)) < 1e-9)
    }

    @Test func splittingAtGraphemesKeepsEveryCharacter() throws {
        let face = try sharedFonts.face(family: "Times New Roman", bold: false, italic: false)
        let text = "Nghiêng\u{0301}ệ"   // a combining mark after a letter stays with it
        let pieces = Shaper().shape(text, face: face).splitAtGraphemes()
        #expect(pieces.map(\.text).joined() == text)
        #expect(pieces.count == text.count)
    }
}
