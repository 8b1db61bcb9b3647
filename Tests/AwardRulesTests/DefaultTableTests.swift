import Foundation
import Testing
@testable import AwardRules
@testable import VietnameseText

/// The table shipped in Data/award-rules.yaml: it must load, and its figures must be those of ND30.md.
@Suite("Default rules table")
struct DefaultTableTests {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data/award-rules.yaml").path

    func table() throws -> AwardRulesTable { try AwardRulesTable(contentsOfFile: Self.path) }
    func date(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }

    @Test func loads() throws {
        let table = try table()
        #expect(table.roundingStep == 10_000)
        #expect(table.sourceName == Self.path)
        #expect(table.baseSalaryRules.map(\.amount) == [1_300_000, 1_390_000, 1_490_000, 1_800_000, 2_340_000])
        #expect(table.awardForms.contains("Giấy khen"))
    }

    @Test(arguments: [
        ("2019-07-01", 1_490_000), ("2023-06-30", 1_490_000), ("2023-07-01", 1_800_000),
        ("2024-06-30", 1_800_000), ("2024-07-01", 2_340_000), ("2026-11-20", 2_340_000),
    ])
    func baseSalaryInForceOnTheDecisionDate(day: String, amount: Int) throws {
        #expect(try table().baseSalary(on: date(day)).amount == amount)
    }

    @Test func baseSalaryRowsCiteTheirDecrees() throws {
        let sources = try table().baseSalaryRules.map(\.legalSource)
        #expect(sources[0] == "Nghị định số 47/2017/NĐ-CP")
        #expect(sources[1] == "Nghị định số 72/2018/NĐ-CP")
        #expect(sources[2] == "Nghị định số 38/2019/NĐ-CP")
        #expect(sources[3] == "khoản 2 Điều 3 Nghị định số 24/2023/NĐ-CP")
        #expect(sources[4] == "khoản 2 Điều 3 Nghị định số 73/2024/NĐ-CP")
    }

    /// Decisions of 2023 fall under Nghị định 91/2017 and the 1.490.000 đồng base salary.
    @Test func decisionsOf2023UseTheEarlierDecree() throws {
        let table = try table()
        let day = try date("2023-03-06")
        let individual = try table.award("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", for: .individual, decisionDate: day)
        #expect(individual.amount == 1_490_000)
        #expect(individual.coefficientRule.legalSource == "khoản 1 Điều 73 Nghị định số 91/2017/NĐ-CP")
        #expect(try table.award("Bằng khen của Bộ trưởng Bộ Nội vụ", for: .collective, decisionDate: day).amount == 2_980_000)
        #expect(try table.award("Cờ thi đua của Bộ Nội vụ", for: .collective, decisionDate: day).amount == 11_920_000)
    }

    @Test func giayKhenExampleOfND30() throws {
        let award = try table().award("Giấy khen", for: .individual, decisionDate: date("2024-12-20"))
        #expect(award.coefficient.description == "0,3")
        #expect(award.baseSalary == 2_340_000)
        #expect(award.amount == 710_000)
        #expect(award.amountText == "710.000")
        #expect(award.amountInWords() == "Bảy trăm mười nghìn đồng")
        #expect(award.legalSources.count == 2)
    }

    /// Individual coefficients as ND30.md lists them (in force from 01/7/2025).
    @Test(arguments: [
        ("Chiến sĩ thi đua toàn quốc", RecipientKind.individual, "4,5"),
        ("Chiến sĩ thi đua cấp tỉnh", .individual, "3"),
        ("Chiến sĩ thi đua cơ sở", .individual, "1"),
        ("Lao động tiên tiến", .individual, "0,3"),
        ("Tập thể lao động xuất sắc", .collective, "1,5"),
        ("Tập thể lao động tiên tiến", .collective, "0,8"),
        ("Cờ thi đua của Chính phủ", .collective, "12"),
        ("Cờ thi đua của UBND tỉnh", .collective, "8"),
        ("Bằng khen của Thủ tướng Chính phủ", .individual, "3,5"),
        ("Bằng khen của Chủ tịch UBND tỉnh", .individual, "1,5"),
        ("Giấy khen", .individual, "0,3"),
    ])
    func coefficientsOfND30(form: String, kind: RecipientKind, coefficient: String) throws {
        let rule = try table().coefficient(for: form, kind: kind, on: date("2025-07-01"))
        #expect(rule.coefficient.description == coefficient)
        #expect(rule.legalSource.contains("152/2025/NĐ-CP"))
    }

    @Test func bangKhenChangesWithDecree152() throws {
        let table = try table()
        let before = try table.award("Bằng khen của Chủ tịch UBND tỉnh", for: .individual, decisionDate: date("2025-06-30"))
        let after = try table.award("Bằng khen của Chủ tịch UBND tỉnh", for: .individual, decisionDate: date("2025-07-01"))
        #expect(before.amount == 2_340_000)
        #expect(after.amount == 3_510_000)
        #expect(after.coefficientRule.legalSource == "khoản 1 Điều 54 Nghị định số 152/2025/NĐ-CP")
    }

