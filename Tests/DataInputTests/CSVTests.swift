import Foundation
import Testing
@testable import DataInput

@Suite struct CSVTests {
    static let columns = [
        ListColumn(key: "stt", headers: ["STT", "Số thứ tự"], required: false),
        ListColumn(key: "ho_ten", headers: ["Họ và tên", "Họ tên"]),
        ListColumn(key: "don_vi", headers: ["Đơn vị", "Đơn vị công tác"]),
        ListColumn(key: "so_tien", headers: ["Số tiền"], required: false),
        ListColumn(key: "ghi_chu", headers: ["Ghi chú"], required: false),
    ]
    static let request = ListRequest(name: "ca_nhan", columns: columns)

    func parse(_ text: String) throws(DataError) -> [DataNode] {
        try contents(text).rows
    }

    func contents(_ text: String) throws(DataError) -> ListContents {
        try CSVList.parse(text, file: "ds.csv", request: Self.request)
    }

    @Test func basicCommaSeparated() throws {
        let rows = try parse("STT,Họ và tên,Đơn vị\n1,Nguyễn Văn A,Phòng Tổ chức\n2,Lê Thị B,Văn phòng\n")
        #expect(rows.count == 2)
        #expect(try rows[1].required("ho_ten").string() == "Lê Thị B")
        #expect(try rows[1].required("stt").int() == 2)
        #expect(try rows[1].entries().map(\.key) == ["stt", "ho_ten", "don_vi"])
        let unit = try rows[1].required("don_vi")
        #expect(unit.location == SourceLocation(file: "ds.csv", line: 3, column: 3))
        #expect(unit.path == "ca_nhan[2].don_vi")
        #expect(rows[1].location == SourceLocation(file: "ds.csv", line: 3, column: 1))
        #expect(rows[1]["so_tien"] == nil)      // optional column absent
    }

