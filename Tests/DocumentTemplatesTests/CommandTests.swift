import DataInput
import Foundation
import Testing

/// The `vanban` command as a clerk runs it (the binary `swift test` builds beside the tests).
@Suite struct CommandTests {
    static let binary = checkout.appendingPathComponent(".build/debug/vanban").path

    func vanban(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> (output: String, error: String, status: Int32) {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build the vanban product first")
        return try run(Self.binary, arguments, in: folder, environment: environment)
    }

    func folderWithDecision() throws -> URL {
        let folder = try scratchFolder()
        try write(["qd.yaml": ValidationTests.decision, "cum.yaml": ValidationTests.cluster], in: folder)
        return folder
    }

    @Test func renderWritesThePDFAndNeverOverwritesWithoutForce() throws {
        let folder = try folderWithDecision()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try vanban(["render", "qd.yaml"], in: folder)
        #expect(first.status == 0, "\(first.error)")
        let pdf = folder.appendingPathComponent("qd.pdf")
        let written = try Data(contentsOf: pdf)
        #expect(written.prefix(5) == Data("%PDF-".utf8))
        #expect(first.output.contains("qd.pdf: 2 trang") || first.output.contains("qd.pdf: 3 trang"))
        let again = try vanban(["render", "qd.yaml"], in: folder)
        #expect(again.status == 3)
        #expect(again.error.contains("tệp đã có; dùng --force để ghi đè"))
        #expect(try Data(contentsOf: pdf) == written)
        let forced = try vanban(["render", "qd.yaml", "--force", "-o", "ra/quyet-dinh.pdf", "--png", "anh"], in: folder)
        #expect(forced.status == 0, "\(forced.error)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("ra/quyet-dinh.pdf").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("anh/quyet-dinh-01.png").path))
    }

    @Test func badDataExitsWithOneAndWritesNothing() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(["qd.yaml": ValidationTests.decision.replacingOccurrences(of: "so: 12", with: "so: abc"), "cum.yaml": ValidationTests.cluster], in: folder)
        let result = try vanban(["render", "qd.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.error.contains("qd.yaml, dòng 5"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["cum.yaml", "qd.yaml"])
        let check = try vanban(["check", "qd.yaml"], in: folder)
        #expect(check.status == 1 && check.error.contains("«so»"))
    }

    @Test func aMissingFontFolderIsSaidOnceAndNothingIsWritten() throws {
        let folder = try folderWithDecision()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: folder.appendingPathComponent("qd.yaml"), to: folder.appendingPathComponent("qd2.yaml"))
        let result = try vanban(["render", "qd.yaml", "qd2.yaml", "--fonts", "khong-co"], in: folder)
        #expect(result.status == 1)
        #expect(result.error.components(separatedBy: "khong-co: không có thư mục phông chữ này (--fonts).").count == 2, "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["cum.yaml", "qd.yaml", "qd2.yaml"])
    }

    @Test func checkTemplatesAndNew() throws {
        let folder = try folderWithDecision()
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = try vanban(["check", "qd.yaml"], in: folder)
        #expect(check.status == 0 && check.output.contains("qd.yaml: hợp lệ (mẫu quyet-dinh-khen-thuong)"))
        let list = try vanban(["templates"], in: folder)
        for name in ["ke-hoach-thi-dua", "giao-uoc-thi-dua", "quyet-dinh-khen-thuong", "bien-ban-hoi-nghi"] {
            #expect(list.output.contains(name))
        }
        for name in ["ke-hoach-thi-dua", "giao-uoc-thi-dua", "quyet-dinh-khen-thuong", "bien-ban-hoi-nghi"] {
            let made = try vanban(["new", name, "-o", "\(name).yaml"], in: folder)
            #expect(made.status == 0, "\(made.error)")
            let node = try DataLoader.load(folder.appendingPathComponent("\(name).yaml"))
            #expect(try node.required("mau").string() == name)
            // Filled with the declared examples, a new data file is valid as it stands.
            let checked = try vanban(["check", "\(name).yaml"], in: folder)
            #expect(checked.status == 0, "\(name): \(checked.error)")
            let again = try vanban(["new", name, "-o", "\(name).yaml"], in: folder)
            #expect(again.status == 3)
        }
    }

    /// A new award decision is dated today, cites the căn cứ in force today, and agrees with
    /// itself (a Chủ tịch UBND's decision signed for the Chairman, numbered QĐ-UBND): `check`
    /// finds nothing to warn of but money rows still to verify.
    @Test func aNewDecisionIsOfToday() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let today = ["VANBAN_HOM_NAY": "2026-12-01"]
        #expect(try vanban(["new", "quyet-dinh-khen-thuong", "-o", "qd.yaml"], in: folder, environment: today).status == 0)
        let node = try DataLoader.load(folder.appendingPathComponent("qd.yaml"))
        #expect(try node.required("ngay_ban_hanh").string() == "2026-12-01")
        let bases = try node.required("can_cu").list().map { try $0.string() }
        #expect(bases.contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"))
        #expect(bases.contains { $0.hasPrefix("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ") })
        #expect(try node.required("nguoi_ky").required("quyen_han").string() == "KT.")
        #expect(try node.required("nguoi_ky").required("thay_mat").string() == "Chủ tịch")
        let checked = try vanban(["check", "qd.yaml"], in: folder, environment: today)
        #expect(checked.status == 0, "\(checked.error)")
        let warnings = checked.error.split(separator: "\n").filter { $0.contains("cảnh báo") }
        #expect(warnings.allSatisfy { $0.contains("tiền thưởng dựa trên dòng chưa đối chiếu") }, "\(warnings)")
        let text = try vanban(["new", "quyet-dinh-khen-thuong"], in: folder, environment: today).output
        #expect(!text.contains("huyện") && !text.contains("Bến Tre"))
    }

