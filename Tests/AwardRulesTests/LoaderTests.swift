import Foundation
import Testing
@testable import AwardRules
@testable import VietnameseText

@Suite("Loading the rules table from YAML")
struct LoaderTests {
    /// A small valid table; tests below break one thing at a time.
    static let valid = """
    # thử nghiệm
    muc_luong_co_so:
      - so_tien: 1.800.000
        tu_ngay: 01/7/2023
        den_ngay: 2024-06-30
        can_cu: Nghị định 24/2023/NĐ-CP
      - so_tien: 2340000
        tu_ngay: 2024-07-01
        den_ngay:
        can_cu: Nghị định 73/2024/NĐ-CP
    he_so_tien_thuong:
      - hinh_thuc: Giấy khen
        doi_tuong: ca_nhan
        he_so: "0,3"
        tu_ngay: 2024-01-01
        can_cu: Nghị định 98/2023/NĐ-CP
        ghi_chu: thử
      - hinh_thuc: Cờ thi đua của UBND tỉnh
        doi_tuong: tập thể
        he_so: 8
        tu_ngay: 2024-01-01
        can_cu: Nghị định 98/2023/NĐ-CP
    ten_goi_khac:
      Cờ thi đua của Ủy ban nhân dân tỉnh: Cờ thi đua của UBND tỉnh
    """

    /// Loads `yaml` and returns the table problem it must raise.
    func problem(_ yaml: String, file: String? = "bang.yaml", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> TableProblem? {
        do {
            _ = try AwardRulesTable(yaml: yaml, sourceName: file)
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
        #expect(table.coefficientRules.map(\.coefficient.thousandths) == [300, 8_000])
        #expect(table.coefficientRules[1].kind == .collective)
        #expect(table.coefficientRules[0].note == "thử")
        #expect(table.coefficientRules[0].location == TableLocation(file: "bang.yaml", line: 12, column: 5))
        #expect(table.baseSalaryRules[1].location?.line == 7)
        #expect(try table.canonicalForm("Cờ thi đua của Ủy ban nhân dân tỉnh") == "Cờ thi đua của UBND tỉnh")
        #expect(try table.award("Cờ thi đua của UBND tỉnh", for: .collective,
                                decisionDate: CalendarDate(parsing: "2024-07-01")).amount == 18_720_000)
    }

    @Test func decomposedInputIsNormalised() throws {
        let table = try AwardRulesTable(yaml: nfd(Self.valid))
        #expect(Array(table.awardForms[0].unicodeScalars) == Array("Giấy khen".unicodeScalars))
        #expect(try table.award("Giấy khen", for: .individual, decisionDate: CalendarDate(parsing: "2024-07-01")).amount == 710_000)
    }

    @Test func defaultRoundingCanBeChanged() throws {
        let table = try AwardRulesTable(yaml: "lam_tron_len: 1.000\n" + Self.valid)
        #expect(table.roundingStep == 1_000)
        #expect(try table.award("Giấy khen", for: .individual, decisionDate: CalendarDate(parsing: "2024-07-01")).amount == 702_000)
    }

    @Test func unknownKeyIsNamedWithItsLine() {
        let p = problem(replacing("he_so: \"0,3\"", with: "heso: \"0,3\""))
        #expect(p?.location?.line == 14)
        #expect(p?.location?.file == "bang.yaml")
        #expect(p?.field == "heso")
        #expect(p?.description.hasPrefix("bang.yaml, dòng 14, cột 5, trường “heso”: khóa “heso” không dùng được") == true)
    }

    @Test func missingFieldIsNamed() {
        let p = problem(replacing("    can_cu: Nghị định 73/2024/NĐ-CP\n", with: ""))
        #expect(p?.field == "can_cu")
        #expect(p?.location?.line == 7)
        #expect(p?.message.contains("thiếu trường bắt buộc") == true)
    }

    @Test func badCoefficient() {
        let p = problem(replacing("\"0,3\"", with: "\"0,3x\""))
        #expect(p?.field == "he_so")
        #expect(p?.location?.line == 14)
        #expect(p?.message.contains("0,3x") == true)
        let negative = problem(replacing("he_so: 8", with: "he_so: 0"))
        #expect(negative?.field == "he_so" && negative?.location?.line == 20)
        let ambiguous = problem(replacing("\"0,3\"", with: "\"1.5,3\""))
        #expect(ambiguous?.field == "he_so")
    }

    @Test func badDates() {
        let invalid = problem(replacing("tu_ngay: 01/7/2023", with: "tu_ngay: 31/02/2023"))
        #expect(invalid?.field == "tu_ngay")
        #expect(invalid?.location?.line == 4)
        #expect(invalid?.message == "Ngày 31 không có trong tháng 2 năm 2023 (tháng này có 28 ngày).")
        let reversed = problem(replacing("den_ngay: 2024-06-30", with: "den_ngay: 2023-06-30"))
        #expect(reversed?.field == "den_ngay")
        #expect(reversed?.location?.line == 5)
        let unreadable = problem(replacing("tu_ngay: 2024-07-01", with: "tu_ngay: mùng 1 tháng 7"))
        #expect(unreadable?.message.contains("mùng 1 tháng 7") == true)
    }

