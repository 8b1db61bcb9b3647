import Foundation
import Testing
@testable import DataInput

@Suite struct YAMLParsingTests {
    @Test func nfdKeysAndValuesComeOutNFC() throws {
        let text = decomposed("cơ_quan: Sở Nội vụ tỉnh Đắk Lắk\ndanh_sách:\n  - Phòng Thi đua – Khen thưởng\n")
        #expect(!text.isNFCScalars)
        let root = try yaml(text)
        let entries = try root.entries()
        #expect(entries.map(\.key).allSatisfy { $0.isNFCScalars })
        #expect(Array(entries[0].key.unicodeScalars) == Array("cơ_quan".precomposedStringWithCanonicalMapping.unicodeScalars))
        let value = try entries[0].value.string()
        #expect(value.isNFCScalars)
        #expect(value == "Sở Nội vụ tỉnh Đắk Lắk")
        #expect(try entries[1].value.list()[0].string().isNFCScalars)
        // Looked up with an NFC key.
        #expect(root["cơ_quan"] != nil)
    }

    @Test func columnsCountCharactersNotScalars() throws {
        // "ễ" decomposed is three scalars; an editor shows one character.
        let text = decomposed("{ten: \"Nguyễn\", ten: \"B\"}")
        let error = dataError { try DataLoader.parse(text, file: "a.yaml") }
        #expect(error?.location == SourceLocation(file: "a.yaml", line: 1, column: 17))
    }

    @Test func emptyFileIsNull() throws {
        let root = try yaml("# chỉ có chú thích\n")
        #expect(root.isNull)
        #expect(failure { try root.required("ho_ten") }
            == "du-lieu.yaml: cần một nhóm trường (dạng tên_trường: giá trị), gặp giá trị trống")
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let root = try yaml("\u{FEFF}ten: A\nso: {x: 1}\n")
        #expect(try root.entries().map(\.key) == ["ten", "so"])
        #expect(try root.required("ten").location == SourceLocation(file: "du-lieu.yaml", line: 1, column: 6))
    }

    @Test func mergeKeys() throws {
        let root = try yaml("""
            mac_dinh: &md
              chuc_vu: Giám đốc
              quyen_han: TM.
            nguoi_ky:
              <<: *md
              ho_ten: Trần Văn B
              chuc_vu: Phó Giám đốc
            """)
        let signer = try root.required("nguoi_ky")
        #expect(try signer.entries().map(\.key) == ["quyen_han", "ho_ten", "chuc_vu"])
        #expect(try signer.required("chuc_vu").string() == "Phó Giám đốc")
        #expect(try signer.required("quyen_han").string() == "TM.")
        #expect(try signer.required("quyen_han").path == "nguoi_ky.quyen_han")
    }
}

@Suite struct DuplicateKeyTests {
    @Test func duplicateAtTopLevelNamesBothLines() throws {
        let text = "so_ky_hieu: 12/QĐ-UBND\nho_ten: A\ntrich_yeu: Về việc khen thưởng\nho_ten: B\n"
        #expect(failure { try yaml(text) }
            == "du-lieu.yaml, dòng 4, cột 1, trường «ho_ten»: trường «ho_ten» được khai báo hai lần, ở dòng 2 và dòng 4; hãy giữ lại một")
    }

    @Test func duplicateInNestedMapInList() throws {
        let text = "ca_nhan:\n  - ho_ten: A\n  - ho_ten: B\n    don_vi: X\n    \"ho_ten\": C\n"
        #expect(failure { try yaml(text) }
            == "du-lieu.yaml, dòng 5, cột 5, trường «ca_nhan[2].ho_ten»: trường «ho_ten» được khai báo hai lần, ở dòng 3 và dòng 5; hãy giữ lại một")
    }

    @Test func sameKeyInDifferentMapsIsFine() throws {
        let root = try yaml("a:\n  ho_ten: A\nb:\n  ho_ten: B\n")
        #expect(try root.required("b").required("ho_ten").string() == "B")
    }

    @Test func nfcAndNfdSpellingsAreTheSameKey() throws {
        let text = "tên: A\n" + decomposed("tên") + ": B\n"
        #expect(failure { try yaml(text) }?.contains("được khai báo hai lần, ở dòng 1 và dòng 2") == true)
    }

    @Test func duplicateInJSON() throws {
        let text = "{\n  \"co_quan\": {\"ten\": \"A\",\n    \"ten\": \"B\"}\n}\n"
        #expect(failure { try DataLoader.parse(text, file: "du-lieu.json") }
            == "du-lieu.json, dòng 3, cột 5, trường «co_quan.ten»: trường «ten» được khai báo hai lần, ở dòng 2 và dòng 3; hãy giữ lại một")
    }
}

