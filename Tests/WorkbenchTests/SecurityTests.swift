import Foundation
import HTTPTypes
import HummingbirdBcrypt
import NIOCore
import Testing
@testable import Workbench

/// Bad input and hostile requests: refused, nothing written, nothing read outside the workspace.
@Suite struct SecurityTests {
    @Test func aFormWithoutItsTokenChangesNothing() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let before = try Data(contentsOf: fixture.decisionURL)
        try await fixture.run { browser in
            let pairs = HTMLForm.pairs(try await browser.get("/ho-so/tnb/van-ban/\(Fixture.decision)").body).filter { $0.0 != "_csrf" }
            let changed = HTMLForm.setting(pairs, "f.thanh_tich", "giả mạo")
            #expect(try await browser.post("/ho-so/tnb/luu", changed, csrf: .some(nil)).status == .forbidden)
            #expect(try await browser.post("/ho-so/tnb/luu", changed, csrf: "0123").status == .forbidden)
            #expect(try await browser.post("/ho-so", [("ten", "moi")], csrf: .some(nil)).status == .forbidden)
            let header = try await browser.send("/ho-so/tnb/xem-truoc", method: .post,
                                                headers: [.contentType: "application/x-www-form-urlencoded", HTTPField.Name("X-CSRF-Token")!: "sai"],
                                                body: ByteBuffer(string: Browser.urlencoded(changed)))
            #expect(header.status == .forbidden)
            // Another browser's token is not this one's.
            let other = Browser(client: browser.client)
            _ = try await other.get("/")
            #expect(other.csrf != browser.csrf)
            browser.csrf = other.csrf
            #expect(try await browser.post("/ho-so/tnb/luu", changed).status == .forbidden)
        }
        #expect(try Data(contentsOf: fixture.decisionURL) == before)
        #expect(!FileManager.default.fileExists(atPath: fixture.workspace.appendingPathComponent("moi").path))
    }

    @Test func malformedFormsAreRefused() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let before = try Data(contentsOf: fixture.decisionURL)
        try await fixture.run { browser in
            let pairs = HTMLForm.pairs(try await browser.get("/ho-so/tnb/van-ban/\(Fixture.decision)").body).filter { $0.0 != "_csrf" }
            #expect(try await browser.post("/ho-so/tnb/luu", pairs + [("f.khong_co", "x")]).status == .badRequest)
            #expect(try await browser.post("/ho-so/tnb/luu", pairs + [("f.ca_nhan[x].ho_ten", "x")]).status == .badRequest)
            #expect(try await browser.post("/ho-so/tnb/luu", pairs + [("f.nguoi_ky[1].ho_ten", "x")]).status == .badRequest)
            #expect(try await browser.post("/ho-so/tnb/luu", pairs + [("o.khong_co", "1")]).status == .badRequest)
            #expect(try await browser.post("/ho-so/tnb/luu", HTMLForm.setting(pairs, "_tep", "qd.txt")).status == .badRequest)
            #expect(try await browser.post("/ho-so/tnb/luu", [("_tep", "moi.yaml")]).status == .badRequest, "a new file needs its template")
            let garbage = try await browser.send("/ho-so/tnb/luu", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                 body: ByteBuffer(string: "_csrf=\(browser.csrf)&f.so=%zz"))
            #expect(garbage.status == .badRequest)
            let json = try await browser.send("/ho-so/tnb/luu", method: .post, headers: [.contentType: "application/json", HTTPField.Name("X-CSRF-Token")!: browser.csrf],
                                              body: ByteBuffer(string: "{}"))
            #expect(json.status == .badRequest)
            let huge = try await browser.post("/ho-so/tnb/luu", pairs + [("f.thanh_tich", String(repeating: "a", count: 5 * 1024 * 1024))])
            #expect(huge.status == .contentTooLarge)
        }
        #expect(try Data(contentsOf: fixture.decisionURL) == before)
    }

    @Test func namesFromRequestsNeverReachOutsideTheWorkspace() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let outside = fixture.workspace.deletingLastPathComponent().appendingPathComponent("ngoai-\(UUID().uuidString.prefix(6))", isDirectory: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        let secret = "mau: quyet-dinh-khen-thuong\nco_quan_ban_hanh: BÍ MẬT\n"
        try secret.write(to: outside.appendingPathComponent("bi-mat.yaml"), atomically: true, encoding: .utf8)
        // A link out of the hồ sơ to a file, and a hồ sơ that is a link out of the workspace.
        try FileManager.default.createSymbolicLink(at: fixture.folderURL.appendingPathComponent("lien-ket.yaml"),
                                                   withDestinationURL: outside.appendingPathComponent("bi-mat.yaml"))
        try FileManager.default.createSymbolicLink(at: fixture.workspace.appendingPathComponent("ho-so-ngoai"), withDestinationURL: outside)
        try await fixture.run { browser in
            for uri in ["/ho-so/tnb/van-ban/lien-ket.yaml", "/ho-so/tnb/van-ban/lien-ket.yaml/du-lieu", "/ho-so/tnb/van-ban/lien-ket.yaml/pdf",
                        "/ho-so/ho-so-ngoai/van-ban/bi-mat.yaml", "/ho-so/ho-so-ngoai/van-ban/bi-mat.yaml/du-lieu",
                        "/ho-so/..%2F..%2Fetc/van-ban/passwd/du-lieu", "/ho-so/tnb/van-ban/..%2Fcum-thi-dua.yaml/du-lieu",
                        "/ho-so/tnb/van-ban/%2Fetc%2Fpasswd/du-lieu", "/ho-so/..%2Ftnb/van-ban/\(Fixture.decision)/du-lieu",
                        "/ho-so/tnb/van-ban/.vanban/du-lieu", "/ho-so/tnb/phien-ban/..%2F..%2Fcum-thi-dua.yaml/x"] {
                let page = try await browser.get(uri)
                #expect([.badRequest, .notFound].contains(page.status), "\(uri): \(page.status)")
                #expect(!page.body.contains("BÍ MẬT") && !page.body.contains("root:"), "\(uri)")
            }
            // Saving through the link, or under a name with a way out, is refused too.
            let pairs = HTMLForm.pairs(try await browser.get("/ho-so/tnb/van-ban/\(Fixture.decision)").body).filter { $0.0 != "_csrf" }
            for name in ["lien-ket.yaml", "../ra-ngoai.yaml", "/tmp/ra-ngoai.yaml", ".an.yaml"] {
                let page = try await browser.post("/ho-so/tnb/luu", HTMLForm.setting(pairs, "_tep", name))
                #expect(page.status == .badRequest, "\(name): \(page.status)")
            }
            #expect(try await browser.post("/ho-so/ho-so-ngoai/luu", HTMLForm.setting(pairs, "_tep", "bi-mat.yaml")).status == .notFound)
        }
        #expect(try String(contentsOf: outside.appendingPathComponent("bi-mat.yaml"), encoding: .utf8) == secret)
        #expect(!FileManager.default.fileExists(atPath: fixture.workspace.appendingPathComponent("ra-ngoai.yaml").path))
    }

    func upload(_ browser: Browser, _ data: Data, name: String, list: String = "ca_nhan", sheet: String? = nil, csrf: String? = nil) async throws -> Browser.Page {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ".-"))
        var query = "mau=quyet-dinh-khen-thuong&danh_sach=\(list)&ten=\(name.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        if let sheet { query += "&trang=\(sheet.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
        return try await browser.send("/ho-so/tnb/tai-len?\(query)", method: .post,
                                      headers: [.contentType: "application/octet-stream", HTTPField.Name("X-CSRF-Token")!: csrf ?? browser.csrf],
                                      body: ByteBuffer(bytes: data))
    }

    struct UploadJSON: Decodable {
        struct Item: Decodable { var text: String; var warning: Bool }
        var file: String
        var columns: [String]
        var rows: [[String]]
        var problems: [Item]
        var sheets: [String]
    }

    @Test func aListUploadIsReadByTheCommandLinesReaderAndKeptInTheHoSo() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            _ = try await browser.get("/")
            let csv = Data("Họ và tên;Chức vụ;Đơn vị công tác\nLê Văn Tám;Chuyên viên;Sở Nội vụ tỉnh Cà Mau\nTrần Thị Chín;Trưởng phòng;Sở Nội vụ tỉnh Kiên Giang\n".utf8)
            let page = try await upload(browser, csv, name: "danh sách.csv")
            #expect(page.status == .ok)
            let reply = try JSONDecoder().decode(UploadJSON.self, from: page.data)
            #expect(reply.file == "danh sách.csv")
            #expect(reply.columns.first == "ho_ten" && reply.rows.map(\.first) == ["Lê Văn Tám", "Trần Thị Chín"])
            #expect(try Data(contentsOf: fixture.folderURL.appendingPathComponent("danh sách.csv")) == csv)
            // Another file of the same name is kept beside it, never over it.
            let other = Data("Họ và tên\nĐinh Văn Mười\n".utf8)
            let second = try JSONDecoder().decode(UploadJSON.self, from: try await upload(browser, other, name: "danh sách.csv").data)
            #expect(second.file == "danh sách-2.csv")
            #expect(try Data(contentsOf: fixture.folderURL.appendingPathComponent("danh sách.csv")) == csv)
            // A workbook with a list on each of two sheets: the sheets are offered, then the one named is read.
            let workbook = try Data(contentsOf: checkout.appendingPathComponent("Tests/DataInputTests/Fixtures/xlsx/provincial-200.xlsx"))
            let unnamed = try await upload(browser, workbook, name: "provincial-200.xlsx")
            #expect(unnamed.status == .unprocessableContent)
            let offered = try JSONDecoder().decode(UploadJSON.self, from: unnamed.data)
            #expect(offered.sheets == ["Giấy khen", "Bằng khen"] && offered.problems.first?.text.contains("#Giấy khen") == true)
            #expect(!FileManager.default.fileExists(atPath: fixture.folderURL.appendingPathComponent("provincial-200.xlsx").path))
            let named = try JSONDecoder().decode(UploadJSON.self, from: try await upload(browser, workbook, name: "provincial-200.xlsx", sheet: "Giấy khen").data)
            #expect(named.file == "provincial-200.xlsx#Giấy khen" && named.rows.count == 200)
            #expect(named.rows[199].first == "Người Thứ 200")
        }
    }

    @Test func aGarbageWorkbookTheWrongTypeAndAnOversizeFileAreRefusedAndNotKept() async throws {
        let fixture = try Fixture { $0.maxUpload = 64 * 1024 }
        defer { fixture.remove() }
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: fixture.folderURL.path))
        try await fixture.run { browser in
            _ = try await browser.get("/")
            var generator = SystemRandomNumberGenerator()
            let garbage = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
            let bad = try await upload(browser, Data("PK\u{3}\u{4}".utf8) + garbage, name: "ds.xlsx")
            #expect(bad.status == .unprocessableContent)
            let reply = try JSONDecoder().decode(UploadJSON.self, from: bad.data)
            #expect(reply.file.isEmpty && reply.problems.first?.text.hasPrefix("ds.xlsx") == true, "\(reply.problems.map(\.text))")
            #expect(try await upload(browser, garbage, name: "ds.exe").status == .unsupportedMediaType)
            #expect(try await upload(browser, Data(count: 64 * 1024 + 1), name: "lon.csv").status == .contentTooLarge)
            #expect(try await upload(browser, Data("Họ và tên\nA\n".utf8), name: "ds.csv", list: "don_vi_thuc_hien").status == .badRequest)
            #expect(try await upload(browser, Data("Họ và tên\nA\n".utf8), name: "ds.csv", csrf: "sai").status == .forbidden)
            #expect(try await upload(browser, Data("Họ và tên\nA\n".utf8), name: "../ds.csv").status == .ok, "the name's folder part is dropped")
        }
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: fixture.folderURL.path))
        #expect(after.subtracting(before).filter { !$0.hasPrefix(".") } == ["ds.csv"], "\(after.subtracting(before))")
        let scratch = fixture.folderURL.appendingPathComponent(".vanban/tam").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).isEmpty, "the scratch copies are removed")
        #expect(!FileManager.default.fileExists(atPath: fixture.workspace.appendingPathComponent("ds.csv").path))
    }

    @Test func onAnotherAddressItRefusesToStartWithoutUsers() {
        let folder = URL(fileURLWithPath: "/tmp/khong-dung")
        #expect(WorkbenchSettings(workspace: folder, host: "0.0.0.0", users: UserList(hashes: [])).refusal != nil)
        #expect(WorkbenchSettings(workspace: folder, host: "192.0.2.1", users: UserList(hashes: [])).refusal != nil)
        #expect(WorkbenchSettings(workspace: folder, host: "127.0.0.1", users: UserList(hashes: [])).refusal == nil)
        #expect(WorkbenchSettings(workspace: folder, host: "0.0.0.0", users: UserList(hashes: [("lan", Bcrypt.hash("mat-khau-dai", cost: 4))])).refusal == nil)
    }

    @Test func withUsersEveryPageAsksForSignIn() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-users-\(UUID().uuidString.prefix(6))")
        defer { try? FileManager.default.removeItem(at: folder) }
        try UserList.setPassword("mật khẩu dài", for: "lan", workspace: folder, cost: 4)
        let text = try String(contentsOf: UserList.url(workspace: folder), encoding: .utf8)
        #expect(text.contains("ten: lan") && text.contains("$2") && !text.contains("mật khẩu dài"), "stored hashed")
        let users = try UserList.load(workspace: folder)
        let fixture = try Fixture(users: users, host: "0.0.0.0")
        defer { fixture.remove() }
        try await fixture.run { browser in
            let first = try await browser.get("/")
            #expect(first.status == .seeOther && first.headers[.location] == "/dang-nhap")
            #expect(try await browser.get("/ho-so/tnb/van-ban/\(Fixture.decision)/du-lieu").status == .seeOther)
            let form = try await browser.get("/dang-nhap")
            #expect(form.status == .ok && form.body.contains("name=\"mat_khau\""))
            let anonymous = browser.cookie
            let wrong = try await browser.post("/dang-nhap", [("ten", "lan"), ("mat_khau", "sai")])
            #expect(wrong.status == .unauthorized && wrong.body.contains("không đúng"))
            #expect(try await browser.post("/dang-nhap", [("ten", "ai-do"), ("mat_khau", "mật khẩu dài")]).status == .unauthorized)
            #expect(try await browser.post("/dang-nhap", [("ten", "lan"), ("mat_khau", "mật khẩu dài")], csrf: .some(nil)).status == .forbidden)
            let signedIn = try await browser.post("/dang-nhap", [("ten", "lan"), ("mat_khau", "mật khẩu dài")])
            #expect(signedIn.status == .seeOther && browser.cookie != anonymous, "a new session id on sign-in")
            let page = try await browser.get("/")
            #expect(page.status == .ok && page.body.contains("<span class=\"user\">lan</span>"))
            #expect(try await browser.post("/dang-xuat", []).status == .seeOther)
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test func onLoopbackAnotherHostNameIsRefused() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        // (The router tests' requests are all for «localhost»; the browser test sends another name to the real server.)
        try await fixture.run { browser in
            let page = try await browser.get("/")
            #expect(page.status == .ok)
        }
        #expect(GuardMiddleware.isLoopbackAuthority("[::1]:8080") && GuardMiddleware.isLoopbackAuthority("127.0.0.1"))
        #expect(!GuardMiddleware.isLoopbackAuthority("127.0.0.1.example:80"))
    }
}
