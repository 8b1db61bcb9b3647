import Foundation
import Testing
@testable import DataInput

/// Lists as offices have them: title rows above the header, headings between groups, total
/// lines, a header repeated on each printed page, signatures at the foot. Only recipients
/// become rows; every total is checked; every skip is said.
@Suite struct ListReaderTests {
    static let individuals = ListRequest(name: "ca_nhan", columns: [
        ListColumn(key: "ho_ten", headers: ["Họ và tên", "Họ tên", "Tên tập thể, cá nhân"]),
        ListColumn(key: "don_vi", headers: ["Đơn vị công tác", "Đơn vị"], required: false),
        ListColumn(key: "hinh_thuc", headers: ["Hình thức"], required: false),
        ListColumn(key: "so_tien", headers: ["Số tiền"], required: false),
    ], kind: .individual, headingField: "hinh_thuc", amountField: "so_tien")

    func read(_ text: String, _ request: ListRequest = individuals) throws(DataError) -> ListContents {
        try CSVList.parse(text, file: "ds.csv", request: request)
    }

    func names(_ contents: ListContents) throws -> [String] {
        try contents.rows.map { try $0.required("ho_ten").string() }
    }

    /// The list the issue was found with, made small: two title rows, a blank row, the header,
    /// the rows, a total line with the count.
    @Test func titleRowsAndATotalLineAreNotRecipients() throws {
        let text = """
            UBND TỈNH VĨNH LONG;;;
            DANH SÁCH CÁ NHÂN ĐỀ NGHỊ TẶNG BẰNG KHEN;;;
            ;;;
            STT;Họ và tên;Ngày sinh;Đơn vị công tác
            1;Nguyễn Văn An;01/02/1980;Sở Nội vụ
            2;Trần Thị Bình;03/04/1985;Sở Tư pháp
            3;Lê Văn Cường;05/06/1990;Sở Tài chính
            Tổng cộng: 03 cá nhân;;;

            """
        let contents = try read(text)
        #expect(try names(contents) == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"])
        #expect(contents.rows[0].path == "ca_nhan[1]")
        #expect(try contents.rows[2].required("don_vi").location == SourceLocation(file: "ds.csv", line: 7, column: 4))
        #expect(contents.notices.map(\.description) == [
            "ds.csv, dòng 4: ghi chú: dòng tiêu đề là dòng 4; các dòng phía trên (tên danh sách, tiêu đề) không đọc",
            "ds.csv, dòng 4: ghi chú: các cột không dùng đến, bỏ qua: «Ngày sinh» (cột C)",
        ])
    }

    @Test func aTotalLineWhoseCountIsWrongIsAnErrorNamingBothNumbers() {
        let text = "STT;Họ và tên\n1;Nguyễn Văn An\n2;Trần Thị Bình\nTổng cộng: 200 cá nhân;\n"
        #expect(failure { try read(text) }
            == "ds.csv, dòng 4, trường «ca_nhan»: dòng tổng «Tổng cộng: 200 cá nhân» ghi 200 cá nhân nhưng danh sách có 02 cá nhân (dòng 2 đến dòng 3); hãy sửa số ở dòng tổng hoặc xem lại các dòng của danh sách")
        // A bare number counts every row; a count in the numbering column too.
        #expect(throws: Never.self) { try read("STT;Họ và tên\n1;A\n2;B\nTổng cộng;2\n") }
        #expect(failure { try read("STT;Họ và tên\n1;A\n2;B\nTổng số;3\n") }?.contains("ghi 03 dòng nhưng danh sách có 02 dòng") == true)
    }

    /// "I. TẬP THỂ … II. CÁ NHÂN": the collectives' rows belong to the collectives' list; a
    /// subtotal "Cộng" counts its group, the grand total every kind.
    @Test func kindHeadingsAndSubtotals() throws {
        let text = """
            TT;Tên tập thể, cá nhân;Đơn vị
            I;TẬP THỂ;
            1;Phòng Tổ chức;Sở Nội vụ
            2;Văn phòng;Sở Nội vụ
            Cộng: 02 tập thể;;
            II;CÁ NHÂN;
            1;Nguyễn Văn An;Sở Nội vụ
            2;Trần Thị Bình;Sở Tư pháp
            3;Lê Văn Cường;Sở Tài chính
            Cộng;3;
            Tổng cộng: 02 tập thể và 03 cá nhân;;

            """
        let individuals = try read(text)
        #expect(try names(individuals) == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"])
        #expect(individuals.notices.last?.message == "các dòng 3–4 thuộc nhóm khác (không phải cá nhân): không đọc vào «ca_nhan»")
        var collectives = Self.individuals
        collectives.name = "tap_the"
        collectives.kind = .collective
        #expect(try names(read(text, collectives)) == ["Phòng Tổ chức", "Văn phòng"])
        let wrong = text.replacingOccurrences(of: "Cộng: 02 tập thể", with: "Cộng: 03 tập thể")
        #expect(failure { try read(wrong) }?.hasPrefix("ds.csv, dòng 5, trường «ca_nhan»: dòng tổng «Cộng: 03 tập thể» ghi 03 tập thể nhưng danh sách có 02 tập thể") == true)
    }

    /// "1. Bằng khen của …" sets the award form of the rows under it; a row's own form wins.
    @Test func formHeadingsSetTheFormOfTheRowsUnderThem() throws {
        let text = """
            TT;Họ và tên;Hình thức
            1. Bằng khen của Chủ tịch UBND tỉnh (02 cá nhân);;
            1;Nguyễn Văn An;
            2;Trần Thị Bình;Giấy khen
            2. Giấy khen của Giám đốc Sở;;
            1;Lê Văn Cường;

            """
        let rows = try read(text).rows
        #expect(try rows.map { try $0.required("hinh_thuc").string() }
            == ["Bằng khen của Chủ tịch UBND tỉnh", "Giấy khen", "Giấy khen của Giám đốc Sở"])
        #expect(try rows[0].required("hinh_thuc").location == SourceLocation(file: "ds.csv", line: 3))
    }

    @Test func repeatedHeadersColumnNumbersAndFootersAreSkipped() throws {
        let text = """
            STT;Họ và tên;Đơn vị
            (1);(2);(3)
            1;Nguyễn Văn An;Sở Nội vụ
            STT;Họ và tên;Đơn vị
            2;Trần Thị Bình;Sở Tư pháp
            ;;
            Người lập biểu;;Thủ trưởng đơn vị
            ;Phạm Văn Dũng;Hoàng Thị Em

            """
        let contents = try read(text)
        #expect(try names(contents) == ["Nguyễn Văn An", "Trần Thị Bình"])
        #expect(contents.notices.map(\.message) == [
            "«Người lập biểu Thủ trưởng đơn vị» là phần ký cuối danh sách: các dòng từ đây trở xuống không đọc",
            "dòng tiêu đề lặp lại (đầu mỗi trang in) bỏ qua: 4",
            "dòng đánh số cột bỏ qua: 2",
        ])
        // Rows after the grand total are its signatures, not recipients.
        let afterTotal = try read("STT;Họ và tên\n1;A\nTổng cộng;1\n;Phạm Văn Dũng\n")
        #expect(try names(afterTotal) == ["A"])
        #expect(afterTotal.notices.map(\.message) == ["các dòng sau dòng tổng cộng không đọc: 4"])
    }

    /// Names that begin like a total line or a heading are recipients.
    @Test func recipientsThatLookLikeTotalsOrHeadings() throws {
        let text = "STT;Họ và tên\n1;Tổng công ty Điện lực miền Nam\n2;Cộng đồng dân cư ấp 3\n3;Tập thể lao động Phòng Kế toán\n4;Cá Văn Nhân\n"
        #expect(try names(read(text)) == ["Tổng công ty Điện lực miền Nam", "Cộng đồng dân cư ấp 3", "Tập thể lao động Phòng Kế toán", "Cá Văn Nhân"])
    }

    @Test func aStatedAmountIsKeptWithTheRowsItSums() throws {
        let text = "STT;Họ và tên;Số tiền\n1;A;760.000\n2;B;760.000\nTổng cộng;;1.520.000\n"
        let contents = try read(text)
        #expect(contents.statedAmounts == [StatedAmount(location: SourceLocation(file: "ds.csv", line: 4, column: 3), amount: 1_520_000,
                                                        rows: [SourceLocation(file: "ds.csv", line: 2), SourceLocation(file: "ds.csv", line: 3)])])
    }

    /// A workbook's grid: places are cells of a sheet; hidden rows and columns are not read;
    /// a header cell merged over two columns takes both ("Họ" and "Tên" under "Họ và tên").
    @Test func sheetsHiddenRowsAndMergedHeaders() throws {
        let grid = CellGrid(file: "ds.xlsx", sheet: "Bằng khen", rows: [
            .init(number: 1, cells: ["DANH SÁCH"]),
            .init(number: 3, cells: ["STT", "Họ và tên", "", "Đơn vị", "Ghi chú nội bộ"]),
            .init(number: 4, cells: ["1", "Nguyễn Văn", "An", "Sở Nội vụ", "x"]),
            .init(number: 5, cells: ["2", "Trần Thị", "Bình", "Sở Tư pháp", "y"], isHidden: true),
            .init(number: 6, cells: ["3", "Lê Văn", "Cường", "Sở Tài chính", ""]),
        ], hiddenColumns: [5], merges: [CellRange(firstRow: 3, firstColumn: 2, lastRow: 3, lastColumn: 3)])
        let contents = try ListReader.read(grid, request: Self.individuals)
        #expect(try names(contents) == ["Nguyễn Văn An", "Lê Văn Cường"])
        #expect(try contents.rows[1].required("don_vi").location.description == "ds.xlsx, trang «Bằng khen», ô D6")
        #expect(contents.notices.map(\.description) == [
            "ds.xlsx, trang «Bằng khen», dòng 3: ghi chú: dòng tiêu đề là dòng 3 của trang «Bằng khen»; các dòng phía trên (tên danh sách, tiêu đề) không đọc",
            "ds.xlsx, trang «Bằng khen», dòng 3: ghi chú: các cột bị ẩn không đọc: E",
            "ds.xlsx, trang «Bằng khen»: ghi chú: các dòng bị ẩn trong bảng tính không đọc: 5",
        ])
    }

}