@Suite struct YAMLSyntaxErrorTests {
    @Test func unclosedQuoteIsReportedWhereItOpens() throws {
        let text = "trich_yeu: \"Về việc khen thưởng\nnguoi_ky: A\nchuc_vu: B\n"
        #expect(failure { try yaml(text) }
            == "du-lieu.yaml, dòng 1, cột 12: lỗi cú pháp YAML: dấu ngoặc mở ở đây không được đóng; hãy thêm dấu ngoặc đóng cuối giá trị")
    }

    @Test func tabIndentation() throws {
        #expect(failure { try yaml("nguoi_ky:\n\tho_ten: A\n") }
            == "du-lieu.yaml, dòng 2, cột 1: lỗi cú pháp YAML: có ký tự Tab; YAML chỉ dùng dấu cách để thụt lề")
    }

    @Test func badIndentation() throws {
        #expect(failure { try yaml("nguoi_ky:\n  ho_ten: A\n chuc_vu: B\n") }
            == "du-lieu.yaml, dòng 3, cột 2: lỗi cú pháp YAML: dòng này thụt lề không khớp với các trường phía trên, hoặc thiếu dấu hai chấm «:» sau tên trường")
    }

    @Test func colonInAValue() throws {
        let error = dataError { try yaml("ten: A\ncan_cu: Luật Thi đua: Khen thưởng\n") }
        #expect(error?.location == SourceLocation(file: "du-lieu.yaml", line: 2, column: 21))
        #expect(error?.message.hasPrefix("lỗi cú pháp YAML: dấu hai chấm «:» ở chỗ không được phép; nếu giá trị có dấu hai chấm, hãy đặt cả giá trị trong ngoặc kép") == true)
    }

    @Test func lineWithoutColon() throws {
        #expect(failure { try yaml("nguoi_ky\nho_ten: A\n") }
            == "du-lieu.yaml, dòng 2, cột 7: lỗi cú pháp YAML: dấu hai chấm «:» ở chỗ không được phép; nếu giá trị có dấu hai chấm, hãy đặt cả giá trị trong ngoặc kép; nếu không, hãy xem thụt lề của dòng này và dòng phía trên có thiếu «:» sau tên trường không")
    }

    @Test func controlCharacter() throws {
        #expect(failure { try yaml("ho_ten: Trần\u{0001} Văn B\n") }
            == "du-lieu.yaml, dòng 1, cột 13: tệp có ký tự điều khiển không được phép (mã U+0001), thường do dán từ phần mềm khác; hãy xoá ký tự đó")
    }

    @Test func crlfLineEnds() throws {
        let root = try yaml("a: 1\r\nnguoi_ky:\r\n  ho_ten: Trần Văn B\r\n  chuc_vu: Giám đốc\r\n")
        let role = try root.required("nguoi_ky").required("chuc_vu")
        #expect(try role.string() == "Giám đốc")
        #expect(role.location == SourceLocation(file: "du-lieu.yaml", line: 4, column: 12))
    }

    @Test func characterThatCannotStartAValue() throws {
        #expect(failure { try yaml("ghi_chu: @ban_giam_doc\n") }
            == "du-lieu.yaml, dòng 1, cột 10: lỗi cú pháp YAML: ký tự «@» không được đứng đầu một giá trị; hãy đặt cả giá trị trong ngoặc kép")
    }

    @Test func secondDocument() throws {
        #expect(failure { try yaml("a: 1\n---\nb: 2\n") }
            == "du-lieu.yaml, dòng 2, cột 1: lỗi cú pháp YAML: tệp chỉ được có một tài liệu; hãy xoá dòng «---» thứ hai")
    }
}

@Suite struct JSONTests {
    @Test func jsonWithPositions() throws {
        let text = """
            {
            \t"so_ky_hieu": "12/QĐ-UBND",
            \t"ca_nhan": [
            \t\t{"ho_ten": "Lê Thị C", "so_tien": 1490000, "da_nhan": true},
            \t\t{"ho_ten":"Phạm Văn D","so_tien":null}
            \t],
            \t"ghi_chu": "dòng 1\\ndòng 2 \\u1ea1 \\/"
            }
            """
        let root = try DataLoader.parse(text, file: "khen-thuong.json")
        let people = try root.required("ca_nhan").list()
        #expect(people.count == 2)
        let amount = try people[0].required("so_tien")
        #expect(try amount.int() == 1_490_000)
        #expect(amount.location == SourceLocation(file: "khen-thuong.json", line: 4, column: 37))
        #expect(amount.path == "ca_nhan[1].so_tien")
        #expect(try people[0].required("da_nhan").bool() == true)
        #expect(people[1]["so_tien"] == nil)
        #expect(try people[1].required("ho_ten").location == SourceLocation(file: "khen-thuong.json", line: 5, column: 13))
        #expect(try root.required("ghi_chu").string() == "dòng 1\ndòng 2 ạ /")
        #expect(failure { try people[1].required("so_tien") }
            == "khen-thuong.json, dòng 5, cột 36, trường «ca_nhan[2].so_tien»: trường bắt buộc này chưa có giá trị")
    }

    @Test func jsonSyntaxError() throws {
        let text = "{\n  \"a\": 1\n  \"b\": 2\n}\n"
        #expect(failure { try DataLoader.parse(text, file: "x.json") }
            == "x.json, dòng 3, cột 6: lỗi cú pháp JSON: thiếu dấu phẩy «,» hoặc dấu đóng «}» trong nhóm trường")
    }
}
