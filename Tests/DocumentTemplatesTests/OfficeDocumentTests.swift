import DataInput
import DocumentTemplates
import Foundation
import Testing
import Typesetting

/// Any office's own documents: each thing a real office writes differently, as a data set
/// rendered and read back from the PDF (the text pdftotext gives, spaces folded).
@Suite struct OfficeDocumentTests {
    /// Renders `files` (name → text; the first is the document) and returns the PDF's text, the
    /// layout's warnings and the data's notices.
    func render(_ files: [(String, String)]) throws -> (text: String, notices: [String]) {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(Dictionary(uniqueKeysWithValues: files), in: folder)
        let url = folder.appendingPathComponent(files[0].0)
        let prepared = try builder.prepare(dataFile: url, displayPath: files[0].0)
        let result = try renderText(url, display: files[0].0)
        return (folded(result.text), prepared.notices.map(\.description))
    }

    func problems(_ files: [(String, String)]) throws -> [String] {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(Dictionary(uniqueKeysWithValues: files), in: folder)
        return DocumentTemplatesTests.problems(folder.appendingPathComponent(files[0].0), display: files[0].0)
    }

    static let decision = ValidationTests.decision
    static let cluster = ValidationTests.cluster

    // MARK: 2, 3 — the decision's phrases, recipients and articles

    @Test func theDecisionsPhrasesAreTheOfficesOwn() throws {
        let text = Self.decision.replacingOccurrences(of: "hinh_thuc: Giấy khen\n", with: """
            hinh_thuc: Giấy khen
            dong_tu: Tặng thưởng
            trich_yeu: V/v tặng Giấy khen năm 2024
            nguon_kinh_phi: từ Quỹ thi đua, khen thưởng của tỉnh

            """)
        let (pdf, _) = try render([("qd.yaml", text), ("cum.yaml", Self.cluster)])
        #expect(pdf.contains("V/v tặng Giấy khen năm 2024"))
        #expect(pdf.contains("Điều 1. Tặng thưởng Giấy khen cho 02 cá nhân đã có thành tích xuất sắc năm 2024 (có danh sách kèm theo)."))
        #expect(pdf.contains("Tổng số tiền thưởng là 1.420.000 đồng (Một triệu bốn trăm hai mươi nghìn đồng), từ Quỹ thi đua, khen thưởng của tỉnh."))
        // Only individuals are awarded: Điều 3 names no collective.
        #expect(pdf.contains("Giám đốc Sở Nội vụ và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."))
    }

    /// The Prime Minister's decision of 2011: collectives and families, no money article, the
    /// sentence of Điều 1 the office's own with the counts filled in, an article of its own.
    @Test func collectivesAndFamiliesWithoutMoney() throws {
        let families = (1...5).map { "  - { ten: Gia đình ông Nguyễn Văn \($0), dia_chi: Xã \($0) }" }.joined(separator: "\n")
        let collectives = (1...23).map { "  - ten: Khu dân cư số \($0)" }.joined(separator: "\n")
        let text = Self.decision
            .replacingOccurrences(of: "ca_nhan:\n  - { ho_ten: Nguyễn Văn An, don_vi: Sở Nội vụ tỉnh A }\n  - { ho_ten: Trần Thị Bình, don_vi: Sở Nội vụ tỉnh B }\n",
                                  with: "tap_the:\n\(collectives)\nho_gia_dinh:\n\(families)\n")
            .replacingOccurrences(of: "hinh_thuc: Giấy khen\n", with: """
                hinh_thuc: Bằng khen của Thủ tướng Chính phủ
                tien_thuong: không
                dieu_1: "Tặng thưởng Bằng khen của Thủ tướng Chính phủ cho {{dem}} thuộc các địa phương trong cả nước (có danh sách kèm theo) {{thanh_tich}}."
                phan:
                  - ma: dieu_1
                  - noi_dung: "Điều #. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành."
                  - ma: dieu_3
                  - ma: phu_luc

                """)
        let (pdf, _) = try render([("qd.yaml", text), ("cum.yaml", Self.cluster)])
        #expect(pdf.contains("Điều 1. Tặng thưởng Bằng khen của Thủ tướng Chính phủ cho 23 tập thể và 05 gia đình thuộc các địa phương trong cả nước (có danh sách kèm theo) đã có thành tích xuất sắc năm 2024."))
        #expect(pdf.contains("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành."))
        #expect(pdf.contains("Điều 3. Giám đốc Sở Nội vụ và các tập thể, gia đình có tên tại Điều 1"))
        #expect(!pdf.contains("Tiền thưởng") && !pdf.contains("đồng ("))
        #expect(pdf.contains("I. TẬP THỂ (23)") && pdf.contains("II. GIA ĐÌNH (05)") && pdf.contains("Gia đình ông Nguyễn Văn 5 Xã 5"))
    }

