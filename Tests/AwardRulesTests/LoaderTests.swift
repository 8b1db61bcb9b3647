import DataInput
import Foundation
import LegalRegister
import Testing
@testable import AwardRules
@testable import VietnameseText

@Suite("Loading the rules table from YAML")
struct LoaderTests {
    /// A small valid table; tests below break one thing at a time.
    static let valid = """
    # thử nghiệm
    lam_tron:
      - buoc: 10000
        tu_ngay: 2024-01-01
        can_cu: Nghị định số 98/2023/NĐ-CP
        doi_chieu: thử
    muc_luong_co_so:
      - so_tien: 1.800.000
        tu_ngay: 01/7/2023
        den_ngay: 2024-06-30
        can_cu: khoản 2 Điều 3 Nghị định số 24/2023/NĐ-CP
        doi_chieu: thử
      - so_tien: 2340000
        tu_ngay: 2024-07-01
        den_ngay:
        can_cu: khoản 2 Điều 3 Nghị định số 73/2024/NĐ-CP
        doi_chieu: thử
    he_so_tien_thuong:
      - hinh_thuc: Giấy khen
        doi_tuong: ca_nhan
        he_so: "0,3"
        tu_ngay: 2024-01-01
        can_cu: Nghị định số 98/2023/NĐ-CP
        doi_chieu: bản trích
        can_xac_minh: điểm, khoản
        ghi_chu: thử
      - hinh_thuc: Cờ thi đua của UBND tỉnh
        doi_tuong: tập thể
        he_so: 8
        tu_ngay: 2024-01-01
        can_cu: Nghị định số 98/2023/NĐ-CP
        doi_chieu: bản trích
    ten_goi_khac:
      Cờ thi đua của Ủy ban nhân dân tỉnh: Cờ thi đua của UBND tỉnh
      Cờ thi đua của Ủy ban nhân dân tỉnh …: Cờ thi đua của UBND tỉnh
    """

    /// Loads `yaml` and returns the table problem it must raise.
    func problem(_ yaml: String, file: String? = "bang.yaml", register: LegalRegister? = nil,
                 sourceLocation: Testing.SourceLocation = #_sourceLocation) -> DataError? {
        do {
            _ = try AwardRulesTable(yaml: yaml, sourceName: file, register: register)
            Issue.record("the table loaded, an error was expected", sourceLocation: sourceLocation)
        } catch let error {
            if case let .invalidTable(problem) = error { return problem }
            Issue.record("wrong error: \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }

    func replacing(_ old: String, with new: String) -> String {
        precondition(Self.valid.contains(old))
        return Self.valid.replacingOccurrences(of: old, with: new)
    }

    @Test func validTableLoads() throws {
        let table = try AwardRulesTable(yaml: Self.valid, sourceName: "bang.yaml")
        #expect(table.baseSalaryRules.map(\.amount) == [1_800_000, 2_340_000])
        #expect(table.baseSalaryRules[0].period.start == (try CalendarDate(year: 2023, month: 7, day: 1)))
        #expect(table.baseSalaryRules[1].period.end == nil)
        #expect(table.baseSalaryRules[1].name == "mức lương cơ sở")
        #expect(table.coefficientRules.map(\.coefficient.thousandths) == [300, 8_000])
        #expect(table.coefficientRules[1].kind == .collective)
        #expect(table.coefficientRules[0].note == "thử")
        #expect(table.coefficientRules[0].provenance.checkedAgainst == "bản trích")
        #expect(table.coefficientRules[0].provenance.unverified == "điểm, khoản")
        #expect(table.coefficientRules[1].provenance.isVerified)
        #expect(table.coefficientRules[0].provenance.location == SourceLocation(file: "bang.yaml", line: 19, column: 5))
        #expect(table.baseSalaryRules[1].provenance.location?.line == 13)
        #expect(table.roundingRules.map(\.step) == [10_000])
        #expect(try table.canonicalForm("Cờ thi đua của Ủy ban nhân dân tỉnh") == "Cờ thi đua của UBND tỉnh")
        #expect(try table.award("Cờ thi đua của UBND tỉnh", for: .collective,
                                decisionDate: CalendarDate(parsing: "2024-07-01")).amount == 18_720_000)
    }

    /// An alias ending in "…" names every form that starts so.
    @Test func patternAliasesMatchByPrefix() throws {
        let table = try AwardRulesTable(yaml: Self.valid)
        #expect(try table.canonicalForm("Cờ thi đua của Ủy ban nhân dân tỉnh Lâm Đồng") == "Cờ thi đua của UBND tỉnh")
        #expect(throws: AwardRulesError.self) { try table.canonicalForm("Cờ thi đua của Ủy ban nhân dân tỉnhLâm Đồng") }
    }

    @Test func anUnknownFormIsAnsweredWithTheNearestNames() throws {
        let table = try AwardRulesTable(yaml: Self.valid)
        do {
            _ = try table.canonicalForm("Giấy khenn")
            Issue.record("expected an error")
        } catch {
            guard case let .unknownAwardForm(name, nearest, _) = error else { Issue.record("\(error)"); return }
            #expect(name == "Giấy khenn")
            #expect(nearest == ["Giấy khen"])
            #expect(error.description.contains("Có phải ý bạn là: “Giấy khen”?"))
        }
    }

    @Test func decomposedInputIsNormalised() throws {
        let table = try AwardRulesTable(yaml: nfd(Self.valid))
        #expect(Array(table.awardForms[0].unicodeScalars) == Array("Giấy khen".unicodeScalars))
        #expect(try table.award("Giấy khen", for: .individual, decisionDate: CalendarDate(parsing: "2024-07-01")).amount == 710_000)
    }

    @Test func roundingIsDated() throws {
        let table = try AwardRulesTable(yaml: replacing("  - buoc: 10000\n    tu_ngay: 2024-01-01\n", with: """
          - buoc: 1000
            tu_ngay: 2024-01-01
            den_ngay: 2024-12-31
            can_cu: Nghị định số 98/2023/NĐ-CP
            doi_chieu: thử
          - buoc: 10000
            tu_ngay: 2025-01-01

        """))
        #expect(try table.award("Giấy khen", for: .individual, decisionDate: CalendarDate(parsing: "2024-07-01")).amount == 702_000)
        #expect(try table.award("Giấy khen", for: .individual, decisionDate: CalendarDate(parsing: "2025-01-01")).amount == 710_000)
        let noRule = try AwardRulesTable(yaml: replacing("buoc: 10000\n    tu_ngay: 2024-01-01", with: "buoc: 10000\n    tu_ngay: 2025-01-01"))
        #expect(throws: AwardRulesError.noRounding(date: try CalendarDate(parsing: "2024-07-01"), table: nil)) {
            try noRule.award("Giấy khen", for: .individual, decisionDate: CalendarDate(parsing: "2024-07-01"))
        }
    }

