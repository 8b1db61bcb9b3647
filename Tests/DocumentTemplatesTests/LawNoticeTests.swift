import DataInput
import DocumentTemplates
import Foundation
import Testing

/// The law as dated data reaches the clerk as warnings: a căn cứ out of force, money resting on
/// a row not checked against the law's text, a header that does not agree with its issuer.
@Suite struct LawNoticeTests {
    /// Law tables of the test's own: one verified rounding rule and base salary, one verified and
    /// one unverified coefficient, and the decrees they rest on.
    static let register = """
    van_ban:
      - so_ky_hieu: 91/2017/NĐ-CP
        loai: Nghị định
        ngay_ban_hanh: 2017-07-31
        hieu_luc_tu: 2017-10-01
        het_hieu_luc: 2023-12-31
        thay_the_boi: 98/2023/NĐ-CP
        doi_chieu: thử
      - so_ky_hieu: 98/2023/NĐ-CP
        loai: Nghị định
        ngay_ban_hanh: 2023-12-31
        hieu_luc_tu: 2024-01-01
        doi_chieu: thử
      - so_ky_hieu: 73/2024/NĐ-CP
        loai: Nghị định
        ngay_ban_hanh: 2024-06-30
        hieu_luc_tu: 2024-07-01
        doi_chieu: thử
    """
    static let rules = """
    lam_tron:
      - { buoc: 10000, tu_ngay: 2024-01-01, can_cu: Nghị định số 98/2023/NĐ-CP, doi_chieu: thử }
    muc_luong_co_so:
      - { so_tien: 2340000, tu_ngay: 2024-07-01, can_cu: khoản 2 Điều 3 Nghị định số 73/2024/NĐ-CP, doi_chieu: thử }
    he_so_tien_thuong:
      - { hinh_thuc: Giấy khen, doi_tuong: ca_nhan, he_so: 0.3, tu_ngay: 2024-01-01, can_cu: Nghị định số 98/2023/NĐ-CP,
          doi_chieu: bản trích, can_xac_minh: điểm và khoản của Điều 58 }
      - { hinh_thuc: Bằng khen của Chủ tịch UBND tỉnh, doi_tuong: ca_nhan, he_so: 1.0, tu_ngay: 2024-01-01,
          can_cu: Nghị định số 98/2023/NĐ-CP, doi_chieu: bản trích }
    """

    /// The notices of preparing `text` (as van-ban.yaml) with the test's law tables.
    func notices(_ text: String) throws -> [String] {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(["van-ban.yaml": text, "cum.yaml": ValidationTests.cluster,
                   "Data/van-ban-phap-luat.yaml": Self.register, "Data/award-rules.yaml": Self.rules], in: folder)
        let lawBuilder = DocumentBuilder(catalog: builder.catalog, dataDirectory: folder.appendingPathComponent("Data"))
        return try lawBuilder.prepare(dataFile: folder.appendingPathComponent("van-ban.yaml"), displayPath: "van-ban.yaml")
            .notices.map(\.description)
    }

    func decision(_ replacements: [(String, String)]) -> String {
        var text = ValidationTests.decision
        for (old, new) in replacements {
            #expect(text.contains(old), "fixture lacks «\(old)»")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    @Test func aBasisOutOfForceIsAWarningAtItsLine() throws {
        let text = decision([("hinh_thuc: Giấy khen", """
            can_cu:
              - Căn cứ Luật Tổ chức chính quyền địa phương;
              - Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ;
            hinh_thuc: Bằng khen của Chủ tịch UBND tỉnh
            """)])
        #expect(try notices(text) == [
            "van-ban.yaml, dòng 11, cột 5, trường «can_cu[2]»: cảnh báo: căn cứ Nghị định số 91/2017/NĐ-CP đã hết hiệu lực từ ngày 1/1/2024, trước ngày 20/12/2024 của văn bản; văn bản thay thế: Nghị định số 98/2023/NĐ-CP",
        ])
    }

    @Test func moneyOnAnUnverifiedRowSaysWhichRow() throws {
        let warnings = try notices(ValidationTests.decision)
        #expect(warnings == [
            "van-ban.yaml, dòng 7, cột 16, trường «ngay_ban_hanh»: cảnh báo: tiền thưởng dựa trên dòng chưa đối chiếu văn bản của bảng tiền thưởng (Data/award-rules.yaml, dòng 6, cột 5): hệ số «Giấy khen» (cá nhân) từ 1/1/2024, căn cứ Nghị định số 98/2023/NĐ-CP; cần xác minh: điểm và khoản của Điều 58",
        ])
        #expect(try notices(decision([("hinh_thuc: Giấy khen", "hinh_thuc: Bằng khen của Chủ tịch UBND tỉnh")])).isEmpty)
    }

    @Test func aChairmansDecisionIsNotSignedOnBehalfOfTheCommittee() throws {
        let signedTM = decision([("  chuc_vu: Chủ tịch\n", "  quyen_han: TM.\n  thay_mat: Ủy ban nhân dân\n  chuc_vu: Chủ tịch\n"),
                                 ("hinh_thuc: Giấy khen", "hinh_thuc: Bằng khen của Chủ tịch UBND tỉnh")])
        #expect(try notices(signedTM).map { $0.contains("ký «CHỦ TỊCH» (hoặc «KT. CHỦ TỊCH» / «PHÓ CHỦ TỊCH»), không ký «TM. ỦY BAN NHÂN DÂN»") } == [true])
    }

    @Test func theNumberSymbolAgreesWithTheIssuer() throws {
        let department = decision([("co_quan_ban_hanh: Ủy ban nhân dân tỉnh A", "co_quan_ban_hanh: Sở Nội vụ tỉnh A"),
                                   ("tham_quyen: Chủ tịch Ủy ban nhân dân tỉnh A", "tham_quyen: Giám đốc Sở Nội vụ tỉnh A"),
                                   ("hinh_thuc: Giấy khen", "hinh_thuc: Bằng khen của Chủ tịch UBND tỉnh")])
        #expect(try notices(department) == ["van-ban.yaml, dòng 4, cột 18, trường «ky_hieu_co_quan»: cảnh báo: «Sở Nội vụ tỉnh A» là một Sở: ký hiệu trong số văn bản là chữ viết tắt tên Sở (ví dụ SNV của Sở Nội vụ), không phải «UBND»"])
        #expect(try notices(department.replacingOccurrences(of: "ky_hieu_co_quan: UBND", with: "ky_hieu_co_quan: SNV")).isEmpty)
    }

    @Test func noDistrictIssuesADocumentAfterJuly2025() throws {
        let district = decision([("co_quan_ban_hanh: Ủy ban nhân dân tỉnh A", "co_quan_ban_hanh: Ủy ban nhân dân huyện Thanh Oai"),
                                 ("tham_quyen: Chủ tịch Ủy ban nhân dân tỉnh A", "tham_quyen: Chủ tịch Ủy ban nhân dân huyện Thanh Oai"),
                                 ("hinh_thuc: Giấy khen", "hinh_thuc: Bằng khen của Chủ tịch UBND tỉnh")])
        #expect(try notices(district).isEmpty)     // 20/12/2024: districts still existed
        let later = district.replacingOccurrences(of: "ngay_ban_hanh: 2024-12-20", with: "ngay_ban_hanh: 2025-07-01")
        #expect(try notices(later).contains { $0.contains("từ ngày 01/7/2025 không còn đơn vị hành chính cấp huyện; «Ủy ban nhân dân huyện Thanh Oai»") })
    }
}