    @Test func aShortListInsideArticleOneInsteadOfAnAnnex() throws {
        let text = Self.decision.replacingOccurrences(of: "hinh_thuc: Giấy khen\n", with: "hinh_thuc: Giấy khen\ndanh_sach_trong_dieu_1: có\n")
        let (pdf, _) = try render([("qd.yaml", text), ("cum.yaml", Self.cluster)])
        #expect(pdf.contains("Điều 1. Tặng Giấy khen cho 02 cá nhân đã có thành tích xuất sắc năm 2024: 1. Nguyễn Văn An, Sở Nội vụ tỉnh A; 2. Trần Thị Bình, Sở Nội vụ tỉnh B."))
        #expect(!pdf.contains("Phụ lục") && !pdf.contains("có danh sách kèm theo"))
    }

    /// Two forms on one article of the decree are cited once.
    @Test func aLegalSourceIsCitedOncePerArticle() throws {
        let text = Self.decision.replacingOccurrences(of: "  - { ho_ten: Trần Thị Bình, don_vi: Sở Nội vụ tỉnh B }\n",
                                                      with: "  - { ho_ten: Trần Thị Bình, don_vi: Sở Nội vụ tỉnh B, hinh_thuc: Bằng khen của Chủ tịch UBND tỉnh }\n")
        let (pdf, _) = try render([("qd.yaml", text), ("cum.yaml", Self.cluster)])
        let article = try #require(pdf.range(of: "Điều 2.").map { String(pdf[$0.lowerBound...].prefix(600)) })
        #expect(article.components(separatedBy: "Nghị định số 98/2023/NĐ-CP").count == 2, "\(article)")
    }