    @Test func cellErrorsNameRowLineColumnAndField() throws {
        let rows = try parse("Họ và tên,Đơn vị,Số tiền\nA,X,1.490.000\nB,Y,một triệu\n")
        #expect(try rows[0].required("so_tien").int() == 1_490_000)
        #expect(failure { try rows[1].required("so_tien").int() }
            == "ds.csv, dòng 3, cột 3, trường «ca_nhan[2].so_tien»: cần một số nguyên, gặp «một triệu»")
    }

    @Test func emptyCellIsNull() throws {
        let rows = try parse("Họ và tên,Đơn vị,Ghi chú\nA,,  \n")
        #expect(rows[0]["don_vi"] == nil)
        #expect(rows[0]["ghi_chu"] == nil)
        #expect(failure { try rows[0].required("don_vi") }
            == "ds.csv, dòng 2, cột 2, trường «ca_nhan[1].don_vi»: trường bắt buộc này chưa có giá trị")
    }

    @Test func bomSemicolonsAndCRLF() throws {
        let text = "\u{FEFF}STT;Họ và tên;Đơn vị;Số tiền\r\n1;Nguyễn Văn A;Phòng A, B;1.490.000\r\n2;Lê Thị B;Văn phòng;2,5\r\n"
        let rows = try parse(text)
        #expect(rows.count == 2)
        #expect(try rows[0].required("stt").string() == "1")
        #expect(try rows[0].required("don_vi").string() == "Phòng A, B")
        #expect(try rows[1].required("so_tien").decimal() == Decimal(string: "2.5"))
        #expect(try rows[1].required("don_vi").location == SourceLocation(file: "ds.csv", line: 3, column: 3))
    }

    @Test func quotedFieldsWithSeparatorsQuotesAndLineBreaks() throws {
        let text = """
            Họ và tên,Đơn vị,Ghi chú\r
            "Nguyễn Văn A","Phòng Tổ chức, Cán bộ","Có ""thành tích"" xuất sắc; đề nghị"\r
            Lê Thị B,"Văn phòng\r
            Sở Nội vụ","dòng 1
            dòng 2"\r
            Trần C,Thanh tra,\r

            """
        let rows = try parse(text)
        #expect(rows.count == 3)
        #expect(try rows[0].required("don_vi").string() == "Phòng Tổ chức, Cán bộ")
        #expect(try rows[0].required("ghi_chu").string() == "Có \"thành tích\" xuất sắc; đề nghị")
        #expect(try rows[1].required("don_vi").string() == "Văn phòng\nSở Nội vụ")
        #expect(try rows[1].required("ghi_chu").string() == "dòng 1\ndòng 2")
        #expect(rows[1].location.line == 3)
        // The row after a two-line row starts on line 6 of the file.
        #expect(try rows[2].required("ho_ten").location == SourceLocation(file: "ds.csv", line: 6, column: 1))
        #expect(rows[2]["ghi_chu"] == nil)
    }

    @Test func quotedSemicolonInSemicolonFile() throws {
        let rows = try parse("Họ và tên;Đơn vị\n\"A; B\";\"X\"\"Y\"\n")
        #expect(try rows[0].required("ho_ten").string() == "A; B")
        #expect(try rows[0].required("don_vi").string() == "X\"Y")
    }

    @Test func headerMatchingVariants() throws {
        for header in ["Họ và tên", "HỌ VÀ TÊN", "ho va ten", "Họ  và tên", "Họ và tên:", " họ tên ", "ho_ten",
                       decomposed("Họ và tên")] {
            let rows = try parse("\(header),ĐƠN VỊ CÔNG TÁC\nA,B\n")
            #expect(try rows[0].required("ho_ten").string() == "A", "\(header)")
            #expect(try rows[0].required("don_vi").string() == "B", "\(header)")
        }
    }

    @Test func missingRequiredColumn() throws {
        #expect(failure { try parse("STT,Họ và tên,Ghi chú\n1,A,\n") }
            == "ds.csv, dòng 1, trường «ca_nhan»: thiếu cột «Đơn vị» ở dòng tiêu đề (dòng 1 có: «STT», «Họ và tên», «Ghi chú»)")
        #expect(failure { try parse("STT\n1\n") }
            == "ds.csv, dòng 1, trường «ca_nhan»: thiếu các cột «Họ và tên», «Đơn vị» ở dòng tiêu đề (dòng 1 có: «STT»)")
        #expect(failure { try parse("Danh sách\n1\n") }
            == "ds.csv, trường «ca_nhan»: không tìm thấy dòng tiêu đề có các cột «Họ và tên», «Đơn vị» trong 30 dòng đầu (các dòng đầu: dòng 1: «Danh sách»; dòng 2: «1»)")
    }

    /// A column the template does not use (Ngày sinh, Chữ ký) is left out with a note, never an error.
    @Test func unknownColumnIsANote() throws {
        let read = try contents("Họ và tên,Đơn vị,Ghi chu 2,Ngày sinh\nA,B,C,01/01/1980\n")
        #expect(try read.rows[0].entries().map(\.key) == ["ho_ten", "don_vi"])
        #expect(read.notices.map(\.description) == ["ds.csv, dòng 1: ghi chú: các cột không dùng đến, bỏ qua: «Ghi chu 2» (cột C), «Ngày sinh» (cột D)"])
    }

    @Test func duplicateColumn() throws {
        #expect(failure { try parse("Họ và tên,Đơn vị,Họ tên\nA,B,C\n") }
            == "ds.csv, dòng 1, cột 3: cột «Họ tên» trùng với cột A «Họ và tên»: cả hai đều là «Họ và tên»; hãy xoá một cột")
    }

    @Test func rowWithMoreFieldsThanHeader() throws {
        let text = "Họ và tên,Đơn vị\nA,B\nNguyễn Văn C,Phòng Tổ chức, Cán bộ\n"
        #expect(failure { try parse(text) }
            == "ds.csv, dòng 3, cột 3, trường «ca_nhan[2]»: dòng này có 3 ô nhưng dòng tiêu đề (dòng 1) chỉ có 2 cột; ô thừa «Cán bộ». Nếu trong một ô có dấu phẩy «,», hãy đặt cả ô trong ngoặc kép")
        // Trailing empty cells (Excel's ";;") are not extra data.
        #expect(try parse("Họ và tên;Đơn vị\nA;B;;\n").count == 1)
    }

    @Test func dataUnderAnUnnamedColumnIsANote() throws {
        let read = try contents("Họ và tên,,Đơn vị\nA,,B\nC,x,D\n")
        #expect(read.rows.count == 2)
        #expect(read.notices.map(\.description) == ["ds.csv, dòng 1: ghi chú: các cột không có tên ở dòng tiêu đề nhưng có dữ liệu, bỏ qua: B"])
    }

    @Test func unclosedQuoteIsReportedWhereItOpened() throws {
        let text = "Họ và tên,Đơn vị,Ghi chú\nA,B,C\nD,\"Phòng Tổ chức,x\nE,F,G\nH,I,K\n"
        #expect(failure { try parse(text) }
            == "ds.csv, dòng 3, cột 2: dấu ngoặc kép mở ở ô này không được đóng; hãy thêm dấu \" ở cuối ô (trong ô, dấu ngoặc kép viết thành \"\")")
    }

    @Test func textAfterClosingQuote() throws {
        #expect(failure { try parse("Họ và tên,Đơn vị\n\"A\" (Trưởng phòng),B\n") }
            == "ds.csv, dòng 2, cột 1: sau dấu ngoặc kép đóng ô còn chữ «(Trưởng phòng)»; nếu cả ô là một chuỗi, hãy đặt cả ô trong ngoặc kép và viết dấu ngoặc kép bên trong thành \"\"")
    }

    @Test func emptyLinesAndEmptyRowsAreSkipped() throws {
        let text = "\n\nHọ và tên;Đơn vị\n;\nA;B\n\n  ;  \nC;D\n\n\n\n"
        let rows = try parse(text)
        #expect(rows.count == 2)
        #expect(rows[1].path == "ca_nhan[2]")
        #expect(try rows[1].required("ho_ten").location == SourceLocation(file: "ds.csv", line: 8, column: 1))
    }

    @Test func excelSeparatorLine() throws {
        let request = ListRequest(name: "x", columns: [ListColumn(key: "a", headers: ["A;B"]), ListColumn(key: "c", headers: ["C"])])
        // Without the "sep=," line the header's one ";" and one "," would tie and ";" would win.
        let rows = try CSVList.parse("sep=,\nA;B,C\n1;2,3\n", file: "x.csv", request: request).rows
        #expect(try rows[0].required("a").string() == "1;2")
        #expect(try rows[0].required("c").location == SourceLocation(file: "x.csv", line: 3, column: 2))
        let tied = dataError { try CSVList.parse("A;B,C\n1;2,3\n", file: "x.csv", request: request) }
        #expect(tied?.message == "thiếu cột «C» ở dòng tiêu đề (dòng 1 có: «A», «B,C»)")
    }

    @Test func crOnlyLineEnds() throws {
        let rows = try parse("Họ và tên,Đơn vị\rA,B\rC,D\r")
        #expect(rows.count == 2)
        #expect(try rows[1].required("don_vi").location == SourceLocation(file: "ds.csv", line: 3, column: 2))
    }

    @Test func nfdCellsComeOutNFC() throws {
        let rows = try parse(decomposed("Họ và tên,Đơn vị\nNguyễn Thị Ánh,Sở Tư pháp\n"))
        let name = try rows[0].required("ho_ten").string()
        #expect(name.isNFCScalars)
        #expect(Array(name.unicodeScalars) == Array("Nguyễn Thị Ánh".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func emptyFile() throws {
        #expect(failure { try parse("") } == "ds.csv, trường «ca_nhan»: không tìm thấy dòng tiêu đề có các cột «Họ và tên», «Đơn vị» trong 30 dòng đầu (danh sách trống)")
        let optional = try CSVList.parse("\n\n", file: "x.csv", request: ListRequest(name: "x", columns: [ListColumn(key: "a", headers: ["A"], required: false)]))
        #expect(optional.rows.isEmpty)
    }

    @Test func invalidUTF8SaysSaveAsCSVUTF8() throws {
        let folder = try temporaryFolder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("ds.csv")
        // "Họ và tên;Đơn vị" then a row with "Lê" where ê is a Windows-1258 byte (0xEA).
        var bytes = Array("Họ và tên;Đơn vị\r\nNguyễn A;X\r\nL".utf8)
        bytes += [0xEA] + Array(";Y\r\n".utf8)
        try Data(bytes).write(to: url)
        #expect(failure { try CSVList.read(url, request: Self.request, displayPath: "ds.csv") }
            == "ds.csv, dòng 3: tệp có chữ không phải UTF-8 ở dòng này, dù phần còn lại là UTF-8 (có thể được ghép từ hai tệp khác bảng mã, hoặc bị hỏng); trong Excel hãy chọn «Lưu thành» (Save As) và kiểu tệp «CSV UTF-8 (Comma delimited) (*.csv)»")
    }

    /// Excel's «Unicode Text» (UTF-16 with BOM, tab-separated) is read, and said so.
    @Test func utf16FileIsReadWithANote() throws {
        let folder = try temporaryFolder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("ds.csv")
        try "Họ và tên\tĐơn vị\nNguyễn Văn An\tSở Nội vụ\n".data(using: .utf16LittleEndian).map { Data([0xFF, 0xFE]) + $0 }!.write(to: url)
        let contents = try CSVList.read(url, request: Self.request, displayPath: "ds.csv")
        #expect(try contents.rows.map { try $0.required("don_vi").string() } == ["Sở Nội vụ"])
        #expect(contents.notices.first?.description.hasPrefix("ds.csv: ghi chú: tệp Unicode UTF-16 LE") == true)
    }

    @Test func readFromFileWithBOM() throws {
        let folder = try temporaryFolder(["danh-sach.csv": "\u{FEFF}Họ và tên;Đơn vị\r\nA;B\r\n"])
        let rows = try CSVList.read(folder.appendingPathComponent("danh-sach.csv"), request: ListRequest(name: "tap_the", columns: Self.columns),
                                    displayPath: "du-lieu/danh-sach.csv").rows
        #expect(try rows[0].required("ho_ten").string() == "A")
        #expect(rows[0].location.file == "du-lieu/danh-sach.csv")
        #expect(rows[0].path == "tap_the[1]")
    }

    @Test func fiveThousandRows() throws {
        var text = "\u{FEFF}STT;Họ và tên;Đơn vị;Số tiền;Ghi chú\r\n"
        for i in 1...5_000 {
            text += "\(i);Nguyễn Văn \(i);\"Phòng \(i % 13); Sở Nội vụ\";1.490.000;\"ghi chú \"\"\(i)\"\"\"\r\n"
        }
        let rows = try parse(text)
        #expect(rows.count == 5_000)
        #expect(try rows[4_999].required("stt").int() == 5_000)
        #expect(try rows[4_999].required("ho_ten").string() == "Nguyễn Văn 5000")
        #expect(try rows[4_999].required("ghi_chu").string() == "ghi chú \"5000\"")
        #expect(try rows[4_999].required("so_tien").location == SourceLocation(file: "ds.csv", line: 5_001, column: 4))
    }
}

