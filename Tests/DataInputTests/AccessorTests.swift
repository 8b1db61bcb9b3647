import Foundation
import Testing
import VietnameseText
@testable import DataInput

@Suite struct LocationAndErrorTests {
    @Test func locationDescriptions() {
        #expect(SourceLocation(file: "du-lieu.yaml", line: 12, column: 5).description == "du-lieu.yaml, dòng 12, cột 5")
        #expect(SourceLocation(file: "du-lieu.yaml", line: 12).description == "du-lieu.yaml, dòng 12")
        #expect(SourceLocation(file: "du-lieu.yaml", line: 0).description == "du-lieu.yaml")
    }

    @Test func errorDescriptions() {
        let at = SourceLocation(file: "du-lieu.yaml", line: 12, column: 5)
        #expect(DataError(location: at, field: "nguoi_ky.ho_ten", message: "cần một chuỗi").description
            == "du-lieu.yaml, dòng 12, cột 5, trường «nguoi_ky.ho_ten»: cần một chuỗi")
        #expect(DataError(location: at, field: nil, message: "tệp trống").description == "du-lieu.yaml, dòng 12, cột 5: tệp trống")
        #expect(DataError(location: at, field: "", message: "x").field == nil)
        #expect(DataError(location: nil, field: "ho_ten", message: "x").description == "trường «ho_ten»: x")
        #expect(DataError(location: nil, message: "x").description == "x")
    }
}

@Suite struct StringAccessorTests {
    @Test func stringIsNFCAndTrimmed() throws {
        let name = "Nguyễn Thị Hồng Nhung"
        let root = try yaml("nguoi_ky:\n  ho_ten: \"  \(decomposed(name))  \"\n")
        let value = try root.required("nguoi_ky").required("ho_ten").string()
        #expect(Array(value.unicodeScalars) == Array(name.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(value.isNFCScalars)
        #expect(value.unicodeScalars.count == name.precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }

    @Test func stringOfAListFails() throws {
        let root = try yaml("nguoi_ky:\n  ho_ten:\n    - A\n    - B\n")
        let node = try root.required("nguoi_ky").required("ho_ten")
        #expect(failure { try node.string() }
            == "du-lieu.yaml, dòng 3, cột 5, trường «nguoi_ky.ho_ten»: cần một chuỗi, gặp một danh sách")
    }

    @Test func stringOfAMapFails() throws {
        let root = try yaml("co_quan:\n  ten: Sở Nội vụ\n")
        #expect(failure { try root.required("co_quan").string() }
            == "du-lieu.yaml, dòng 2, cột 3, trường «co_quan»: cần một chuỗi, gặp một nhóm trường")
    }

    @Test func yamlTypingDoesNotApply() throws {
        let root = try yaml("a: no\nb: 012\nc: 2023-01-05\nd: 1.490.000\ne: 'null'\n")
        #expect(try root.required("a").string() == "no")
        #expect(try root.required("b").string() == "012")
        #expect(try root.required("c").string() == "2023-01-05")
        #expect(try root.required("d").string() == "1.490.000")
        #expect(try root.required("e").string() == "null")
    }
}

@Suite struct RequiredAndSubscriptTests {
    @Test func subscriptAndRequired() throws {
        let root = try yaml("nguoi_ky:\n  ho_ten: Trần Văn B\n  chuc_vu:\n")
        let signer = try root.required("nguoi_ky")
        #expect(signer["ho_ten"]?.scalarText == "Trần Văn B")
        #expect(signer["chuc_vu"] == nil)          // null
        #expect(signer["khong_co"] == nil)         // absent
        #expect(signer.entry("chuc_vu")?.value.isNull == true)
        #expect(root["nguoi_ky"]?["ho_ten"]?.path == "nguoi_ky.ho_ten")
    }

