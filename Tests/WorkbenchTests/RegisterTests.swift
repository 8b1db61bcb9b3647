import DataInput
import DocumentRegister
import Foundation
import HTTPTypes
import HummingbirdBcrypt
import Testing
import VietnameseText
@testable import Workbench

/// «Cấp số» on a document and the register page of a hồ sơ: numbers through `DataFileIssuer`
/// (as `vanban so cap`), refusals in the clerk's words, concurrency, filter, export, void, roles.
@Suite struct RegisterTests {
    /// The decision of the fixture as a draft: without its number, under `name`, dated `date`.
    @discardableResult
    static func draft(_ fixture: Fixture, _ name: String, date: String? = nil, from source: String = Fixture.decision,
                      edit: (String) -> String = { $0 }) throws -> URL {
        var text = try String(contentsOf: fixture.folderURL.appendingPathComponent(source), encoding: .utf8)
        text = text.replacingOccurrences(of: "so: 152\n", with: "").replacingOccurrences(of: "so: 02\n", with: "")
        if let date { text = text.replacingOccurrences(of: "ngay_ban_hanh: 2023-02-24", with: "ngay_ban_hanh: \(date)") }
        let url = fixture.folderURL.appendingPathComponent(name)
        try edit(text).write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static func token(_ url: URL) throws -> String { DataFileStore.token(try Data(contentsOf: url)) }

    /// The version token the page's «Cấp số» form carries.
    static func formToken(_ page: String) -> String? {
        guard let form = page.range(of: "id=\"cap-so-form\"") else { return nil }
        let rest = page[form.upperBound...]
        guard let field = rest.range(of: #"name="_phien_ban" value="([^"]*)""#, options: .regularExpression) else { return nil }
        return String(rest[field].dropFirst(#"name="_phien_ban" value=""#.count).dropLast())
    }

    static func register(_ fixture: Fixture) throws -> OutgoingRegister {
        try OutgoingRegister.open(RegisterWorkspace(folder: fixture.folderURL), create: false)
    }

    @Test func issuingADraftNumbersTheFileRecordsTheEntryAndMakesThePDF() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let url = try Self.draft(fixture, "qd-nhap.yaml")
        let before = try String(contentsOf: url, encoding: .utf8)
        try await fixture.run { browser in
            let page = try await browser.get("/ho-so/tnb/van-ban/qd-nhap.yaml")
            #expect(page.body.contains("id=\"cap-so\">Cấp số</button>"), "a valid draft without a number offers «Cấp số»")
            let token = try #require(Self.formToken(page.body))
            #expect(token == (try Self.token(url)))
            let issued = try await browser.post("/ho-so/tnb/van-ban/qd-nhap.yaml/cap-so", [("_phien_ban", token)])
            #expect(issued.status == .seeOther)
            #expect(issued.headers[.location] == "/ho-so/tnb/van-ban/qd-nhap.yaml?da-cap-so=1")
            // The number in the file after the issuer's symbol, everything else as it was.
            let after = try String(contentsOf: url, encoding: .utf8)
            #expect(after == before.replacingOccurrences(of: "ky_hieu_co_quan: BNV\n", with: "ky_hieu_co_quan: BNV\nso: 1\n"))
            let entries = try Self.register(fixture).entries()
            #expect(entries.count == 1)
            let entry = try #require(entries.first)
            #expect(entry.numberText == "01/QĐ-BNV" && entry.state == .issued && entry.year == 2023)
            #expect(entry.dataFile == "qd-nhap.yaml" && entry.pdfFile == "qd-nhap.pdf")
            #expect(entry.actor.hasPrefix("bàn làm việc"))
            let pdf = try Data(contentsOf: fixture.folderURL.appendingPathComponent("qd-nhap.pdf"))
            #expect(pdf.starts(with: Array("%PDF".utf8)))
            #expect(try pdfText(pdf).contains("Số: 01/QĐ-BNV"))
            // The page says so, and offers no second number.
            let shown = try await browser.get("/ho-so/tnb/van-ban/qd-nhap.yaml?da-cap-so=1")
            #expect(shown.body.contains("Đã cấp số 01/QĐ-BNV ngày 24/02/2023 và ghi vào sổ đăng ký."))
            #expect(shown.body.contains("Số 01/QĐ-BNV ngày 24/02/2023: đã cấp"))
            #expect(!shown.body.contains("id=\"cap-so\""))
            // The hồ sơ lists it issued; the old version is kept.
            let workspace = try await browser.get("/")
            #expect(workspace.body.contains("/ho-so/tnb/so-dang-ky"))
            #expect(DataFileStore().versions(of: "qd-nhap.yaml", in: fixture.folderURL).count == 1)
        }
    }

    @Test func aDraftWithErrorsIsRefusedAndTakesNoNumber() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let url = try Self.draft(fixture, "qd-loi.yaml") { $0.replacingOccurrences(of: "  ho_ten: Nguyễn Duy Thành\n", with: "") }
        let before = try Data(contentsOf: url)
        try await fixture.run { browser in
            let page = try await browser.get("/ho-so/tnb/van-ban/qd-loi.yaml")
            #expect(page.body.contains("id=\"cap-so\" disabled"))
            #expect(page.body.contains("Chưa cấp số được: văn bản còn"))
            let refused = try await browser.post("/ho-so/tnb/van-ban/qd-loi.yaml/cap-so", [("_phien_ban", try Self.token(url))])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Chưa cấp số: văn bản còn lỗi"))
            #expect(refused.body.contains("qd-loi.yaml") && refused.body.contains("thiếu trường bắt buộc «ho_ten»"))
        }
        #expect(try Data(contentsOf: url) == before)
        #expect(!FileManager.default.fileExists(atPath: fixture.folderURL.appendingPathComponent("qd-loi.pdf").path))
        #expect(try Self.register(fixture).entries().isEmpty)
    }

    @Test func anIssuedOrForeignNumberAndAFileChangedMeanwhileAreRefused() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let url = try Self.draft(fixture, "qd-nhap.yaml")
        try await fixture.run { browser in
            let page = try await browser.get("/ho-so/tnb/van-ban/qd-nhap.yaml")
            let token = try #require(Self.formToken(page.body))
            // Changed on disk after the page was loaded: refused, the change kept.
            let changed = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "tham_quyen: Bộ trưởng", with: "tham_quyen: Quyền Bộ trưởng")
            try changed.write(to: url, atomically: true, encoding: .utf8)
            let stale = try await browser.post("/ho-so/tnb/van-ban/qd-nhap.yaml/cap-so", [("_phien_ban", token)])
            #expect(stale.status == .conflict)
            #expect(stale.body.contains("Chưa cấp số: tệp «qd-nhap.yaml» đã được sửa ở nơi khác"))
            #expect(try String(contentsOf: url, encoding: .utf8) == changed)
            #expect(!FileManager.default.fileExists(atPath: RegisterWorkspace(folder: fixture.folderURL).databaseURL.path))
            // The page it answers with carries the new version: issuing from it works.
            let fresh = try #require(Self.formToken(stale.body))
            #expect(try await browser.post("/ho-so/tnb/van-ban/qd-nhap.yaml/cap-so", [("_phien_ban", fresh)]).status == .seeOther)
            // Issued: a second «Cấp số» (an old tab) is refused, naming the entry.
            let again = try await browser.post("/ho-so/tnb/van-ban/qd-nhap.yaml/cap-so", [("_phien_ban", try Self.token(url))])
            #expect(again.status == .unprocessableContent)
            #expect(again.body.contains("văn bản đã được cấp số 01/QĐ-BNV ngày 24/02/2023"))
            #expect(try Self.register(fixture).entries().count == 1)
            // A number the register never gave (the example's 152): no button, and refused.
            let foreign = try await browser.get("/ho-so/tnb/van-ban/\(Fixture.decision)")
            #expect(foreign.body.contains("Số 152 (ghi trong tệp, không do sổ đăng ký của hồ sơ cấp)") && !foreign.body.contains("id=\"cap-so\""))
            let refused = try await browser.post("/ho-so/tnb/van-ban/\(Fixture.decision)/cap-so", [("_phien_ban", try Self.token(fixture.decisionURL))])
            #expect(refused.status == .unprocessableContent && refused.body.contains("không có trong sổ đăng ký"))
            // Without the CSRF token nothing happens.
            try Self.draft(fixture, "qd-2.yaml")
            let forged = try await browser.post("/ho-so/tnb/van-ban/qd-2.yaml/cap-so",
                                                [("_phien_ban", try Self.token(fixture.folderURL.appendingPathComponent("qd-2.yaml")))], csrf: .some(nil))
            #expect(forged.status == .forbidden)
            #expect(try Self.register(fixture).entries().count == 1)
        }
    }

