import DataInput
import Foundation
import Testing
@testable import AwardRules
@testable import LegalRegister
import VietnameseText

/// The register and the award table kept built in a `ReadingCache`: what comes back answers
/// every question as the table built from YAML does, and an entry is never used for other
/// files — a changed table, another register, a table naming shared files.
@Suite struct LawCacheTests {
    static let data = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data")

    /// A folder of its own with copies of the shipped tables, and a cache beside them.
    struct Folder {
        let root: URL
        let cache: ReadingCache
        var register: URL { root.appendingPathComponent("van-ban-phap-luat.yaml") }
        var rules: URL { root.appendingPathComponent("award-rules.yaml") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-law-cache-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            for name in ["van-ban-phap-luat.yaml", "award-rules.yaml"] {
                try FileManager.default.copyItem(at: LawCacheTests.data.appendingPathComponent(name), to: root.appendingPathComponent(name))
            }
            cache = ReadingCache(directory: root.appendingPathComponent("cache"))
        }

        func loadRegister(cached: Bool = true) throws -> LegalRegister {
            try LegalRegister(contentsOfFile: register.path, displayPath: "Data/van-ban-phap-luat.yaml", cache: cached ? cache : nil)
        }

        func loadTable(register: LegalRegister?, cached: Bool = true) throws -> AwardRulesTable {
            try AwardRulesTable(contentsOfFile: rules.path, displayPath: "Data/award-rules.yaml", register: register, cache: cached ? cache : nil)
        }

        func entries(_ kind: String) throws -> [URL] {
            try FileManager.default.contentsOfDirectory(atPath: cache.directory.path).filter { $0.hasSuffix("." + kind) }
                .map { cache.directory.appendingPathComponent($0) }
        }

        func edit(_ file: URL, _ change: (String) -> String) throws {
            let text = try String(contentsOf: file, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit changes \(file.lastPathComponent)")
            try changed.write(to: file, atomically: true, encoding: .utf8)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// Every question a document asks of the register, asked of both.
    static func expectSame(_ kept: LegalRegister, _ built: LegalRegister, citing texts: [String]) {
        #expect(kept.documents == built.documents)
        #expect(kept.sourceName == built.sourceName && kept.sourceDigest == built.sourceDigest)
        for document in built.documents {
            #expect(kept.document(number: document.number) == document)
        }
        for text in texts {
            #expect(kept.cited(in: text) == built.cited(in: text), "\(text)")
        }
    }

    /// Every row, and every form's money on every day a row starts or ends, asked of both.
    static func expectSame(_ kept: AwardRulesTable, _ built: AwardRulesTable) throws {
        #expect(kept.coefficientRules == built.coefficientRules)
        #expect(kept.baseSalaryRules == built.baseSalaryRules)
        #expect(kept.roundingRules == built.roundingRules)
        #expect(kept.aliases == built.aliases && kept.sourceName == built.sourceName)
        let days = Set(built.coefficientRules.flatMap { [$0.period.start] + ($0.period.end.map { [$0, $0.nextDay] } ?? []) })
        for name in built.awardForms + built.aliases.keys.sorted() {
            #expect(try kept.canonicalForm(name) == built.canonicalForm(name))
            for kind in RecipientKind.allCases {
                for day in days {
                    let keptAmount = Result { try kept.award(name, for: kind, decisionDate: day) }
                    let builtAmount = Result { try built.award(name, for: kind, decisionDate: day) }
                    #expect("\(keptAmount)" == "\(builtAmount)", "\(name) (\(kind.rawValue)) \(day)")
                }
            }
        }
    }

    @Test func whatComesBackIsWhatWasBuilt() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let built = try folder.loadRegister(cached: false)
        let builtTable = try folder.loadTable(register: built, cached: false)
        _ = try folder.loadTable(register: try folder.loadRegister())
        #expect(try folder.entries(RegisterCoding.kind).count == 1 && folder.entries(AwardTableCoding.kind).count == 1)
        // Read again: from the entries.
        let kept = try folder.loadRegister()
        let keptTable = try folder.loadTable(register: kept)
        let citations = builtTable.coefficientRules.map(\.legalSource) + built.documents.compactMap(\.name)
        Self.expectSame(kept, built, citing: citations)
        try Self.expectSame(keptTable, builtTable)
    }

    /// An entry of the right name but damaged, cut short or run on is a miss: built again.
    @Test func aDamagedEntryIsBuiltAgain() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let built = try folder.loadTable(register: try folder.loadRegister(), cached: false)
        _ = try folder.loadTable(register: try folder.loadRegister())
        let entry = try #require(try folder.entries(AwardTableCoding.kind).first)
        let stored = try Data(contentsOf: entry)
        var flipped = stored
        flipped[flipped.count / 2] ^= 0x01
        for damaged in [flipped, stored.prefix(stored.count - 1), stored + [0]] {
            try damaged.write(to: entry)
            try Self.expectSame(try folder.loadTable(register: try folder.loadRegister()), built)
        }
    }