    @Test func badKind() {
        let p = problem(replacing("doi_tuong: ca_nhan", with: "doi_tuong: nguoi"))
        #expect(p?.field == "doi_tuong" && p?.location?.line == 13)
        #expect(p?.message.contains("ca_nhan hoặc tap_the") == true)
    }

    @Test func badAmount() {
        let p = problem(replacing("so_tien: 2340000", with: "so_tien: 2,34"))
        #expect(p?.field == "so_tien" && p?.location?.line == 7)
        let zero = problem(replacing("so_tien: 2340000", with: "so_tien: 0"))
        #expect(zero?.message.contains("ngoài khoảng") == true)
    }

    @Test func overlappingPeriodsNameBothLines() {
        let p = problem(replacing("den_ngay: 2024-06-30", with: "den_ngay: 2024-07-01"))
        #expect(p?.location?.line == 7)
        #expect(p?.message.contains("dòng 3") == true)
        #expect(p?.message.contains("dòng 7") == true)
        #expect(p?.message.contains("trùng thời gian") == true)
        let coefficients = Self.valid + """

          - hinh_thuc: giấy  KHEN
            doi_tuong: ca_nhan
            he_so: 0.5
            tu_ngay: 2025-07-01
            can_cu: Nghị định 152/2025/NĐ-CP
        """
        let q = problem(coefficients.replacingOccurrences(of: "ten_goi_khac:\n  Cờ thi đua của Ủy ban nhân dân tỉnh: Cờ thi đua của UBND tỉnh\n", with: ""))
        #expect(q?.message.contains("hệ số của “Giấy khen” (cá nhân)") == true)
        #expect(q?.location?.line == 23)
    }

    @Test func aliasesMustPointToAForm() {
        let p = problem(replacing("Cờ thi đua của Ủy ban nhân dân tỉnh: Cờ thi đua của UBND tỉnh",
                                  with: "Cờ thi đua của Ủy ban nhân dân tỉnh: Cờ thi đua của tỉnh"))
        #expect(p?.field == "ten_goi_khac" && p?.location?.line == 24)
        let shadow = problem(replacing("Cờ thi đua của Ủy ban nhân dân tỉnh: Cờ thi đua của UBND tỉnh",
                                       with: "Giấy khen: Cờ thi đua của UBND tỉnh"))
        #expect(shadow?.message.contains("đã là tên một hình thức") == true)
    }

    @Test func yamlSyntaxErrorsGiveTheLine() {
        let p = problem(replacing("doi_tuong: ca_nhan", with: "doi_tuong: [ca_nhan"))
        #expect(p?.location?.file == "bang.yaml")
        #expect((p?.location?.line ?? 0) >= 13)
        #expect(p?.message.hasPrefix("lỗi cú pháp YAML") == true)
    }

    @Test func duplicatedKeysAreRejected() {
        let p = problem(replacing("he_so: 8\n", with: "he_so: 8\n    he_so: 9\n"))
        #expect(p?.message.contains("khóa bị lặp") == true)
        #expect(p?.message.contains("he_so") == true)
    }

    @Test func structuralProblems() {
        #expect(problem("")?.message.contains("tệp trống") == true)
        #expect(problem("- a\n- b\n")?.message.contains("bảng “khóa: giá trị”") == true)
        let missing = problem("muc_luong_co_so:\n  - so_tien: 1\n    tu_ngay: 2024-01-01\n    can_cu: x\n")
        #expect(missing?.field == "he_so_tien_thuong")
        let notList = problem("muc_luong_co_so: 5\nhe_so_tien_thuong: 5\n")
        #expect(notList?.field == "muc_luong_co_so" && notList?.location?.line == 1)
        #expect(notList?.message.contains("cần một danh sách") == true)
        let unknownTop = problem(replacing("he_so_tien_thuong:", with: "khac: 1\nhe_so_tien_thuong:"))
        #expect(unknownTop?.field == "khac" && unknownTop?.location?.line == 11)
        let scalarRow = problem(replacing("can_cu: Nghị định 24/2023/NĐ-CP", with: "can_cu: [a, b]"))
        #expect(scalarRow?.field == "can_cu" && scalarRow?.message.contains("giá trị đơn") == true)
    }

    @Test func fileErrorsNameThePath() throws {
        let missing = "/nonexistent/bang-he-so.yaml"
        #expect(throws: AwardRulesError.cannotReadFile(path: missing, reason: "tệp không tồn tại hoặc không mở được")) {
            try AwardRulesTable(contentsOfFile: missing)
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vntext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let latin1 = directory.appendingPathComponent("latin1.yaml")
        try Data([0x68, 0x65, 0xE9, 0xFF, 0x0A]).write(to: latin1)
        do {
            _ = try AwardRulesTable(contentsOfFile: latin1.path)
            Issue.record("expected an error")
        } catch let error {
            #expect(error.description.contains("UTF-8"))
            #expect(error.description.contains(latin1.path))
        }
        let broken = directory.appendingPathComponent("broken.yaml")
        try replacing("he_so: 8", with: "he_so: tám").write(to: broken, atomically: true, encoding: .utf8)
        do {
            _ = try AwardRulesTable(contentsOfFile: broken.path)
            Issue.record("expected an error")
        } catch let error {
            #expect(error.description.hasPrefix("Bảng hệ số khen thưởng không hợp lệ: \(broken.path), dòng 20, cột 12, trường “he_so”"))
        }
    }
}
