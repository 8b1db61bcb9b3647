import DataInput
@testable import DocumentRegister
import Foundation
import GRDB
import Testing
import VietnameseText

/// `vanban so cap` as a clerk runs it, and what it leaves behind.
@Suite struct IssueCommandTests {
    let today = ["VANBAN_HOM_NAY": "2026-03-02"]

    func entries(_ folder: URL) throws -> [RegisterEntry] {
        try OutgoingRegister.open(RegisterWorkspace(folder: folder), create: false).entries()
    }

    @Test func issuingNumbersTheFileInPlaceKeepsTheOldOneAndRenders() throws {
        let folder = try Fixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try vanban(["so", "cap", "qd.yaml"], in: folder, environment: today)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "qd.yaml: đã cấp số 01/QĐ-UBND ngày 02/03/2026; PDF: qd.pdf\n")
        // Comments and order as they were; the number and the day after the issuer symbol.
        let expected = Fixture.decision.replacingOccurrences(
            of: "ky_hieu_co_quan: UBND   # chữ viết tắt trong số, ký hiệu\n",
            with: "ky_hieu_co_quan: UBND   # chữ viết tắt trong số, ký hiệu\nso: 1\nngay_ban_hanh: 02/03/2026\n")
        #expect(try text(folder.appendingPathComponent("qd.yaml")) == expected)
        let versions = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(".vanban/phien-ban").path)
        #expect(versions.count == 1 && versions[0].hasPrefix("qd.yaml.2026"), "\(versions)")
        #expect(try text(folder.appendingPathComponent(".vanban/phien-ban/\(versions[0])")) == Fixture.decision)
        let pdf = folded(try run("pdftotext", ["-enc", "UTF-8", folder.appendingPathComponent("qd.pdf").path, "-"]).output)
        #expect(pdf.contains("Số: 01/QĐ-UBND") && pdf.contains("Tỉnh A, ngày 02 tháng 3 năm 2026"))
        let entry = try #require(try entries(folder).first)
        #expect(entry.state == .issued && entry.dataFile == "qd.yaml" && entry.pdfFile == "qd.pdf")
        #expect(entry.facts.subject == "Về việc tặng Giấy khen cho các cá nhân")
        #expect(entry.facts.signerName == "Phạm Văn Cường" && entry.facts.recipients == ["Như Điều 3", "Thường trực Tỉnh ủy"])
        #expect(entry.facts.archive == "VT, TĐKT" && entry.facts.copies == 3)

        let again = try vanban(["so", "cap", "qd.yaml", "--force"], in: folder, environment: today)
        #expect(again.status == 1)
        #expect(again.error.contains("qd.yaml: văn bản đã được cấp số 01/QĐ-UBND ngày 02/03/2026 (sổ năm 2026); không cấp lại"))
        #expect(try entries(folder).count == 1)
    }

    @Test func badDataTakesNoNumberAndWritesNothing() throws {
        let folder = try Fixture.folder(decision: Fixture.decision.replacingOccurrences(of: "  ho_ten: Phạm Văn Cường\n", with: ""))
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try vanban(["so", "cap", "qd.yaml"], in: folder, environment: today)
        #expect(result.status == 1)
        #expect(result.error.contains("qd.yaml, dòng 16, cột 3, trường «nguoi_ky»: thiếu trường bắt buộc «ho_ten»") && result.error.contains("ho_ten"), "\(result.error)")
        #expect(try entries(folder).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".vanban", "cum.yaml", "qd.yaml"])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".vanban/phien-ban").path))
    }

    @Test func aNumberWrittenByHandOrVoidedIsRefused() throws {
        let folder = try Fixture.folder(["a.yaml", "b.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(["tay.yaml": Fixture.dated("2026-03-02").replacingOccurrences(of: "# Dòng", with: "so: 7\n# Dòng")], in: folder)
        #expect(try vanban(["so", "cap", "a.yaml"], in: folder, environment: today).status == 0)
        let byHand = try vanban(["so", "cap", "tay.yaml"], in: folder, environment: today)
        #expect(byHand.status == 1 && byHand.error.contains("số 07/QĐ-UBND (năm 2026) không có trong sổ đăng ký"), "\(byHand.error)")
        let void = try vanban(["so", "huy", "01/QĐ-UBND", "--nam", "2026", "--ly-do", "Ban hành nhầm"], in: folder)
        #expect(void.status == 0 && void.output.contains("đã hủy số 01/QĐ-UBND (năm 2026): Ban hành nhầm"))
        let voided = try vanban(["so", "cap", "a.yaml", "--force"], in: folder, environment: today)
        #expect(voided.status == 1 && voided.error.contains("đã bị hủy (lý do: Ban hành nhầm)"), "\(voided.error)")
        #expect(try vanban(["so", "huy", "01/QĐ-UBND", "--nam", "2026", "--ly-do", "lại"], in: folder).status == 1)
        #expect(try vanban(["so", "huy", "05/QĐ-UBND", "--nam", "2026", "--ly-do", "x"], in: folder).status == 1)
        #expect(try vanban(["so", "huy", "01/QĐ-UBND", "--ly-do", "x"], in: folder).status == 2)
        // The voided number stays voided: the next document takes 02.
        let next = try vanban(["so", "cap", "b.yaml"], in: folder, environment: today)
        #expect(next.output.contains("đã cấp số 02/QĐ-UBND"))
    }

    /// 31/12 → 01/01: the new year starts again at 01; a document without a date is dated today.
    @Test func theYearOfTheDateChoosesTheRun() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(["cum.yaml": Fixture.cluster, "a.yaml": Fixture.dated("31/12/2026"), "b.yaml": Fixture.decision,
                   "c.yaml": Fixture.dated("2026-12-31")], in: folder)
        let newYear = ["VANBAN_HOM_NAY": "2027-01-01"]
        #expect(try vanban(["so", "cap", "a.yaml"], in: folder, environment: newYear).output.contains("01/QĐ-UBND ngày 31/12/2026"))
        #expect(try vanban(["so", "cap", "b.yaml"], in: folder, environment: newYear).output.contains("01/QĐ-UBND ngày 01/01/2027"))
        #expect(try text(folder.appendingPathComponent("b.yaml")).contains("so: 1\nngay_ban_hanh: 01/01/2027\n"))
        #expect(try vanban(["so", "cap", "c.yaml"], in: folder, environment: newYear).output.contains("02/QĐ-UBND ngày 31/12/2026"))
        let list = try vanban(["so", "liet-ke", "--nam", "2027"], in: folder)
        #expect(list.output.contains("01/QĐ-UBND   01/01/2027") && !list.output.contains("31/12/2026"), "\(list.output)")
    }

    @Test func perTypeRunsWhenTheWorkspaceSaysSo() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(["cum.yaml": Fixture.cluster, "qd.yaml": Fixture.decision, ".vanban/so-dang-ky.yaml": "co_quan: { UBND: theo_loai }\n"], in: folder)
        for _ in 0..<2 { #expect(try vanban(["so", "cap-thu", "--loai", "KH"], in: folder).status == 0) }
        #expect(try vanban(["so", "cap", "qd.yaml"], in: folder, environment: today).output.contains("đã cấp số 01/QĐ-UBND"))
        try write([".vanban/so-dang-ky.yaml": "co_quan: { UBND: chung }\n"], in: folder)
        #expect(try vanban(["so", "cap-thu", "--loai", "BC"], in: folder).output == "03/BC-UBND\n")
    }

    @Test func exportAndListFromTheCommandLine() throws {
        let folder = try Fixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let none = try vanban(["so", "liet-ke"], in: folder)
        #expect(none.status == 1 && none.error.contains("chưa có sổ đăng ký văn bản đi ở đây"))
        #expect(try vanban(["so", "cap", "qd.yaml"], in: folder, environment: today).status == 0)
        for name in ["so.pdf", "so.xlsx", "so.csv"] {
            let result = try vanban(["so", "xuat", "--nam", "2026", "-o", "ra/\(name)"], in: folder)
            #expect(result.status == 0 && result.output == "ra/\(name): sổ đăng ký văn bản đi năm 2026, 1 văn bản\n", "\(result.error)")
        }
        #expect(try vanban(["so", "xuat", "--nam", "2026", "-o", "ra/so.csv"], in: folder).status == 3)
        #expect(try vanban(["so", "xuat", "--nam", "2026", "-o", "so.docx"], in: folder).status == 2)
        let csv = try text(folder.appendingPathComponent("ra/so.csv"))
        #expect(csv.contains("01/QĐ-UBND;02/03/2026;Quyết định về việc tặng Giấy khen"))
        let sheet = try Workbook.read(folder.appendingPathComponent("ra/so.xlsx"), display: "so.xlsx").sheets[0]
        #expect(sheet.rows.first { $0.number == 7 }?.cells.first?.value == .text("01/QĐ-UBND"))
        let other = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: other) }
        let elsewhere = try vanban(["so", "liet-ke", "--thu-muc", folder.path, "--loai", "QĐ"], in: other)
        #expect(elsewhere.status == 0 && elsewhere.output.contains("01/QĐ-UBND") && elsewhere.output.contains("qd.yaml"))
    }

    @Test func aDamagedRegisterIsSaidAndNothingIsWritten() throws {
        let folder = try Fixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let garbage = Data("Đây không phải sổ đăng ký\n".utf8) + Data(repeating: 0x55, count: 4096)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".vanban"), withIntermediateDirectories: true)
        try garbage.write(to: folder.appendingPathComponent(".vanban/so-dang-ky.sqlite"))
        let result = try vanban(["so", "cap", "qd.yaml"], in: folder, environment: today)
        #expect(result.status == 4)
        #expect(result.error.contains(".vanban/so-dang-ky.sqlite: sổ đăng ký bị hỏng hoặc không phải tệp sổ của VanBan"), "\(result.error)")
        #expect(try text(folder.appendingPathComponent("qd.yaml")) == Fixture.decision)
        #expect(try Data(contentsOf: folder.appendingPathComponent(".vanban/so-dang-ky.sqlite")) == garbage)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(".vanban").path) == ["so-dang-ky.sqlite"])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("qd.pdf").path))
        #expect(try vanban(["so", "liet-ke"], in: folder).status == 4)
    }

    /// A register whose pages were overwritten in the middle (a disk fault): the check on opening finds it.
    @Test func aRegisterWithBrokenPagesIsSaidToo() throws {
        let folder = try Fixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try vanban(["so", "cap-thu", "--so-lan", "300"], in: folder).status == 0)
        let url = folder.appendingPathComponent(".vanban/so-dang-ky.sqlite")
        var bytes = try Data(contentsOf: url)
        let page = 4096
        #expect(bytes.count > 6 * page)
        bytes.replaceSubrange(3 * page..<5 * page, with: Data(repeating: 0xA5, count: 2 * page))
        try bytes.write(to: url)
        let result = try vanban(["so", "cap", "qd.yaml"], in: folder, environment: today)
        #expect(result.status == 4 && result.error.contains("sổ đăng ký bị hỏng"), "\(result.error)")
        #expect(try text(folder.appendingPathComponent("qd.yaml")) == Fixture.decision)
        #expect(try Data(contentsOf: url) == bytes)
    }

    @Test func aLockedRegisterIsSaidAfterTheWaitAndNothingIsWritten() throws {
        let folder = try Fixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try vanban(["so", "cap-thu"], in: folder).status == 0)
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: folder.appendingPathComponent(".vanban/so-dang-ky.sqlite").path, configuration: configuration)
        try holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN EXCLUSIVE") }
        let started = Date()
        let result = try vanban(["so", "cap", "qd.yaml"], in: folder, environment: today.merging(["VANBAN_SO_CHO_KHOA": "1"]) { $1 })
        let waited = Date().timeIntervalSince(started)
        try holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
        #expect(result.status == 4)
        #expect(result.error.contains("sổ đăng ký đang bị một chương trình khác giữ khóa quá 1 giây; chưa cấp số, không ghi gì"), "\(result.error)")
        #expect(waited >= 1)
        #expect(try text(folder.appendingPathComponent("qd.yaml")) == Fixture.decision)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("qd.pdf").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".vanban/phien-ban").path))
        #expect(try entries(folder).count == 1)
        // Once the lock is gone, the same call goes through.
        #expect(try vanban(["so", "cap", "qd.yaml"], in: folder, environment: today).output.contains("đã cấp số 02/QĐ-UBND"))
    }
}
