import AwardRules
import DocumentTemplates
import Foundation
import Testing

/// Bad data never renders: each problem is reported in Vietnamese with the file, the line and
/// the field, and what was expected.
@Suite struct ValidationTests {
    static let cluster = """
    cum_thi_dua:
      ten: Cụm thi đua thử nghiệm
      ky_hieu: CTĐ
      nam: 2023
      cum_truong: Sở Nội vụ tỉnh A
      thanh_vien:
        - ten: Sở Nội vụ tỉnh A
          nguoi_dung_dau: { chuc_vu: Giám đốc, ho_ten: Nguyễn Văn A }
        - ten: Sở Nội vụ tỉnh B
          nguoi_dung_dau: { chuc_vu: Giám đốc, ho_ten: Trần Thị B }
        - ten: Sở Nội vụ tỉnh C
          nguoi_dung_dau: { chuc_vu: Giám đốc, ho_ten: Lê Văn C }

    """

    static let decision = """
    mau: quyet-dinh-khen-thuong
    dung_chung: cum.yaml
    co_quan_ban_hanh: Ủy ban nhân dân tỉnh A
    ky_hieu_co_quan: UBND
    so: 12
    dia_danh: Tỉnh A
    ngay_ban_hanh: 2024-12-20
    tham_quyen: Chủ tịch Ủy ban nhân dân tỉnh A
    hinh_thuc: Giấy khen
    thanh_tich: đã có thành tích xuất sắc năm 2024
    don_vi_thuc_hien: [Giám đốc Sở Nội vụ]
    ca_nhan:
      - { ho_ten: Nguyễn Văn An, don_vi: Sở Nội vụ tỉnh A }
      - { ho_ten: Trần Thị Bình, don_vi: Sở Nội vụ tỉnh B }
    nguoi_ky:
      chuc_vu: Chủ tịch
      ho_ten: Phạm Văn Cường

    """

    static let minutes = """
    mau: bien-ban-hoi-nghi
    dung_chung: cum.yaml
    dia_danh: Tỉnh A
    ten_hoi_nghi: Hội nghị tổng kết năm 2023
    ngay_hop: 2024-01-10
    gio_bat_dau: 08 giờ 00 phút
    gio_ket_thuc: 11 giờ 00 phút
    dia_diem: Hội trường Sở Nội vụ tỉnh A
    chu_tri: { ho_ten: Nguyễn Văn A, chuc_vu: Giám đốc }
    thu_ky: { ho_ten: Lê Thị D, chuc_vu: Chuyên viên }
    noi_dung: [Khai mạc hội nghị.]
    thang_diem: 1000
    diem:
      - { don_vi: Sở Nội vụ tỉnh A, diem: 990 }
      - { don_vi: Sở Nội vụ tỉnh B, diem: 985 }

    """

    /// The problems of a document whose text is `base` with `replacements` applied.
    func problemsOf(_ base: String, _ replacements: [(String, String)] = [], extra: [String: String] = [:],
                    cluster: String = cluster) throws -> [String] {
        var text = base
        for (old, new) in replacements {
            #expect(text.contains(old), "fixture lacks «\(old)»")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(["van-ban.yaml": text, "cum.yaml": cluster].merging(extra) { $1 }, in: folder)
        return problems(folder.appendingPathComponent("van-ban.yaml"), display: "van-ban.yaml")
    }

    /// The line number of the first line containing `needle`.
    func line(of needle: String, in text: String) -> Int {
        (text.components(separatedBy: "\n").firstIndex { $0.contains(needle) } ?? -1) + 1
    }

    @Test func theFixturesAreValid() throws {
        #expect(try problemsOf(Self.decision).isEmpty)
        #expect(try problemsOf(Self.minutes).isEmpty)
    }

    @Test func aMissingRequiredFieldIsNamed() throws {
        let found = try problemsOf(Self.decision, [("don_vi_thuc_hien: [Giám đốc Sở Nội vụ]\n", "")])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("van-ban.yaml") == true)
        #expect(found.first?.contains("thiếu trường bắt buộc «don_vi_thuc_hien»") == true)
        // Required only while its section is in: a data file writing its own Điều 3 needs none.
        let ownArticle = Self.decision.replacingOccurrences(of: "don_vi_thuc_hien: [Giám đốc Sở Nội vụ]\n", with: """
            phan:
              - ma: dieu_1
              - ma: dieu_2
              - noi_dung: "Điều #. Quyết định có hiệu lực từ ngày ký."
              - ma: phu_luc

            """)
        #expect(try problemsOf(ownArticle).isEmpty)
    }

