import DataInput
import Foundation
import LegalRegister
import Testing
@testable import AwardRules
@testable import VietnameseText

/// The tables shipped in Data/: they load together (every row resting on a registered document
/// in force), they leave no day uncovered where they claim to, and their money is that of the
/// hand-computed vectors in Fixtures/expected-awards.yaml (written from the decrees' texts, not
/// from the code).
@Suite("Default rules table")
struct DefaultTableTests {
    static let data = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data")
    static let register: LegalRegister = {
        do { return try LegalRegister(contentsOfFile: data.appendingPathComponent("van-ban-phap-luat.yaml").path, displayPath: "Data/van-ban-phap-luat.yaml") }
        catch { fatalError("\(error)") }
    }()
    static let table: AwardRulesTable = {
        do {
            return try AwardRulesTable(contentsOfFile: data.appendingPathComponent("award-rules.yaml").path,
                                       displayPath: "Data/award-rules.yaml", register: register)
        } catch { fatalError("\(error)") }
    }()

    func date(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }

    /// One hand-computed vector.
    struct Vector: CustomTestStringConvertible, Sendable {
        let day: String, form: String, kind: RecipientKind, coefficient: String?, salary: Int, amount: Int?
        let refused: Bool, unverified: Bool, line: Int
        var testDescription: String { "\(day) \(form) (\(kind.rawValue)), dòng \(line)" }
    }

    static let vectors: [Vector] = {
        do {
            let root = try DataLoader.load(data.deletingLastPathComponent().appendingPathComponent("Tests/AwardRulesTests/Fixtures/expected-awards.yaml"))
            return try root.required("vecto").list().map { row in
                Vector(day: try row.required("ngay").string(), form: try row.required("hinh_thuc").string(),
                       kind: RecipientKind(rawValue: try row.required("doi_tuong").string())!,
                       coefficient: try row["he_so"]?.string(), salary: try row.required("luong").int(),
                       amount: try row["so_tien"]?.int(), refused: try row["loi"]?.bool() ?? false,
                       unverified: try row["can_xac_minh"]?.bool() ?? false, line: row.location.line)
            }
        } catch { fatalError("\(error)") }
    }()

    @Test(arguments: vectors)
    func moneyOfEachPeriodIsTheHandComputedOne(vector: Vector) throws {
        let day = try date(vector.day)
        #expect(try Self.table.baseSalary(on: day).amount == vector.salary)
        if vector.refused {
            #expect(throws: AwardRulesError.self) { try Self.table.award(vector.form, for: vector.kind, decisionDate: day) }
            return
        }
        let award = try Self.table.award(vector.form, for: vector.kind, decisionDate: day)
        #expect(award.amount == vector.amount)
        let coefficient = try #require(vector.coefficient.map { try Coefficient(parsing: $0) })
        #expect(award.coefficient == coefficient)
        #expect(award.unverifiedRows.isEmpty == !vector.unverified, "\(award.unverifiedRows.map(\.label))")
    }

    @Test func theVectorsCoverEveryChangeAndTheIssuesDays() {
        let days = Set(Self.vectors.map(\.day))
        for day in ["2011-02-22", "2026-06-30", "2026-07-01", "2025-06-30", "2025-07-01", "2023-12-31", "2024-01-01", "2017-09-30", "2017-10-01"] {
            #expect(days.contains(day), "\(day)")
        }
        #expect(Self.vectors.count >= 60)
    }

    /// The base salary: every day from 01/01/2005 to today has exactly one level.
    @Test func baseSalaryLeavesNoDayUncoveredSince2005() throws {
        let rows = Self.table.baseSalaryRules.sorted { $0.period.start < $1.period.start }
        #expect(rows.first?.period.start == (try date("2005-01-01")))
        for (a, b) in zip(rows, rows.dropFirst()) {
            #expect(a.period.end?.nextDay == b.period.start, "gap or overlap between \(a.label) and \(b.label)")
        }
        #expect(rows.last?.period.end == nil)
        #expect(rows.prefix { $0.period.start < (try! date("2013-07-01")) }.allSatisfy { $0.name == "mức lương tối thiểu chung" })
    }

