import Foundation
import Testing
@testable import DataInput

/// Workbooks written by openpyxl and LibreOffice Calc (scripts/make-test-workbooks.sh).
@Suite struct WorkbookFixtureTests {
    /// Every Vietnamese vowel with every tone, then đ; lower case then upper case.
    static let everyLetter = "a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ đ A À Á Ả Ã Ạ Ă Ằ Ắ Ẳ Ẵ Ặ Â Ầ Ấ Ẩ Ẫ Ậ E È É Ẻ Ẽ Ẹ Ê Ề Ế Ể Ễ Ệ I Ì Í Ỉ Ĩ Ị O Ò Ó Ỏ Õ Ọ Ô Ồ Ố Ổ Ỗ Ộ Ơ Ờ Ớ Ở Ỡ Ợ U Ù Ú Ủ Ũ Ụ Ư Ừ Ứ Ử Ữ Ự Y Ỳ Ý Ỷ Ỹ Ỵ Đ"

    @Test func sheetsInWorkbookOrderWithVietnameseNamesAndStates() throws {
        let workbook = try WorkbookFixture.read("openpyxl-list.xlsx")
        #expect(workbook.sheets.map(\.name) == ["Bằng khen", "Giấy khen", "Ẩn"])
        #expect(workbook.sheets.map(\.isHidden) == [false, false, true])
        #expect(workbook.usesDate1904 == false)
        #expect(workbook.sheets[2]["A1"] == .text("không hiện"))
    }