    @Test func missingRequiredFieldIsReportedAtTheMap() throws {
        let root = try yaml("so_ky_hieu: 12/QĐ-UBND\nnguoi_ky:\n  chuc_vu: Chủ tịch\n")
        let signer = try root.required("nguoi_ky")
        #expect(failure { try signer.required("ho_ten") }
            == "du-lieu.yaml, dòng 3, cột 3, trường «nguoi_ky»: thiếu trường bắt buộc «ho_ten»")
        #expect(failure { try root.required("trich_yeu") }
            == "du-lieu.yaml: thiếu trường bắt buộc «trich_yeu»")
    }

    @Test func emptyRequiredFieldIsReportedAtTheValue() throws {
        let root = try yaml("nguoi_ky:\n  ho_ten:\n  chuc_vu: Chủ tịch\n")
        #expect(failure { try root.required("nguoi_ky").required("ho_ten") }
            == "du-lieu.yaml, dòng 2, cột 10, trường «nguoi_ky.ho_ten»: trường bắt buộc này chưa có giá trị")
    }

    @Test func requiredOnAScalarFails() throws {
        let root = try yaml("nguoi_ky: Trần Văn B\n")
        #expect(failure { try root.required("nguoi_ky").required("ho_ten") }
            == "du-lieu.yaml, dòng 1, cột 11, trường «nguoi_ky»: cần một nhóm trường (dạng tên_trường: giá trị), gặp «Trần Văn B»")
    }
}

@Suite struct NumberAccessorTests {
    func node(_ value: String) throws -> DataNode {
        try yaml("ca_nhan:\n  - ho_ten: A\n    so_tien: \"\(value)\"\n").required("ca_nhan").list()[0].required("so_tien")
    }

    @Test func integers() throws {
        #expect(try node("12").int() == 12)
        #expect(try node("012").int() == 12)
        #expect(try node(" -5 ").int() == -5)
        #expect(try node("+7").int() == 7)
        #expect(try node("1.490.000").int() == 1_490_000)
        #expect(try node("500.000").int() == 500_000)
    }

    @Test func integerErrors() throws {
        #expect(failure { try node("12a").int() }
            == "du-lieu.yaml, dòng 3, cột 14, trường «ca_nhan[1].so_tien»: cần một số nguyên, gặp «12a»")
        #expect(failure { try node("1,5").int() }
            == "du-lieu.yaml, dòng 3, cột 14, trường «ca_nhan[1].so_tien»: cần một số nguyên, gặp «1,5»")
        #expect(failure { try node("1.49.000").int() }?.hasSuffix("cần một số nguyên, gặp «1.49.000»") == true)
        #expect(failure { try node("99999999999999999999").int() }?.hasSuffix("số «99999999999999999999» quá lớn (lớn nhất 999.999.999.999.999)") == true)
        let list = try yaml("a: [1, 2]\n").required("a")
        #expect(failure { try list.int() } == "du-lieu.yaml, dòng 1, cột 4, trường «a»: cần một số nguyên, gặp một danh sách")
    }

    @Test func decimals() throws {
        #expect(try node("994").decimal() == 994)
        #expect(try node("1,5").decimal() == Decimal(string: "1.5"))
        #expect(try node("1.5").decimal() == Decimal(string: "1.5"))
        #expect(try node("0,3").decimal() == Decimal(string: "0.3"))
        #expect(try node("0.125").decimal() == Decimal(string: "0.125"))
        #expect(try node("0,125").decimal() == Decimal(string: "0.125"))
        #expect(try node("1234.567").decimal() == Decimal(string: "1234.567"))
        #expect(try node("1.490.000").decimal() == 1_490_000)
        #expect(try node("1,490,000").decimal() == 1_490_000)
        #expect(try node("1.490.000,5").decimal() == Decimal(string: "1490000.5"))
        #expect(try node("1,490,000.5").decimal() == Decimal(string: "1490000.5"))
        #expect(try node("-4,5").decimal() == Decimal(string: "-4.5"))
    }

    @Test func ambiguousThousandsAreAnError() throws {
        #expect(failure { try node("1.250").decimal() }
            == "du-lieu.yaml, dòng 3, cột 14, trường «ca_nhan[1].so_tien»: «1.250» không rõ là 1250 (dấu phân cách hàng nghìn) hay 1,25 (dấu thập phân); hãy viết 1250 hoặc 1,25")
        #expect(failure { try node("500.000").decimal() }?
            .hasSuffix("«500.000» không rõ là 500000 (dấu phân cách hàng nghìn) hay 500 (dấu thập phân); hãy viết 500000 hoặc 500") == true)
        #expect(failure { try node("12,500").decimal() }?.contains("không rõ là 12500") == true)
    }

    @Test func decimalErrors() throws {
        for bad in ["12a", "1.49.000", "1,2,3", "1.490,000.5", "5,", "1e5", "--1"] {
            #expect(failure { try node(bad).decimal() }
                == "du-lieu.yaml, dòng 3, cột 14, trường «ca_nhan[1].so_tien»: cần một số, gặp «\(bad)»")
        }
    }
}

