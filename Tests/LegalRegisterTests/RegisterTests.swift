import DataInput
import Testing
@testable import LegalRegister
import VietnameseText

/// A small register: the two laws on thi đua, khen thưởng, the 2013 amendment, and the three
/// decrees that followed each other.
let sample = """
van_ban:
  - so_ky_hieu: 15/2003/QH11
    loai: Luật
    ten: Luật Thi đua, khen thưởng
    co_quan: Quốc hội
    ngay_ban_hanh: 2003-11-26
    hieu_luc_tu: 2004-07-01
    het_hieu_luc: 2023-12-31
    thay_the_boi: 06/2022/QH15
    linh_vuc: [thi_dua_khen_thuong]
    doi_chieu: thử
  - so_ky_hieu: 39/2013/QH13
    loai: Luật
    ten: Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng
    ngay_ban_hanh: 2013-11-16
    hieu_luc_tu: 2014-06-01
    het_hieu_luc: 2023-12-31
    sua_doi: [15/2003/QH11]
    doi_chieu: thử
  - so_ky_hieu: 06/2022/QH15
    loai: Luật
    ten: Luật Thi đua, khen thưởng
    ngay_ban_hanh: 2022-06-15
    hieu_luc_tu: 2024-01-01
    linh_vuc: [thi_dua_khen_thuong]
    doi_chieu: thử
  - so_ky_hieu: 91/2017/NĐ-CP
    loai: Nghị định
    co_quan: Chính phủ
    trich_yeu: quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng
    ngay_ban_hanh: 2017-07-31
    hieu_luc_tu: 2017-10-01
    het_hieu_luc: 2023-12-31
    thay_the_boi: 98/2023/NĐ-CP
    doi_chieu: thử
  - so_ky_hieu: 98/2023/NĐ-CP
    loai: Nghị định
    co_quan: Chính phủ
    ngay_ban_hanh: 2023-12-31
    hieu_luc_tu: 2024-01-01
    het_hieu_luc: 2025-06-30
    thay_the_boi: 152/2025/NĐ-CP
    doi_chieu: thử
  - so_ky_hieu: 152/2025/NĐ-CP
    loai: Nghị định
    co_quan: Chính phủ
    trich_yeu: quy định chi tiết một số điều của Luật Thi đua, khen thưởng
    ngay_ban_hanh: 2025-06-14
    hieu_luc_tu: 2025-07-01
    linh_vuc: [thi_dua_khen_thuong]
    doi_chieu: thử
    can_xac_minh: ngày ban hành
"""

func day(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }

@Suite("The register of legal documents")
struct RegisterTests {
    let register: LegalRegister

    init() throws { register = try LegalRegister(yaml: sample, sourceName: "vb.yaml") }

    @Test func loadsWithPlacesAndProvenance() throws {
        #expect(register.documents.count == 6)
        let decree = try #require(register.document(number: "91/2017/ND-CP"))
        #expect(decree.type == "Nghị định" && decree.issuer == "Chính phủ")
        #expect(decree.inForce.description == "từ 1/10/2017 đến 31/12/2023")
        #expect(decree.provenance.location == SourceLocation(file: "vb.yaml", line: 27, column: 5))
        #expect(register.document(number: "6/2022/qh15")?.name == "Luật Thi đua, khen thưởng")
        #expect(register.document(number: "152/2025/NĐ-CP")?.provenance.isVerified == false)
        #expect(register.document(number: "99/2020/NĐ-CP") == nil)
    }

    @Test(arguments: [
        ("Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ;", ["91/2017/NĐ-CP"]),
        ("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", ["06/2022/QH15"]),
        ("Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;",
         ["15/2003/QH11", "39/2013/QH13"]),
        ("Căn cứ Luật Thi đua - Khen thưởng ngày 15/6/2022;", ["06/2022/QH15"]),
        ("Căn cứ Luật Thi đua, khen thưởng năm 2003;", ["15/2003/QH11"]),
        ("Căn cứ Luật Thi đua, khen thưởng;", []),                       // which one? left alone
        ("Căn cứ Kế hoạch số 83/KH-THNH ngày 23/9/2020;", []),           // not a registered kind
        ("Căn cứ Nghị định số 98/2023/ND-CP và Nghị định 91/2017/NĐ-CP;", ["98/2023/NĐ-CP", "91/2017/NĐ-CP"]),
        // Capitals, and a law named before a number: in the order written.
        ("CĂN CỨ LUẬT THI ĐUA, KHEN THƯỞNG NGÀY 15 THÁNG 6 NĂM 2022 VÀ NGHỊ ĐỊNH SỐ 91/2017/NĐ-CP", ["06/2022/QH15", "91/2017/NĐ-CP"]),
        // NFD, as some editors save it.
        ("Căn cứ Lua\u{323}\u{302}t Thi đua, khen thu\u{31B}o\u{31B}\u{309}ng năm 2022;", ["06/2022/QH15"]),
        ("số91/2017/NĐ-CP, 12391/2017/NĐ-CP, 91/2017/", ["91/2017/NĐ-CP"]),   // a letter before; five digits; no symbol
    ])
    func citationsAreFound(text: String, numbers: [String]) {
        #expect(register.cited(in: text).map(\.number) == numbers)
    }

    @Test func aBasisInForceOnTheDateIsNotReported() throws {
        #expect(register.check("Căn cứ Nghị định số 91/2017/NĐ-CP;", on: try day("2023-12-31")).isEmpty)
        #expect(register.check("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", on: try day("2024-01-01")).isEmpty)
    }