    @Test func titleRowsMergedHeaderGroupHeadingsAndTotal() throws {
        let sheet = try WorkbookFixture.read("openpyxl-list.xlsx").sheets[0]
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13])
        #expect(sheet["A1"] == .text("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"))
        #expect(sheet["A3"] == .text("(Kèm theo Tờ trình số 12/TTr-SNV ngày 15/01/2024)"))
        #expect(sheet.rows.first { $0.number == 5 }!.cells.map(\.column) == [1, 2, 3, 4, 6, 7])
        #expect(sheet["D5"] == .text("Khen thưởng"))
        #expect(sheet["D6"] == .text("Số tiền"))
        #expect(sheet["E6"] == .text("Hệ số"))
        #expect(sheet["A7"] == .text("I. TẬP THỂ"))
        #expect(sheet["A9"] == .text("II. CÁ NHÂN"))
        #expect(sheet["A13"] == .text("Tổng cộng"))
        #expect(Set(sheet.merges) == Set(["A1:F1", "A2:F2", "A3:F3", "A5:A6", "B5:B6", "C5:C6", "F5:F6", "D5:E5",
                                          "A7:F7", "A9:F9", "A13:C13"].map(range)))
    }

    @Test func numbersAreExact() throws {
        let sheet = try WorkbookFixture.read("openpyxl-list.xlsx").sheets[0]
        let row8 = sheet.rows.first { $0.number == 8 }!
        #expect(row8.cells.map(\.column) == [1, 2, 3, 4, 5, 7])
        #expect(row8.cells.map(\.value) == [.number(1), .text("Phòng Tổ chức – Biên chế"), .text("Sở Nội vụ"),
                                             .number(1_490_000), .number(0.3), .text("ẩn")])
        #expect(sheet["D10"] == .number(994.5))
        #expect(sheet["E10"] == .number(1.5))
        let other = try WorkbookFixture.read("openpyxl-list.xlsx").sheets[1]
        #expect(other["D1"] == .number(-12.25))
        #expect(other["D2"] == .number(123_456_789_012))
    }

    @Test func datesThroughCustomAndBuiltInFormats() throws {
        let workbook = try WorkbookFixture.read("openpyxl-list.xlsx")
        let sheet = workbook.sheets[0]
        #expect(sheet["F10"] == day(1985, 3, 12))            // dd/mm/yyyy
        #expect(sheet["F11"] == day(1990, 2, 28))
        #expect(sheet["F12"] == day(2000, 1, 1))             // built-in 14, 13:30 dropped
        let other = workbook.sheets[1]
        #expect(other["C1"] == .number(60))                  // Excel's 29/02/1900 is no day
        #expect(other["C2"] == day(1900, 2, 28))
        #expect(other["C3"] == day(1900, 3, 1))
        #expect(other["C4"] == .number(0.5))                 // h:mm, a time of day
        #expect(other["C5"] == day(2024, 1, 15))             // [$-42A]dd "tháng" mm "năm" yyyy
    }

    @Test func dates1904() throws {
        let workbook = try WorkbookFixture.read("openpyxl-1904.xlsx")
        #expect(workbook.usesDate1904)
        let sheet = workbook.sheets[0]
        #expect(sheet["A1"] == day(1904, 1, 1))
        #expect(sheet["A2"] == day(2024, 1, 15))
        #expect(sheet["A3"] == day(1999, 12, 31))
        #expect(sheet["B1"] == .number(1_490_000))
    }

    @Test func formulaWithoutCachedValueIsFlagged() throws {
        let sheet = try WorkbookFixture.read("openpyxl-list.xlsx").sheets[0]
        #expect(sheet["D13"] == .formulaWithoutValue("SUM(D8:D12)"))
    }

    @Test func hiddenRowsAndColumns() throws {
        let sheet = try WorkbookFixture.read("openpyxl-list.xlsx").sheets[0]
        #expect(sheet.rows.filter(\.isHidden).map(\.number) == [11])
        #expect(sheet.hiddenColumns == [7])
        #expect(sheet["G8"] == .text("ẩn"))                  // hidden, still read
    }

    @Test func richTextInlineStringsWhitespaceAndLineBreaks() throws {
        let sheet = try WorkbookFixture.read("openpyxl-list.xlsx").sheets[1]
        #expect(sheet["A1"] == .text("Nguyễn Văn An"))
        #expect(sheet["A4"] == .text("  hai khoảng trắng đầu và cuối  "))
        #expect(sheet["A5"] == .text("Dòng 1\nDòng 2"))
    }

    @Test func everyVietnameseLetterWithEveryToneInNFCAndFromNFD() throws {
        let sheet = try WorkbookFixture.read("openpyxl-list.xlsx").sheets[1]
        #expect(Self.everyLetter.isNFCScalars)
        #expect(Self.everyLetter.unicodeScalars.count == 2 * (73 + 72) + 1)     // 73 letters and 72 spaces, twice
        guard case .text(let nfc) = sheet["A2"], case .text(let fromNFD) = sheet["A3"] else {
            Issue.record("A2 and A3 should be text")
            return
        }
        #expect(Array(nfc.unicodeScalars) == Array(Self.everyLetter.unicodeScalars))
        #expect(Array(fromNFD.unicodeScalars) == Array(Self.everyLetter.unicodeScalars))
    }

    @Test func booleansAndErrors() throws {
        let sheet = try WorkbookFixture.read("openpyxl-list.xlsx").sheets[1]
        #expect(sheet["B1"] == .boolean(true))
        #expect(sheet["B2"] == .boolean(false))
        #expect(sheet["B3"] == .error("#N/A"))
    }

    @Test func libreOfficeCachedFormulaValuesAndSharedStrings() throws {
        let workbook = try WorkbookFixture.read("libreoffice-formulas.xlsx")
        #expect(workbook.sheets.map(\.name) == ["Tổng hợp", "Giấy khen"])
        let sheet = workbook.sheets[0]
        #expect(sheet["A1"] == .text("Số tiền"))
        #expect(sheet["A4"] == .number(2_192_000))           // SUM, cached
        #expect(sheet["B2"] == .text("Tổng: 2192000"))       // t="str"
        #expect(sheet["B3"] == .error("#DIV/0!"))
        #expect(sheet["B4"] == .boolean(true))
        #expect(sheet["B5"] == .text(""))                    // a formula whose result is ""
        #expect(sheet["C2"] == .text("Sở Nội vụ"))
        #expect(sheet["C3"] == .text("Sở Nội vụ"))
        #expect(sheet["C4"] == .text("Phòng Tổ chức"))       // rich-text runs in sharedStrings.xml
        #expect(sheet["D1"] == day(2024, 1, 15))
        #expect(sheet["D2"] == .number(994.5))
        #expect(sheet["E1"] == .text("Gộp"))
        #expect(sheet["F1"] == nil)                          // formatted, no value
        #expect(sheet.merges == [range("E1:F1")])
        #expect(sheet.rows.filter(\.isHidden).map(\.number) == [3])
        #expect(sheet.hiddenColumns == [3])
        #expect(workbook.sheets[1]["A1"] == .text("Trang thứ hai"))
    }

    @Test func otherFormatsAreNamedWithHowToSaveAsXLSX() {
        let saveAs = "trong Excel hãy chọn «Lưu thành» (Save As), kiểu tệp «Excel Workbook (*.xlsx)»"
        #expect(failure { try WorkbookFixture.read("libreoffice.ods") }
            == "libreoffice.ods: tệp là bảng tính OpenDocument (.ods), VanBan chỉ đọc được .xlsx; trong LibreOffice hãy chọn «Lưu thành» (Save As), kiểu tệp «Excel 2007-365 (.xlsx)»")
        #expect(failure { try WorkbookFixture.read("libreoffice.xls") }
            == "libreoffice.xls: tệp là bảng tính Excel 97–2003 (.xls) kiểu cũ, VanBan chỉ đọc được .xlsx; \(saveAs)")
        #expect(failure { try WorkbookFixture.read("encrypted.xlsx") }
            == "encrypted.xlsx: tệp được đặt mật khẩu (mã hoá) nên không đọc được; hãy mở tệp bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hoá bằng mật khẩu, xoá mật khẩu), rồi \(saveAs)")
    }

    @Test func missingFileIsNamed() {
        #expect(failure { try WorkbookFixture.read("khong-co.xlsx") } == "khong-co.xlsx: không tìm thấy tệp danh sách «khong-co.xlsx»")
    }
}

func range(_ text: String) -> CellRange {
    Array(text.utf8).withUnsafeBufferPointer { CellReference.parseRange($0)! }
}