    @Test func unverifiedRowsAreNamedByTheAmount() throws {
        let table = try AwardRulesTable(yaml: Self.valid)
        let day = try CalendarDate(parsing: "2024-07-01")
        let marked = try table.award("Giấy khen", for: .individual, decisionDate: day)
        #expect(marked.unverifiedRows.map(\.label) == ["hệ số «Giấy khen» (cá nhân) từ 1/1/2024"])
        #expect(marked.unverifiedRows.first?.provenance.location?.line == 19)
        #expect(try table.award("Cờ thi đua của UBND tỉnh", for: .collective, decisionDate: day).unverifiedRows.isEmpty)
    }

    @Test func unknownKeyIsNamedWithItsLine() {
        let p = problem(replacing("he_so: \"0,3\"", with: "heso: \"0,3\""))
        #expect(p?.location?.line == 21)
        #expect(p?.location?.file == "bang.yaml")
        #expect(p?.description.hasPrefix("bang.yaml, dòng 21, cột 5, trường «he_so_tien_thuong[1].heso»: trường «heso» không có trong mẫu") == true)
    }

    @Test func missingFieldIsNamed() {
        let p = problem(replacing("    can_cu: khoản 2 Điều 3 Nghị định số 73/2024/NĐ-CP\n", with: ""))
        #expect(p?.location?.line == 13)
        #expect(p?.message.contains("thiếu trường bắt buộc «can_cu»") == true)
        let unchecked = problem(replacing("    doi_chieu: bản trích\n    can_xac_minh", with: "    can_xac_minh"))
        #expect(unchecked?.message.contains("thiếu trường bắt buộc «doi_chieu»") == true)
    }

    @Test func badCoefficient() {
        let p = problem(replacing("\"0,3\"", with: "\"0,3x\""))
        #expect(p?.field == "he_so_tien_thuong[1].he_so")
        #expect(p?.location?.line == 21)
        #expect(p?.message.contains("0,3x") == true)
        let negative = problem(replacing("he_so: 8", with: "he_so: 0"))
        #expect(negative?.field == "he_so_tien_thuong[2].he_so" && negative?.location?.line == 29)
        let ambiguous = problem(replacing("\"0,3\"", with: "\"1.5,3\""))
        #expect(ambiguous?.field == "he_so_tien_thuong[1].he_so")
    }

