import Foundation
import Testing
@testable import DocumentMarkup

@Suite("Paragraphs")
struct ParagraphTests {
    @Test func linesJoinWithASpaceAndBlankLinesSeparate() throws {
        let source = """
        Hưởng ứng các phong trào thi đua của tỉnh,
        bám sát nhiệm vụ chính trị được giao.

        Năm 2021, phong trào diễn ra sôi nổi.
        """
        #expect(try outline(source) == """
        paragraph: "Hưởng ứng các phong trào thi đua của tỉnh, bám sát nhiệm vụ chính trị được giao."
        paragraph: "Năm 2021, phong trào diễn ra sôi nổi."
        """)
    }

    @Test func defaultsAreJustifiedAndIndented() throws {
        guard case .paragraph(let p) = try onlyBlock("Nội dung.") else { Issue.record("not a paragraph"); return }
        #expect(p.alignment == .justified)
        #expect(p.firstLineIndent)
        #expect(p.content.plainText == "Nội dung.")
    }

    @Test(arguments: [
        ("{giữa}", Alignment.center), ("{phải}", .right), ("{trái}", .left), ("{đều}", .justified),
        ("{căn=giữa}", .center), ("{GIUA}", .center), ("{can=phai}", .right),
    ])
    func alignmentAttribute(line: String, expected: Alignment) throws {
        guard case .paragraph(let p) = try onlyBlock("\(line)\nNội dung") else { Issue.record("not a paragraph"); return }
        #expect(p.alignment == expected)
        #expect(p.firstLineIndent)
    }

    @Test func noIndentAndCommasBetweenAttributes() throws {
        #expect(try outline("{phải, không-thụt}\nHà Nội") == #"paragraph(right, no-indent): "Hà Nội""#)
        #expect(try outline("{khong_thut}\nA") == #"paragraph(no-indent): "A""#)
    }

    @Test func attributesApplyOnlyToTheNextBlock() throws {
        #expect(try outline("{giữa}\nMột\n\nHai") == """
        paragraph(center): "Một"
        paragraph: "Hai"
        """)
    }

    @Test func twoAttributeLinesCombine() throws {
        #expect(try outline("{giữa}\n{không-thụt}\nMột") == #"paragraph(center, no-indent): "Một""#)
    }

    @Test func attributeLineEndsTheParagraphAbove() throws {
        #expect(try outline("Một\n{giữa}\nHai") == """
        paragraph: "Một"
        paragraph(center): "Hai"
        """)
    }

    @Test func emptyParagraphsAreLeftOut() throws {
        #expect(try parse("{}\n\n  \n\t\n{}{}").blocks.isEmpty)
        #expect(try parse("").blocks.isEmpty)
        #expect(try outline("*{}*\n\nA") == #"paragraph: "A""#)
    }

    @Test func indentationIsInsignificant() throws {
        #expect(try outline("    Thụt vào\n\t  vẫn là một đoạn") == #"paragraph: "Thụt vào vẫn là một đoạn""#)
        #expect(try outline("   - mục") == "list\n  - \"mục\"")
    }

    @Test func lineEndingsCRLFAndCR() throws {
        #expect(try outline("Một\r\nhai\r\n\r\nBa\rbốn") == """
        paragraph: "Một hai"
        paragraph: "Ba bốn"
        """)
    }

    @Test func textIsNFCNormalised() throws {
        let nfc = "Nghị định 30/2020/NĐ-CP về công tác văn thư"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
        let text = try paragraphContent(nfd).plainText
        #expect(Array(text.unicodeScalars) == Array(nfc.unicodeScalars))
        let title = try parse("# ky\u{0301} giao u\u{031B}o\u{031B}\u{0301}c")
        guard case .heading(let h) = title.blocks[0].kind else { Issue.record("not a heading"); return }
        #expect(Array(h.title.plainText.unicodeScalars) == Array("ký giao ước".unicodeScalars))
    }

    @Test func byteOrderMarkIsDropped() throws {
        let document = try parse("\u{FEFF}Đoạn")
        #expect(document.outline() == #"paragraph: "Đoạn""#)
        #expect(document.blocks[0].position.column == 1)
    }

    @Test func literalMarkersAreOrdinaryTextWhenEscapedOrNotMarkers() throws {
        #expect(try outline(#"\- không phải mục"#) == #"paragraph: "- không phải mục""#)
        #expect(try outline("-5 độ C") == #"paragraph: "-5 độ C""#)
        #expect(try outline("+84 912 345 678") == #"paragraph: "+84 912 345 678""#)
        #expect(try outline("2024. Năm bản lề") == #"paragraph: "2024. Năm bản lề""#)
        #expect(try outline(#"1\. Không phải khoản"#) == #"paragraph: "1. Không phải khoản""#)
        #expect(try outline("Điều này áp dụng") == #"paragraph: "Điều này áp dụng""#)
        #expect(try outline("A) hoa không phải điểm") == #"paragraph: "A) hoa không phải điểm""#)
        #expect(try outline(#"\::: không phải khối"#) == #"paragraph: "::: không phải khối""#)
        #expect(try outline(##"\#1 trong khu vực"##) == ##"paragraph: "#1 trong khu vực""##)
        #expect(try outline("{Hà Nội là} thủ đô".replacingOccurrences(of: "{", with: "\\{")) == #"paragraph: "{Hà Nội là} thủ đô""#)
    }

    @Test func markersInterruptAParagraph() throws {
        #expect(try outline("Các nội dung:\n- một\n- hai\nSau danh sách vẫn nối vào mục hai") == """
        paragraph: "Các nội dung:"
        list
          - "một"
          - "hai Sau danh sách vẫn nối vào mục hai"
        """)
    }
}
