import Foundation
import Testing
@testable import DocumentMarkup

@Suite("Tables")
struct TableTests {
    func table(_ source: String) throws -> Table {
        guard case .table(let t) = try onlyBlock(source) else {
            Issue.record("not a table: \(try outline(source))")
            return Table(columns: [], header: [], body: [])
        }
        return t
    }

    @Test func recipientTable() throws {
        let source = """
        {cột="12mm 4* 5* 30mm 2*" căn="giữa trái trái phải giữa"}
        | TT | Họ và tên | Chức vụ, đơn vị công tác | Số tiền (đồng) | Ghi chú |
        |----|-----------|--------------------------|----------------|---------|
        {nhóm} | {gộp=5 trái} I. TẬP THỂ |
        | 1 | Phòng Tổ chức cán bộ | Sở Nội vụ | 2.810.000 | |
        {tổng} | {gộp=3} *Tổng cộng* | *2.810.000* | |
        """
        let t = try table(source)
        #expect(t.columns == [
            TableColumn(width: .fixed(millimetres: 12), alignment: .center),
            TableColumn(width: .relative(4), alignment: .left),
            TableColumn(width: .relative(5), alignment: .left),
            TableColumn(width: .fixed(millimetres: 30), alignment: .right),
            TableColumn(width: .relative(2), alignment: .center),
        ])
        #expect(t.borders)
        #expect(t.header.count == 1)
        #expect(t.header[0].cells.map { $0.content.plainText } ==
            ["TT", "Họ và tên", "Chức vụ, đơn vị công tác", "Số tiền (đồng)", "Ghi chú"])
        #expect(t.body.map(\.role) == [.group, .normal, .total])
        #expect(t.body[0].cells[0].columnSpan == 5)
        #expect(t.body[0].cells[0].alignment == .left)
        #expect(t.body[1].cells[4].content.isEmpty)
        #expect(t.body[2].cells[0].columnSpan == 3)
        #expect(t.body[2].cells[0].content.outline == #"b["Tổng cộng"]"#)
        #expect(try outline(source) == """
        table columns=[12mm center, 4* left, 5* left, 30mm right, 2* center] borders
          header | "TT" | "Họ và tên" | "Chức vụ, đơn vị công tác" | "Số tiền (đồng)" | "Ghi chú" |
          group | span=5 left "I. TẬP THỂ" |
          row | "1" | "Phòng Tổ chức cán bộ" | "Sở Nội vụ" | "2.810.000" | "" |
          total | span=3 b["Tổng cộng"] | b["2.810.000"] | "" |
        """)
    }

    @Test func severalHeaderRowsWithSpans() throws {
        let source = """
        | TT | Đơn vị | {gộp=2 giữa} Điểm |
        | | | Tự chấm | Khối chấm |
        |---|
        | 1 | Sở Nội vụ | 95 | 94,5 |
        """
        let t = try table(source)
        #expect(t.columns.count == 4)
        #expect(t.columns.allSatisfy { $0 == TableColumn(width: .auto, alignment: nil) })
        #expect(t.header.count == 2)
        #expect(t.header[0].cells.map(\.columnSpan) == [1, 1, 2])
        #expect(t.header[0].cells[2].alignment == .center)
        #expect(t.body.count == 1)
    }

    @Test func noSeparatorMeansNoHeader() throws {
        let t = try table("| a | b |\n| c | d |")
        #expect(t.header.isEmpty)
        #expect(t.body.count == 2)
    }

    @Test(arguments: [
        ("15mm", ColumnWidth.fixed(millimetres: 15)),
        ("1,5cm", .fixed(millimetres: 15)),
        ("2.5cm", .fixed(millimetres: 25)),
        ("12.5mm", .fixed(millimetres: 12.5)),
        ("3*", .relative(3)),
        ("0,5*", .relative(0.5)),
        ("*", .relative(1)),
        ("auto", .auto),
        ("tự-động", .auto),
        ("TU-DONG", .auto),
    ])
    func columnWidths(spec: String, expected: ColumnWidth) throws {
        let t = try table("{cột=\"\(spec)\"}\n| x |")
        #expect(t.columns == [TableColumn(width: expected)])
    }

    @Test func columnSpecAcceptsCommasAfterItemsAndBareValues() throws {
        let t = try table("{cột=\"10mm, 3*, auto\" viền=không}\n| a | b | c |")
        #expect(t.columns.map(\.width) == [.fixed(millimetres: 10), .relative(3), .auto])
        #expect(!t.borders)
        let u = try table("{cot=10mm vien=co}\n| a |")
        #expect(u.columns.map(\.width) == [.fixed(millimetres: 10)])
        #expect(u.borders)
    }

    @Test func alignmentWithoutWidths() throws {
        let t = try table("{căn=\"giữa phải\"}\n| a | b |")
        #expect(t.columns == [TableColumn(width: .auto, alignment: .center), TableColumn(width: .auto, alignment: .right)])
    }

    @Test func escapedPipeAndInlineMarkupInCells() throws {
        let t = try table(#"| a \| b | *c*<br>d | \\ |"#)
        #expect(t.body[0].cells.map { $0.content.outline } == [#""a | b""#, #"b["c"] br "d""#, #""\\""#])
    }

    @Test func emptyGroupAtCellStartIsAnEmptyAttributeList() throws {
        let t = try table("| {} | {}x | {gộp=1} |")
        #expect(t.body[0].cells.map { $0.content.plainText } == ["", "x", ""])
        #expect(t.body[0].cells.map(\.columnSpan) == [1, 1, 1])
    }

    @Test func blankLineEndsATable() throws {
        #expect(try outline("| a |\n\n| b | c |") == """
        table columns=[auto] borders
          row | "a" |
        table columns=[auto, auto] borders
          row | "b" | "c" |
        """)
    }

    @Test func textLineAfterTableStartsParagraph() throws {
        #expect(try outline("| a |\nSau bảng") == """
        table columns=[auto] borders
          row | "a" |
        paragraph: "Sau bảng"
        """)
    }

    @Test func separatorLookingDataIsNotASeparator() throws {
        let t = try table(#"| TT |"# + "\n" + #"| \--- |"#)
        #expect(t.header.isEmpty)
        #expect(t.body[1].cells[0].content.plainText == "---")
    }
}

@Suite("Directive blocks")
struct DirectiveTests {
    @Test func signatureGrid() throws {
        let source = """
        ::: chữ-ký cột=3
        | Sở Nội vụ | Giám đốc | Nguyễn Văn An |

        | Sở Tài chính | KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC | Trần Thị Bình |
        :::
        """
        guard case .signatureGrid(let grid) = try onlyBlock(source) else { Issue.record("not a grid"); return }
        #expect(grid.columns == 3)
        #expect(grid.cells.count == 2)
        #expect(grid.cells[0].unit.plainText == "Sở Nội vụ")
        #expect(grid.cells[0].title.plainText == "Giám đốc")
        #expect(grid.cells[0].name.plainText == "Nguyễn Văn An")
        #expect(grid.cells[1].title.outline == #""KT. GIÁM ĐỐC" br "PHÓ GIÁM ĐỐC""#)
        #expect(grid.cells[1].position.line == 4)
    }

    @Test func signatureGridWithoutColumnsAndEmpty() throws {
        #expect(try outline("::: chu-ky\n:::") == "signature-grid")
        #expect(try outline("::: CHỮ-KÝ cột=2\n| a | b | c |\n:::") == "signature-grid columns=2\n  cell \"a\" / \"b\" / \"c\"")
    }

    @Test func annexWithAttributes() throws {
        let source = """
        ::: phụ-lục số=II tiêu-đề="Danh sách cá nhân được tặng Bằng khen" hướng=ngang
        | TT | Họ và tên |
        |---|---|
        | 1 | Nguyễn Văn An |
        :::
        """
        guard case .annex(let annex) = try onlyBlock(source) else { Issue.record("not an annex"); return }
        #expect(annex.title == "Danh sách cá nhân được tặng Bằng khen")
        #expect(annex.number == "II")
        #expect(annex.orientation == .landscape)
        #expect(annex.blocks.count == 1)
    }

    @Test func annexTitleUnescapesAndCollapses() throws {
        guard case .annex(let annex) = try onlyBlock(#"::: phụ-lục tiêu-đề="  Danh sách   \"A\" \{B\} {}và  C "  hướng=dọc"# + "\n:::") else {
            Issue.record("not an annex")
            return
        }
        #expect(annex.title == #"Danh sách "A" {B} và C"#)
        #expect(annex.orientation == .portrait)
        #expect(annex.number == nil)
    }

    @Test func keepTogetherNests() throws {
        let source = """
        ::: cùng-trang
        Đoạn một
        ::: cùng-trang
        - mục
        :::
        ::: chữ-ký
        | a | b | c |
        :::
        :::
        """
        #expect(try outline(source) == """
        keep-together
          paragraph: "Đoạn một"
          keep-together
            list
              - "mục"
          signature-grid
            cell "a" / "b" / "c"
        """)
    }

    @Test func fenceEndsAnOpenParagraphAndLongerFencesWork() throws {
        #expect(try outline("::::: cùng-trang\nMột\nhai\n:::::\nBa") == """
        keep-together
          paragraph: "Một hai"
        paragraph: "Ba"
        """)
    }

    @Test func directiveNamesIgnoreCaseAndDiacritics() throws {
        #expect(try outline("::: CUNG-TRANG\nA\n:::") == "keep-together\n  paragraph: \"A\"")
        #expect(try outline("::: phu_luc tieu-de=\"A\"\n:::") == "annex title=\"A\"")
    }
}
