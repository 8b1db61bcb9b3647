import Foundation
import Testing
@testable import DataInput

/// Values shown in messages are short and cannot act on the terminal that prints them.
@Suite struct QuotingTests {
    @Test func escapeSequencesInValuesAreShownEscaped() throws {
        #expect(failure { try yaml("so: \"\\e[2J\\e[31m12a\"\n").required("so").int() }
            == "du-lieu.yaml, dòng 1, cột 5, trường «so»: cần một số nguyên, gặp «\\u{1B}[2J\\u{1B}[31m12a»")
        #expect(failure { try yaml("\"\\e]0;x\\a\": 1\n").checkKeys(allowed: ["so"]) }?
            .hasPrefix("du-lieu.yaml, dòng 1, cột 1, trường «\\u{1B}]0;x\\u{7}»: trường «\\u{1B}]0;x\\u{7}» không có trong mẫu") == true)
    }

    @Test func bidiOverridesAreShownEscaped() throws {
        #expect(failure { try yaml("co: \"\u{202E}gnôhk\"\n").required("co").bool() }
            == "du-lieu.yaml, dòng 1, cột 5, trường «co»: cần «có» hoặc «không», gặp «\\u{202E}gnôhk»")
    }

    @Test func longValuesAreQuotedShort() throws {
        let long = String(repeating: "9", count: 5_000) + "x"
        let message = try #require(failure { try yaml("so: \(long)\n").required("so").int() })
        #expect(message == "du-lieu.yaml, dòng 1, cột 5, trường «so»: cần một số nguyên, gặp «" + String(repeating: "9", count: 60) + "…»")
    }

    @Test func csvCellsWithEscapesAreShownEscaped() throws {
        let request = ListRequest(name: "ca_nhan", columns: [ListColumn(key: "ho_ten", headers: ["Họ và tên"])])
        // A column the list does not use is left out with a note; its header is quoted escaped.
        let unused = try CSVList.parse("Họ và tên;\u{1B}[31mĐỎ\u{1B}[0m\nA;B\n", file: "ds.csv", request: request)
        let note = unused.notices.map(\.description).joined(separator: "\n")
        #expect(note.contains("«\\u{1B}[31mĐỎ\\u{1B}[0m»") && !note.contains("\u{1B}"), "\(note)")
        #expect(unused.rows.count == 1)
        let huge = String(repeating: "x", count: 50_000)
        #expect(failure { try CSVList.parse("Họ và tên\n\"A\"\(huge)\n", file: "ds.csv", request: request) }
            == "ds.csv, dòng 2, cột 1: sau dấu ngoặc kép đóng ô còn chữ «\(String(repeating: "x", count: 60))…»; nếu cả ô là một chuỗi, hãy đặt cả ô trong ngoặc kép và viết dấu ngoặc kép bên trong thành \"\"")
    }

    @Test func aFileNameWithEscapesIsShownEscaped() {
        #expect(SourceLocation(file: "a\u{1B}[2Jb.yaml", line: 3).description == "a\\u{1B}[2Jb.yaml, dòng 3")
    }
}

@Suite struct SuggestionBoundTests {
    /// A key too long to be a typo gets no suggestion (comparing it with every allowed key, in
    /// every row of a list, took seconds); the allowed keys are listed instead.
    @Test func longUnknownKeysAreNotCompared() throws {
        let key = String(repeating: "ho_ten", count: 20)
        #expect(failure { try yaml("\(key): A\n").checkKeys(allowed: ["ho_ten", "don_vi"]) }?
            .hasSuffix("không có trong mẫu; các trường dùng được: don_vi, ho_ten") == true)
        #expect(failure { try yaml("ho_tn: A\n").checkKeys(allowed: ["ho_ten", "don_vi"]) }?
            .hasSuffix("có phải ý bạn là «ho_ten»?") == true)
    }
}