    /// 2.530.000 đồng from 01/7/2026 (khoản 2 Điều 3 Nghị định 161/2026/NĐ-CP, which ends
    /// Nghị định 73/2024 that day); ND30.md's example: Giấy khen 0,3 × 2.530.000 = 759.000 → 760.000.
    @Test func theBaseSalaryOfJuly2026() throws {
        let before = try Self.table.baseSalary(on: date("2026-06-30"))
        let after = try Self.table.baseSalary(on: date("2026-07-01"))
        #expect(before.amount == 2_340_000 && before.legalSource == "khoản 2 Điều 3 Nghị định số 73/2024/NĐ-CP")
        #expect(after.amount == 2_530_000 && after.legalSource == "khoản 2 Điều 3 Nghị định số 161/2026/NĐ-CP")
        #expect(after.provenance.isVerified)
        let giayKhen = try Self.table.award("Giấy khen", for: .individual, decisionDate: date("2026-07-01"))
        #expect(giayKhen.amount == 760_000)
        #expect(Self.register.document(number: "73/2024/NĐ-CP")?.inForce.end == (try date("2026-06-30")))
        #expect(Self.register.document(number: "73/2024/NĐ-CP")?.replacedBy == "161/2026/NĐ-CP")
    }

    /// Every row rests on a registered document and ends when it does (checked as the table
    /// loads against the register); every row says what it was checked against.
    @Test func everyRowIsSourcedAndWithinItsDecree() throws {
        let rows = Self.table.coefficientRules.map(\.provenance) + Self.table.baseSalaryRules.map(\.provenance)
            + Self.table.roundingRules.map(\.provenance)
        for provenance in rows {
            #expect(!provenance.checkedAgainst.isEmpty)
            #expect(!Self.register.cited(in: provenance.legalSource).isEmpty, "\(provenance.legalSource)")
            #expect(provenance.location?.file == "Data/award-rules.yaml")
        }
        // The register's own links: every replaced document closed, the replacement in it.
        for document in Self.register.documents where document.replacedBy != nil {
            #expect(document.inForce.end != nil, "\(document.number)")
        }
    }

    @Test func namesAreFoundByAliasPatternCaseAndSpelling() throws {
        let day = try date("2026-08-01")
        for name in ["Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH", nfd("Bằng khen của Chủ tịch UBND tỉnh"),
                     "Bằng khen của Bộ trưởng Bộ Nội vụ", "Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"] {
            #expect(try Self.table.award(name, for: .individual, decisionDate: day).coefficient.description == "1,5", "\(name)")
        }
        #expect(try Self.table.award("Giấy khen của Chủ tịch UBND xã Tân Thành", for: .individual, decisionDate: day).amount == 760_000)
        #expect(try Self.table.award("Cờ thi đua của Bộ Giáo dục và Đào tạo", for: .collective, decisionDate: day).coefficient.description == "8")
    }

    @Test func aDateNoRowCoversIsAnErrorNamingTheRows() throws {
        let day = try date("2009-05-01")
        do {
            _ = try Self.table.award("Giấy khen", for: .individual, decisionDate: day)
            Issue.record("expected an error")
        } catch let error {
            guard case let .noCoefficient(form, kind, errorDate, rows, file) = error else { Issue.record("wrong error \(error)"); return }
            #expect(kind == .individual && errorDate == day && !rows.isEmpty)
            #expect(file == "Data/award-rules.yaml")
            #expect(error.description.contains("“\(form)” (cá nhân)") && error.description.contains("1/5/2009"))
        }
    }

    @Test func unknownFormAndWrongKindAreErrors() throws {
        let day = try date("2025-08-01")
        #expect(throws: AwardRulesError.self) { try Self.table.award("Huân chương Lao động hạng Ba", for: .individual, decisionDate: day) }
        do {
            _ = try Self.table.award("Giấy khenn", for: .individual, decisionDate: day)
        } catch {
            #expect(error.description.contains("Có phải ý bạn là: “Giấy khen”"))
        }
        #expect(throws: AwardRulesError.awardFormNotForKind("Cờ thi đua của Chính phủ", kind: .individual, table: "Data/award-rules.yaml")) {
            try Self.table.award("Cờ thi đua của Chính phủ", for: .individual, decisionDate: day)
        }
    }
}
