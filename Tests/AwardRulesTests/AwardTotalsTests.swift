import Testing
@testable import AwardRules
@testable import VietnameseText

@Suite("Totals")
struct AwardTotalsTests {
    static let yaml = """
    lam_tron:
      - buoc: 10000
        tu_ngay: 2024-01-01
        can_cu: Thử nghiệm
        doi_chieu: thử
    muc_luong_co_so:
      - so_tien: 2340000
        tu_ngay: 2024-07-01
        can_cu: Nghị định 73/2024/NĐ-CP
        doi_chieu: thử
    he_so_tien_thuong:
      - hinh_thuc: Giấy khen
        doi_tuong: ca_nhan
        he_so: 0.3
        tu_ngay: 2024-01-01
        can_cu: Thử nghiệm
        doi_chieu: thử
      - hinh_thuc: Giấy khen
        doi_tuong: tap_the
        he_so: 0.6
        tu_ngay: 2024-01-01
        can_cu: Thử nghiệm
        doi_chieu: thử
      - hinh_thuc: Bằng khen của Chủ tịch UBND tỉnh
        doi_tuong: tap_the
        he_so: 2
        tu_ngay: 2024-01-01
        can_cu: Thử nghiệm
        doi_chieu: thử
    """

    /// "23 tập thể và 05 gia đình", as the Prime Minister's decision of 2011 counts them; three
    /// kinds are listed with a comma before the last "và".
    @Test func householdsAreCountedAsFamilies() {
        var totals = AwardTotals()
        for _ in 0..<23 { totals.add(kind: .collective, amount: 0) }
        for _ in 0..<5 { totals.add(kind: .household, amount: 0) }
        #expect(totals.countsPhrase == "23 tập thể và 05 gia đình")
        #expect(totals.householdCount == 5 && totals.recipientCount == 28)
        totals.add(kind: .individual, amount: 0)
        #expect(totals.countsPhrase == "23 tập thể, 01 cá nhân và 05 gia đình")
        #expect(AwardTotals().countsPhrase == "00 tập thể và 00 cá nhân")
    }

    @Test func sumsAndCounts() throws {
        let table = try AwardRulesTable(yaml: Self.yaml)
        let date = try CalendarDate(parsing: "15/12/2024")
        var awards: [AwardAmount] = []
        for _ in 0..<13 { awards.append(try table.award("Giấy khen", for: .individual, decisionDate: date)) }
        for _ in 0..<3 { awards.append(try table.award("Giấy khen", for: .collective, decisionDate: date)) }
        awards.append(try table.award("Bằng khen của Chủ tịch UBND tỉnh", for: .collective, decisionDate: date))

        let totals = AwardTotals(awards)
        #expect(totals.individualCount == 13)
        #expect(totals.collectiveCount == 4)
        #expect(totals.recipientCount == 17)
        // 13 × 710.000 + 3 × 1.410.000 + 4.680.000
        #expect(totals.totalAmount == 13 * 710_000 + 3 * 1_410_000 + 4_680_000)
        #expect(totals.totalAmount == awards.map(\.amount).reduce(0, +))
        #expect(totals.countsPhrase == "04 tập thể và 13 cá nhân")
        #expect(totals.totalText == "18.140.000")
        #expect(totals.totalInWords() == "Mười tám triệu một trăm bốn mươi nghìn đồng")

        let byForm = AwardTotals.byForm(awards)
        #expect(byForm.map(\.form) == ["Giấy khen", "Bằng khen của Chủ tịch UBND tỉnh"])
        #expect(byForm[0].totals.countsPhrase == "03 tập thể và 13 cá nhân")
        #expect(byForm[1].totals.totalAmount == 4_680_000)
        #expect(byForm.map(\.totals.totalAmount).reduce(0, +) == totals.totalAmount)
    }

    @Test func emptyAndManualEntries() {
        var totals = AwardTotals()
        #expect(totals.totalAmount == 0 && totals.countsPhrase == "00 tập thể và 00 cá nhân")
        totals.add(kind: .collective, amount: 0)
        #expect(totals.countsPhrase == "01 tập thể")
        #expect(totals.totalInWords() == "Không đồng")
    }
}