    @Test func badDates() {
        let invalid = problem(replacing("tu_ngay: 01/7/2023", with: "tu_ngay: 31/02/2023"))
        #expect(invalid?.field == "muc_luong_co_so[1].tu_ngay")
        #expect(invalid?.location?.line == 9)
        #expect(invalid?.message == "Ngày 31 không có trong tháng 2 năm 2023 (tháng này có 28 ngày).")
        let reversed = problem(replacing("den_ngay: 2024-06-30", with: "den_ngay: 2023-06-30"))
        #expect(reversed?.field == "muc_luong_co_so[1].den_ngay")
        #expect(reversed?.location?.line == 10)
        let unreadable = problem(replacing("tu_ngay: 2024-07-01", with: "tu_ngay: mùng 1 tháng 7"))
        #expect(unreadable?.message.contains("mùng 1 tháng 7") == true)
    }

    @Test func badKind() {
        let p = problem(replacing("doi_tuong: ca_nhan", with: "doi_tuong: nguoi"))
        #expect(p?.field == "he_so_tien_thuong[1].doi_tuong" && p?.location?.line == 20)
        #expect(p?.message.contains("ca_nhan, tap_the hoặc ho_gia_dinh") == true)
    }

    @Test func badAmount() {
        let p = problem(replacing("so_tien: 2340000", with: "so_tien: 2,34"))
        #expect(p?.field == "muc_luong_co_so[2].so_tien" && p?.location?.line == 13)
        let zero = problem(replacing("so_tien: 2340000", with: "so_tien: 0"))
        #expect(zero?.message.contains("ngoài khoảng") == true)
    }

    @Test func overlappingPeriodsNameBothLines() {
        let p = problem(replacing("den_ngay: 2024-06-30", with: "den_ngay: 2024-07-01"))
        #expect(p?.location?.line == 13)
        #expect(p?.message.contains("dòng 8") == true)
        #expect(p?.message.contains("dòng 13") == true)
        #expect(p?.message.contains("trùng thời gian") == true)
        let coefficients = replacing("ten_goi_khac:", with: """
          - hinh_thuc: giấy  KHEN
            doi_tuong: ca_nhan
            he_so: 0.5
            tu_ngay: 2025-07-01
            can_cu: Nghị định số 152/2025/NĐ-CP
            doi_chieu: thử
        ten_goi_khac:
        """)
        let q = problem(coefficients)
        #expect(q?.message.contains("hệ số «Giấy khen» (cá nhân)") == true)
        #expect(q?.location?.line == 33)
    }

    @Test func aliasesMustPointToAForm() {
        let p = problem(replacing("Cờ thi đua của Ủy ban nhân dân tỉnh: Cờ thi đua của UBND tỉnh",
                                  with: "Cờ thi đua của Ủy ban nhân dân tỉnh: Cờ thi đua của tỉnh"))
        #expect(p?.field == "ten_goi_khac" && p?.location?.line == 34)
        let shadow = problem(replacing("Cờ thi đua của Ủy ban nhân dân tỉnh: Cờ thi đua của UBND tỉnh",
                                       with: "Giấy khen: Cờ thi đua của UBND tỉnh"))
        #expect(shadow?.message.contains("đã là tên một hình thức") == true)
    }

    @Test func yamlSyntaxErrorsGiveTheLine() {
        let p = problem(replacing("doi_tuong: ca_nhan", with: "doi_tuong: [ca_nhan"))
        #expect(p?.location?.file == "bang.yaml")
        #expect((p?.location?.line ?? 0) >= 20)
        #expect(p?.message.hasPrefix("lỗi cú pháp YAML") == true)
    }

    @Test func duplicatedKeysAreRejected() {
        let p = problem(replacing("he_so: 8\n", with: "he_so: 8\n    he_so: 9\n"))
        #expect(p?.message.contains("được khai báo hai lần") == true)
        #expect(p?.message.contains("he_so") == true)
    }

    @Test func structuralProblems() {
        #expect(problem("")?.message.contains("tệp trống") == true)
        #expect(problem("- a\n- b\n")?.message.contains("cần một nhóm trường") == true)
        let missing = problem(replacing("he_so_tien_thuong:", with: "khong_phai:"))
        #expect(missing?.message.contains("khong_phai") == true)
        let notList = problem("lam_tron: 5\nmuc_luong_co_so: 5\nhe_so_tien_thuong: 5\n")
        #expect(notList?.field == "lam_tron" && notList?.location?.line == 1)
        #expect(notList?.message.contains("cần một danh sách") == true)
        let scalarRow = problem(replacing("can_cu: khoản 2 Điều 3 Nghị định số 24/2023/NĐ-CP", with: "can_cu: [a, b]"))
        #expect(scalarRow?.field == "muc_luong_co_so[1].can_cu" && scalarRow?.message.contains("cần một chuỗi") == true)
    }

    // MARK: the register