@Suite struct BoolAndDateAccessorTests {
    @Test func booleans() throws {
        let root = try yaml("a: có\nb: Không\nc: khong\nd: CO\ne: true\nf: no\ng: yes\nh: False\ni: Đúng\nj: sai\n")
        let expected: [String: Bool] = ["a": true, "b": false, "c": false, "d": true, "e": true,
                                        "f": false, "g": true, "h": false, "i": true, "j": false]
        for (key, value) in expected {
            #expect(try root.required(key).bool() == value, "\(key)")
        }
    }

    @Test func booleanError() throws {
        let root = try yaml("da_ky: chưa biết\n")
        #expect(failure { try root.required("da_ky").bool() }
            == "du-lieu.yaml, dòng 1, cột 8, trường «da_ky»: cần «có» hoặc «không», gặp «chưa biết»")
    }

    @Test func dates() throws {
        let root = try yaml("a: 2023-01-05\nb: 05/01/2023\nc: 5/1/2023\n")
        let expected = try CalendarDate(year: 2023, month: 1, day: 5)
        #expect(try root.required("a").date() == expected)
        #expect(try root.required("b").date() == expected)
        #expect(try root.required("c").date() == expected)
    }

    @Test func impossibleDateUsesVietnameseTextMessage() throws {
        let root = try yaml("hoi_nghi:\n  ngay: 31/02/2023\n")
        let node = try root.required("hoi_nghi").required("ngay")
        #expect(failure { try node.date() }
            == "du-lieu.yaml, dòng 2, cột 9, trường «hoi_nghi.ngay»: Ngày 31 không có trong tháng 2 năm 2023 (tháng này có 28 ngày).")
        let unreadable = try yaml("ngay: mùng 5 tháng 1\n").required("ngay")
        #expect(failure { try unreadable.date() }
            == "du-lieu.yaml, dòng 1, cột 7, trường «ngay»: Không đọc được ngày “mùng 5 tháng 1”: cần dạng năm-tháng-ngày (2023-01-05) hoặc ngày/tháng/năm (05/01/2023).")
    }
}

@Suite struct ListAndMapAccessorTests {
    @Test func listItemsHavePathsAndLocations() throws {
        let root = try yaml("ca_nhan:\n  - ho_ten: A\n  - ho_ten: B\n  - ho_ten: C\n")
        let items = try root.required("ca_nhan").list()
        #expect(items.count == 3)
        #expect(items[2].path == "ca_nhan[3]")
        let name = try items[2].required("ho_ten")
        #expect(name.path == "ca_nhan[3].ho_ten")
        #expect(name.location == SourceLocation(file: "du-lieu.yaml", line: 4, column: 13))
        #expect(failure { try name.int() } == "du-lieu.yaml, dòng 4, cột 13, trường «ca_nhan[3].ho_ten»: cần một số nguyên, gặp «C»")
    }

