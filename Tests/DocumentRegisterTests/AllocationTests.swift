import DataInput
@testable import DocumentRegister
import Foundation
import GRDB
import Testing
import VietnameseText

/// Numbers as Nghị định 30 wants them: one run per issuer and year from 01, never twice, never reused.
@Suite struct AllocationTests {
    func issue(_ register: OutgoingRegister, _ facts: DocumentFacts, _ mode: SequenceMode = .common) throws -> RegisterEntry {
        let entry = try register.reserve(facts, sequence: mode, actor: "thu")
        return try register.complete(entry.id, actor: "thu")
    }

    /// 31/12 → 01/01 restarts at 01; a document dated back in the old year continues the old run.
    @Test func aNewYearStartsAtOne() throws {
        let (register, folder) = try newRegister()
        defer { try? FileManager.default.removeItem(at: folder) }
        let numbers = try ["2026-12-31", "2027-01-01", "2026-12-31", "2027-01-02"].map {
            try issue(register, facts(date: $0)).numberText
        }
        #expect(numbers == ["01/QĐ-UBND", "01/QĐ-UBND", "02/QĐ-UBND", "02/QĐ-UBND"])
        #expect(try register.entries(EntryFilter(year: 2027)).map(\.number) == [1, 2])
    }

    @Test func oneRunForAllTypesUnlessTheIssuerKeepsOnePerType() throws {
        let (register, folder) = try newRegister()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rules = try NumberingRules.parse(DataLoader.parse("co_quan:\n  SNV: theo_loai\n", file: "so-dang-ky.yaml"))
        #expect(rules.mode(forIssuer: "UBND") == .common && rules.mode(forIssuer: "SNV") == .perType)
        let common = try ["QĐ", "KH", "QĐ"].map { try issue(register, facts(type: $0), rules.mode(forIssuer: "UBND")).numberText }
        #expect(common == ["01/QĐ-UBND", "02/KH-UBND", "03/QĐ-UBND"])
        let perType = try ["QĐ", "KH", "QĐ", "KH", "KH"].map { try issue(register, facts("SNV", type: $0), .perType).numberText }
        #expect(perType == ["01/QĐ-SNV", "01/KH-SNV", "02/QĐ-SNV", "02/KH-SNV", "03/KH-SNV"])
        // Back to one run mid-year: it goes on after the largest number of any type.
        #expect(try issue(register, facts("SNV", type: "BC"), .common).numberText == "04/BC-SNV")
    }

    /// A body's units draft under one register: 1237/BNV-VP, then 1238/BNV-TCCB.
    @Test func theDraftingUnitSharesItsBodysRun() throws {
        let (register, folder) = try newRegister()
        defer { try? FileManager.default.removeItem(at: folder) }
        let numbers = try ["BNV-VP", "BNV-TCCB", "BNV"].map { try issue(register, facts($0, type: nil)).numberText }
        #expect(numbers == ["01/BNV-VP", "02/BNV-TCCB", "03/BNV"])
    }

    @Test func aVoidedNumberIsNeverGivenAgain() throws {
        let (register, folder) = try newRegister()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try issue(register, facts())
        let reserved = try register.reserve(facts(), sequence: .common, actor: "thu")
        #expect(try register.void(numbered: "01/QĐ-UBND", year: 2026, reason: "ban hành nhầm", actor: "thu").state == .voided)
        _ = try register.void(reserved.id, reason: "không dùng", actor: "thu")
        #expect(try issue(register, facts()).number == 3)
        #expect(throws: RegisterError.self) { try register.void(first.id, reason: "lần nữa", actor: "thu") }
        #expect(throws: RegisterError.self) { try register.void(numbered: "09/QĐ-UBND", year: 2026, reason: "x", actor: "thu") }
        let noReason = #expect(throws: RegisterError.self) { try register.void(numbered: "03/QĐ-UBND", year: 2026, reason: " ", actor: "thu") }
        #expect(noReason?.description.contains("cần lý do") == true)
        #expect(try register.history(of: first.id).map(\.action) == ["cap_so", "hoan_tat", "huy"])
        #expect(try register.entries().map(\.state) == [.voided, .voided, .issued])
    }

    /// Whoever writes to the file (a script, a sqlite3 shell), the register deletes nothing and
    /// renumbers nothing.
    @Test func theRegisterRefusesToForget() throws {
        let (register, folder) = try newRegister()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entry = try issue(register, facts())
        _ = try register.void(entry.id, reason: "thử", actor: "thu")
        let queue = try DatabaseQueue(path: RegisterWorkspace(folder: folder).databaseURL.path)
        for sql in ["DELETE FROM entry", "UPDATE entry SET number = 5", "UPDATE entry SET state = 'da_cap'",
                    "DELETE FROM entry_event", "UPDATE entry_event SET detail = ''"] {
            #expect(throws: DatabaseError.self, "\(sql)") { try queue.write { try $0.execute(sql: sql) } }
        }
        #expect(try register.entries().count == 1)
    }

    @Test func theSchemaIsVersionedAndANewerOneIsNotTouched() throws {
        let (register, folder) = try newRegister()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = register.workspace
        let queue = try DatabaseQueue(path: workspace.databaseURL.path)
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") } == ["v1-so-dang-ky"])
        _ = try OutgoingRegister.open(workspace)   // opening again migrates nothing
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v2-tu-phien-ban-sau')") }
        let newer = #expect(throws: RegisterError.self) { try OutgoingRegister.open(workspace) }
        #expect(newer?.description.contains("phiên bản VanBan mới hơn") == true)
    }

    /// Threads of one process (a server's requests), each with its own connection.
    @Test func concurrentRequestsInOneProcessGetDistinctConsecutiveNumbers() async throws {
        let (register, folder) = try newRegister()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = register.workspace
        let numbers = try await withThrowingTaskGroup(of: [Int].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    let own = try OutgoingRegister.open(workspace)
                    return try (0..<25).map { _ in try own.reserve(facts(), sequence: .common, actor: "thu").number }
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(numbers.sorted() == Array(1...100))
    }

    @Test func aWrongNumberingFileIsNamedAtItsLine() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write([".vanban/so-dang-ky.yaml": "co_quan:\n  UBND: rieng\n"], in: folder)
        let error = #expect(throws: RegisterError.self) { try NumberingRules.read(RegisterWorkspace(folder: folder, display: "ho-so")) }
        #expect(error?.description == "ho-so/.vanban/so-dang-ky.yaml, dòng 2, cột 9, trường «co_quan.UBND»: cách đánh số «rieng» không có; dùng «chung» (một dãy số cho mọi loại văn bản) hoặc «theo_loai» (mỗi loại một dãy)")
    }
}
