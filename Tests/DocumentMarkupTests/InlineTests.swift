import Foundation
import Testing
@testable import DocumentMarkup

@Suite("Inline markup")
struct InlineTests {
    @Test func boldItalicUnderline() throws {
        #expect(try paragraphContent("Tặng *Bằng khen* cho _tập thể_ và __cá nhân__").outline ==
            #""Tặng " b["Bằng khen"] " cho " i["tập thể"] " và " u["cá nhân"]"#)
    }

    @Test func doubleStarIsBoldToo() throws {
        #expect(try paragraphContent("**đậm** và *đậm*").outline == #"b["đậm"] " và " b["đậm"]"#)
    }

    @Test func boldItalicByNesting() throws {
        #expect(try paragraphContent("*_Nơi nhận:_*").outline == #"b[i["Nơi nhận:"]]"#)
        #expect(try paragraphContent("_*Nơi nhận:*_").outline == #"i[b["Nơi nhận:"]]"#)
    }

    @Test func tripleUnderscoreOpensAndClosesUnderlineItalic() throws {
        #expect(try paragraphContent("a ___b___ c").outline == #""a " u[i["b"]] " c""#)
        #expect(try paragraphContent("__a _b___").outline == #"u["a " i["b"]]"#)
        #expect(try paragraphContent("_a __b___").outline == #"i["a " u["b"]]"#)
    }

    @Test func underlineInsideItalicAndBack() throws {
        #expect(try paragraphContent("_a __b__ c_").outline == #"i["a " u["b"] " c"]"#)
        #expect(try paragraphContent("_{}__x__{}_").outline == #"i[u["x"]]"#)
    }

    @Test func emphasisSpansLinesOfAParagraph() throws {
        #expect(try paragraphContent("*Đậm qua\nhai dòng*").outline == #"b["Đậm qua hai dòng"]"#)
    }

    @Test func delimitersAlwaysMeanFormattingEvenInsideWords() throws {
        #expect(try paragraphContent("a*b*c").outline == #""a" b["b"] "c""#)
        #expect(try paragraphContent(#"5 \* 3 và ten\_bien"#).outline == #""5 * 3 và ten_bien""#)
    }

    @Test func footnote() throws {
        let content = try paragraphContent("Theo Luật^[Luật số 06/2022/QH15 *ngày 15/6/2022*.] đã ban hành.")
        #expect(content.outline == #""Theo Luật" fn["Luật số 06/2022/QH15 " b["ngày 15/6/2022"] "."] " đã ban hành.""#)
        #expect(content.plainText == "Theo Luật đã ban hành.")
    }

    @Test func footnoteContentIsTrimmedAndEmptyFootnotesVanish() throws {
        #expect(try paragraphContent("A^[  chú   thích  ]").outline == #""A" fn["chú thích"]"#)
        #expect(try paragraphContent("A^[ {} ] B").outline == #""A B""#)
    }

    @Test func bracketsAndCaretOutsideFootnotesAreText() throws {
        #expect(try paragraphContent("[1] a^2 b] ^ [c]").outline == #""[1] a^2 b] ^ [c]""#)
    }

    @Test func escapedBracketInsideFootnote() throws {
        #expect(try paragraphContent(#"A^[xem \[1\]]"#).outline == #""A" fn["xem [1]"]"#)
    }

    @Test func nonBreakingSpaceIsU00A0InText() throws {
        let content = try paragraphContent("2.810.000~đồng")
        #expect(content.outline == #""2.810.000\u{A0}đồng""#)
        #expect(content.plainText == "2.810.000\u{00A0}đồng")
        #expect(try paragraphContent(#"a \~ b"#).plainText == "a ~ b")
    }

    @Test func nonBreakingSpaceIsNotCollapsed() throws {
        #expect(try paragraphContent("a ~~ b").plainText == "a \u{A0}\u{A0} b")
        #expect(try paragraphContent("a\u{00A0}\u{00A0}b").plainText == "a\u{A0}\u{A0}b")
    }

    @Test func hardLineBreakWithBackslashAtEndOfLine() throws {
        #expect(try paragraphContent("Dòng một\\\nDòng hai").outline == #""Dòng một" br "Dòng hai""#)
        #expect(try paragraphContent("Dòng một \\   \n  Dòng hai").outline == #""Dòng một" br "Dòng hai""#)
    }

    @Test func hardLineBreakWithBrTag() throws {
        #expect(try paragraphContent("A<br>B <BR/> C<br />D").outline == #""A" br "B" br "C" br "D""#)
        #expect(try paragraphContent("a <b> c <brx>").outline == #""a <b> c <brx>""#)
    }

    @Test func lineBreaksAtStartOrEndAreDropped() throws {
        #expect(try paragraphContent("<br>A<br>").outline == #""A""#)
        #expect(try paragraphContent("A\\").outline == #""A""#)
        #expect(try paragraphContent("A<br><br>B").outline == #""A" br br "B""#)
    }

    @Test func backslashBeforeOtherCharactersIsLiteral() throws {
        #expect(try paragraphContent(#"C:\Văn bản \ a\\b"#).plainText == #"C:\Văn bản \ a\b"#)
    }

    @Test func everyASCIIPunctuationCanBeEscaped() throws {
        let punctuation = ##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##
        var source = ""
        for ch in punctuation { source += "\\\(ch)" }
        #expect(try paragraphContent(source).plainText == punctuation)
    }

    @Test func emptyGroupIsNothing() throws {
        #expect(try paragraphContent("a{}b { } c {x}").plainText == "ab { } c {x}")
    }

    @Test func whitespaceCollapsesAcrossSpans() throws {
        #expect(try paragraphContent("a  * b *  c").outline == #""a " b["b"] " c""#)
        #expect(try paragraphContent("a\t\t_b_\u{2028}c").outline == #""a " i["b"] " c""#)
        #expect(try paragraphContent("* a*").outline == #"b["a"]"#)
        #expect(try paragraphContent("a * * b").outline == #""a b""#)
    }

    @Test func otherUnicodeSpacesAreText() throws {
        #expect(try paragraphContent("a\u{2003}\u{2003}b").plainText == "a\u{2003}\u{2003}b")
    }
}