/// Workbooks made by openpyxl and LibreOffice, read as lists.
@Suite struct WorkbookListTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/xlsx")

    func read(_ value: String, _ request: ListRequest = ListReaderTests.individuals) throws(DataError) -> ListContents {
        let node = DataNode(kind: .scalar(value), location: SourceLocation(file: "qd.yaml", line: 9, column: 10), path: request.name)
        let sources = DataSources(files: ["qd.yaml": Self.fixtures.appendingPathComponent("qd.yaml")], access: FileAccess(folders: [Self.fixtures]))
        return try ListFile.read(value, sources: sources, request: request, at: node)
    }

    /// Title rows over a two-row header of merged cells ("Khen thưởng" over "Số tiền" and "Hệ
    /// số"), the kind headings "I. TẬP THỂ" and "II. CÁ NHÂN", a hidden row and column, a total
    /// line whose SUM openpyxl never calculated.
    @Test func aCommendationListWrittenByOpenpyxl() throws {
        let contents = try read("openpyxl-list.xlsx#Bằng khen")
        #expect(try contents.rows.map { try $0.required("ho_ten").string() } == ["Nguyễn Thị Hồng Nhung", "Trần Văn Bình"])
        #expect(try contents.rows[1].required("so_tien").int() == 1_490_000)
        #expect(try contents.rows[1].required("so_tien").location.description == "openpyxl-list.xlsx, trang «Bằng khen», ô D12")
        let messages = contents.notices.map(\.message)
        #expect(messages.contains("các dòng bị ẩn trong bảng tính không đọc: 11"))
        #expect(messages.contains("các cột bị ẩn không đọc: G"))
        #expect(messages.contains("các dòng 8 thuộc nhóm khác (không phải cá nhân): không đọc vào «ca_nhan»"))
        #expect(messages.contains("không đối chiếu được tổng tiền của dòng tổng: ô có công thức «=SUM(D8:D12)» nhưng chưa có giá trị tính sẵn; hãy mở tệp bằng Excel và lưu lại"))
    }

    @Test func aSheetThatIsNotThereNamesTheSheets() {
        #expect(failure { try read("openpyxl-list.xlsx#Chiến sĩ") }
            == "qd.yaml, dòng 9, cột 10, trường «ca_nhan»: tệp «openpyxl-list.xlsx» không có trang «Chiến sĩ»; các trang có: «Bằng khen», «Giấy khen», «Ẩn»")
    }

    @Test func oldFormatsAreAnsweredWithHowToSaveAsXLSX() {
        #expect(failure { try read("libreoffice.xls") }?.contains("Excel Workbook (*.xlsx)") == true)
        #expect(failure { try read("libreoffice.ods") }?.contains("Excel 2007-365 (.xlsx)") == true)
    }

    @Test func numbersReadAsDataTextWithoutAmbiguity() throws {
        #expect(WorkbookList.text(of: 1_490_000) == "1490000")
        #expect(WorkbookList.text(of: 0.3) == "0,3")
        #expect(WorkbookList.text(of: 994.5) == "994,5")
        #expect(WorkbookList.text(of: 5.125) == "5,1250")
        #expect(WorkbookList.text(of: 0.125) == "0,125")
        #expect(WorkbookList.text(of: -12.25) == "-12,25")
        for value in [5.125, 0.3, 994.5, 1234.567, 0.125] {
            let node = DataNode(kind: .scalar(WorkbookList.text(of: value)), location: SourceLocation(file: "x", line: 1), path: "x")
            #expect(try node.decimal() == Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")), "\(value)")
        }
    }
}