    @Test func aScalarIsNotSilentlyAList() throws {
        let root = try yaml("noi_nhan: Như Điều 3\n")
        #expect(failure { try root.required("noi_nhan").list() }
            == "du-lieu.yaml, dòng 1, cột 11, trường «noi_nhan»: cần một danh sách, gặp «Như Điều 3»")
    }

    @Test func entriesKeepFileOrder() throws {
        let root = try yaml("z: 1\na: 2\nm: 3\n")
        #expect(try root.entries().map(\.key) == ["z", "a", "m"])
        #expect(failure { try root.required("z").entries() }
            == "du-lieu.yaml, dòng 1, cột 4, trường «z»: cần một nhóm trường (dạng tên_trường: giá trị), gặp «1»")
    }

    @Test func checkKeysSuggestsTheClosestKey() throws {
        let root = try yaml("nguoi_ky:\n  chuc_vu: Chủ tịch\n  ho_tn: Trần Văn B\n")
        let signer = try root.required("nguoi_ky")
        #expect(failure { try signer.checkKeys(allowed: ["ho_ten", "chuc_vu", "quyen_han"]) }
            == "du-lieu.yaml, dòng 3, cột 3, trường «nguoi_ky.ho_tn»: trường «ho_tn» không có trong mẫu; có phải ý bạn là «ho_ten»?")
        #expect(failure { try signer.checkKeys(allowed: ["ho_ten", "chuc_vu", "ho_tn"]) } == nil)
    }

    @Test func checkKeysSuggestsForDiacriticsAndSwaps() throws {
        let root = try yaml("họ_tên: A\nchcu_vu: B\n")
        #expect(failure { try root.checkKeys(allowed: ["ho_ten", "chuc_vu"]) }
            == "du-lieu.yaml, dòng 1, cột 1, trường «họ_tên»: trường «họ_tên» không có trong mẫu; có phải ý bạn là «ho_ten»?")
        let swapped = try yaml("chcu_vu: B\n")
        #expect(failure { try swapped.checkKeys(allowed: ["ho_ten", "chuc_vu"]) }?.hasSuffix("có phải ý bạn là «chuc_vu»?") == true)
    }

    @Test func checkKeysListsAllowedKeysWhenNothingIsClose() throws {
        let root = try yaml("ho_ten: A\nxyz: 1\n")
        #expect(failure { try root.checkKeys(allowed: ["ho_ten", "chuc_vu"]) }
            == "du-lieu.yaml, dòng 2, cột 1, trường «xyz»: trường «xyz» không có trong mẫu; các trường dùng được: chuc_vu, ho_ten")
    }

    @Test func callerErrorsAreLocated() throws {
        let root = try yaml("khen_thuong:\n  so_tien: 100\n")
        let amount = try root.required("khen_thuong").required("so_tien")
        let error = amount.error("số tiền phải chia hết cho 1.000")
        #expect(error.location == SourceLocation(file: "du-lieu.yaml", line: 2, column: 12))
        #expect(error.field == "khen_thuong.so_tien")
        #expect(error.description == "du-lieu.yaml, dòng 2, cột 12, trường «khen_thuong.so_tien»: số tiền phải chia hết cho 1.000")
    }
}

@Suite struct NumberRuleTests {
    @Test func editDistance() {
        #expect(KeySuggestion.editDistance(Array("ho_tn"), Array("ho_ten")) == 1)
        #expect(KeySuggestion.editDistance(Array("chcu_vu"), Array("chuc_vu")) == 1)
        #expect(KeySuggestion.editDistance(Array(""), Array("abc")) == 3)
    }

    @Test func folding() {
        #expect(TextFolding.compact("HỌ VÀ TÊN") == "hovaten")
        #expect(TextFolding.compact("Họ  và tên:") == "hovaten")
        #expect(TextFolding.compact("Đơn vị") == "donvi")
        #expect(TextFolding.compact(decomposed("Đơn vị công tác")) == "donvicongtac")
    }
}
