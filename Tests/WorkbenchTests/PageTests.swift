import Foundation
import HTTPTypes
import Testing
@testable import Workbench

/// Every page, as a clerk's browser gets it.
@Suite struct PageTests {
    @Test func theWorkspaceListsEachDocumentWithItsKindNumberDateAndState() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            let page = try await browser.get("/")
            #expect(page.status == .ok)
            #expect(page.body.contains("quyet-dinh-khen-thuong-2022.yaml") && page.body.contains("Quyết định"))
            #expect(page.body.contains("<td>152</td><td>2023-02-24</td>"))
            #expect(page.body.contains("đã ban hành"))
            // The minutes without a number are a draft; the shared file and the list are named.
            #expect(page.body.contains("dự thảo"))
            #expect(page.body.contains("<code>cum-thi-dua.yaml</code>") && page.body.contains("ca-nhan-bang-khen.csv"))
            #expect(!browser.csrf.isEmpty)
        }
    }

    @Test func everyResponseForbidsInlineScriptAndTheCookieStaysWithTheSite() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            let page = try await browser.get("/")
            let policy = try #require(page.headers[.contentSecurityPolicy])
            #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline") && policy.contains("default-src 'none'"))
            let cookie = try #require(page.headers[.setCookie])
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            #expect(!page.body.contains("<script>"), "no inline script in the page")
            let asset = try await browser.get("/tai-nguyen/ban-lam-viec.js")
            #expect(asset.status == .ok && asset.headers[.contentType]?.hasPrefix("text/javascript") == true)
            #expect(asset.headers[.contentSecurityPolicy] != nil)
            #expect(try await browser.get("/tai-nguyen/khong-co.js").status == .notFound)
            #expect(try await browser.get("/tai-nguyen/..%2FPages.swift").status == .notFound)
        }
    }

    @Test func theFirstStartOffersTheExamples() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try FileManager.default.removeItem(at: fixture.folderURL)
        try await fixture.run { browser in
            let empty = try await browser.get("/")
            #expect(empty.body.contains("Mở các hồ sơ mẫu"))
            let copied = try await browser.post("/vi-du", [])
            #expect(copied.status == .seeOther)
            let page = try await browser.get("/")
            #expect(page.body.contains("vi-du-tay-nam-bo-2023") && page.body.contains("vi-du-thu-tuong-2011"))
            #expect(!page.body.contains("Mở các hồ sơ mẫu"))
        }
    }

    @Test func aNewHoSoIsAFolderWithAPlainName() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            _ = try await browser.get("/")
            #expect(try await browser.post("/ho-so", [("ten", "Cụm thi đua 2026")]).status == .seeOther)
            #expect(FileManager.default.fileExists(atPath: fixture.workspace.appendingPathComponent("Cụm thi đua 2026").path))
            for bad in ["../ra-ngoai", ".an", "a/b", "", "..", "tnb"] {
                let page = try await browser.post("/ho-so", [("ten", bad)])
                #expect(page.status == .ok && page.body.contains("notice error"), "«\(bad)»")
            }
            #expect(!FileManager.default.fileExists(atPath: fixture.workspace.deletingLastPathComponent().appendingPathComponent("ra-ngoai").path))
        }
    }

    @Test func aNewDocumentStartsFromAChoiceOfTemplatesWithTheirDescriptions() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            let page = try await browser.get("/ho-so/tnb/moi")
            #expect(page.status == .ok)
            for template in try sharedService.templates() {
                #expect(page.body.contains("/ho-so/tnb/moi?mau=\(template.name)"))
                #expect(page.body.contains(template.description.replacingOccurrences(of: "\"", with: "&quot;")))
            }
            #expect(try await browser.get("/ho-so/tnb/moi?mau=khong-co").status == .notFound)
            #expect(try await browser.get("/ho-so/khong-co/moi").status == .notFound)
        }
    }

    /// The award decision's form: every kind of input, labels and examples from the declaration,
    /// the cluster left to the shared file, the examples as hints rather than values.
    @Test func theFormOfANewDecisionIsMadeFromItsDeclaration() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            let page = try await browser.get("/ho-so/tnb/moi?mau=quyet-dinh-khen-thuong")
            #expect(page.status == .ok)
            let body = page.body
            #expect(body.contains("name=\"_tep\" value=\"quyet-dinh-khen-thuong.yaml\""))
            #expect(body.contains("<label for=\"f.co_quan_ban_hanh\">Cơ quan ban hành"))
            #expect(body.contains("name=\"f.co_quan_ban_hanh\" value=\"\" placeholder=\"Ủy ban nhân dân tỉnh Vĩnh Long\""))
            #expect(body.contains("data-date"), "a date with its calendar")
            #expect(body.contains("<select id=\"f.danh_sach_trong_dieu_1\""), "yes/no")
            #expect(body.contains("inputmode=\"decimal\" class=\"number\" id=\"f.so\""), "a number")
            #expect(body.contains("<legend>Người ký<span class=\"req\""), "a nested object")
            #expect(body.contains("data-grid=\"ca_nhan\"") && body.contains("data-grid=\"tap_the\""), "lists of objects as grids")
            #expect(body.contains("<textarea id=\"f.can_cu\""), "a list of texts")
            #expect(body.contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"), "the căn cứ in force, as vanban new suggests")
            #expect(body.contains("Dùng chung từ") && !body.contains("name=\"o.cum_thi_dua\""), "the cluster comes from the shared file")
            #expect(body.contains("name=\"_tep_dung_chung\" value=\"cum-thi-dua.yaml\""))
        }
    }

    @Test func anExistingDocumentShowsItsValuesAndTheRowsOfItsListFile() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            let page = try await browser.get("/ho-so/tnb/van-ban/\(Fixture.decision)")
            #expect(page.status == .ok)
            #expect(page.body.contains("value=\"Bộ Nội vụ\""))
            #expect(page.body.contains("name=\"f.tap_the[1].ten\" value=\"Sở Nội vụ tỉnh Bạc Liêu\""))
            #expect(page.body.contains("name=\"src.ca_nhan\" value=\"ca-nhan-bang-khen.csv\""))
            #expect(page.body.contains("value=\"Nguyễn Thị Kim Thoa\""), "rows read from the CSV file as the CLI reads them")
            #expect(page.body.contains("/ho-so/tnb/van-ban/\(Fixture.decision)/pdf"))
            #expect(try await browser.get("/ho-so/tnb/van-ban/khong-co.yaml").status == .notFound)
        }
    }

    @Test func theSharedDataIsEditedOncePerHoSo() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            let page = try await browser.get("/ho-so/tnb/dung-chung")
            #expect(page.status == .ok)
            #expect(page.body.contains("data-grid=\"cum_thi_dua.thanh_vien\""))
            #expect(page.body.contains("name=\"f.cum_thi_dua.thanh_vien[1].nguoi_dung_dau.ho_ten\" value=\"Ngô Công Hầu\""))
            #expect(!page.body.contains("data-preview"))
            var pairs = HTMLForm.pairs(page.body)
            pairs = HTMLForm.setting(pairs, "f.cum_thi_dua.nam", "2024")
            let saved = try await browser.post("/ho-so/tnb/luu", pairs.filter { $0.0 != "_csrf" })
            #expect(saved.status == .seeOther)
            let text = try String(contentsOf: fixture.folderURL.appendingPathComponent("cum-thi-dua.yaml"), encoding: .utf8)
            #expect(text.contains("  nam: 2024") && text.contains("Trương Thị Kim Ngân"))
            #expect(text.hasPrefix("# Dữ liệu dùng chung của Cụm thi đua"), "the file's opening comments are kept")
        }
    }

    @Test func aFileThatCannotBeReadShowsTheMessageNotABrokenPage() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try "mau: quyet-dinh-khen-thuong\nco_quan_ban_hanh: [Bộ\n".write(to: fixture.folderURL.appendingPathComponent("hong.yaml"), atomically: true, encoding: .utf8)
        try await fixture.run { browser in
            let page = try await browser.get("/ho-so/tnb/van-ban/hong.yaml")
            #expect(page.status == .unprocessableContent)
            #expect(page.body.contains("hong.yaml, dòng"))
            #expect(page.body.contains("Tải tệp dữ liệu"))
            let pdf = try await browser.get("/ho-so/tnb/van-ban/hong.yaml/pdf")
            #expect(pdf.status == .unprocessableContent && pdf.body.contains("hong.yaml, dòng"))
        }
    }
}