    /// A provincial system still cited Nghị định 91/2017 in 2022 — and later; after 2025 the
    /// warning names the decree in force that day, not the one that first replaced it.
    @Test func aBasisNoLongerInForceNamesItsReplacementInForce() throws {
        let later = register.check("Căn cứ Nghị định số 91/2017/NĐ-CP;", on: try day("2024-03-01"))
        #expect(later.map(\.description) == ["Nghị định số 91/2017/NĐ-CP đã hết hiệu lực từ ngày 1/1/2024, trước ngày 1/3/2024 của văn bản; văn bản thay thế: Nghị định số 98/2023/NĐ-CP"])
        let muchLater = register.check("Căn cứ Nghị định số 91/2017/NĐ-CP;", on: try day("2026-12-01"))
        #expect(muchLater.first?.problem == .noLongerInForce(replacement: register.document(number: "152/2025/NĐ-CP")))
        let law = register.check("Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;", on: try day("2024-05-20"))
        #expect(law.first?.description.hasSuffix("văn bản thay thế: Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022") == true)
    }

    @Test func aBasisNotYetInForce() throws {
        let findings = register.check("Căn cứ Nghị định số 152/2025/NĐ-CP;", on: try day("2025-06-20"))
        #expect(findings.map(\.description) == ["Nghị định số 152/2025/NĐ-CP có hiệu lực từ ngày 1/7/2025, sau ngày 20/6/2025 của văn bản"])
    }

    @Test func documentsInForceForSuggestions() throws {
        #expect(register.inForce(on: try day("2026-12-01"), field: "thi_dua_khen_thuong").map(\.number) == ["06/2022/QH15", "152/2025/NĐ-CP"])
        #expect(register.inForce(on: try day("2020-01-01"), field: "thi_dua_khen_thuong").map(\.number) == ["15/2003/QH11"])
        let decree = try #require(register.document(number: "152/2025/NĐ-CP"))
        #expect(decree.basisLine == "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;")
        #expect(register.document(number: "06/2022/QH15")?.basisLine == "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
    }

    // MARK: the register's own consistency

    func problem(_ yaml: String) -> String? {
        do { _ = try LegalRegister(yaml: yaml, sourceName: "vb.yaml"); return nil } catch { return error.description }
    }

    @Test func aReplacedDocumentMustEndTheDayBeforeItsReplacement() {
        #expect(problem(sample.replacingOccurrences(of: "het_hieu_luc: 2025-06-30", with: "het_hieu_luc: 2025-06-29"))
            == "vb.yaml, dòng 36, cột 5: văn bản 98/2023/NĐ-CP: hết hiệu lực sau ngày 29/6/2025 nhưng văn bản thay thế Nghị định số 152/2025/NĐ-CP có hiệu lực từ 1/7/2025; hai ngày phải nối tiếp nhau")
        #expect(problem(sample.replacingOccurrences(of: "    het_hieu_luc: 2025-06-30\n", with: ""))?
            .contains("đã bị thay thế bởi Nghị định số 152/2025/NĐ-CP nhưng chưa ghi ngày hết hiệu lực «het_hieu_luc»") == true)
    }

    @Test func linksMustNameRegisteredDocuments() {
        #expect(problem(sample.replacingOccurrences(of: "thay_the_boi: 152/2025/NĐ-CP", with: "thay_the_boi: 153/2025/NĐ-CP"))?
            .contains("văn bản thay thế «153/2025/NĐ-CP» chưa có trong danh mục") == true)
        #expect(problem(sample.replacingOccurrences(of: "sua_doi: [15/2003/QH11]", with: "sua_doi: [16/2003/QH11]"))?
            .contains("văn bản được sửa đổi «16/2003/QH11» chưa có trong danh mục") == true)
        #expect(problem(sample + "\n" + """
          - so_ky_hieu: 91/2017/ND-CP
            loai: Nghị định
            ngay_ban_hanh: 2017-07-31
            hieu_luc_tu: 2017-10-01
            doi_chieu: thử
        """)?.contains("số hiệu «91/2017/ND-CP» đã có ở dòng 27") == true)
        #expect(problem(sample.replacingOccurrences(of: "hieu_luc_tu: 2017-10-01", with: "hieu_luc_tu: 2017-07-01"))?
            .contains("ngày có hiệu lực 1/7/2017 trước ngày ban hành 31/7/2017") == true)
    }

    @Test func everyEntrySaysWhatItWasCheckedAgainst() {
        #expect(problem(sample.replacingOccurrences(of: "    trich_yeu: quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng\n    ngay_ban_hanh: 2017-07-31\n    hieu_luc_tu: 2017-10-01\n    het_hieu_luc: 2023-12-31\n    thay_the_boi: 98/2023/NĐ-CP\n    doi_chieu: thử\n",
            with: "    trich_yeu: quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng\n    ngay_ban_hanh: 2017-07-31\n    hieu_luc_tu: 2017-10-01\n    het_hieu_luc: 2023-12-31\n    thay_the_boi: 98/2023/NĐ-CP\n"))?
            .contains("thiếu trường bắt buộc «doi_chieu»") == true)
        #expect(problem(sample.replacingOccurrences(of: "    loai: Luật\n    ten: Luật sửa đổi", with: "    kieu: Luật\n    ten: Luật sửa đổi"))?
            .contains("trường «kieu» không có trong mẫu") == true)
    }
}