    @Test func aMistypedValueNamesLineFieldAndExpectation() throws {
        let found = try problemsOf(Self.decision, [("so: 12", "so: mười hai")])
        let message = try #require(found.first)
        #expect(message.contains("van-ban.yaml, dòng \(line(of: "so: 12", in: Self.decision))"))
        #expect(message.contains("«so»"))
        #expect(message.contains("số nguyên"))
    }

    @Test func anImpossibleDateIsRejected() throws {
        let found = try problemsOf(Self.decision, [("ngay_ban_hanh: 2024-12-20", "ngay_ban_hanh: 31/02/2023")])
        let message = try #require(found.first { $0.contains("ngay_ban_hanh") })
        #expect(message.contains("dòng \(line(of: "ngay_ban_hanh", in: Self.decision))"))
        #expect(message.contains("31"))
    }

    @Test func anAwardFormTheRulesDoNotKnowIsAnError() throws {
        let found = try problemsOf(Self.decision, [("hinh_thuc: Giấy khen", "hinh_thuc: Huân chương Sao Vàng")])
        #expect(!found.isEmpty)
        for message in found {
            #expect(message.contains("dòng \(line(of: "hinh_thuc:", in: Self.decision))"))
            #expect(message.contains("Huân chương Sao Vàng"))
        }
    }

    @Test func aDecisionDateNoRuleCoversIsAnErrorNotAGuess() throws {
        let found = try problemsOf(Self.decision, [("ngay_ban_hanh: 2024-12-20", "ngay_ban_hanh: 2010-01-04")])
        let message = try #require(found.first)
        #expect(message.contains("4/1/2010"))
        #expect(message.contains("Giấy khen"))
    }

    @Test func aSignerWithoutATitleIsAnError() throws {
        let found = try problemsOf(Self.decision, [("  chuc_vu: Chủ tịch\n", "")])
        let message = try #require(found.first)
        #expect(message.contains("thiếu trường bắt buộc «chuc_vu»"))
        #expect(message.contains("nguoi_ky"))
    }

    @Test func aMemberListedTwiceIsAnError() throws {
        let cluster = Self.cluster.replacingOccurrences(of: "    - ten: Sở Nội vụ tỉnh C", with: "    - ten: Sở Nội vụ  tỉnh B")
        let found = try problemsOf(Self.decision, cluster: cluster)
        let message = try #require(found.first)
        #expect(message.hasPrefix("cum.yaml, dòng \(line(of: "Sở Nội vụ  tỉnh B", in: cluster))"))
        #expect(message.contains("đã có trong danh sách"))
        #expect(message.contains("dòng \(line(of: "- ten: Sở Nội vụ tỉnh B", in: cluster))"), "names the first listing too")
    }

    @Test func aScoreAboveTheScaleIsAnError() throws {
        let found = try problemsOf(Self.minutes, [("diem: 985 }", "diem: 1200 }")])
        let message = try #require(found.first)
        #expect(message.contains("dòng \(line(of: "diem: 985", in: Self.minutes))"))
        #expect(message.contains("vượt thang điểm 1.000"))
    }

    @Test func aUnitOutsideTheClusterIsAnError() throws {
        let found = try problemsOf(Self.minutes, [("don_vi: Sở Nội vụ tỉnh B, diem: 985", "don_vi: Sở Nội vụ tỉnh Z, diem: 985")])
        #expect(found.first?.contains("«Sở Nội vụ tỉnh Z» không phải đơn vị thành viên") == true)
    }

    @Test func votesAboveTheTotalAreAnError() throws {
        let found = try problemsOf(Self.minutes + "bieu_quyet:\n  - { noi_dung: Thông qua báo cáo, tan_thanh: 5 }\n")
        #expect(found.first?.contains("số phiếu tán thành 5 phải từ 0 đến tổng số 3") == true)
    }

    @Test func aMisspelledKeyGetsASuggestion() throws {
        let found = try problemsOf(Self.decision, [("- { ho_ten: Nguyễn Văn An", "- { ho_tn: Nguyễn Văn An")])
        #expect(found.contains { $0.contains("«ho_tn»") && $0.contains("ho_ten") && $0.contains("dòng \(line(of: "Nguyễn Văn An", in: Self.decision))") })
    }

    @Test func aCSVListWithoutARequiredColumnIsNamed() throws {
        let found = try problemsOf(Self.decision, [("ca_nhan:\n  - { ho_ten: Nguyễn Văn An, don_vi: Sở Nội vụ tỉnh A }\n  - { ho_ten: Trần Thị Bình, don_vi: Sở Nội vụ tỉnh B }", "ca_nhan: ds.csv")],
                                   extra: ["ds.csv": "Tên;Đơn vị\nNguyễn Văn An;Sở Nội vụ tỉnh A\n"])
        let message = try #require(found.first)
        #expect(message.hasPrefix("ds.csv"))
        #expect(message.contains("Họ và tên"))
    }