    @Test func helpAndUsageErrorsAreInVietnamese() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let help = try vanban(["--help"], in: folder)
        #expect(help.status == 0 && help.output.contains("Mã thoát") && help.output.contains("Cách dùng"))
        let renderHelp = try vanban(["render", "--help"], in: folder)
        #expect(renderHelp.output.contains("Kiểm tra từng tệp dữ liệu"))
        let wrong = try vanban(["render", "--khong-co"], in: folder)
        #expect(wrong.status == 2)
        #expect(wrong.error.contains("Cách gọi lệnh chưa đúng"))
        // ArgumentParser's English, said in Vietnamese with what it suggests.
        let misspelt = try vanban(["render", "--forc", "qd.yaml"], in: folder)
        #expect(misspelt.status == 2 && misspelt.error.contains("không có tùy chọn --forc (có phải là --force?)"), "\(misspelt.error)")
        let badValue = try vanban(["so", "liet-ke", "--nam", "x"], in: folder)
        #expect(badValue.status == 2 && badValue.error.contains("giá trị «x» không dùng được cho --nam"), "\(badValue.error)")
        #expect(!(misspelt.error + badValue.error).contains("invalid") && !misspelt.error.contains("Did you mean"))
        let missing = try vanban(["render", "khong-co.yaml"], in: folder)
        #expect(missing.status == 1 && missing.error.contains("không tìm thấy tệp «khong-co.yaml»"))
    }

    /// `vanban serve` is the workbench's program run in place of `vanban`: its help and its usage
    /// errors are the command's, and without the program beside `vanban` the clerk is told where it belongs.
    @Test func serveRunsTheWorkbenchProgramBesideTheCommand() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let help = try vanban(["serve", "--help"], in: folder)
        #expect(help.status == 0 && help.output.contains("--add-user TÊN"))
        let wrong = try vanban(["serve", "--workspace", folder.path, "--cong", "8080"], in: folder)
        #expect(wrong.status == 2 && wrong.error.contains("Cách gọi lệnh chưa đúng: không có tùy chọn --cong"), "\(wrong.error)")
        let alone = folder.appendingPathComponent("vanban")
        try FileManager.default.copyItem(atPath: Self.binary, toPath: alone.path)
        let missing = try run(alone.path, ["serve", "--workspace", folder.path], in: folder)
        #expect(missing.status == 2)
        #expect(missing.error.contains("Không tìm thấy chương trình bàn làm việc \(folder.appendingPathComponent("vanban-workbench").path)"), "\(missing.error)")
    }

    /// `vanban so` is the register's program run in place of `vanban`, so that no other command
    /// loads SQLite: its usage errors are the command's, its help is printed without it, and
    /// without the program beside `vanban` the clerk is told where it belongs.
    @Test func registerRunsItsOwnProgramBesideTheCommand() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let wrong = try vanban(["so", "liet-ke", "--nam", "x"], in: folder)
        #expect(wrong.status == 2 && wrong.error.contains("giá trị «x» không dùng được cho --nam"), "\(wrong.error)")
        let none = try vanban(["so", "liet-ke", "--thu-muc", folder.path], in: folder)
        #expect(none.status == 1 && none.error.contains("chưa có sổ đăng ký văn bản đi ở đây"), "\(none.error)")
        let issued = try vanban(["so", "cap-thu", "--thu-muc", folder.path], in: folder)
        #expect(issued.status == 0 && issued.output == "01/QĐ-UBND\n", "\(issued.error)")
        let listed = try vanban(["so", "liet-ke", "--thu-muc", folder.path], in: folder)
        #expect(listed.status == 0 && listed.output.contains("01/QĐ-UBND   05/01/2026  đã cấp"), "\(listed.error)")
        let alone = folder.appendingPathComponent("vanban")
        try FileManager.default.copyItem(atPath: Self.binary, toPath: alone.path)
        let help = try run(alone.path, ["so", "--help"], in: folder)
        #expect(help.status == 0 && help.output.contains("vanban so cap DỮ_LIỆU.yaml"))
        let missing = try run(alone.path, ["so", "liet-ke"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.error.contains("Không tìm thấy chương trình sổ đăng ký văn bản đi \(folder.appendingPathComponent("vanban-so").path)"), "\(missing.error)")
    }

    /// Several files in one call use both cores and give each its PDF.
    @Test func renderingManyFilesAtOnce() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String: String] = ["cum.yaml": ValidationTests.cluster]
        for i in 1...4 { files["qd-\(i).yaml"] = ValidationTests.decision.replacingOccurrences(of: "so: 12", with: "so: \(i)") }
        try write(files, in: folder)
        let result = try vanban(["render", "qd-1.yaml", "qd-2.yaml", "qd-3.yaml", "qd-4.yaml", "-o", "ra"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        for i in 1...4 {
            let text = try run("pdftotext", [folder.appendingPathComponent("ra/qd-\(i).pdf").path, "-"]).output
            #expect(text.contains("Số: 0\(i)/QĐ-UBND"))
        }
    }

    /// The hostile inputs of the fuzzing report, through the command: each refused at once
    /// with exit code 1 and a Vietnamese message naming its place.
    @Test func hostileFilesAreRefusedAtOnce() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Nine levels of nine aliases: 9⁹ values once expanded.
        let laughs = "mau: ke-hoach-thi-dua\na0: &a0 [x,x,x,x,x,x,x,x,x]\n"
            + (1..<10).map { "a\($0): &a\($0) [" + Array(repeating: "*a\($0 - 1)", count: 9).joined(separator: ",") + "]\n" }.joined()
        try write(["bom.yaml": laughs,
                   "ngoai.yaml": "mau: ke-hoach-thi-dua\ndung_chung: /etc/passwd\n",
                   "thu-muc/van-ban.yaml": ValidationTests.decision, "thu-muc/cum.yaml": ValidationTests.cluster,
                   "thu-muc/nam.yaml": "mau: bien-ban-hoi-nghi\nnam_danh_gia: 9223372036854775807\n"], in: folder)
        #expect(mkfifo(folder.appendingPathComponent("thu-muc/ong.yaml").path, 0o600) == 0)
        let started = Date()
        let bomb = try vanban(["check", "bom.yaml"], in: folder)
        #expect(bomb.status == 1 && bomb.error.hasPrefix("bom.yaml, dòng ") && bomb.error.contains("bí danh «*a"), "\(bomb.error)")
        let outside = try vanban(["check", "ngoai.yaml"], in: folder)
        #expect(outside.status == 1 && outside.error.contains("«/etc/passwd» nằm ngoài thư mục") && !outside.error.contains("root:"))
        // A folder holding a FIFO: it is named as one, not opened (which would wait for ever).
        let all = try vanban(["check", "thu-muc"], in: folder)
        #expect(all.status == 1)
        #expect(all.error.contains("«thu-muc/ong.yaml» là một ống dẫn (FIFO)"), "\(all.error)")
        #expect(all.error.contains("thu-muc/nam.yaml, dòng 2, cột 15, trường «nam_danh_gia»: cần một năm từ 1900 đến 2200"))
        #expect(all.output.contains("thu-muc/van-ban.yaml: hợp lệ"))
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func allowNamesAFolderSharedFilesMayComeFrom() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(["du-lieu/qd.yaml": ValidationTests.decision.replacingOccurrences(of: "dung_chung: cum.yaml", with: "dung_chung: ../chung/cum.yaml"),
                   "chung/cum.yaml": ValidationTests.cluster], in: folder)
        let refused = try vanban(["check", "du-lieu/qd.yaml"], in: folder)
        #expect(refused.status == 1 && refused.error.contains("«chung/cum.yaml» nằm ngoài thư mục của tệp dữ liệu"), "\(refused.error)")
        let allowed = try vanban(["check", "du-lieu/qd.yaml", "--allow", "chung"], in: folder)
        #expect(allowed.status == 0, "\(allowed.error)")
    }
}
