import Foundation
import Testing
@testable import Workbench

/// Saving files of a hồ sơ, without the server.
@Suite struct StoreTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-store-\(UUID().uuidString.prefix(6))", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aFewVersionsAreKeptTheNewestLast() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = DataFileStore()
        var token: String? = nil
        for number in 1...(DataFileStore.versionsKept + 3) {
            guard case .saved(let next) = try store.save(Data("so: \(number)\n".utf8), as: "qd.yaml", in: folder, expected: token) else {
                Issue.record("save \(number) refused"); return
            }
            token = next
        }
        let versions = store.versions(of: "qd.yaml", in: folder)
        #expect(versions.count == DataFileStore.versionsKept)
        // Newest first: the one before the last save.
        #expect(try String(contentsOf: versions[0].url, encoding: .utf8) == "so: \(DataFileStore.versionsKept + 2)\n")
        #expect(try String(contentsOf: versions.last!.url, encoding: .utf8) == "so: 3\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("qd.yaml"), encoding: .utf8) == "so: \(DataFileStore.versionsKept + 3)\n")
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".vanban") } == ["qd.yaml"])
    }

    @Test func theTokenSaysWhichVersionTheFormWasMadeFrom() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = DataFileStore()
        #expect(try store.save(Data("a\n".utf8), as: "qd.yaml", in: folder, expected: "khac") == .conflict(currentToken: ""))
        guard case .saved(let first) = try store.save(Data("a\n".utf8), as: "qd.yaml", in: folder, expected: nil) else { Issue.record(); return }
        #expect(try store.save(Data("b\n".utf8), as: "qd.yaml", in: folder, expected: nil) == .conflict(currentToken: first), "a new file never replaces one")
        #expect(DataFileStore.token(Data("a\n".utf8)) == first && DataFileStore.token(Data("b\n".utf8)) != first)
        guard case .saved = try store.save(Data("b\n".utf8), as: "qd.yaml", in: folder, expected: first) else { Issue.record(); return }
        #expect(try store.save(Data("c\n".utf8), as: "qd.yaml", in: folder, expected: first) == .conflict(currentToken: DataFileStore.token(Data("b\n".utf8))))
        #expect(try String(contentsOf: folder.appendingPathComponent("qd.yaml"), encoding: .utf8) == "b\n")
    }
}
