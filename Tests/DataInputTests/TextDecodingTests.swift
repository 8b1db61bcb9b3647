import Foundation
import Testing
@testable import DataInput

/// Files as Excel writes them: UTF-8 with and without BOM, UTF-16 "Unicode Text", Windows-1258
/// "CSV" with its tone bytes; the ones it cannot tell, refused with the line that decides.
@Suite("Text decoding of CSV files")
struct TextDecodingTests {
    static let csv = "Họ và tên;Đơn vị\r\nNguyễn Thị Hồng Nhung;Phòng Tổ chức – Biên chế\r\nLê Văn Cường;Ủy ban nhân dân xã Tân Thành\r\n"

    func decode(_ bytes: [UInt8]) throws(DataError) -> DecodedText {
        try TextDecoding.decode(bytes, display: "ds.csv")
    }

    func refusal(_ bytes: [UInt8]) -> String? {
        failure { try decode(bytes) }
    }

    static func bytes(_ units: some Sequence<UInt16>, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        for unit in units {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try decode(Array(Self.csv.utf8))
        #expect(plain == DecodedText(text: Self.csv, encoding: .utf8, notes: []))
        let withBOM = try decode([0xEF, 0xBB, 0xBF] + Array(Self.csv.utf8))
        #expect(withBOM.text == Self.csv)
        #expect(withBOM.encoding == .utf8WithBOM)
        #expect(withBOM.notes.isEmpty)     // Excel's «CSV UTF-8» always has one: nothing to say
    }

    @Test func decomposedUTF8IsComposed() throws {
        let decoded = try decode(Array(decomposed(Self.csv).utf8))
        #expect(Array(decoded.text.unicodeScalars) == Array(Self.csv.unicodeScalars))
        #expect(decoded.notes == ["chữ tổ hợp (NFD) đã được chuyển sang dạng dựng sẵn (NFC)"])
    }

    /// Excel's «Văn bản Unicode (*.txt)»: UTF-16 LE with BOM, cells separated by tabs.
    @Test func utf16WithBOMBothByteOrders() throws {
        let text = Self.csv.replacingOccurrences(of: ";", with: "\t") + "Trần Thị 𠀧;x\r\n"
        let little = [0xFF, 0xFE] + Self.bytes(text.utf16, bigEndian: false)
        let big = [0xFE, 0xFF] + Self.bytes(text.utf16, bigEndian: true)
        let fromLittle = try decode(little)
        #expect(fromLittle.text == text)
        #expect(fromLittle.encoding == .utf16LE)
        #expect(fromLittle.notes == ["tệp Unicode UTF-16 LE (Excel lưu kiểu «Văn bản Unicode», các cột cách nhau bằng Tab); đã chuyển sang UTF-8"])
        let fromBig = try decode(big)
        #expect(fromBig.text == text)
        #expect(fromBig.encoding == .utf16BE)
        // The reader takes it from there: tab-separated rows.
        let rows = try CSVList.parse(fromLittle.text, file: "ds.csv", request: ListRequest(name: "ca_nhan",
                                     columns: [ListColumn(key: "ho_ten", headers: ["Họ và tên"]), ListColumn(key: "don_vi", headers: ["Đơn vị"])])).rows
        #expect(try rows[1].required("don_vi").string() == "Ủy ban nhân dân xã Tân Thành")
    }

    @Test func brokenUTF16IsRefusedAtItsLine() {
        let units = Array("A\r\nB\r\n".utf16) + [0xD800, 0x41]
        let bytes = [0xFF, 0xFE] + Self.bytes(units, bigEndian: false)
        #expect(refusal(bytes) == "ds.csv, dòng 3: tệp UTF-16 LE bị hỏng ở dòng này (một nửa cặp mã thay thế đứng riêng); " + TextDecoding.excelAdvice)
        #expect(refusal([0xFF, 0xFE, 0x41, 0x00, 0x42]) == "ds.csv, dòng 1: tệp UTF-16 LE bị cắt cụt: số byte lẻ; " + TextDecoding.excelAdvice)
    }

    /// Excel's plain «CSV (Comma delimited)» on Vietnamese Windows: tone marks as bytes after
    /// the vowel, composed here to NFC.
    @Test func windows1258WithToneBytesComposesToNFC() throws {
        for decomposingAll in [false, true] {
            let bytes = try #require(Encode.windows1258(Self.csv, decomposingAll: decomposingAll))
            #expect(bytes.contains(0xEC))                     // a tone byte: "ế" is ê + 0xEC
            let decoded = try decode(bytes)
            #expect(decoded.encoding == .windows1258)
            #expect(Array(decoded.text.unicodeScalars) == Array(Self.csv.unicodeScalars))
            #expect(decoded.notes == ["tệp được đọc theo bảng mã Windows-1258 (Excel lưu kiểu «CSV (Comma delimited)» trên Windows tiếng Việt); dấu thanh viết rời đã được ghép vào chữ (NFC)"])
        }
    }

    /// A dash between words is Windows punctuation inside a word, and fine.
    @Test func windows1258WithDashesBetweenWords() throws {
        let text = "Tỉnh;Bà Rịa–Vũng Tàu\r\nPhòng;Tổ chức—Biên chế\r\nÔng;O’Neil\r\n"
        let decoded = try decode(try #require(Encode.windows1258(text)))
        #expect(decoded.encoding == .windows1258)
        #expect(decoded.text == text)
    }

    /// The sample of docs/data-files.md: a UTF-8 file with "Lê" whose ê is the Windows-1258 byte
    /// 0xEA. Mostly UTF-8, so the bad byte's line is named.
    @Test func utf8WithAStrayWindowsByteNamesItsLine() {
        let bytes = Array("Họ và tên;Đơn vị\r\nNguyễn A;X\r\nL".utf8) + [0xEA] + Array(";Y\r\n".utf8)
        #expect(refusal(bytes) == "ds.csv, dòng 3: tệp có chữ không phải UTF-8 ở dòng này, dù phần còn lại là UTF-8 (có thể được ghép từ hai tệp khác bảng mã, hoặc bị hỏng); " + TextDecoding.excelAdvice)
    }

    /// Bytes of an old TCVN3 or VNI program (FoxPro exports, a .VnTime sheet saved on Western
    /// Windows): one character per byte, and the cells convert.
    @Test func legacyBytesAreReadOneCharacterPerByte() throws {
        let names = ["Họ và tên", "Nguyễn Thị Hồng Nhung", "Phạm Văn Đồng", "Trần Thị Thu Hà"]
        let tcvn3 = try #require(Encode.tcvn3(names.joined(separator: "\r\n")))
        let fromTCVN3 = try decode(tcvn3)
        #expect(fromTCVN3.encoding == .windows1252)
        #expect(fromTCVN3.text == Shown.windows1252(tcvn3))
        #expect(fromTCVN3.notes.first == "tệp được đọc mỗi byte một ký tự (Windows-1252); chữ trong tệp có dạng bảng mã TCVN3 (ABC, phông .VnTime), cần chuyển sang Unicode")
        #expect(LegacyVietnamese.convert(fromTCVN3.text, from: .tcvn3) == names.joined(separator: "\r\n"))

        let vni = try #require(Encode.vni(names.joined(separator: "\r\n")))
        let fromVNI = try decode(vni)
        #expect(fromVNI.text == Shown.windows1252(vni))
        #expect(LegacyVietnamese.detect(fromVNI.text) == .vniWindows)
        #expect(LegacyVietnamese.convert(fromVNI.text, from: .vniWindows) == names.joined(separator: "\r\n"))
    }

    @Test func westernWindowsFileReadsTheSameEitherWay() throws {
        let bytes: [UInt8] = [0x48, 0xE9, 0x6C, 0xE8, 0x6E, 0x65, 0x20, 0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x3B, 0x43, 0x61, 0x66, 0xE9]
        let decoded = try decode(bytes)
        #expect(decoded.text == "Hélène Müller;Café")
        #expect(decoded.notes.last == "các byte ngoài ASCII trong tệp đọc như nhau theo Windows-1258 và Windows-1252")
    }

    @Test func undecidableBytesAreRefusedWithTheLineThatDecides() {
        // "ĂƠ" in Windows-1258, "ÃÕ" in Windows-1252, neither Vietnamese, nor TCVN3 or VNI.
        let bytes = Array("STT;Ma\r\n1;X\r\n2;".utf8) + [0xC3, 0xD5] + Array("\r\n".utf8)
        #expect(refusal(bytes) == "ds.csv, dòng 3: tệp không phải văn bản UTF-8 và không xác định chắc chắn được bảng mã: chữ ở dòng này đọc thành «ĂƠ» hay «ÃÕ» tùy bảng mã (Windows-1258, Windows-1252, TCVN3, VNI); trong Excel hãy chọn «Lưu thành» (Save As) và kiểu tệp «CSV UTF-8 (Comma delimited) (*.csv)»")
    }

    @Test func bytesNoWindowsCodePageHasAreRefused() {
        // "Hélène" from a Mac: é is 0x8E, è is 0x8F (undefined in both Windows code pages).
        let bytes = Array("Ten\nH".utf8) + [0x8E, 0x6C, 0x8F, 0x6E, 0x65]
        #expect(refusal(bytes) == "ds.csv, dòng 2: tệp không phải văn bản UTF-8, và byte 0x8F ở dòng này không có nghĩa trong bảng mã Windows-1258 hay Windows-1252 (có thể được lưu bằng bảng mã của DOS hoặc máy Mac); " + TextDecoding.excelAdvice)
        // "Café!" from DOS code page 850 (é is 0x82, read as ‚ inside a word).
        #expect(refusal(Array("Ten\rCa".utf8) + [0x82, 0x66]) ==
                "ds.csv, dòng 2: tệp không phải văn bản UTF-8, và chữ «Ca‚f» ở dòng này không có nghĩa trong bảng mã Windows-1258 hay Windows-1252 (có thể được lưu bằng bảng mã của DOS hoặc máy Mac); " + TextDecoding.excelAdvice)
    }

    /// Excel's plain «CSV» on a Windows without the Vietnamese code page writes "?" for letters.
    @Test func lostLettersAreRefused() {
        // "Hà" kept its à (0xE0, in Windows-1252), the other letters became "?".
        let lossy = Array("Ho ten;Que quan\r\nNguy?n Th? H?ng Nhung;H".utf8) + [0xE0] + Array(" N?i\r\n".utf8)
        #expect(refusal(lossy) == "ds.csv, dòng 2: tệp đã mất chữ khi lưu: trong «Nguy?n» có dấu «?» thay cho chữ không lưu được (Excel lưu kiểu «CSV (Comma delimited)» trên máy Windows không dùng bảng mã tiếng Việt); cần lưu lại từ bảng tính gốc; " + TextDecoding.excelAdvice)
        #expect(refusal(Array("Ho ten\nNguy?n Van A\n".utf8))
                == "ds.csv, dòng 2: tệp đã mất chữ khi lưu: trong «Nguy?n» có dấu «?» thay cho chữ không lưu được (Excel lưu kiểu «CSV (Comma delimited)» trên máy Windows không dùng bảng mã tiếng Việt); cần lưu lại từ bảng tính gốc; " + TextDecoding.excelAdvice)
        // A question, or a web address, is not a lost letter.
        #expect(refusal(Array("Ghi chu\nTai sao?\nhttp://x.vn/trang.php?id=3\n".utf8)) == nil)
    }