    /// Collectives are paid twice an individual; where no text confirming it was found, the row
    /// says so.
    @Test func collectiveRowsAreTwiceTheIndividualAndFlaggedUnlessConfirmed() throws {
        let table = try table()
        for rule in table.coefficientRules where rule.kind == .collective {
            let individual = table.coefficientRules.first {
                $0.awardForm == rule.awardForm && $0.kind == .individual && $0.period == rule.period
            }
            guard let individual else { continue } // a collective-only title (Cờ thi đua, Tập thể …)
            #expect(rule.coefficient == individual.coefficient.times(2), "\(rule.awardForm)")
            let confirmed = rule.legalSource.hasPrefix("khoản 2 Điều 73 Nghị định số 91/2017")
                || rule.legalSource.hasPrefix("điểm b khoản 2 Điều 73 Nghị định số 91/2017")
            #expect(confirmed || rule.note?.hasPrefix("CẦN XÁC MINH") == true, "\(rule.awardForm) \(rule.period)")
        }
    }

    @Test func everyRowCitesASourceAndPeriodsLeaveNoGapFromTheirFirstDay() throws {
        let table = try table()
        var groups: [String: [CoefficientRule]] = [:]
        for rule in table.coefficientRules {
            #expect(!rule.legalSource.isEmpty)
            #expect(rule.location?.line ?? 0 > 0)
            groups[rule.awardForm + "|" + rule.kind.rawValue, default: []].append(rule)
        }
        let periods = groups.values.map { $0.map(\.period) } + [table.baseSalaryRules.map(\.period)]
        for list in periods {
            let sorted = list.sorted { $0.start < $1.start }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                #expect(a.end?.nextDay == b.start, "gap or overlap between \(a) and \(b)")
            }
            #expect(sorted.last?.end == nil, "the last row of each form stays in force")
        }
    }

    @Test func namesAreFoundByAliasCaseAndSpelling() throws {
        let table = try table()
        let canonical = "Bằng khen của Chủ tịch UBND tỉnh"
        for name in [
            "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Bằng khen của Chủ tịch Uỷ ban nhân dân tỉnh",
            "BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH", nfd("Bằng khen của Chủ tịch UBND tỉnh"), "bằng  khen của UBND tỉnh",
        ] {
            #expect(try table.canonicalForm(name) == canonical, "\(name)")
        }
    }

    @Test func dateNoRowCoversIsAnError() throws {
        let table = try table()
        let day = try date("2017-09-30")
        do {
            _ = try table.award("Giấy khen", for: .individual, decisionDate: day)
            Issue.record("expected an error")
        } catch let error {
            guard case let .noCoefficient(form, kind, errorDate, rows, file) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(form == "Giấy khen" && kind == .individual && errorDate == day)
            #expect(rows.count == 3)
            #expect(file == Self.path)
            #expect(error.description.contains("“Giấy khen” (cá nhân)"))
            #expect(error.description.contains("30/9/2017"))
            #expect(error.description.contains("award-rules.yaml"))
            #expect(error.description.contains("dòng \(rows[0].location!.line)"))
        }
        #expect(throws: AwardRulesError.self) { try table.baseSalary(on: date("2017-06-30")) }
    }

    /// Nghị định 91/2017 took effect on 01/10/2017; its money articles apply from that day.
    @Test func decree91AppliesFromItsEffectiveDate() throws {
        let table = try table()
        let first = try table.award("Chiến sĩ thi đua cơ sở", for: .individual, decisionDate: date("2017-10-01"))
        #expect(first.amount == 1_300_000)
        #expect(first.coefficientRule.legalSource == "khoản 1 Điều 69 Nghị định số 91/2017/NĐ-CP")
        #expect(throws: AwardRulesError.self) { try table.award("Chiến sĩ thi đua cơ sở", for: .individual, decisionDate: date("2017-09-30")) }
    }

    /// A commune chairman's Giấy khen paid 0,15 until Nghị định 152/2025 raised it to 0,3.
    @Test func communeGiayKhenChangesWithDecree152() throws {
        let table = try table()
        let name = "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã"
        let before = try table.award(name, for: .individual, decisionDate: date("2023-05-10"))
        #expect(before.coefficient.description == "0,15")
        #expect(before.amount == 230_000)   // 0,15 × 1.490.000 = 223.500, rounded up
        #expect(try table.award(name, for: .collective, decisionDate: date("2023-05-10")).amount == 450_000)
        let after = try table.award(name, for: .individual, decisionDate: date("2025-07-01"))
        #expect(after.coefficient.description == "0,3" && after.amount == 710_000)
    }

    @Test func unknownFormAndWrongKindAreErrors() throws {
        let table = try table()
        let day = try date("2025-08-01")
        #expect(throws: AwardRulesError.unknownAwardForm("Huân chương Lao động hạng Ba", knownForms: table.awardForms, table: Self.path)) {
            try table.award("Huân chương Lao động hạng Ba", for: .individual, decisionDate: day)
        }
        #expect(throws: AwardRulesError.awardFormNotForKind("Cờ thi đua của Chính phủ", kind: .individual, table: Self.path)) {
            try table.award("Cờ thi đua của Chính phủ", for: .individual, decisionDate: day)
        }
        let message = AwardRulesError.awardFormNotForKind("Cờ thi đua của Chính phủ", kind: .individual, table: "x.yaml").description
        #expect(message == "Hình thức “Cờ thi đua của Chính phủ” không áp dụng cho cá nhân: bảng hệ số (tệp x.yaml) không có dòng nào cho cá nhân.")
    }
}