    static let register = """
    van_ban:
      - so_ky_hieu: 24/2023/NĐ-CP
        loai: Nghị định
        ngay_ban_hanh: 2023-05-14
        hieu_luc_tu: 2023-07-01
        het_hieu_luc: 2024-06-30
        thay_the_boi: 73/2024/NĐ-CP
        doi_chieu: thử
      - so_ky_hieu: 73/2024/NĐ-CP
        loai: Nghị định
        ngay_ban_hanh: 2024-06-30
        hieu_luc_tu: 2024-07-01
        het_hieu_luc: 2026-06-30
        thay_the_boi: 161/2026/NĐ-CP
        doi_chieu: thử
      - so_ky_hieu: 161/2026/NĐ-CP
        loai: Nghị định
        ngay_ban_hanh: 2026-06-01
        hieu_luc_tu: 2026-07-01
        doi_chieu: thử
      - so_ky_hieu: 98/2023/NĐ-CP
        loai: Nghị định
        ngay_ban_hanh: 2023-12-31
        hieu_luc_tu: 2024-01-01
        doi_chieu: thử
      - so_ky_hieu: 152/2025/NĐ-CP
        loai: Nghị định
        ngay_ban_hanh: 2025-06-14
        hieu_luc_tu: 2025-07-01
        doi_chieu: thử
    """

    /// A decree that was replaced closes its rows: an open row resting on it is refused, naming
    /// the day and the replacement.
    @Test func anOpenRowOnAReplacedDecreeIsRefused() throws {
        let register = try LegalRegister(yaml: Self.register)
        let p = problem(Self.valid, register: register)
        #expect(p?.location?.line == 13)
        #expect(p?.field == "can_cu")
        #expect(p?.message == "dòng mức lương cơ sở 2.340.000 đồng từ 1/7/2024: còn để trống «den_ngay» nhưng Nghị định số 73/2024/NĐ-CP hết hiệu lực sau ngày 30/6/2026 (thay bằng Nghị định số 161/2026/NĐ-CP); hãy ghi den_ngay: 2026-06-30 và thêm dòng theo văn bản mới")
        let closed = replacing("    den_ngay:\n    can_cu: khoản 2 Điều 3 Nghị định số 73/2024", with: "    den_ngay: 2026-06-30\n    can_cu: khoản 2 Điều 3 Nghị định số 73/2024")
        #expect(throws: Never.self) { try AwardRulesTable(yaml: closed, register: register) }
    }

    @Test func aRowMustRestOnARegisteredDocumentInForce() throws {
        let register = try LegalRegister(yaml: Self.register)
        let closed = replacing("    den_ngay:\n    can_cu: khoản 2 Điều 3 Nghị định số 73/2024", with: "    den_ngay: 2026-06-30\n    can_cu: khoản 2 Điều 3 Nghị định số 73/2024")
        let unknown = problem(closed.replacingOccurrences(of: "Nghị định số 98/2023/NĐ-CP", with: "Nghị định số 99/2023/NĐ-CP"), register: register)
        #expect(unknown?.message.contains("căn cứ «Nghị định số 99/2023/NĐ-CP» không có trong danh mục văn bản") == true)
        let early = problem(closed.replacingOccurrences(of: "tu_ngay: 2024-01-01", with: "tu_ngay: 2023-12-01"), register: register)
        #expect(early?.message.contains("nằm ngoài thời gian có hiệu lực của Nghị định số 98/2023/NĐ-CP (từ 1/1/2024)") == true)
    }

    @Test func fileErrorsNameThePath() throws {
        let missing = "/nonexistent/bang-he-so.yaml"
        do {
            _ = try AwardRulesTable(contentsOfFile: missing)
            Issue.record("expected an error")
        } catch let error {
            #expect(error.description.contains("không tìm thấy tệp «/nonexistent/bang-he-so.yaml»"))
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vntext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let latin1 = directory.appendingPathComponent("latin1.yaml")
        try Data([0x68, 0x65, 0xE9, 0xFF, 0x0A]).write(to: latin1)
        do {
            _ = try AwardRulesTable(contentsOfFile: latin1.path, displayPath: "latin1.yaml")
            Issue.record("expected an error")
        } catch let error {
            #expect(error.description.contains("UTF-8"))
            #expect(error.description.contains("latin1.yaml"))
        }
        let broken = directory.appendingPathComponent("broken.yaml")
        try replacing("he_so: 8", with: "he_so: tám").write(to: broken, atomically: true, encoding: .utf8)
        do {
            _ = try AwardRulesTable(contentsOfFile: broken.path, displayPath: "broken.yaml")
            Issue.record("expected an error")
        } catch let error {
            #expect(error.description.hasPrefix("Bảng hệ số khen thưởng không hợp lệ: broken.yaml, dòng 29, cột 12, trường «he_so_tien_thuong[2].he_so»"))
        }
    }
}
