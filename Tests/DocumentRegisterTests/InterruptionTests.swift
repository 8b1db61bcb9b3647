@testable import DocumentRegister
import Foundation
import Testing

/// A process killed (SIGKILL: no cleanup, as a power cut) at each step of issuing leaves a
/// register the next call on the file repairs: never a lost number, never one given twice.
@Suite struct InterruptionTests {
    let today = ["VANBAN_HOM_NAY": "2026-03-02"]

    func entries(_ folder: URL) throws -> [RegisterEntry] {
        try OutgoingRegister.open(RegisterWorkspace(folder: folder), create: false).entries()
    }

    @Test(arguments: IssueStep.allCases)
    func killedAtAStepThenRepairedByTheNextCall(_ step: IssueStep) throws {
        let folder = try Fixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("qd.yaml")
        let pdf = folder.appendingPathComponent("qd.pdf")
        let killed = try vanban(["so", "cap", "qd.yaml"], in: folder, environment: today.merging(["VANBAN_THU_NGAT": step.rawValue]) { $1 })
        #expect(killed.killed && killed.status == SIGKILL, "\(killed.error)")

        // What the interruption left.
        let left = try entries(folder)
        let numbered = try text(file).contains("\nso: 1\n")
        switch step {
        case .checked:
            #expect(left.isEmpty && !numbered && !FileManager.default.fileExists(atPath: pdf.path))
        case .reserved:
            #expect(left.map(\.state) == [.reserved] && !numbered && !FileManager.default.fileExists(atPath: pdf.path))
        case .fileWritten:
            #expect(left.map(\.state) == [.reserved] && numbered && !FileManager.default.fileExists(atPath: pdf.path))
        case .rendered:
            #expect(left.map(\.state) == [.reserved] && numbered && FileManager.default.fileExists(atPath: pdf.path))
        }
        if !left.isEmpty {
            let list = try vanban(["so", "liet-ke"], in: folder)
            #expect(list.output.contains("01/QĐ-UBND   02/03/2026  ĐANG CẤP, chưa hoàn tất  qd.yaml"), "\(list.output)")
            #expect(list.error.contains("Có 1 văn bản cấp số chưa hoàn tất"))
        }

        // The next call on the file.
        let repaired = try vanban(["so", "cap", "qd.yaml"], in: folder, environment: today)
        #expect(repaired.status == 0, "\(repaired.error)")
        let after = try entries(folder)
        switch step {
        case .checked:
            #expect(repaired.output == "qd.yaml: đã cấp số 01/QĐ-UBND ngày 02/03/2026; PDF: qd.pdf\n")
            #expect(after.map(\.state) == [.issued])
        case .reserved:
            // The file never got 01: it is voided with the reason, and the file takes 02.
            #expect(repaired.error.contains("đã hủy số 01/QĐ-UBND (năm 2026) của lần cấp trước: \(DataFileIssuer.staleReason)"))
            #expect(repaired.output == "qd.yaml: đã cấp số 02/QĐ-UBND ngày 02/03/2026; PDF: qd.pdf\n")
            #expect(after.map(\.state) == [.voided, .issued] && after[0].voidReason == DataFileIssuer.staleReason)
            #expect(try text(file).contains("\nso: 2\n"))
        case .fileWritten, .rendered:
            // The file has 01: render, mark, done.
            #expect(repaired.output == "qd.yaml: đã cấp số 01/QĐ-UBND ngày 02/03/2026 (hoàn tất lần cấp số bị ngắt); PDF: qd.pdf\n")
            #expect(after.map(\.state) == [.issued])
        }
        let final = after.last!
        let printed = folded(try run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"]).output)
        #expect(printed.contains("Số: \(final.numberText)"))
        #expect(Set(after.map(\.number)).count == after.count)
        #expect(try vanban(["so", "liet-ke"], in: folder).error.isEmpty)
        // The file was written once: one earlier version kept.
        let versions = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(".vanban/phien-ban").path)
        #expect(versions.count == 1)
        #expect(try text(folder.appendingPathComponent(".vanban/phien-ban/\(versions[0])")) == Fixture.decision)
    }

    /// The PDF fails after the number is in the file (here: no such font folder): the entry
    /// stays «đang cấp» for this file, and the next call finishes it with the same number.
    @Test func aFailedRenderKeepsTheNumberForTheFile() throws {
        let folder = try Fixture.folder(["qd.yaml", "khac.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let failed = try vanban(["so", "cap", "qd.yaml", "--fonts", "khong-co"], in: folder, environment: today)
        #expect(failed.status == 3)
        #expect(failed.error.contains("qd.yaml: đã cấp số 01/QĐ-UBND và ghi vào tệp, nhưng chưa dàn trang được PDF"), "\(failed.error)")
        #expect(failed.error.contains("chạy lại «vanban so cap qd.yaml» để hoàn tất"))
        #expect(try vanban(["so", "cap", "khac.yaml"], in: folder, environment: today).output.contains("đã cấp số 02/QĐ-UBND"))
        let finished = try vanban(["so", "cap", "qd.yaml"], in: folder, environment: today)
        #expect(finished.output.contains("đã cấp số 01/QĐ-UBND ngày 02/03/2026 (hoàn tất lần cấp số bị ngắt)"), "\(finished.error)")
        #expect(try entries(folder).map(\.state) == [.issued, .issued])
    }

    /// Finishing checks that the file is still the document that took the number.
    @Test func aDateChangedSinceTheInterruptionIsRefused() throws {
        let folder = try Fixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("qd.yaml")
        _ = try vanban(["so", "cap", "qd.yaml"], in: folder, environment: today.merging(["VANBAN_THU_NGAT": "sau-tep"]) { $1 })
        try Data(try text(file).replacingOccurrences(of: "ngay_ban_hanh: 02/03/2026", with: "ngay_ban_hanh: 03/03/2026").utf8).write(to: file)
        let refused = try vanban(["so", "cap", "qd.yaml"], in: folder, environment: today)
        #expect(refused.status == 1)
        #expect(refused.error.contains("lần cấp số 01/QĐ-UBND bị ngắt khi văn bản ghi ngày 02/03/2026, nay tệp ghi 03/03/2026"), "\(refused.error)")
    }
}
