import DataInput
import DocumentRegister
import DocumentTemplates
import Foundation
import HTTPTypes
import Testing
@testable import Workbench

struct PreviewJSON: Decodable {
    struct Item: Decodable { var target: String?; var message: String; var text: String; var warning: Bool }
    var pages: [String?]
    var keys: [String]
    var page: Int?
    var problems: [Item]
    var valid: Bool
}

/// Previewing, saving, downloading: the actions of the editor.
@Suite struct ActionTests {
    func editForm(_ browser: Browser, file: String = Fixture.decision) async throws -> [(String, String)] {
        let page = try await browser.get("/ho-so/tnb/van-ban/\(file)")
        #expect(page.status == .ok)
        return HTMLForm.pairs(page.body).filter { $0.0 != "_csrf" }
    }

    func preview(_ browser: Browser, _ pairs: [(String, String)]) async throws -> PreviewJSON {
        let page = try await browser.post("/ho-so/tnb/xem-truoc", pairs)
        #expect(page.status == .ok)
        return try JSONDecoder().decode(PreviewJSON.self, from: page.data)
    }

    @Test func thePreviewIsThePagesAndFindsThePageOfTheEditedText() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            let pairs = try await editForm(browser)
            let reply = try await preview(browser, pairs + [("_focus_text", "Phạm Thị Ánh Tuyết")])
            #expect(reply.valid)
            #expect(reply.pages.count == 4)
            #expect(reply.pages.allSatisfy { $0.flatMap { Data(base64Encoded: $0) }?.starts(with: [0x89, 0x50, 0x4E, 0x47]) == true })
            #expect(reply.keys.count == 4 && Set(reply.keys).count == 4)
            #expect(reply.page == 2, "the name is in the annex, on the third page")
            let first = try await preview(browser, pairs + [("_focus_text", "Bộ trưởng Bộ Nội vụ")])
            #expect(first.page == 0)
            // A change shows: another achievement, other pixels on the first page.
            let changed = try await preview(browser, HTMLForm.setting(pairs, "f.thanh_tich", "đã hoàn thành xuất sắc nhiệm vụ năm 2022"))
            #expect(changed.pages[0] != reply.pages[0] && changed.pages[3] == reply.pages[3])
            #expect(changed.keys[0] != reply.keys[0] && Array(changed.keys[1...]) == Array(reply.keys[1...]))
            // A browser that holds the other pages is sent only the changed one.
            let again = try await preview(browser, HTMLForm.setting(pairs, "f.thanh_tich", "đã hoàn thành nhiệm vụ năm 2022")
                                              + [("_have", reply.keys.joined(separator: ","))])
            #expect(again.pages[0] != nil && again.pages[1...].allSatisfy { $0 == nil })
        }
    }

    /// A missing signer's name: the message beside the field, in the words of `vanban check`.
    @Test func problemsComeInTheCommandLinesWordsForTheirField() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            let pairs = HTMLForm.setting(try await editForm(browser), "f.nguoi_ky.ho_ten", "")
            let reply = try await preview(browser, pairs)
            #expect(!reply.valid && reply.pages.isEmpty)
            let problem = try #require(reply.problems.first { $0.target == "nguoi_ky.ho_ten" })
            // The same text the command line prints for the same data.
            let declaration = try #require(try sharedService.declaration(named: "quyet-dinh-khen-thuong"))
            let inputs = declaration.inputs.filter { $0.name != "phan" && $0.name != "cum_thi_dua" }
            let original = try String(contentsOf: fixture.decisionURL, encoding: .utf8)
            let tree = try FormApplier(inputs: inputs).apply(FormFields(pairs: pairs), to: DataTree(DataLoader.parse(original, file: Fixture.decision)))
            let url = fixture.folderURL.appendingPathComponent("thu.yaml")
            try YAMLWriter.yaml(tree, header: YAMLWriter.leadingComments(of: original)).write(to: url, atomically: true, encoding: .utf8)
            let builder = try DocumentBuilder.standard()
            var cli: [String] = []
            do { _ = try builder.prepare(dataFile: url, displayPath: Fixture.decision) } catch let problems as DataProblems { cli = problems.errors.map(\.description) }
            #expect(cli.contains(problem.text))
            #expect(problem.message.hasPrefix("thiếu trường bắt buộc «ho_ten»"))
            // A stated amount that differs from the computed money: a warning above the preview.
            let money = HTMLForm.setting(try await editForm(browser), "f.tap_the[2].so_tien", "1000")
            let warned = try await preview(browser, money)
            #expect(warned.problems.contains { $0.target == "tap_the[2].so_tien" && !$0.warning })
        }
    }

    /// Dated today, the decision cites a law no longer in force and money on a row not yet
    /// checked against the law: both said, in the command line's words, and the pages still come.
    @Test func warningsComeWithThePages() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            let pairs = HTMLForm.setting(try await editForm(browser), "f.ngay_ban_hanh", "01/12/2026")
            let reply = try await preview(browser, pairs)
            #expect(reply.valid && reply.pages.count == 4)
            let warnings = reply.problems.filter(\.warning)
            #expect(warnings.contains { $0.target == "can_cu[1]" && $0.text.contains("cảnh báo: căn cứ") })
            #expect(warnings.contains { $0.target == "ngay_ban_hanh" && $0.text.contains("chưa đối chiếu") })
            #expect(warnings.allSatisfy { $0.text.hasPrefix(Fixture.decision) })
        }
    }

    @Test func savingWritesReadableYAMLKeepsThePreviousVersionAndWhatTheFormDoesNotShow() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let before = try String(contentsOf: fixture.decisionURL, encoding: .utf8)
        try await fixture.run { browser in
            let pairs = HTMLForm.setting(try await editForm(browser), "f.thanh_tich", "đã hoàn thành xuất sắc nhiệm vụ năm 2022: dẫn đầu cụm")
            let saved = try await browser.post("/ho-so/tnb/luu", pairs)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/ho-so/tnb/van-ban/\(Fixture.decision)?da-luu=1")
            let text = try String(contentsOf: fixture.decisionURL, encoding: .utf8)
            #expect(text.contains("thanh_tich: \"đã hoàn thành xuất sắc nhiệm vụ năm 2022: dẫn đầu cụm\""))
            #expect(text.hasPrefix("# Quyết định của Bộ trưởng Bộ Nội vụ"), "opening comments kept")
            #expect(text.contains("mau: quyet-dinh-khen-thuong\ndung_chung: cum-thi-dua.yaml\n"), "fields the form does not show kept, in place")
            #expect(text.contains("ca_nhan: ca-nhan-bang-khen.csv"), "an untouched list stays in its file")
            #expect(text.contains("ngay_ban_hanh: 2023-02-24") && text.contains("so: 152"))
            let versions = DataFileStore().versions(of: Fixture.decision, in: fixture.folderURL)
            #expect(versions.count == 1)
            #expect(try String(contentsOf: versions[0].url, encoding: .utf8) == before)
            let page = try await browser.get("/ho-so/tnb/van-ban/\(Fixture.decision)?da-luu=1")
            #expect(page.body.contains("Đã lưu.") && page.body.contains("Các bản đã lưu trước (1)"))
            // A draft with errors is saved all the same, and said to be one.
            let draft = HTMLForm.setting(HTMLForm.pairs(page.body).filter { $0.0 != "_csrf" }, "f.nguoi_ky.ho_ten", "")
            #expect(try await browser.post("/ho-so/tnb/luu", draft).status == .seeOther)
            let drafted = try await browser.get("/ho-so/tnb/van-ban/\(Fixture.decision)?da-luu=1")
            #expect(drafted.body.contains("Đã lưu bản nháp: còn 2 lỗi"), "the CLI reports the missing name twice")
            #expect(!(try String(contentsOf: fixture.decisionURL, encoding: .utf8)).contains("ho_ten: Nguyễn Duy Thành"))
            let version = try await browser.get("/ho-so/tnb/phien-ban/\(Fixture.decision)/\(versions[0].stamp)")
            #expect(version.status == .ok && String(decoding: version.data, as: UTF8.self) == before)
            // A folder render never takes a kept version for a data file.
            #expect(!versions[0].url.lastPathComponent.hasSuffix(".yaml"))
        }
    }

    @Test func aNewDocumentIsSavedUnderItsNameAndNeverOverAnother() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            let page = try await browser.get("/ho-so/tnb/moi?mau=quyet-dinh-khen-thuong")
            var pairs = HTMLForm.pairs(page.body).filter { $0.0 != "_csrf" }
            for (name, value) in [("f.co_quan_ban_hanh", "Bộ Nội vụ"), ("f.ky_hieu_co_quan", "BNV"), ("f.dia_danh", "Hà Nội"),
                                  ("f.ngay_ban_hanh", "06/3/2023"), ("f.tham_quyen", "Bộ trưởng Bộ Nội vụ"),
                                  ("f.hinh_thuc", "Bằng khen của Bộ trưởng Bộ Nội vụ"), ("f.don_vi_thuc_hien", "Chánh Văn phòng Bộ\nThủ trưởng các đơn vị có liên quan"),
                                  ("f.nguoi_ky.chuc_vu", "Bộ trưởng"), ("f.nguoi_ky.ho_ten", "Phạm Thị Thanh Trà"),
                                  ("f.ca_nhan[1].ho_ten", "Nguyễn Văn An"), ("f.ca_nhan[1].don_vi", "Sở Nội vụ tỉnh Vĩnh Long")] {
                pairs = HTMLForm.setting(pairs, name, value)
            }
            let reply = try await preview(browser, pairs)
            #expect(reply.valid, "\(reply.problems.map(\.text))")
            #expect(try await browser.post("/ho-so/tnb/luu", pairs).status == .seeOther)
            let text = try String(contentsOf: fixture.folderURL.appendingPathComponent("quyet-dinh-khen-thuong.yaml"), encoding: .utf8)
            #expect(text.hasPrefix("mau: quyet-dinh-khen-thuong\ndung_chung: cum-thi-dua.yaml\n"))
            #expect(text.contains("ca_nhan:\n  - ho_ten: Nguyễn Văn An\n    don_vi: Sở Nội vụ tỉnh Vĩnh Long\n"))
            #expect(text.contains("ngay_ban_hanh: 06/3/2023"))
            // The same name again: refused, the first kept.
            let again = try await browser.post("/ho-so/tnb/luu", HTMLForm.setting(pairs, "f.nguoi_ky.ho_ten", "Người Khác"))
            #expect(again.status == .conflict && again.body.contains("Người Khác"))
            #expect(try String(contentsOf: fixture.folderURL.appendingPathComponent("quyet-dinh-khen-thuong.yaml"), encoding: .utf8) == text)
        }
    }

    /// An edit made on disk meanwhile is not overwritten: the save is refused, the clerk's text offered.
    @Test func anEditOnDiskMeanwhileIsNotOverwritten() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            let pairs = HTMLForm.setting(try await editForm(browser), "f.thanh_tich", "bản của bàn làm việc")
            let onDisk = try String(contentsOf: fixture.decisionURL, encoding: .utf8).replacingOccurrences(of: "so: 152", with: "so: 153")
            try onDisk.write(to: fixture.decisionURL, atomically: true, encoding: .utf8)
            let refused = try await browser.post("/ho-so/tnb/luu", pairs)
            #expect(refused.status == .conflict)
            #expect(refused.body.contains("đã được sửa ở nơi khác") && refused.body.contains("bản của bàn làm việc"))
            #expect(try String(contentsOf: fixture.decisionURL, encoding: .utf8) == onDisk)
        }
    }

    /// Two saves from the same version at once: one is written, the other refused; never a mix.
    @Test func twoSavesRacingOnOneFile() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            let pairs = try await editForm(browser)
            let statuses = try await withThrowingTaskGroup(of: (Int, HTTPResponse.Status).self) { group in
                for index in 0..<2 {
                    group.addTask {
                        let form = HTMLForm.setting(pairs, "f.thanh_tich", "lần lưu thứ \(index)")
                        return (index, try await browser.post("/ho-so/tnb/luu", form).status)
                    }
                }
                var result: [Int: HTTPResponse.Status] = [:]
                for try await (index, status) in group { result[index] = status }
                return result
            }
            #expect(statuses.values.filter { $0 == .seeOther }.count == 1)
            #expect(statuses.values.filter { $0 == .conflict }.count == 1)
            let winner = statuses.first { $0.value == .seeOther }!.key
            let text = try String(contentsOf: fixture.decisionURL, encoding: .utf8)
            #expect(text.contains("thanh_tich: lần lưu thứ \(winner)\n"))
            #expect(DataFileStore().versions(of: Fixture.decision, in: fixture.folderURL).count == 1)
        }
    }

    @Test func theSavedDocumentDownloadsAsPDFPNGAndItsDataFile() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            let pdf = try await browser.get("/ho-so/tnb/van-ban/\(Fixture.decision)/pdf")
            #expect(pdf.status == .ok && pdf.headers[.contentType] == "application/pdf" && pdf.data.starts(with: Array("%PDF".utf8)))
            #expect(pdf.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"quyet-dinh-khen-thuong-2022.pdf\"") == true)
            let printed = try await browser.get("/ho-so/tnb/van-ban/\(Fixture.decision)/pdf?in=1")
            #expect(printed.headers[.contentDisposition]?.hasPrefix("inline") == true)
            let png = try await browser.get("/ho-so/tnb/van-ban/\(Fixture.decision)/png?trang=3")
            #expect(png.status == .ok && png.data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            #expect(png.headers[.contentDisposition]?.contains("quyet-dinh-khen-thuong-2022-03.png") == true)
            let missing = try await browser.get("/ho-so/tnb/van-ban/\(Fixture.decision)/png?trang=9")
            #expect(missing.status == .unprocessableContent && missing.body.contains("Không có trang 9"))
            let data = try await browser.get("/ho-so/tnb/van-ban/\(Fixture.decision)/du-lieu")
            #expect(data.data == (try Data(contentsOf: fixture.decisionURL)))
        }
    }
}
