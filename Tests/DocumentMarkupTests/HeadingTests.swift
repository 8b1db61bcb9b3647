import Foundation
import Testing
@testable import DocumentMarkup

@Suite("Headings and numbering")
struct HeadingTests {
    @Test func planSections() throws {
        let source = """
        # Mục đích, yêu cầu
        ## Mục đích
        Nội dung mục đích.
        ## Yêu cầu
        ### Đối với tập thể
        ### Đối với cá nhân
        # Nội dung thi đua
        ## Thi đua thực hiện nhiệm vụ
        """
        #expect(try outline(source) == """
        heading romanSection I: "Mục đích, yêu cầu"
        heading clause 1: "Mục đích"
        paragraph: "Nội dung mục đích."
        heading clause 2: "Yêu cầu"
        heading point a: "Đối với tập thể"
        heading point b: "Đối với cá nhân"
        heading romanSection II: "Nội dung thi đua"
        heading clause 1: "Thi đua thực hiện nhiệm vụ"
        """)
    }

    @Test func titleIsKeptAsWrittenNotUppercased() throws {
        guard case .heading(let h) = try onlyBlock("# Mục đích, *yêu cầu*") else { Issue.record("not a heading"); return }
        #expect(h.level == .romanSection)
        #expect(h.number == Numbering(label: "I", value: 1, isGenerated: true))
        #expect(h.title.outline == #""Mục đích, " b["yêu cầu"]"#)
    }

    @Test func regulationStructure() throws {
        let source = """
        #phần Những quy định chung
        #chương Quy định chung
        #mục Phạm vi
        #điều Phạm vi điều chỉnh
        #khoản Nguyên tắc
        #điểm Tự nguyện
        #điểm Công khai
        #khoản Đối tượng
        #mục Khen thưởng
        #điều Hình thức
        #chương
        #điều Hiệu lực
        #mục
        """
        #expect(try outline(source) == """
        heading part I: "Những quy định chung"
        heading chapter I: "Quy định chung"
        heading section 1: "Phạm vi"
        heading article 1: "Phạm vi điều chỉnh"
        heading clause 1: "Nguyên tắc"
        heading point a: "Tự nguyện"
        heading point b: "Công khai"
        heading clause 2: "Đối tượng"
        heading section 2: "Khen thưởng"
        heading article 2: "Hình thức"
        heading chapter II:
        heading article 3: "Hiệu lực"
        heading section 1:
        """)
    }

    @Test func chaptersAndArticlesRunOnThroughParts() throws {
        let source = "#phần A\n#chương B\n#điều C\n#phần D\n#chương E\n#điều F"
        #expect(try outline(source) == """
        heading part I: "A"
        heading chapter I: "B"
        heading article 1: "C"
        heading part II: "D"
        heading chapter II: "E"
        heading article 2: "F"
        """)
    }

    @Test func tagsIgnoreCaseAndDiacritics() throws {
        #expect(try outline("#dieu A\n#ĐIỀU B\n#Dieu C\n#chuong D\n#phan E\n#muc F\n#khoan G\n#diem H") == """
        heading article 1: "A"
        heading article 2: "B"
        heading article 3: "C"
        heading chapter I: "D"
        heading part I: "E"
        heading section 1: "F"
        heading clause 1: "G"
        heading point a: "H"
        """)
    }

    @Test func literalNumberWithSoAttributeAndContinuation() throws {
        let source = """
        {số=III}
        # Tổ chức thực hiện
        # Kinh phí
        {số=5}
        ## Năm
        ## Sáu
        {so="c1"}
        ### Chèn
        ### Tiếp
        """
        let document = try parse(source)
        #expect(document.outline() == """
        heading romanSection "III": "Tổ chức thực hiện"
        heading romanSection IV: "Kinh phí"
        heading clause "5": "Năm"
        heading clause 6: "Sáu"
        heading point "c1": "Chèn"
        heading point a: "Tiếp"
        """)
        guard case .heading(let h) = document.blocks[0].kind else { Issue.record("not a heading"); return }
        #expect(h.number == Numbering(label: "III", value: 3, isGenerated: false))
        guard case .heading(let c1) = document.blocks[4].kind else { Issue.record("not a heading"); return }
        #expect(c1.number == Numbering(label: "c1", value: nil, isGenerated: false))
    }

    @Test func centeredBoldLine() throws {
        guard case .centeredLine(let c) = try onlyBlock("#giữa QUYẾT ĐỊNH:") else { Issue.record("not centred"); return }
        #expect(c.outline == #""QUYẾT ĐỊNH:""#)
        #expect(try outline("#giua CHƯƠNG TRÌNH<br>HỘI NGHỊ") == #"centered: "CHƯƠNG TRÌNH" br "HỘI NGHỊ""#)
    }

    @Test func pageBreak() throws {
        #expect(try outline("Trang một\n#ngắt-trang\nTrang hai") == """
        paragraph: "Trang một"
        page-break
        paragraph: "Trang hai"
        """)
        #expect(try outline("#ngat-trang") == "page-break")
    }

    @Test func headingIsOneLineAndTheNextLineStartsAParagraph() throws {
        #expect(try outline("#điều Phạm vi điều chỉnh\nQuy chế này quy định\nviệc thi đua.") == """
        heading article 1: "Phạm vi điều chỉnh"
        paragraph: "Quy chế này quy định việc thi đua."
        """)
    }
}

@Suite("Numbered paragraphs (run-in)")
struct NumberedParagraphTests {
    @Test func decisionArticles() throws {
        let source = """
        Điều #. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 04 tập thể
        và 13 cá nhân (có danh sách kèm theo).

        Điều #. Quyết định này có hiệu lực kể từ ngày ký.
        Điều #. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.
        """
        #expect(try outline(source) == """
        numbered article 1: "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 04 tập thể và 13 cá nhân (có danh sách kèm theo)."
        numbered article 2: "Quyết định này có hiệu lực kể từ ngày ký."
        numbered article 3: "Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./."
        """)
    }

    @Test func articleMarkerVariants() throws {
        #expect(try outline("ĐIỀU #. a\ndieu #. b\nĐiều   #.   c\nĐiều 7. d\nĐiều #. e") == """
        numbered article 1: "a"
        numbered article 2: "b"
        numbered article 3: "c"
        numbered article "7": "d"
        numbered article 8: "e"
        """)
    }

    @Test func clausesAndPointsGenerated() throws {
        let source = """
        Điều #. Đối tượng:
        #. Tập thể:
        #) Sở, ban, ngành;
        #) Ủy ban nhân dân cấp huyện.
        #. Cá nhân.
        #) Công chức.
        Điều #. Hiệu lực.
        #. Khoản đầu của điều hai.
        """
        #expect(try outline(source) == """
        numbered article 1: "Đối tượng:"
        numbered clause 1: "Tập thể:"
        numbered point a: "Sở, ban, ngành;"
        numbered point b: "Ủy ban nhân dân cấp huyện."
        numbered clause 2: "Cá nhân."
        numbered point a: "Công chức."
        numbered article 2: "Hiệu lực."
        numbered clause 1: "Khoản đầu của điều hai."
        """)
    }

    @Test func literalNumbersAreKeptAndContinued() throws {
        #expect(try outline("1. Một\n#. Hai\n5. Năm\n#. Sáu\nđ) Đờ\n#) e") == """
        numbered clause "1": "Một"
        numbered clause 2: "Hai"
        numbered clause "5": "Năm"
        numbered clause 6: "Sáu"
        numbered point "đ": "Đờ"
        numbered point e: "e"
        """)
    }

    @Test func soAttributeOnRunIn() throws {
        #expect(try outline("{số=4}\n#. Bốn\n#. Năm") == """
        numbered clause "4": "Bốn"
        numbered clause 5: "Năm"
        """)
    }

    @Test func vietnamesePointLetterSequence() throws {
        let source = Array(repeating: "#) x", count: 23).joined(separator: "\n")
        let document = try parse(source)
        let labels = document.blocks.map { block -> String in
            guard case .numberedParagraph(let n) = block.kind else { return "?" }
            return n.number.label
        }
        #expect(labels.joined(separator: " ") == "a b c d đ e g h i k l m n o p q r s t u v x y")
        #expect(!labels.contains("f") && !labels.contains("j") && !labels.contains("w") && !labels.contains("z"))
        #expect(VietnameseNumbering.pointLetter(5) == "đ")
        #expect(VietnameseNumbering.pointLetter(6) == "e")
        #expect(VietnameseNumbering.pointLetter(24) == nil)
        #expect(VietnameseNumbering.pointIndex("g") == 7)
        #expect(VietnameseNumbering.pointIndex("f") == nil)
    }

    @Test func romanNumerals() {
        #expect(VietnameseNumbering.roman(1) == "I")
        #expect(VietnameseNumbering.roman(4) == "IV")
        #expect(VietnameseNumbering.roman(9) == "IX")
        #expect(VietnameseNumbering.roman(14) == "XIV")
        #expect(VietnameseNumbering.roman(1999) == "MCMXCIX")
        #expect(VietnameseNumbering.roman(0) == nil)
        #expect(VietnameseNumbering.romanValue("xiv") == 14)
        #expect(VietnameseNumbering.romanValue("IIII") == nil)
        #expect(VietnameseNumbering.romanValue("ABC") == nil)
    }

    @Test func runInContinuesOnFollowingLines() throws {
        #expect(try outline("#) Dòng một\ndòng hai\n\nĐoạn mới") == """
        numbered point a: "Dòng một dòng hai"
        paragraph: "Đoạn mới"
        """)
    }

    @Test func markerAloneOnItsLineTakesTheNextLines() throws {
        #expect(try outline("Điều #.\nTặng Bằng khen\ncho 04 tập thể.\n#.\nKhoản") == """
        numbered article 1: "Tặng Bằng khen cho 04 tập thể."
        numbered clause 1: "Khoản"
        """)
    }

    @Test func emptyRunInIsKept() throws {
        #expect(try outline("#.\n#. {}") == "numbered clause 1:\nnumbered clause 2:")
    }

    @Test func titledAndRunInShareCounters() throws {
        #expect(try outline("## Mục đích\n#. Khoản chạy\n### Điểm có tiêu đề\n#) Điểm chạy") == """
        heading clause 1: "Mục đích"
        numbered clause 2: "Khoản chạy"
        heading point a: "Điểm có tiêu đề"
        numbered point b: "Điểm chạy"
        """)
    }

    @Test func numberingRestartsInsideEachAnnex() throws {
        let source = """
        Điều #. Ban hành kèm theo Quyết định này Quy chế.
        Điều #. Hiệu lực.
        ::: phụ-lục tiêu-đề="Quy chế thi đua"
        #điều Phạm vi
        #. Khoản
        :::
        ::: phụ-lục tiêu-đề="Quy chế khác"
        #điều Phạm vi
        :::
        Điều #. Sau phụ lục vẫn tiếp số của văn bản.
        """
        #expect(try outline(source) == """
        numbered article 1: "Ban hành kèm theo Quyết định này Quy chế."
        numbered article 2: "Hiệu lực."
        annex title="Quy chế thi đua"
          heading article 1: "Phạm vi"
          numbered clause 1: "Khoản"
        annex title="Quy chế khác"
          heading article 1: "Phạm vi"
        numbered article 3: "Sau phụ lục vẫn tiếp số của văn bản."
        """)
    }

    @Test func keepTogetherDoesNotRestartNumbering() throws {
        #expect(try outline("#. a\n::: cùng-trang\n#. b\n:::\n#. c") == """
        numbered clause 1: "a"
        keep-together
          numbered clause 2: "b"
        numbered clause 3: "c"
        """)
    }
}

@Suite("Lists")
struct ListTests {
    @Test func dashAndPlusItems() throws {
        let source = """
        - Tập thể lao động xuất sắc;
        + Sở Nội vụ;
        + Sở Tài chính.
        - Chiến sĩ thi đua cơ sở.
        """
        guard case .list(let list) = try onlyBlock(source) else { Issue.record("not a list"); return }
        #expect(list.items.map(\.marker) == [.dash, .plus, .plus, .dash])
        #expect(list.items.map { $0.content.plainText } ==
            ["Tập thể lao động xuất sắc;", "Sở Nội vụ;", "Sở Tài chính.", "Chiến sĩ thi đua cơ sở."])
    }

    @Test func itemsContinueAndBlankLinesBetweenItemsKeepOneList() throws {
        #expect(try outline("- Một\n  tiếp theo\n\n- Hai\n\nĐoạn\n\n- Ba") == """
        list
          - "Một tiếp theo"
          - "Hai"
        paragraph: "Đoạn"
        list
          - "Ba"
        """)
    }

    @Test func emptyItem() throws {
        #expect(try outline("-\n- {}") == "list\n  -\n  -")
    }

    @Test func itemsHoldInlineMarkup() throws {
        #expect(try outline("- *Lưu:* VT, TĐKT.") == "list\n  - b[\"Lưu:\"] \" VT, TĐKT.\"")
    }
}