/// List files built to exhaust the reader are refused as they are read.
@Suite struct HostileCSVTests {
    static let request = ListRequest(name: "ca_nhan", columns: [ListColumn(key: "ho_ten", headers: ["Họ và tên"]),
                                                                ListColumn(key: "don_vi", headers: ["Đơn vị"], required: false)])

    func parse(_ text: String) throws -> [DataNode] {
        try CSVList.parse(text, file: "ds.csv", request: Self.request).rows
    }

    @Test func twentyThousandRowsAreTheMost() throws {
        let rows = (1...20_000).map { "Người \($0);Đơn vị" }.joined(separator: "\n")
        #expect(try parse("Họ và tên;Đơn vị\n" + rows + "\n").count == 20_000)
        #expect(failure { try parse("Họ và tên;Đơn vị\n" + rows + "\nNgười thừa;X\n") }
            == "ds.csv, dòng 20002: danh sách có hơn 20.000 dòng, quá giới hạn cho một danh sách; hãy chia thành nhiều văn bản")
    }

    @Test func blankLinesDoNotCountAndAreNotKept() throws {
        let text = "Họ và tên;Đơn vị\n" + String(repeating: ";\n", count: 500_000) + "A;B\n"
        #expect(try parse(text).map { $0["ho_ten"]?.scalarText } == ["A"])
    }

    @Test func aRowOfAMillionSeparatorsIsRefusedAtItsThousandAndFirstCell() throws {
        let started = Date()
        #expect(failure { try parse("Họ và tên" + String(repeating: ";", count: 1_000_000) + "\n") }
            == "ds.csv, dòng 1, cột 1001: dòng có hơn 1.000 ô, quá giới hạn cho một danh sách")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aCellOfMoreThanTenThousandCharactersIsRefused() throws {
        let long = String(repeating: "ư", count: 10_001)
        #expect(failure { try parse("Họ và tên;Đơn vị\nA;\"\(long)\"\n") }
            == "ds.csv, dòng 2, cột 2: ô dài 10.001 ký tự, quá giới hạn 10.000 ký tự cho một giá trị: «\(String(repeating: "ư", count: 60))…»")
        #expect(try parse("Họ và tên;Đơn vị\nA;\(String(repeating: "ư", count: 10_000))\n").count == 1)
    }

    @Test func aListFileOverTwentyMegabytesIsRefused() throws {
        let folder = try temporaryFolder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("lon.csv")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        #expect(truncate(url.path, 21 * 1024 * 1024) == 0)
        #expect(failure { try CSVList.read(url, request: Self.request, displayPath: "lon.csv") }
            == "lon.csv: tệp danh sách «lon.csv» có 21 MB, quá giới hạn 20 MB cho một tệp danh sách")
    }
}
