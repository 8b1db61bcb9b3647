import Foundation
import Testing

/// Numbers from data that reach a computation are range-checked: each message names the field,
/// and nothing overflows (these inputs crashed `check` and `render` with SIGILL).
@Suite struct NumberRangeTests {
    let validation = ValidationTests()

    @Test func aHugeYearUnderReviewIsAMessage() throws {
        let found = try validation.problemsOf(ValidationTests.minutes, [("thang_diem: 1000", "thang_diem: 1000\nnam_danh_gia: 9223372036854775807")])
        #expect(found == ["van-ban.yaml, dòng 13, cột 15, trường «nam_danh_gia»: cần một năm từ 1900 đến 2200, gặp «9223372036854775807»"])
    }

    @Test func aHugeYearInTheSharedFileIsAMessage() throws {
        let cluster = ValidationTests.cluster.replacingOccurrences(of: "  nam: 2023", with: "  nam: 9223372036854775807")
        for document in [ValidationTests.minutes, ValidationTests.decision] {
            let found = try validation.problemsOf(document, cluster: cluster)
            #expect(found == ["cum.yaml, dòng 4, cột 8, trường «cum_thi_dua.nam»: cần một năm từ 1900 đến 2200, gặp «9223372036854775807»"])
        }
    }

    @Test func aLayoutValueOfTwentyDigitsIsAMessage() throws {
        let found = try validation.problemsOf(ValidationTests.decision, [("hinh_thuc: Giấy khen", "hinh_thuc: Giấy khen\nkieu_trinh_bay:\n  co_chu: 10000000000000000000")])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("van-ban.yaml, dòng 11, cột 11, trường «kieu_trinh_bay.co_chu»: số «10000000000000000000» quá lớn") == true)
        // Fifteen digits pass the reader and fail the NĐ 30 range, printed without converting to Int.
        let large = try validation.problemsOf(ValidationTests.decision, [("hinh_thuc: Giấy khen", "hinh_thuc: Giấy khen\nkieu_trinh_bay:\n  le_tren: 999999999999999")])
        #expect(large == ["van-ban.yaml, dòng 11, cột 12, trường «kieu_trinh_bay.le_tren»: Trường «le_tren» = 999999999999999 nằm ngoài khoảng Nghị định 30/2020 cho phép (20–25)."])
    }

    @Test func declaredRangesAreChecked() throws {
        let votes = try validation.problemsOf(ValidationTests.minutes, [("thang_diem: 1000", "thang_diem: 1000\nti_le_thong_qua: 150\nbieu_quyet:\n  - { noi_dung: X, tan_thanh: -1 }")])
        #expect(votes.contains("van-ban.yaml, dòng 13, cột 18, trường «ti_le_thong_qua»: Tỷ lệ phiếu phải vượt để thông qua (%): cần từ 0 đến 100, gặp 150"))
        #expect(votes.contains("van-ban.yaml, dòng 15, cột 31, trường «bieu_quyet[1].tan_thanh»: Số phiếu tán thành: cần từ 0 đến 100.000, gặp -1"))
        #expect(votes.count == 2, "one message for each mistake: \(votes)")
    }
}

/// A list with the same mistake in every row gives a readable report.
@Suite struct ProblemCountTests {
    @Test func problemsPastAHundredAreCounted() throws {
        let rows = (1...500).map { "  - { don_vi: Đơn vị \($0), diem: nhiều }" }.joined(separator: "\n")
        let found = try ValidationTests().problemsOf(ValidationTests.minutes, [(
            "diem:\n  - { don_vi: Sở Nội vụ tỉnh A, diem: 990 }\n  - { don_vi: Sở Nội vụ tỉnh B, diem: 985 }", "diem:\n" + rows)])
        #expect(found.count == 101)
        #expect(found.last == "van-ban.yaml: còn 900 lỗi nữa (chỉ ghi 100 lỗi: mỗi loại lỗi ở vài chỗ đầu); hãy sửa các lỗi trên rồi kiểm tra lại")
    }
}