    @Test func misusedPhrasesAndSectionsAreNamedAtTheirLine() throws {
        let typo = Self.decision.replacingOccurrences(of: "hinh_thuc: Giấy khen\n", with: "hinh_thuc: Giấy khen\ndieu_1: \"Tặng cho {{dme}}.\"\n")
        #expect(try problems([("qd.yaml", typo), ("cum.yaml", Self.cluster)])
            == ["qd.yaml, dòng 10, cột 9, trường «dieu_1»: câu dùng «{{dme}}» nhưng mẫu «quyet-dinh-khen-thuong» không có tên này; có phải ý bạn là «{{dem}}»?"])
        let section = Self.decision + "phan:\n  - ma: dieu_4\n"
        #expect(try problems([("qd.yaml", section), ("cum.yaml", Self.cluster)]).first?
            .contains("mẫu «quyet-dinh-khen-thuong» không có phần «dieu_4»; có phải ý bạn là «dieu_1»?") == true)
        let markup = Self.decision + "phan:\n  - ma: dieu_1\n  - noi_dung: |\n      Đoạn có *chữ đậm chưa đóng.\n"
        let markupProblem = try problems([("qd.yaml", markup), ("cum.yaml", Self.cluster)]).first
        #expect(markupProblem?.hasPrefix("qd.yaml, dòng \(markup.components(separatedBy: "\n").firstIndex { $0.contains("chưa đóng") }! + 1)") == true, "\(markupProblem ?? "")")
    }

    // MARK: 1, 2, 8 — minutes of a meeting of people

    static let councilMinutes = """
        mau: bien-ban-hoi-nghi
        co_quan_chu_quan: Ủy ban nhân dân xã Tân Thành
        co_quan_ban_hanh: Trường Tiểu học Tân Thành
        ky_hieu_co_quan: THTT
        dia_danh: Tân Thành
        ten_hoi_nghi: Họp Hội đồng thi đua, khen thưởng năm học 2025-2026
        ngay_hop: 2026-05-20
        gio_bat_dau: 14 giờ
        dia_diem: phòng họp nhà trường
        chu_tri: { ho_ten: Bà Nguyễn Thị Lan, chuc_vu: "Hiệu trưởng, Chủ tịch Hội đồng", danh_xung: Chủ tọa }
        thu_ky: { ho_ten: Trần Văn Tùng, chuc_vu: Giáo viên }
        thanh_vien_hop:
          - { ho_ten: Bà Nguyễn Thị Lan, chuc_vu: Hiệu trưởng }
          - { ho_ten: Trần Văn Tùng, chuc_vu: Giáo viên }
          - { ho_ten: Bà Lê Thị Mai, chuc_vu: Phó Hiệu trưởng, vang: có, ly_do: ốm }
        noi_dung:
          - Hội đồng bình xét danh hiệu thi đua của các tổ và từng cán bộ, giáo viên.
        ket_thuc: Cuộc họp kết thúc lúc 16 giờ cùng ngày.

        """

    @Test func aCouncilsMinutesCountPeople() throws {
        let (pdf, notices) = try render([("bb.yaml", Self.councilMinutes)])
        #expect(pdf.contains("Số: /BB-THTT"))
        #expect(pdf.contains("Vào lúc 14 giờ ngày 20 tháng 5 năm 2026, tại phòng họp nhà trường, Trường Tiểu học Tân Thành tổ chức Họp Hội đồng thi đua, khen thưởng năm học 2025-2026."))
        #expect(pdf.contains("- Chủ tọa: Bà Nguyễn Thị Lan, Hiệu trưởng, Chủ tịch Hội đồng."))
        #expect(pdf.contains("- Thành viên: có mặt 02/03 thành viên, vắng 01: bà Lê Thị Mai (có lý do: ốm)."))
        #expect(pdf.contains("Cuộc họp kết thúc lúc 16 giờ cùng ngày./."))
        #expect(pdf.contains("THƯ KÝ CHỦ TỌA"))
        #expect(!pdf.contains("Các đơn vị thành viên") && !pdf.contains("Bà Nguyễn Thị Lan Trần") && pdf.contains("Trần Văn Tùng Nguyễn Thị Lan"))
        #expect(notices.contains { $0.contains("ô ký in «Nguyễn Thị Lan», không có «Bà»") })
    }

    // MARK: 4 — covenants

    @Test func aCovenantWithAScoreTableAndASchoolYear() throws {
        let (pdf, _) = try render([("gu.yaml", try String(contentsOf: checkout.appendingPathComponent("Examples/cong-doan-truong-hoc-2025/giao-uoc-thi-dua-2025-2026.yaml"), encoding: .utf8)),
                                   ("cum-thi-dua.yaml", try String(contentsOf: checkout.appendingPathComponent("Examples/cong-doan-truong-hoc-2025/cum-thi-dua.yaml"), encoding: .utf8))])
        #expect(pdf.contains("GIAO ƯỚC THI ĐUA Năm học 2025-2026"))
        #expect(pdf.contains("cùng thống nhất ký kết Giao ước thi đua năm học 2025-2026 với các nội dung sau:"))
        #expect(pdf.contains("Mục Nội dung Điểm tối đa") || pdf.contains("Điểm Mục Nội dung tối đa"))
        #expect(pdf.contains("Tổng cộng 100"))
        #expect(pdf.contains("Số: /CTĐ2-CĐGD"))
    }

    // MARK: 6 — the general document

    @Test func aLetterHasItsSubjectUnderItsNumberAndNoTitle() throws {
        let letter = """
            mau: van-ban-chung
            loai: Công văn
            co_quan_ban_hanh: Sở Nội vụ tỉnh Vĩnh Long
            ky_hieu_co_quan: SNV-TĐKT
            so: 45
            dia_danh: Vĩnh Long
            ngay_ban_hanh: 2026-11-02
            trich_yeu: hướng dẫn hồ sơ đề nghị khen thưởng năm 2026
            kinh_gui: ["Các sở, ban, ngành tỉnh"]
            noi_dung: |
              Sở Nội vụ hướng dẫn các cơ quan, đơn vị lập hồ sơ đề nghị khen thưởng năm 2026 như sau.
            nguoi_ky: { quyen_han: KT., thay_mat: Giám đốc, chuc_vu: Phó Giám đốc, ho_ten: Lê Văn Hùng }

            """
        let (pdf, _) = try render([("cv.yaml", letter)])
        #expect(pdf.contains("Số: 45/SNV-TĐKT"))
        #expect(pdf.contains("V/v hướng dẫn hồ sơ đề nghị khen thưởng năm 2026"))
        #expect(pdf.contains("Kính gửi: Các sở, ban, ngành tỉnh."))
        #expect(!pdf.contains("CÔNG VĂN"))
        let wrongType = letter.replacingOccurrences(of: "loai: Công văn", with: "loai: Tờ trìh")
        #expect(try problems([("cv.yaml", wrongType)]).first?.contains("«Tờ trìh» không phải tên loại văn bản của Nghị định 30/2020 (Phụ lục III); có phải ý bạn là «Tờ trình»?") == true)
    }

    // MARK: 7 — the header

    @Test func aLongIssuerWrapsBetweenWordGroupsAndTheNumberStays13pt() throws {
        let plan = try String(contentsOf: checkout.appendingPathComponent("Examples/th-noi-hoang-2020/ke-hoach-thi-dua-khen-thuong-2020-2021.yaml"), encoding: .utf8)
            + "kieu_trinh_bay:\n  co_chu_co_quan: 12\n"
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(["kh.yaml": plan], in: folder)
        let result = try renderText(folder.appendingPathComponent("kh.yaml"), display: "kh.yaml")
        let lines = result.text.components(separatedBy: "\n").map { $0.trimmedWhitespace }
        #expect(lines.contains { $0.hasPrefix("TRƯỜNG TIỂU HỌC ") || $0 == "TRƯỜNG TIỂU HỌC" }, "\(lines.prefix(6))")
        #expect(lines.contains { $0.hasPrefix("NỘI HOÀNG") }, "\(lines.prefix(6))")
        #expect(!lines.contains { $0.hasSuffix("TIỂU") })
        let runs = result.laidOut.pages[0].items.compactMap { item -> GlyphRun? in
            if case let .text(run) = item { return run }
            return nil
        }
        #expect(runs.contains { $0.text.hasPrefix("Số") && $0.size == 13 })
        #expect(runs.contains { $0.text.contains("NỘI") && $0.size == 12 })
    }
}