    /// The coding itself refuses a value cut anywhere (the entry's hash aside).
    @Test func aTruncatedEncodingIsRefused() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let register = try folder.loadRegister(cached: false)
        var registerWriter = CompactWriter()
        RegisterCoding.encode(register, into: &registerWriter)
        var tableWriter = CompactWriter()
        AwardTableCoding.encode(try folder.loadTable(register: register, cached: false), into: &tableWriter)
        let registerBytes = registerWriter.bytes, tableBytes = tableWriter.bytes
        #expect(registerBytes.withUnsafeBytes { bytes in CompactReader(bytes).flatMap { var reader = $0; return RegisterCoding.decode(&reader) } } != nil)
        // Every 61st length, and each of the last 40: a cut in every kind of field.
        func lengths(_ count: Int) -> [Int] { Array(stride(from: 0, to: count, by: 61)) + Array(max(0, count - 40)..<count) }
        for length in lengths(registerBytes.count) {
            let decoded = Array(registerBytes[..<length]).withUnsafeBytes { bytes -> LegalRegister? in
                guard var reader = CompactReader(bytes), let value = RegisterCoding.decode(&reader), reader.atEnd else { return nil }
                return value
            }
            #expect(decoded == nil, "register cut at \(length) of \(registerBytes.count)")
        }
        for length in lengths(tableBytes.count) {
            let decoded = Array(tableBytes[..<length]).withUnsafeBytes { bytes -> AwardRulesTable? in
                guard var reader = CompactReader(bytes), let value = AwardTableCoding.decode(&reader), reader.atEnd else { return nil }
                return value
            }
            #expect(decoded == nil, "table cut at \(length) of \(tableBytes.count)")
        }
    }

    /// The table was checked against the register it was read with: another register (here,
    /// one whose Nghị định 152/2025 ends earlier, so that rows citing it outlive it) is checked again,
    /// and its problem reported, not hidden behind the entry.
    @Test func anotherRegisterChecksTheTableAgain() throws {
        let folder = try Folder()
        defer { folder.remove() }
        _ = try folder.loadTable(register: try folder.loadRegister())
        try folder.edit(folder.register) { text in
            text.replacingOccurrences(of: "het_hieu_luc: 2027-02-28", with: "het_hieu_luc: 2025-12-31")
        }
        let changed = try folder.loadRegister()
        #expect(throws: AwardRulesError.self) { try folder.loadTable(register: changed) }
        // Without a register, the table is another entry, kept apart from the checked one.
        _ = try folder.loadTable(register: nil)
        #expect(try folder.entries(AwardTableCoding.kind).count == 1, "one entry a file name and kind")
    }

    @Test func aChangedTableIsReadAgain() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let register = try folder.loadRegister()
        let before = try folder.loadTable(register: register)
        try folder.edit(folder.rules) { $0.replacingOccurrences(of: "so_tien: 2530000", with: "so_tien: 2540000") }
        let after = try folder.loadTable(register: register)
        #expect(after.baseSalaryRules != before.baseSalaryRules)
        #expect(after.baseSalaryRules.map(\.amount).contains(2_540_000))
        #expect(try folder.entries(AwardTableCoding.kind).count == 1)
    }

    /// What a table naming shared files holds depends on theirs: it is never kept.
    @Test func aTableNamingSharedFilesIsNotKept() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try "ten_goi_khac:\n  Bằng khen tỉnh thử: Bằng khen cấp bộ, ban, ngành, tỉnh\n"
            .write(to: folder.root.appendingPathComponent("ten-goi.yaml"), atomically: true, encoding: .utf8)
        try folder.edit(folder.rules) { $0.replacingOccurrences(of: "ten_goi_khac:\n", with: "dung_chung: ten-goi.yaml\nten_goi_khac:\n") }
        let register = try folder.loadRegister()
        let table = try folder.loadTable(register: register)
        #expect(try table.canonicalForm("Bằng khen tỉnh thử") == "Bằng khen cấp bộ, ban, ngành, tỉnh")
        #expect(try folder.entries(AwardTableCoding.kind).isEmpty)
        #expect(try folder.entries(RegisterCoding.kind).count == 1)
    }

    /// A register naming shared files is not kept, and neither is a table checked against it:
    /// the table's entry could not tell one version of the shared file from another.
    @Test func aRegisterNamingSharedFilesKeepsNeitherItNorTheTable() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try "van_ban: []\n".write(to: folder.root.appendingPathComponent("them.yaml"), atomically: true, encoding: .utf8)
        try folder.edit(folder.register) { "dung_chung: them.yaml\n" + $0 }
        let register = try folder.loadRegister()
        #expect(register.sourceDigest == nil)
        let built = try folder.loadTable(register: register, cached: false)
        try Self.expectSame(try folder.loadTable(register: register), built)
        #expect(try folder.entries(RegisterCoding.kind).isEmpty && folder.entries(AwardTableCoding.kind).isEmpty)
    }
}