/// Names typed in the old fonts reach the list as Latin-1-looking text; the column is converted
/// and the conversion said, with the rows it touched.
@Suite struct LegacyColumnTests {
    static let names = ["Nguyễn Thị Hồng Nhung", "Trần Văn Bình", "Lê Thị Phương Thảo", "Đặng Quốc Việt"]

    func list(_ shown: (String) -> String) -> String {
        "STT;Họ và tên;Đơn vị\n" + Self.names.enumerated().map { "\($0.offset + 1);\(shown($0.element));Sở Nội vụ" }.joined(separator: "\n") + "\n"
    }

    static func shown(_ encoding: String, _ name: String) -> String {
        switch encoding {
        case "TCVN3": Shown.latin1(Encode.tcvn3(name)!)
        case "VNI": Shown.windows1252(Encode.vni(name)!)
        default: Shown.windows1252(Array(name.utf8))
        }
    }

    @Test(arguments: ["TCVN3", "VNI", "mojibake"])
    func aLegacyColumnIsConvertedAndSaid(name: String) throws {
        let contents = try CSVList.parse(list { Self.shown(name, $0) }, file: "ds.csv", request: ListReaderTests.individuals)
        #expect(try contents.rows.map { try $0.required("ho_ten").string() } == Self.names, "\(name)")
        #expect(contents.notices.first?.message.hasPrefix("cột B được viết bằng ") == true)
        #expect(contents.notices.first?.message.contains("đã chuyển sang Unicode 4 ô (các dòng 2–5)") == true)
    }

    @Test func genuineTextIsLeftAlone() throws {
        let contents = try CSVList.parse(list { $0 }, file: "ds.csv", request: ListReaderTests.individuals)
        #expect(contents.notices.isEmpty)
        let western = "Họ và tên;Đơn vị\nHélène Müller;Café Lü\n"
        #expect(try CSVList.parse(western, file: "ds.csv", request: ListReaderTests.individuals).notices.isEmpty)
    }
}
