import Testing
@testable import InputGuards

@Suite struct ExcerptTests {
    @Test func shortTextIsQuotedWhole() {
        #expect(Excerpt.quoted("Nguyễn Văn An") == "«Nguyễn Văn An»")
        #expect(Excerpt.quoted("") == "«»")
    }

    @Test func longTextIsCutAtSixtyCharacters() {
        let long = String(repeating: "ễ", count: 100_000)
        let quoted = Excerpt.quoted(long)
        #expect(quoted == "«" + String(repeating: "ễ", count: 60) + "…»")
        // Sixty characters exactly are not cut.
        #expect(Excerpt.quoted(String(repeating: "a", count: 60)) == "«" + String(repeating: "a", count: 60) + "»")
    }

    @Test func aCharacterWithThousandsOfMarksIsCutByScalars() {
        let zalgo = "a" + String(repeating: "\u{0301}", count: 5_000)
        #expect(Excerpt.quoted(zalgo).unicodeScalars.count < 300)
    }

    @Test func terminalAndBidiCharactersAreShownEscaped() {
        #expect(Excerpt.quoted("\u{1B}[31mĐỎ\u{1B}[0m") == "«\\u{1B}[31mĐỎ\\u{1B}[0m»")
        #expect(Excerpt.quoted("a\u{0}b\nc\td\r") == "«a\\u{0}b\\u{A}c\\u{9}d\\u{D}»")
        #expect(Excerpt.quoted("\u{202E}abc\u{2066}") == "«\\u{202E}abc\\u{2066}»")
        #expect(Excerpt.quoted("x\u{200B}y\u{FEFF}\u{2028}\u{85}\u{7F}") == "«x\\u{200B}y\\u{FEFF}\\u{2028}\\u{85}\\u{7F}»")
    }

    @Test func ordinaryTextIsLeftAlone() {
        for text in ["Sở Nội vụ – Phòng Tổ chức", "«trích» “dẫn” 1.490.000 đ", "Ωμέγα 中文 😀", "a\u{00A0}b"] {
            #expect(Excerpt.escaped(text) == text)
        }
    }

    /// Every scalar the escape applies to is a control, format or separator character, and
    /// every such scalar below U+10000 is escaped: the fast ranges agree with Unicode.
    @Test func escapeAgreesWithTheGeneralCategories() {
        let escapedCategories: [Unicode.GeneralCategory] = [.control, .format, .lineSeparator, .paragraphSeparator]
        let disagreeing = (0..<0x1_0000).compactMap(Unicode.Scalar.init).filter { scalar in
            Excerpt.needsEscape(scalar) != escapedCategories.contains(scalar.properties.generalCategory)
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(5).map { String($0.value, radix: 16) })")
    }
}
