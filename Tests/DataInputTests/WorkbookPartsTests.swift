import Foundation
import Testing
@testable import DataInput

/// What the real writers here never produce, in hand-written parts, and the pieces underneath:
/// cell names, number formats, date serials, escapes, part paths.
@Suite struct WorkbookPartsTests {
    @Test func cellReferences() {
        #expect(CellReference.name(row: 14, column: 3) == "C14")
        #expect(CellReference.name(row: 3, column: 27) == "AA3")
        #expect(CellReference.name(row: 1, column: 16_384) == "XFD1")
        #expect(CellReference.name(row: 9, column: 702) == "ZZ9")
        #expect(CellReference.name(row: 9, column: 703) == "AAA9")
        #expect(CellReference.parse("C14")! == (14, 3))
        #expect(CellReference.parse("aa3")! == (3, 27))
        #expect(CellReference.parse("XFD1048576")! == (1_048_576, 16_384))
        for bad in ["", "A", "14", "A0", "XFE1", "A1048577", "1A", "$A$1", "A1:B2", "Ă1", "A-1"] {
            #expect(CellReference.parse(bad) == nil, "\(bad)")
        }
        for column in [1, 26, 27, 52, 53, 702, 703, 16_384] {
            #expect(CellReference.parse(CellReference.name(row: 7, column: column))! == (7, column))
        }
    }

    @Test func dateFormats() {
        for code in ["dd/mm/yyyy", "d/m/yy", "mmm-yy", "yyyy", "mm/yyyy", "m/d/yyyy h:mm", "[$-42A]dd/mm/yyyy",
                     "dd \"tháng\" mm", "[Red]dd/mm/yyyy;@", "DD/MM/YYYY"] {
            #expect(NumberFormat.codeShowsDate(code), "\(code)")
        }
        for code in ["General", "0", "0.00", "#,##0", "#,##0 \"đồng\"", "\"ngày\" 0", "h:mm", "[h]:mm:ss", "mm:ss",
                     "h:mm AM/PM", "0.00E+00", "[Red]0;[Blue]-0", "@", "\\d0", "_d0", "*d0"] {
            #expect(!NumberFormat.codeShowsDate(code), "\(code)")
        }
        #expect((0...50).filter { NumberFormat.showsDate(id: $0, code: nil) } == [14, 15, 16, 17, 22])
        #expect(NumberFormat.showsDate(id: 14, code: "0.00") == false)    // a file may redefine a built-in id
    }

    @Test func dateSerials() {
        func date(_ serial: Double, _ date1904: Bool = false) -> String? {
            ExcelDate.date(serial: serial, date1904: date1904)?.iso
        }
        #expect(date(1) == "1900-01-01")
        #expect(date(59) == "1900-02-28")
        #expect(date(60) == nil)                  // 29/02/1900, which never was
        #expect(date(61) == "1900-03-01")
        #expect(date(45_306) == "2024-01-15")
        #expect(date(45_306.999) == "2024-01-15")
        #expect(date(45_306.999_999_999) == "2024-01-16")   // rounds to the millisecond, as Excel shows it
        #expect(date(2_958_465) == "9999-12-31")
        #expect(date(2_958_466) == nil)
        #expect(date(0) == nil)
        #expect(date(-1) == nil)
        #expect(date(.nan) == nil)
        #expect(date(0, true) == "1904-01-01")
        #expect(date(43_844, true) == "2024-01-15")
        #expect(date(1_462, true) == "1908-01-02")
        // The civil-day arithmetic against Foundation's Gregorian calendar, a day at a time
        // over 1900–2100.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var components = DateComponents(year: 1900, month: 3, day: 1)
        var serial = 61.0
        while components.year! < 2100 {
            let expected = String(format: "%04d-%02d-%02d", components.year!, components.month!, components.day!)
            guard date(serial) == expected else {
                Issue.record("serial \(serial): \(date(serial) ?? "nil") ≠ \(expected)")
                return
            }
            let next = calendar.date(byAdding: .day, value: 1, to: calendar.date(from: components)!)!
            components = calendar.dateComponents([.year, .month, .day], from: next)
            serial += 1
        }
    }

    @Test func escapes() {
        #expect(XLString.decodeEscapes("Dòng 1_x000D_\nDòng 2") == "Dòng 1\r\nDòng 2")
        #expect(XLString.decodeEscapes("_x005F_x0041_") == "_x0041_")
        #expect(XLString.decodeEscapes("_xD83D__xDE00_") == "😀")
        #expect(XLString.decodeEscapes("a_xD83D_b") == "a\u{FFFD}b")
        #expect(XLString.decodeEscapes("_x00e0_ và _x1EA1_") == "à và ạ")
        #expect(XLString.decodeEscapes("ho_ten _x12_ _xZZZZ_") == "ho_ten _x12_ _xZZZZ_")
    }

