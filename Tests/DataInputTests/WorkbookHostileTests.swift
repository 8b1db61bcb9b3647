import Foundation
import Testing
import ZIPFoundation
@testable import DataInput

/// Files that are not workbooks, damaged workbooks and zip bombs, made here: each gets its
/// Vietnamese message, quickly and in bounded memory.
@Suite struct WorkbookHostileTests {
    static let reopen = "hãy mở tệp bằng Excel rồi lưu lại (trong Excel hãy chọn «Lưu thành» (Save As), kiểu tệp «Excel Workbook (*.xlsx)»); nếu Excel cũng không mở được, hãy xin lại tệp gốc"
    static let saveAs = "trong Excel hãy chọn «Lưu thành» (Save As), kiểu tệp «Excel Workbook (*.xlsx)»"

    /// A zip with one sheet part of `size` zero bytes, declared honestly.
    static func zeros(_ size: Int, path: String = "xl/worksheets/sheet1.xml") throws -> Data {
        let archive = try Archive(accessMode: .create)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate,
                             bufferSize: 1 << 20) { _, chunk in Data(count: chunk) }
        return archive.data!
    }

    /// Overwrites a 32-bit field of the (single-entry) central directory header.
    static func patchDirectory(_ data: Data, offset: Int, value: UInt32) -> Data {
        var bytes = [UInt8](data)
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let start = (0...(bytes.count - 4)).last { bytes[$0..<($0 + 4)].elementsEqual(signature) }!
        for k in 0..<4 { bytes[start + offset + k] = UInt8((value >> (8 * k)) & 0xFF) }
        return Data(bytes)
    }

    @Test func notAZip() {
        #expect(readFailure(Data("Họ và tên;Đơn vị\n".utf8))
            == "ds.xlsx: tệp không phải bảng tính Excel .xlsx; nếu đây là bảng tính, \(Self.saveAs)")
        #expect(readFailure(Data()) == "ds.xlsx: tệp trống (0 byte), không phải bảng tính Excel")
        #expect(readFailure(Data("<html><table><tr><td>1</td></tr></table></html>".utf8))
            == "ds.xlsx: tệp là một trang web (HTML) hoặc XML mang đuôi bảng tính, không phải bảng tính Excel .xlsx; hãy mở tệp bằng Excel, rồi \(Self.saveAs)")
    }

    @Test func compoundDocumentHeaderAlone() {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        bytes += [UInt8](repeating: 0, count: 1024)
        #expect(readFailure(Data(bytes), display: "cu.xls")
            == "cu.xls: tệp là tài liệu Office 97–2003 nhưng không phải bảng tính Excel; hãy mở bảng tính cần dùng bằng Excel, rồi \(Self.saveAs)")
    }

    @Test func zipBombRefusedByDeclaredSize() throws {
        let bomb = try Self.zeros(300_000_000)
        #expect(bomb.count < 400_000)
        #expect(readFailure(bomb)
            == "ds.xlsx: tệp khi giải nén lớn hơn 200 MB, quá lớn cho một bảng danh sách (hoặc là tệp nén độc hại); hãy chỉ giữ lại trang tính cần dùng, xoá hình ảnh, rồi lưu lại")
    }

    @Test func zipBombRefusedByRatio() throws {
        let bomb = try Self.zeros(50_000_000)
        #expect(readFailure(bomb)
            == "ds.xlsx: phần «xl/worksheets/sheet1.xml» của tệp nén nhỏ bất thường (giải nén ra gấp 1.030 lần), dấu hiệu của tệp nén độc hại («bom nén»); VanBan không mở tệp này. Nếu tệp do cơ quan gửi, hãy xin lại tệp gốc")
    }

    /// The directory says 900 KB (under every threshold) for 300 MB of zeros: inflating stops
    /// as soon as the output passes what was declared.
    @Test func zipBombLyingAboutItsSizeStopsWhileInflating() throws {
        let archive = try Archive(accessMode: .create)
        for (path, text) in HandMadeWorkbook(sheet: "").parts where !path.hasPrefix("xl/worksheets/") {
            let contents = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(contents.count), compressionMethod: .deflate) { position, size in
                contents.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(300_000_000),
                             compressionMethod: .deflate, bufferSize: 1 << 20) { _, chunk in Data(count: chunk) }
        let lying = Self.patchDirectory(archive.data!, offset: 24, value: 900_000)
        #expect(readFailure(lying)
            == "ds.xlsx: tệp .xlsx bị hỏng (phần «xl/worksheets/sheet1.xml» giải nén ra nhiều hơn kích thước ghi trong mục lục); \(Self.reopen)")
        let zip = try ZipDirectory(data: lying, limits: .standard)
        var budget = WorkbookLimits.standard.inflatedBytes
        var produced = 0
        #expect(throws: WorkbookProblem.self) {
            try zip.inflate(zip.entry("xl/worksheets/sheet1.xml")!, budget: &budget) { (chunk) throws(WorkbookProblem) in produced += chunk.count }
        }
        #expect(produced <= 900_000)
    }

    @Test func truncatedZip() throws {
        let whole = try Data(contentsOf: WorkbookFixture.folder.appendingPathComponent("openpyxl-list.xlsx"))
        #expect(readFailure(whole.prefix(whole.count / 2))
            == "ds.xlsx: tệp .xlsx bị hỏng (tệp bị cắt cụt, có thể chưa tải về hoặc chép hết); \(Self.reopen)")
        #expect(readFailure(whole.prefix(3)) == "ds.xlsx: tệp không phải bảng tính Excel .xlsx; nếu đây là bảng tính, \(Self.saveAs)")
    }

    /// The directory says the deflate stream is shorter than it is: the inflater runs out of
    /// input and must stop (ZIPFoundation's own loop would spin here).
    @Test func deflateStreamCutShort() throws {
        var rows = ""
        for i in 1...3000 { rows += "<row r=\"\(i)\"><c r=\"A\(i)\"><v>\(i * 7919 % 10007)</v></c></row>" }
        let xml = Data(HandMadeWorkbook.sheet(rows).utf8)
        let zip = try makeZip([("xl/worksheets/sheet1.xml", xml)])
        let entry = try ZipDirectory(data: zip, limits: .standard).entry("xl/worksheets/sheet1.xml")!
        let cut = Self.patchDirectory(zip, offset: 20, value: UInt32(entry.compressedSize / 2))
        let directory = try ZipDirectory(data: cut, limits: .standard)
        var budget = Int.max
        var problem: WorkbookProblem?
        do {
            try directory.inflate(directory.entry("xl/worksheets/sheet1.xml")!, budget: &budget) { (_) throws(WorkbookProblem) in }
        } catch {
            problem = error
        }
        #expect(problem == .truncated)
    }

    /// An entry whose deflate stream is a stored block announcing 65,535 bytes of which the
    /// file holds 10, the directory and the end record following. zlib takes all that follows as
    /// the block and wants more; ZIPFoundation's own `Archive.extract` spins here for good
    /// (checked once by hand: still running after 5 s), ours refuses.
    @Test func deflateStreamRunningPastTheFile() throws {
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16 & 0xFFFF) }
        let name = Array("xl/workbook.xml".utf8)
        let stream: [UInt8] = [0x00, 0xFF, 0xFF, 0x00, 0x00] + Array(repeating: 0x41, count: 10)
        let sizes = le32(0) + le32(stream.count) + le32(65_535) + le16(name.count) + le16(0)
        var zip = le32(0x0403_4B50) + le16(20) + le16(0) + le16(8) + le16(0) + le16(0) + sizes + name + stream
        let directory = zip.count
        zip += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(8) + le16(0) + le16(0) + sizes
            + le16(0) + le16(0) + le16(0) + le32(0) + le32(0) + name
        zip += le32(0x0605_4B50) + le16(0) + le16(0) + le16(1) + le16(1) + le32(zip.count - directory) + le32(directory) + le16(0)
        #expect(readFailure(Data(zip))
            == "ds.xlsx: tệp .xlsx bị hỏng (tệp bị cắt cụt, có thể chưa tải về hoặc chép hết); \(Self.reopen)")
    }

    @Test func storedEntriesAndChecksums() throws {
        let book = HandMadeWorkbook(sheet: HandMadeWorkbook.sheet("<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>"))
        let stored = try makeZip(book.parts.map { ($0.0, Data($0.1.utf8)) }, method: .none)
        #expect(try Workbook.read(data: stored, display: "ds.xlsx").sheets[0]["A1"] == .number(7))
        let entry = try ZipDirectory(data: stored, limits: .standard).entry("xl/worksheets/sheet1.xml")!
        #expect(readFailure(Self.patchDirectory(stored, offset: 16, value: entry.crc ^ 1))
            == "ds.xlsx: tệp .xlsx bị hỏng (phần «xl/worksheets/sheet1.xml» sai mã kiểm tra CRC); \(Self.reopen)")
        let deflated = try book.data()
        let deflatedEntry = try ZipDirectory(data: deflated, limits: .standard).entry("xl/worksheets/sheet1.xml")!
        #expect(readFailure(Self.patchDirectory(deflated, offset: 16, value: deflatedEntry.crc ^ 1))
            == "ds.xlsx: tệp .xlsx bị hỏng (phần «xl/worksheets/sheet1.xml» sai mã kiểm tra CRC); \(Self.reopen)")
    }

    @Test func malformedXML() throws {
        var book = HandMadeWorkbook(sheet: HandMadeWorkbook.sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"))
        #expect(failure { try book.read() }
            == "ds.xlsx: tệp .xlsx bị hỏng (phần «xl/worksheets/sheet1.xml» không phải XML hợp lệ: thẻ đóng không khớp với thẻ «c» đang mở); \(Self.reopen)")
        book.sheets[0].xml = "<worksheet><sheetData><row r=\"1\">"
        #expect(failure { try book.read() }
            == "ds.xlsx: tệp .xlsx bị hỏng (phần «xl/worksheets/sheet1.xml» không phải XML hợp lệ: phần kết thúc khi còn thẻ chưa đóng); \(Self.reopen)")
        book.sheets[0].xml = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>A &nbsp; B</t></is></c></row></sheetData></worksheet>"
        #expect(failure { try book.read() }
            == "ds.xlsx: tệp .xlsx bị hỏng (phần «xl/worksheets/sheet1.xml» không phải XML hợp lệ: có tham chiếu ký tự «&…;» không hợp lệ); \(Self.reopen)")
        book.sheets[0].xml = "<worksheet><sheetData><row r=1/></sheetData></worksheet>"
        #expect(failure { try book.read() }
            == "ds.xlsx: tệp .xlsx bị hỏng (phần «xl/worksheets/sheet1.xml» không phải XML hợp lệ: giá trị thuộc tính thiếu dấu ngoặc kép); \(Self.reopen)")
        book.sheets[0].xml = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        #expect(failure { try book.read() }
            == "ds.xlsx: tệp .xlsx bị hỏng (phần «xl/worksheets/sheet1.xml» không phải XML hợp lệ: các thẻ lồng nhau quá 256 tầng); \(Self.reopen)")
        // The parser's other errors, in the clerk's words.
        for (xml, detail) in [
            ("<worksheet><sheetData/></worksheet><worksheet/>", "có nội dung nằm ngoài phần tử gốc"),
            ("<worksheet><sheetData/></worksheet>chữ", "có nội dung nằm ngoài phần tử gốc"),
            ("chữ<worksheet/>", "phần không bắt đầu bằng một thẻ XML"),
            ("", "phần không có nội dung"),
            ("<!-- chỉ có chú thích -->", "phần không có nội dung"),
            ("<worksheet><sheetData><row r=\"1\" r=\"2\"/></sheetData></worksheet>", "có thuộc tính lặp lại trong một thẻ"),
            ("<worksheet><sheetData><row r=\"1\"spans=\"1:2\"/></sheetData></worksheet>", "thiếu dấu cách giữa các thuộc tính"),
            ("<worksheet><sheetData><row r=\"<\"/></sheetData></worksheet>", "giá trị thuộc tính có dấu «<»"),
            ("<worksheet><sheetData><row r/></sheetData></worksheet>", "thuộc tính thiếu dấu «=»"),
            ("<worksheet><c><v>&#0;</v></c></worksheet>", "có ký tự không hợp lệ (byte không phải UTF-8, ký tự điều khiển hoặc tham chiếu «&#…;» sai)"),
            ("<worksheet><c><v>&#xZZ;</v></c></worksheet>", "có tham chiếu ký tự «&…;» không hợp lệ"),
            ("<worksheet><c><v>1 &amp 2</v></c></worksheet>", "có tham chiếu ký tự «&…;» không hợp lệ"),
        ] {
            book.sheets[0].xml = xml
            #expect(failure { try book.read() }
                == "ds.xlsx: tệp .xlsx bị hỏng (phần «xl/worksheets/sheet1.xml» không phải XML hợp lệ: \(detail)); \(Self.reopen)", "\(xml)")
        }
        // Errors without words of their own say where they are (libxml2 counts the column).
        book.sheets[0].xml = "<worksheet><c><v>1 & 2</v></c></worksheet>"
        #expect(failure { try book.read() }?.hasPrefix("ds.xlsx: tệp .xlsx bị hỏng (phần «xl/worksheets/sheet1.xml» không phải XML hợp lệ: lỗi cú pháp ở dòng 1, cột ") == true)
        var bytes = Data(HandMadeWorkbook.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ab</t></is></c></row>").utf8)
        bytes[bytes.lastIndex(of: UInt8(ascii: "b"))!] = 0xFF
        var parts = book.parts.map { ($0.0, Data($0.1.utf8)) }
        parts[parts.firstIndex { $0.0 == "xl/worksheets/sheet1.xml" }!].1 = bytes
        #expect(readFailure(try makeZip(parts))
            == "ds.xlsx: tệp .xlsx bị hỏng (phần «xl/worksheets/sheet1.xml» không phải XML hợp lệ: có ký tự không hợp lệ (byte không phải UTF-8, ký tự điều khiển hoặc tham chiếu «&#…;» sai)); \(Self.reopen)")
    }

    /// Prefixes bound to no namespace, or to one that is not the SpreadsheetML URI: names are
    /// matched by local name, and the parser's namespace warnings are not errors.
    @Test func namespacesDoNotMatter() throws {
        let book = HandMadeWorkbook(sheet: "<x:worksheet xmlns=\"relative\"><x:sheetData><x:row x:r=\"1\"><c r=\"A1\"><v>5</v></c></x:row></x:sheetData></x:worksheet>")
        #expect(try book.read().sheets[0]["A1"] == .number(5))
    }

    /// The delegate counts the longest tag and text between tags, as the limits say.
    @Test func tokenLengthBounded() throws {
        var limits = WorkbookLimits.standard
        limits.xmlTokenBytes = 4096
        let message = "ds.xlsx: tệp .xlsx bị hỏng (phần «xl/worksheets/sheet1.xml» không phải XML hợp lệ: có một thẻ hoặc đoạn chữ dài hơn 4 KB); \(Self.reopen)"
        let text = String(repeating: "ạ", count: 2100)
        let longText = HandMadeWorkbook(sheet: HandMadeWorkbook.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\(text)</t></is></c></row>"))
        #expect(failure { try longText.read(limits: limits) } == message)
        #expect(try longText.read().sheets[0]["A1"] == .text(text))
        let longTag = HandMadeWorkbook(sheet: HandMadeWorkbook.sheet("<row r=\"1\" x=\"\(text)\"/>"))
        #expect(failure { try longTag.read(limits: limits) } == message)
        let manySmallTexts = HandMadeWorkbook(sheet: HandMadeWorkbook.sheet(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>" + String(repeating: "<r><t>\(String(text.prefix(1000)))</t></r>", count: 3) + "</is></c></row>"))
        #expect(failure { try manySmallTexts.read(limits: limits) } == nil)
    }

    /// The "billion laughs": entities defined in a DOCTYPE. Refused before the parser sees the
    /// part, however the DOCTYPE is written and whatever comes before it.
    @Test func doctypeRefused() throws {
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>"
        let message = "ds.xlsx: tệp .xlsx bị hỏng (phần «xl/worksheets/sheet1.xml» không phải XML hợp lệ: có khai báo DOCTYPE, tệp Excel không dùng); \(Self.reopen)"
        #expect(failure { try HandMadeWorkbook(sheet: laughs).read() } == message)
        // Ten levels of ten: 10^10 "lol"s if expanded.
        var entities = "<!ENTITY lol0 \"lol\">"
        for level in 1...10 { entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">" }
        let billion = "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a comment -->\n<?pi x?>\n<!DOCTYPE worksheet [\(entities)]>\n<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol10;</t></is></c></row></sheetData></worksheet>"
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            #expect(failure { try HandMadeWorkbook(sheet: billion).read() } == message)
        }
        #expect(elapsed < .seconds(1))
        #expect(failure { try HandMadeWorkbook(sheet: "<!DOCTYPE worksheet SYSTEM \"file:///etc/passwd\"><worksheet/>").read() } == message)
    }

    /// The DOCTYPE check reads bytes, so a part must be UTF-8 as every .xlsx writer makes it.
    @Test func otherEncodingsRefused() throws {
        let message = "ds.xlsx: tệp .xlsx bị hỏng (phần «xl/worksheets/sheet1.xml» không phải XML hợp lệ: phần không được mã hoá UTF-8 như tệp Excel vẫn dùng); \(Self.reopen)"
        let latin = HandMadeWorkbook(sheet: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet/>")
        #expect(failure { try latin.read() } == message)
        var book = HandMadeWorkbook(sheet: "")
        var parts = book.parts.map { ($0.0, Data($0.1.utf8)) }
        let sheet = parts.firstIndex { $0.0 == "xl/worksheets/sheet1.xml" }!
        parts[sheet].1 = Data([0xFF, 0xFE]) + "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><worksheet>&a;</worksheet>".data(using: .utf16LittleEndian)!
        #expect(readFailure(try makeZip(parts)) == message)
        parts[sheet].1 = "<worksheet/>".data(using: .utf16BigEndian)!
        #expect(readFailure(try makeZip(parts)) == message)
        book.sheets[0].xml = "<?xml version='1.0' encoding='utf-8'?><worksheet/>"
        #expect(try book.read().sheets[0].rows.isEmpty)
    }

    @Test func sharedStringIndexOutOfRange() throws {
        var book = HandMadeWorkbook(sheet: HandMadeWorkbook.sheet("<row r=\"5\"><c r=\"C5\" t=\"s\"><v>4294967296</v></c></row>"), name: "Bằng khen")
        book.sharedStrings = "<sst xmlns=\"\(HandMadeWorkbook.main)\"><si><t>một</t></si></sst>"
        #expect(failure { try book.read() }
            == "ds.xlsx: trang tính «Bằng khen», ô C5: ô trỏ tới chuỗi dùng chung số «4294967296» nhưng tệp chỉ có 1 chuỗi (đánh số từ 0); tệp bị hỏng, \(Self.reopen)")
        book.sheets[0].xml = HandMadeWorkbook.sheet("<row r=\"5\"><c r=\"C5\" t=\"s\"><v>99999999999999999999999</v></c></row>")
        #expect(failure { try book.read() }
            == "ds.xlsx: trang tính «Bằng khen», ô C5: ô trỏ tới chuỗi dùng chung số «99999999999999999999999» nhưng tệp chỉ có 1 chuỗi (đánh số từ 0); tệp bị hỏng, \(Self.reopen)")
    }

    @Test func badCellReferences() throws {
        var book = HandMadeWorkbook(sheet: HandMadeWorkbook.sheet("<row r=\"1\"><c r=\"A0\"><v>1</v></c></row>"), name: "Giấy khen")
        #expect(failure { try book.read() }
            == "ds.xlsx: trang tính «Giấy khen»: địa chỉ ô «A0» không hợp lệ; tệp bị hỏng, \(Self.reopen)")
        book.sheets[0].xml = HandMadeWorkbook.sheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
        #expect(failure { try book.read() }
            == "ds.xlsx: trang tính «Giấy khen»: địa chỉ ô «XFE1» không hợp lệ; tệp bị hỏng, \(Self.reopen)")
        book.sheets[0].xml = HandMadeWorkbook.sheet("<row r=\"1048577\"/>")
        #expect(failure { try book.read() }
            == "ds.xlsx: trang tính «Giấy khen»: số dòng «1048577» không hợp lệ (Excel có các dòng 1 đến 1.048.576); tệp bị hỏng, \(Self.reopen)")
        book.sheets[0].xml = HandMadeWorkbook.sheet("<row r=\"2\"><c r=\"B3\"><v>1</v></c></row>")
        #expect(failure { try book.read() }
            == "ds.xlsx: trang tính «Giấy khen»: ô «B3» nằm trong dòng 2; tệp bị hỏng, \(Self.reopen)")
        book.sheets[0].xml = HandMadeWorkbook.sheet("<row r=\"4\"/><row r=\"2\"/>")
        #expect(failure { try book.read() }
            == "ds.xlsx: trang tính «Giấy khen»: dòng 2 đứng sau dòng 4 (các dòng phải theo thứ tự tăng dần); tệp bị hỏng, \(Self.reopen)")
        book.sheets[0].xml = HandMadeWorkbook.sheet("<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>")
        #expect(failure { try book.read() }
            == "ds.xlsx: trang tính «Giấy khen»: ô «B1» lặp lại hoặc không theo thứ tự; tệp bị hỏng, \(Self.reopen)")
        book.sheets[0].xml = HandMadeWorkbook.sheet("<row r=\"1\"><c r=\"B1\"><v>1,5</v></c></row>")
        #expect(failure { try book.read() }
            == "ds.xlsx: trang tính «Giấy khen», ô B1: giá trị «1,5» không phải số")
    }

    @Test func missingParts() throws {
        var book = HandMadeWorkbook(sheet: HandMadeWorkbook.sheet(""), name: "Bằng khen")
        book.omitParts = ["xl/worksheets/sheet1.xml"]
        #expect(failure { try book.read() }
            == "ds.xlsx: tệp .xlsx bị hỏng (thiếu phần «xl/worksheets/sheet1.xml» chứa trang tính «Bằng khen»); \(Self.reopen)")
        book.omitParts = ["xl/_rels/workbook.xml.rels"]
        #expect(failure { try book.read() }
            == "ds.xlsx: tệp .xlsx bị hỏng (thiếu phần «xl/_rels/workbook.xml.rels» chứa danh sách các phần của sổ làm việc); \(Self.reopen)")
    }

    @Test func zipsThatAreNotWorkbooks() throws {
        let word = try makeZip([("word/document.xml", Data("<w:document/>".utf8))])
        #expect(readFailure(word, display: "to-trinh.docx")
            == "to-trinh.docx: tệp là văn bản Word (.docx), không phải bảng tính Excel; hãy mở bảng tính cần dùng bằng Excel, rồi \(Self.saveAs)")
        let empty = try makeZip([("readme.txt", Data("x".utf8))])
        #expect(readFailure(empty)
            == "ds.xlsx: tệp là tệp nén ZIP nhưng không chứa sổ làm việc Excel (không có xl/workbook.xml); hãy mở bảng tính cần dùng bằng Excel, rồi \(Self.saveAs)")
        let binary = try makeZip([
            ("_rels/.rels", Data("<Relationships><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>".utf8)),
            ("xl/workbook.bin", Data([0x83, 0x01, 0x00])),
        ])
        #expect(readFailure(binary, display: "ds.xlsb")
            == "ds.xlsb: tệp là sổ làm việc nhị phân Excel (.xlsb), VanBan chỉ đọc được .xlsx; \(Self.saveAs)")
    }

    @Test func limitsOnSizeCellsAndStrings() throws {
        var limits = WorkbookLimits.standard
        limits.cells = 3
        var rows = ""
        for i in 1...4 { rows += "<row r=\"\(i)\"><c r=\"A\(i)\"><v>\(i)</v></c></row>" }
        let book = HandMadeWorkbook(sheet: HandMadeWorkbook.sheet(rows))
        #expect(failure { try book.read(limits: limits) }
            == "ds.xlsx: bảng tính có hơn 3 ô có dữ liệu, quá lớn cho một bảng danh sách; hãy chỉ giữ lại trang tính và các dòng cần dùng")
        var large = Data([0x50, 0x4B, 0x03, 0x04])
        large.append(Data(count: 21 * 1_048_576 + 300_000))
        #expect(readFailure(large)
            == "ds.xlsx: tệp lớn 21,3 MB, quá giới hạn 20 MB cho một bảng danh sách; hãy xoá các trang tính, hình ảnh không cần đến hoặc chia danh sách thành nhiều tệp")
        let long = String(repeating: "ạ", count: 32_768)
        let tooLong = HandMadeWorkbook(sheet: HandMadeWorkbook.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\(long)</t></is></c></row>"))
        #expect(failure { try tooLong.read() }
            == "ds.xlsx: trang tính «Trang 1», ô A1: chuỗi dài hơn 32767 ký tự, giới hạn của Excel cho một ô; tệp bị hỏng hoặc không do Excel tạo ra")
    }
}