    @Test func notTextIsRefused() {
        #expect(refusal(Array("Ho ten\n".utf8) + [0x41, 0x00, 0x42, 0x00]) ==
                "ds.csv, dòng 2: tệp có byte 0 (NUL) nên không phải văn bản CSV: có thể là tệp UTF-16 thiếu dấu BOM, hoặc không phải tệp văn bản; " + TextDecoding.excelAdvice)
        #expect(refusal([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]) ==
                "ds.csv: đây là tệp bảng tính Excel (.xlsx, hoặc một tệp nén ZIP), không phải tệp CSV; " + TextDecoding.excelAdvice)
        #expect(refusal([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]) == "ds.csv: tệp được lưu dạng UTF-32; " + TextDecoding.excelAdvice)
    }

    @Test func bomThenAnotherEncodingIsRefused() {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("Họ tên\r\nL".utf8) + [0xEA]
        #expect(refusal(bytes) == "ds.csv, dòng 2: tệp bắt đầu bằng dấu BOM của UTF-8 nhưng từ dòng này không còn là UTF-8 (có thể được ghép từ hai tệp khác bảng mã); " + TextDecoding.excelAdvice)
    }

    @Test func adviceCanBeTheCallers() {
        #expect(failure { try TextDecoding.decode([0x50, 0x4B, 0x03, 0x04], display: "a.yaml", advice: "hãy lưu lại bằng UTF-8") }
                == "a.yaml: đây là tệp bảng tính Excel (.xlsx, hoặc một tệp nén ZIP), không phải tệp CSV; hãy lưu lại bằng UTF-8")
    }
}