    @Test func partPaths() {
        #expect(PackagePath.relationships(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(PackagePath.relationships(of: "workbook.xml") == "_rels/workbook.xml.rels")
        #expect(PackagePath.resolve("worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(PackagePath.resolve("/xl/worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(PackagePath.resolve("../data/Trang%201.xml", from: "xl/workbook.xml") == "data/Trang 1.xml")
        #expect(PackagePath.resolve("xl/workbook.xml", from: "") == "xl/workbook.xml")
    }

    @Test func cellsAndRowsWithoutReferencesFollowTheOneBefore() throws {
        let rows = "<row><c><v>1</v></c><c><v>2</v></c><c r=\"E1\"><v>5</v></c><c><v>6</v></c></row><row><c t=\"inlineStr\"><is><t>x</t></is></c></row><row r=\"7\"/><row><c><v>8</v></c></row>"
        let sheet = try HandMadeWorkbook(sheet: HandMadeWorkbook.sheet(rows)).read().sheets[0]
        #expect(sheet.rows.map(\.number) == [1, 2, 7, 8])
        #expect(sheet.rows[0].cells.map(\.column) == [1, 2, 5, 6])
        #expect(sheet.rows[0].cells.map(\.value) == [.number(1), .number(2), .number(5), .number(6)])
        #expect(sheet["A2"] == .text("x"))
        #expect(sheet.rows[2].cells.isEmpty)
        #expect(sheet["A8"] == .number(8))
    }

    @Test func numbersWithSpacesAndCellsWithoutContent() throws {
        let rows = "<row r=\"1\"><c r=\"A1\"><v>\n  1.5E-3 </v></c><c r=\"B1\" t=\"inlineStr\"/><c r=\"C1\" t=\"s\"/><c r=\"D1\" s=\"4\"/><c r=\"E1\"><v></v></c><c r=\"F1\" t=\"inlineStr\"><is><t/></is></c></row>"
        let sheet = try HandMadeWorkbook(sheet: HandMadeWorkbook.sheet(rows)).read().sheets[0]
        #expect(sheet.rows[0].cells.map(\.column) == [1, 6])
        #expect(sheet["A1"] == .number(0.0015))
        #expect(sheet["F1"] == .text(""))
    }