    @Test func anUnknownTemplateListsTheTemplates() throws {
        let found = try problemsOf(Self.decision, [("mau: quyet-dinh-khen-thuong", "mau: quyet-dinh")])
        let message = try #require(found.first)
        #expect(message.contains("dòng 1") && message.contains("không có mẫu «quyet-dinh»") && message.contains("quyet-dinh-khen-thuong"))
    }

    @Test func aStyleOutsideTheDecreesRangeIsRejected() throws {
        let found = try problemsOf(Self.decision + "kieu_trinh_bay:\n  co_chu: 16\n")
        let message = try #require(found.first)
        #expect(message.contains("co_chu") && message.contains("13–14"))
    }

    /// A draft (no date yet) is made all the same: its money computed for the day the data
    /// names, or today, with a warning saying which.
    @Test func aDraftDecisionComputesItsMoneyForADayItSays() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = Self.decision.replacingOccurrences(of: "so: 12\n", with: "").replacingOccurrences(of: "ngay_ban_hanh: 2024-12-20\n", with: "ngay_tinh_tien: 2024-12-20\n")
        try write(["van-ban.yaml": draft, "cum.yaml": Self.cluster], in: folder)
        let prepared = try builder.prepare(dataFile: folder.appendingPathComponent("van-ban.yaml"), displayPath: "van-ban.yaml")
        #expect(prepared.document.body.outline().contains("710.000"))
        #expect(prepared.notices.contains { $0.message == "quyết định chưa có ngày ban hành: tiền thưởng tính theo ngày 20/12/2024 (ngay_tinh_tien); tính lại khi có ngày ký" })
        #expect(prepared.document.number?.text() == "   /QĐ-UBND" || prepared.document.number?.number == nil)
    }
}

/// Template bodies written for a test, on a copy of the shipped templates.
@Suite struct TemplateBodyTests {
    /// A builder whose award decision template has `body` as the body of its first article.
    func builder(withDecisionBody body: String, in folder: URL) throws -> DocumentBuilder {
        let templates = folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: checkout.appendingPathComponent("Templates"), to: templates)
        try body.write(to: templates.appendingPathComponent("quyet-dinh-khen-thuong/phan/dieu_1.mustache"), atomically: true, encoding: .utf8)
        return try DocumentBuilder(catalog: TemplateCatalog(directory: templates), dataDirectory: checkout.appendingPathComponent("Data"))
    }

    @Test func theDocumentCanCiteItself() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let builder = try builder(withDecisionBody: "Theo {{van_ban.trich_dan}} (số {{van_ban.so}}).", in: folder)
        try write(["qd.yaml": ValidationTests.decision, "cum.yaml": ValidationTests.cluster], in: folder)
        let prepared = try builder.prepare(dataFile: folder.appendingPathComponent("qd.yaml"), displayPath: "qd.yaml")
        #expect(prepared.document.body.blocks.first.map { "\($0.position.file)" } == "Templates/quyet-dinh-khen-thuong/phan/dieu_1.mustache")
        #expect(prepared.document.body.outline().contains("Theo Quyết định số 12/QĐ-UBND ngày 20/12/2024 (số 12/QĐ-UBND)."))
    }

    /// A markup error in the filled text points at the template line that produced it.
    @Test func aMarkupErrorNamesTheTemplateLine() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Line 6 of this body has an unclosed bold mark, after a section that repeats lines.
        let body = """
        Mở đầu.

        {{#don_vi_thuc_hien}}
        - {{ten}};
        {{/don_vi_thuc_hien}}
        Đoạn có *chữ đậm chưa đóng {{thanh_tich}}.
        """
        let builder = try builder(withDecisionBody: body, in: folder)
        try write(["qd.yaml": ValidationTests.decision.replacingOccurrences(of: "don_vi_thuc_hien: [Giám đốc Sở Nội vụ]", with: "don_vi_thuc_hien: [A, B, C, D, E]"),
                   "cum.yaml": ValidationTests.cluster], in: folder)
        do {
            _ = try builder.prepare(dataFile: folder.appendingPathComponent("qd.yaml"), displayPath: "qd.yaml")
            Issue.record("expected a markup error")
        } catch {
            let message = error.errors.first?.description ?? ""
            #expect(message.hasPrefix("Templates/quyet-dinh-khen-thuong/phan/dieu_1.mustache, dòng 6:"), "\(message)")
            #expect(message.contains("dòng 8"), "the line in the filled text too: \(message)")
        }
    }
}