    /// A save that lands between the route's check of the version and the issuer's lock on the
    /// file is found under the lock, before a number is taken.
    @Test func aChangeWhileWaitingForTheLockIsFound() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let url = try Self.draft(fixture, "qd-nhap.yaml")
        let token = try Self.token(url)
        let workspace = RegisterWorkspace(folder: fixture.folderURL)
        try await fixture.run { browser in
            _ = try await browser.get("/")
            // Another writer (a save, «vanban so cap») holds the file.
            var lock = try FileLock.acquire(FileLock.name(forDataFile: "qd-nhap.yaml"), in: workspace.locksFolder, timeout: 1)
            #expect(lock != nil)
            async let reply = browser.post("/ho-so/tnb/van-ban/qd-nhap.yaml/cap-so", [("_phien_ban", token)])
            // The request is past the route's check once it has opened the register (it then
            // waits for the lock); the file changes only then.
            let deadline = Date().addingTimeInterval(6)
            while !FileManager.default.fileExists(atPath: workspace.databaseURL.path), Date() < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            try await Task.sleep(for: .milliseconds(100))
            let changed = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "tham_quyen: Bộ trưởng", with: "tham_quyen: Quyền Bộ trưởng")
            try changed.write(to: url, atomically: true, encoding: .utf8)
            lock = nil
            let page = try await reply
            #expect(page.status == .conflict && page.body.contains("đã được sửa ở nơi khác"))
            #expect(FileManager.default.fileExists(atPath: workspace.databaseURL.path), "the request got past the first check, to the register")
            #expect(try String(contentsOf: url, encoding: .utf8) == changed)
            #expect(try Self.register(fixture).entries().isEmpty, "no number taken")
        }
    }

    /// A PDF already beside the data file is replaced only when the clerk says so.
    @Test func anExistingPDFIsReplacedOnlyWhenAsked() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let url = try Self.draft(fixture, "qd-nhap.yaml")
        let pdf = fixture.folderURL.appendingPathComponent("qd-nhap.pdf")
        try Data("bản in thử".utf8).write(to: pdf)
        try await fixture.run { browser in
            let page = try await browser.get("/ho-so/tnb/van-ban/qd-nhap.yaml")
            #expect(page.body.contains("Thay tệp PDF đã có (qd-nhap.pdf)"))
            let refused = try await browser.post("/ho-so/tnb/van-ban/qd-nhap.yaml/cap-so", [("_phien_ban", try Self.token(url))])
            #expect(refused.status == .conflict && refused.body.contains("Trong hồ sơ đã có tệp «qd-nhap.pdf»"))
            #expect(try Data(contentsOf: pdf) == Data("bản in thử".utf8))
            #expect(try Self.register(fixture).entries().isEmpty, "no number taken")
            let replaced = try await browser.post("/ho-so/tnb/van-ban/qd-nhap.yaml/cap-so", [("_phien_ban", try Self.token(url)), ("ghi_de_pdf", "1")])
            #expect(replaced.status == .seeOther)
            #expect(try Data(contentsOf: pdf).starts(with: Array("%PDF".utf8)))
        }
    }

    /// Twenty clerks press «Cấp số» at once on twenty drafts: twenty distinct numbers, 1 to 20,
    /// each file with its own; then the register page lists them, filters, exports, voids.
    @Test func twentyParallelIssuesThenTheRegisterPage() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let names = (1...20).map { String(format: "qd-%02d.yaml", $0) }
        for name in names { try Self.draft(fixture, name) }
        // Another type and another year, for the filter.
        try Self.draft(fixture, "to-trinh-nhap.yaml", from: "to-trinh-de-nghi-khen-thuong-2022.yaml")
        try Self.draft(fixture, "qd-2024.yaml", date: "2024-01-15")
        try await fixture.run { browser in
            _ = try await browser.get("/")
            let tokens = try names.map { try Self.token(fixture.folderURL.appendingPathComponent($0)) }
            let statuses = try await withThrowingTaskGroup(of: (String, HTTPResponse.Status, String).self) { group in
                for (name, token) in zip(names, tokens) {
                    group.addTask {
                        let page = try await browser.post("/ho-so/tnb/van-ban/\(name)/cap-so", [("_phien_ban", token)])
                        return (name, page.status, page.body)
                    }
                }
                var result: [String: HTTPResponse.Status] = [:]
                for try await (name, status, body) in group {
                    result[name] = status
                    if status != .seeOther { Issue.record("\(name): \(status) \(body.prefix(2000))") }
                }
                return result
            }
            #expect(statuses.count == 20 && statuses.values.allSatisfy { $0 == .seeOther })
            var numbers: [Int] = []
            for name in names {
                let root = try DataLoader.load(fixture.folderURL.appendingPathComponent(name), displayPath: name)
                numbers.append(try #require(root["so"]).int())
            }
            #expect(numbers.sorted() == Array(1...20), "\(numbers)")
            let entries = try Self.register(fixture).entries()
            #expect(entries.count == 20 && entries.allSatisfy { $0.state == .issued })
            #expect(Set(entries.map(\.dataFile)) == Set(names.map { Optional($0) }))
            for entry in entries {
                let file = try DataLoader.load(fixture.folderURL.appendingPathComponent(entry.dataFile!), displayPath: entry.dataFile!)
                #expect(try file["so"]?.int() == entry.number, "each file has its own entry's number")
            }
            for name in ["to-trinh-nhap.yaml", "qd-2024.yaml"] {
                let token = try Self.token(fixture.folderURL.appendingPathComponent(name))
                #expect(try await browser.post("/ho-so/tnb/van-ban/\(name)/cap-so", [("_phien_ban", token)]).status == .seeOther)
            }

            // The register page: the latest year by default, then every year, a year, a type.
            let latest = try await browser.get("/ho-so/tnb/so-dang-ky")
            #expect(latest.status == .ok)
            #expect(rows(latest.body) == ["01/QĐ-BNV"], "2024 has its own sequence")
            let all = try await browser.get("/ho-so/tnb/so-dang-ky?nam=&loai=")
            #expect(rows(all.body).count == 22)
            let year = try await browser.get("/ho-so/tnb/so-dang-ky?nam=2023&loai=")
            #expect(rows(year.body) == (1...20).map { String(format: "%02d/QĐ-BNV", $0) } + ["01/TTr-CTĐTNB"])
            #expect(year.body.contains("Quyết định về việc") || year.body.contains("Quyết định khen thưởng") || year.body.contains("Quyết định"))
            #expect(year.body.contains("Phạm Thị Thanh Trà") || year.body.contains("Bộ trưởng"))
            let type = try await browser.get("/ho-so/tnb/so-dang-ky?nam=2023&loai=TTr")
            #expect(rows(type.body) == ["01/TTr-CTĐTNB"])
            let none = try await browser.get("/ho-so/tnb/so-dang-ky?nam=2023&loai=KH")
            #expect(rows(none.body).isEmpty && none.body.contains("Không có văn bản nào với bộ lọc này."))

            // Exports of the filtered book, read back.
            let xlsx = try await browser.get("/ho-so/tnb/so-dang-ky/xuat?dinh-dang=xlsx&nam=2023&loai=QĐ")
            #expect(xlsx.status == .ok && xlsx.headers[.contentType] == RegisterFormat.xlsx.mediaType)
            #expect(xlsx.headers[.contentDisposition]?.contains("so-dang-ky-tnb-2023-Q") == true)
            let sheet = try #require(try Workbook.read(data: xlsx.data, display: "so.xlsx").sheets.first)
            let numbered = sheet.rows.filter { $0.number >= 7 }.compactMap { row -> String? in
                if case .text(let text)? = row.cells.first?.value { return text }
                return nil
            }
            #expect(numbered == (1...20).map { String(format: "%02d/QĐ-BNV", $0) })
            let csv = try await browser.get("/ho-so/tnb/so-dang-ky/xuat?dinh-dang=csv&nam=2023&loai=")
            let csvText = String(decoding: csv.data, as: UTF8.self)
            #expect(csv.status == .ok && csvText.contains("01/TTr-CTĐTNB;10/01/2023") && csvText.contains("20/QĐ-BNV;24/02/2023"))
            let pdf = try await browser.get("/ho-so/tnb/so-dang-ky/xuat?dinh-dang=pdf&nam=2024&loai=")
            #expect(pdf.status == .ok && pdf.data.starts(with: Array("%PDF".utf8)))
            let printed = try pdfText(pdf.data)
            #expect(printed.contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI") && printed.contains("Năm 2024") && printed.contains("01/QĐ-BNV"))
            #expect(!printed.contains("02/QĐ-BNV"))
            #expect(try await browser.get("/ho-so/tnb/so-dang-ky/xuat?dinh-dang=docx").status == .badRequest)

            // Voiding: a reason is needed; then the line stays, voided, with it.
            let third = try #require(entries.first { $0.number == 3 })
            let noReason = try await browser.post("/ho-so/tnb/so-dang-ky/huy", [("id", String(third.id)), ("ly_do", "  "), ("nam", "2023"), ("loai", "")])
            #expect(noReason.status == .unprocessableContent && noReason.body.contains("cần ghi lý do hủy"))
            let voided = try await browser.post("/ho-so/tnb/so-dang-ky/huy", [("id", String(third.id)), ("ly_do", "Ban hành nhầm, đã thu hồi"),
                                                                             ("nam", "2023"), ("loai", "")])
            #expect(voided.status == .seeOther)
            let location = try #require(voided.headers[.location])
            let after = try await browser.get(location)
            #expect(after.body.contains("Đã hủy số 03/QĐ-BNV (năm 2023), lý do: Ban hành nhầm, đã thu hồi. Số này không cấp lại."))
            #expect(after.body.contains("<span class=\"state voided\">đã hủy</span>") && after.body.contains(": Ban hành nhầm, đã thu hồi"))
            #expect(rows(after.body).count == 21, "a voided line stays in the book")
            #expect(try Self.register(fixture).entry(id: third.id)?.state == .voided)
            let twice = try await browser.post("/ho-so/tnb/so-dang-ky/huy", [("id", String(third.id)), ("ly_do", "lần nữa")])
            #expect(twice.status == .conflict && twice.body.contains("đã bị hủy"))
        }
    }

    /// An interrupted issue (the number in the file, the entry «đang cấp»): the register page
    /// says so, and «Hoàn tất cấp số» finishes it.
    @Test func anUnfinishedIssueIsShownAndFinished() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let url = try Self.draft(fixture, "qd-nhap.yaml")
        let workspace = RegisterWorkspace(folder: fixture.folderURL)
        let register = try OutgoingRegister.open(workspace)
        let facts = try testIssuePipeline.describe(url, "qd-nhap.yaml")
        let entry = try register.reserve(facts, sequence: .common, dataFile: "qd-nhap.yaml", pdfFile: "qd-nhap.pdf", actor: "thu")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "ky_hieu_co_quan: BNV\n", with: "ky_hieu_co_quan: BNV\nso: \(entry.number)\n")
        try text.write(to: url, atomically: true, encoding: .utf8)
        try await fixture.run { browser in
            let book = try await browser.get("/ho-so/tnb/so-dang-ky")
            #expect(book.body.contains("đang cấp, chưa hoàn tất") && book.body.contains("Có 1 văn bản cấp số chưa hoàn tất"))
            let page = try await browser.get("/ho-so/tnb/van-ban/qd-nhap.yaml")
            #expect(page.body.contains(">Hoàn tất cấp số</button>"))
            let done = try await browser.post("/ho-so/tnb/van-ban/qd-nhap.yaml/cap-so", [("_phien_ban", try #require(Self.formToken(page.body)))])
            #expect(done.status == .seeOther)
            #expect(try register.entry(id: entry.id)?.state == .issued)
        }
    }

    /// With users, only a văn thư issues and voids; the others see the number, not the button.
    @Test func onlyTheClerkIssuesAndVoids() async throws {
        let hash = Bcrypt.hash("mat-khau-dai", cost: 4)
        let users = UserList(hashes: [("lan", hash), ("minh", hash)], roles: ["lan": [.clerk]])
        let fixture = try Fixture(users: users)
        defer { fixture.remove() }
        let url = try Self.draft(fixture, "qd-nhap.yaml")
        try await fixture.run { browser in
            _ = try await browser.get("/dang-nhap")
            #expect(try await browser.post("/dang-nhap", [("ten", "minh"), ("mat_khau", "mat-khau-dai")]).status == .seeOther)
            let page = try await browser.get("/ho-so/tnb/van-ban/qd-nhap.yaml")
            #expect(!page.body.contains("id=\"cap-so\"") && page.body.contains("việc cấp số do văn thư làm"))
            let refused = try await browser.post("/ho-so/tnb/van-ban/qd-nhap.yaml/cap-so", [("_phien_ban", try Self.token(url))])
            #expect(refused.status == .forbidden && refused.body.contains("Chỉ người có vai trò văn thư mới được cấp số"))
            #expect(!FileManager.default.fileExists(atPath: RegisterWorkspace(folder: fixture.folderURL).databaseURL.path))

            let clerk = Browser(client: browser.client)
            _ = try await clerk.get("/dang-nhap")
            #expect(try await clerk.post("/dang-nhap", [("ten", "lan"), ("mat_khau", "mat-khau-dai")]).status == .seeOther)
            let offered = try await clerk.get("/ho-so/tnb/van-ban/qd-nhap.yaml")
            #expect(offered.body.contains("id=\"cap-so\">Cấp số</button>"))
            #expect(try await clerk.post("/ho-so/tnb/van-ban/qd-nhap.yaml/cap-so", [("_phien_ban", try #require(Self.formToken(offered.body)))]).status == .seeOther)
            let entry = try #require(try Self.register(fixture).entries().first)
            #expect(entry.actor == "lan")

            // The register page: everyone reads it; only the văn thư voids.
            let read = try await browser.get("/ho-so/tnb/so-dang-ky")
            #expect(rows(read.body) == ["01/QĐ-BNV"] && !read.body.contains("Hủy số</button>"))
            let notVoided = try await browser.post("/ho-so/tnb/so-dang-ky/huy", [("id", String(entry.id)), ("ly_do", "thử")])
            #expect(notVoided.status == .forbidden && notVoided.body.contains("Chỉ người có vai trò văn thư"))
            #expect(try Self.register(fixture).entry(id: entry.id)?.state == .issued)
            #expect((try await clerk.get("/ho-so/tnb/so-dang-ky")).body.contains("Hủy số</button>"))
            #expect(try await clerk.post("/ho-so/tnb/so-dang-ky/huy", [("id", String(entry.id)), ("ly_do", "Ký nhầm người")]).status == .seeOther)
            #expect(try Self.register(fixture).entry(id: entry.id)?.state == .voided)
        }
    }

    @Test func theUsersFileKeepsRoles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-roles-\(UUID().uuidString.prefix(6))")
        defer { try? FileManager.default.removeItem(at: folder) }
        try UserList.setPassword("mat-khau-dai", for: "lan", roles: [.clerk], workspace: folder, cost: 4)
        try UserList.setPassword("mat-khau-dai", for: "minh", workspace: folder, cost: 4)
        try UserList.setPassword("mat-khau-moi", for: "lan", workspace: folder, cost: 4)
        let text = try String(contentsOf: UserList.url(workspace: folder), encoding: .utf8)
        #expect(text.contains("vai_tro: van-thu"))
        let users = try UserList.load(workspace: folder)
        #expect(users.has(.clerk, "lan") && !users.has(.clerk, "minh") && !users.has(.clerk, nil))
        #expect(users.verify(name: "lan", password: "mat-khau-moi"))
        try text.replacingOccurrences(of: "vai_tro: van-thu", with: "vai_tro: giam-doc").write(to: UserList.url(workspace: folder), atomically: true, encoding: .utf8)
        #expect(throws: DataError.self) { try UserList.load(workspace: folder) }
    }

    /// With no register yet, the page says how one begins.
    @Test func anEmptyRegisterPage() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try await fixture.run { browser in
            let page = try await browser.get("/ho-so/tnb/so-dang-ky")
            #expect(page.status == .ok && page.body.contains("Sổ chưa có văn bản nào."))
            #expect(try await browser.get("/ho-so/khong-co/so-dang-ky").status == .notFound)
        }
        #expect(!FileManager.default.fileExists(atPath: RegisterWorkspace(folder: fixture.folderURL).databaseURL.path), "looking creates nothing")
    }
}

/// The numbers of the register table's rows, in order.
func rows(_ html: String) -> [String] {
    let pattern = try! NSRegularExpression(pattern: #"<tr data-entry="\d+" data-number="([^"]+)""#)
    let ns = html as NSString
    return pattern.matches(in: html, range: NSRange(location: 0, length: ns.length)).map {
        HTMLForm.unescape(ns.substring(with: $0.range(at: 1)))
    }
}

/// A PDF's text (pdftotext), spaces folded, in NFC.
func pdfText(_ data: Data) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-pdf-\(UUID().uuidString.prefix(8)).pdf")
    try data.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["pdftotext", "-enc", "UTF-8", file.path, "-"]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: text, as: UTF8.self).precomposedStringWithCanonicalMapping
        .replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}