    @Test func sharedStringsWithRunsPhoneticRunsEscapesAndSpaces() throws {
        var book = HandMadeWorkbook(sheet: HandMadeWorkbook.sheet(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"))
        book.sharedStrings = """
        <sst xmlns="\(HandMadeWorkbook.main)" count="4" uniqueCount="4">\
        <si><r><rPr><b/></rPr><t>Nguyễn </t></r><r><t xml:space="preserve">Văn An</t></r>\
        <rPh sb="0" eb="2"><t>グエン</t></rPh><phoneticPr fontId="1"/></si>\
        <si><t>Dòng 1_x000D_\nDòng 2 _x005F_x0041_</t></si>\
        <si><t xml:space="preserve">  cách  </t></si>\
        <si><t>A &amp; B &lt;&gt; &#x1EA1; &#7841; <![CDATA[<không phải thẻ>]]></t></si>\
        </sst>
        """
        let sheet = try book.read().sheets[0]
        #expect(sheet["A1"] == .text("Nguyễn Văn An"))
        #expect(sheet["B1"] == .text("Dòng 1\r\nDòng 2 _x0041_"))
        #expect(sheet["C1"] == .text("  cách  "))
        #expect(sheet["D1"] == .text("A & B <> ạ ạ <không phải thẻ>"))
    }

    @Test func prefixedElementsAbsoluteTargetsAndISODates() throws {
        let x = HandMadeWorkbook.main
        var book = HandMadeWorkbook(sheet: "<x:worksheet xmlns:x=\"\(x)\"><x:sheetData><x:row x:r=\"2\"><x:c r=\"B2\" t=\"d\"><x:v>2024-01-15T00:00:00Z</x:v></x:c><x:c r=\"C2\" t=\"str\"><x:f>\"a\"&amp;\"b\"</x:f><x:v>ab</x:v></x:c></x:row></x:sheetData></x:worksheet>")
        book.sheetTarget = { "/xl/du-lieu/trang \($0).xml" }
        let sheet = try book.read().sheets[0]
        #expect(sheet["B2"] == day(2024, 1, 15))
        #expect(sheet["C2"] == .text("ab"))
    }

    @Test func stylesDecideDates() throws {
        var book = HandMadeWorkbook(sheet: HandMadeWorkbook.sheet(
            "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45306</v></c><c r=\"B1\" s=\"2\"><v>45306</v></c><c r=\"C1\" s=\"3\"><v>45306.75</v></c><c r=\"D1\" s=\"9\"><v>45306</v></c><c r=\"E1\"><v>45306</v></c></row>"))
        book.styles = """
        <styleSheet xmlns="\(HandMadeWorkbook.main)"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
        <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>\
        <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="3"/><xf numFmtId="22"/></cellXfs></styleSheet>
        """
        let sheet = try book.read().sheets[0]
        #expect(sheet["A1"] == day(2024, 1, 15))
        #expect(sheet["B1"] == .number(45_306))       // #,##0
        #expect(sheet["C1"] == day(2024, 1, 15))      // date and time
        #expect(sheet["D1"] == .number(45_306))       // a style the file does not have
        #expect(sheet["E1"] == .number(45_306))
    }

    @Test func formulasWithAndWithoutCachedValues() throws {
        let rows = """
        <row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>3</v></c><c r="B1"><f>1+1</f></c>\
        <c r="C1"><f t="shared" ref="C1:C2" si="0">A1*2</f><v/></c><c r="D1" t="str"><f>""</f><v></v></c>\
        <c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F1" t="b"><f>TRUE()</f><v>1</v></c></row>\
        <row r="2"><c r="C2"><f t="shared" si="0"/></c></row>
        """
        let sheet = try HandMadeWorkbook(sheet: HandMadeWorkbook.sheet(rows)).read().sheets[0]
        #expect(sheet["A1"] == .number(3))
        #expect(sheet["B1"] == .formulaWithoutValue("1+1"))
        #expect(sheet["C1"] == .formulaWithoutValue("A1*2"))
        #expect(sheet["D1"] == .text(""))
        #expect(sheet["E1"] == .error("#DIV/0!"))
        #expect(sheet["F1"] == .boolean(true))
        #expect(sheet["C2"] == .formulaWithoutValue(""))
    }

    @Test func hiddenColumnRangesAndMerges() throws {
        let after = "<mergeCells><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"D4\"/></mergeCells>"
        let sheet = try HandMadeWorkbook(sheet: "<worksheet xmlns=\"\(HandMadeWorkbook.main)\"><cols><col min=\"2\" max=\"4\" hidden=\"true\"/><col min=\"3\" max=\"5\" hidden=\"1\"/><col min=\"7\" max=\"7\" width=\"9\"/><col min=\"16383\" max=\"16384\" hidden=\"1\"/></cols><sheetData/>\(after)</worksheet>").read().sheets[0]
        #expect(sheet.hiddenColumns == [2, 3, 4, 5, 16_383, 16_384])
        #expect(sheet.merges == [range("A1:C1"), range("D4:D4")])
        #expect(sheet.rows.isEmpty)
    }

    /// A part over libxml2's 10 MB limit for one chunk still reads whole (its reader takes the
    /// part a few hundred bytes at a time). The rows are separated by comments of hexadecimal
    /// noise, which deflate cannot shrink into a zip bomb.
    @Test func partOverTenMegabytes() throws {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        let hex = Array("0123456789abcdef".utf8)
        let noise: [String] = (0..<40).map { _ in
            String(decoding: (0..<1000).map { _ in
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return hex[Int(seed >> 60)]
            }, as: UTF8.self)
        }
        let rows = (1...11_000).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0)</v></c></row><!--\(noise[$0 % 40])-->" }
        let book = HandMadeWorkbook(sheet: HandMadeWorkbook.sheet(rows.joined()))
        #expect(book.parts.first { $0.0 == "xl/worksheets/sheet1.xml" }!.1.utf8.count > 11_000_000)
        let sheet = try book.read().sheets[0]
        #expect(sheet.rows.count == 11_000)
        #expect(sheet["A11000"] == .number(11_000))
    }

    @Test func chartSheetsAreLeftOut() throws {
        var book = HandMadeWorkbook(sheet: HandMadeWorkbook.sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"), name: "Số liệu")
        book.sheets.append((name: "Biểu đồ", xml: "<chartsheet/>"))
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var parts = book.parts
        let relsIndex = parts.firstIndex { $0.0 == "xl/_rels/workbook.xml.rels" }!
        parts[relsIndex].1 = parts[relsIndex].1.replacingOccurrences(of: "\(type)/worksheet\" Target=\"worksheets/sheet2.xml", with: "\(type)/chartsheet\" Target=\"worksheets/sheet2.xml")
        let workbook = try Workbook.read(data: makeZip(parts.map { ($0.0, Data($0.1.utf8)) }), display: "ds.xlsx")
        #expect(workbook.sheets.map(\.name) == ["Số liệu"])
    }
}
