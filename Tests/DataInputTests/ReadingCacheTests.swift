import Foundation
import Testing
@testable import DataInput

/// The parsed-tree cache gives the tree the parser gives, or parses: a changed file, a damaged
/// entry or a folder it cannot write never gives another tree.
@Suite struct ReadingCacheTests {
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every YAML file the repository ships (templates, law tables, examples), by its path in it.
    static let shippedFiles: [String] = ["Templates", "Data", "Examples"].flatMap { folder in
        ((try? FileManager.default.subpathsOfDirectory(atPath: checkout.appendingPathComponent(folder).path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { folder + "/" + $0 }
    }.sorted()

    static func parsed(_ path: String) throws -> (data: Data, tree: DataNode) {
        let data = try Data(contentsOf: checkout.appendingPathComponent(path))
        return (data, try DataLoader.parse(String(decoding: data, as: UTF8.self), file: path))
    }

    @Test func everyShippedFileComesBackAsParsed() throws {
        #expect(Self.shippedFiles.count > 20)
        for path in Self.shippedFiles {
            let tree = try Self.parsed(path).tree
            let bytes = TreeCoding.encode(tree)
            #expect(bytes.withUnsafeBytes { TreeCoding.decode($0) } == tree, "\(path)")
        }
    }

    @Test func aTruncatedEncodingIsRefused() throws {
        let tree = try yaml("ten: Sở Nội vụ\nthanh_vien:\n  - ten: A\n  - ~\nso: 12\n")
        let bytes = TreeCoding.encode(tree)
        for length in 0..<bytes.count {
            #expect(Array(bytes[..<length]).withUnsafeBytes { TreeCoding.decode($0) } == nil, "\(length) of \(bytes.count) bytes")
        }
        #expect((bytes + [0]).withUnsafeBytes { TreeCoding.decode($0) } == nil)
    }

    /// A cache that counts how often it parses.
    final class Counter: @unchecked Sendable { var parses = 0 }

    static func load(_ path: String, data: Data, cache: ReadingCache, counter: Counter) throws -> DataNode {
        try cache.tree(of: data, display: path) { () throws(DataError) -> DataNode in
            counter.parses += 1
            return try DataLoader.parse(String(decoding: data, as: UTF8.self), file: path)
        }
    }

    @Test func aSecondReadComesFromTheCacheAndAChangedFileIsParsedAgain() throws {
        let folder = try temporaryFolder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ReadingCache(directory: folder)
        let counter = Counter()
        let (data, tree) = try Self.parsed("Data/award-rules.yaml")
        #expect(try Self.load("Data/award-rules.yaml", data: data, cache: cache, counter: counter) == tree)
        #expect(try Self.load("Data/award-rules.yaml", data: data, cache: cache, counter: counter) == tree)
        #expect(counter.parses == 1)
        // The same bytes under another name are another file: its locations name it.
        let renamed = try Self.load("Khac/award-rules.yaml", data: data, cache: cache, counter: counter)
        #expect(counter.parses == 2 && renamed.location.file == "Khac/award-rules.yaml")
        // A changed file replaces its entry.
        let changed = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "2530000", with: "2340000").utf8)
        #expect(changed != data)
        let reread = try Self.load("Data/award-rules.yaml", data: changed, cache: cache, counter: counter)
        #expect(counter.parses == 3 && reread != tree)
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tree") }
        #expect(entries.count == 2, "one entry a file name: \(entries)")
    }

    /// A shipped file read once through a cache of its own: its one entry, and how to read again.
    struct CachedFile {
        let folder: URL
        let cache: ReadingCache
        let counter = Counter()
        let path: String
        let data: Data
        let tree: DataNode
        let entry: URL

        init(_ path: String) throws {
            folder = try temporaryFolder([:])
            cache = ReadingCache(directory: folder)
            self.path = path
            (data, tree) = try ReadingCacheTests.parsed(path)
            _ = try ReadingCacheTests.load(path, data: data, cache: cache, counter: counter)
            entry = folder.appendingPathComponent(try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first))
        }

        func reload() throws -> DataNode { try ReadingCacheTests.load(path, data: data, cache: cache, counter: counter) }
    }

    @Test func aDamagedEntryIsParsedAgain() throws {
        let file = try CachedFile("Templates/quyet-dinh-khen-thuong/mau.yaml")
        defer { try? FileManager.default.removeItem(at: file.folder) }
        let stored = try Data(contentsOf: file.entry)
        // One byte changed in the middle of the tree, then the entry cut short.
        var damaged = stored
        damaged[damaged.count / 2] ^= 0x20
        for bytes in [damaged, stored.prefix(stored.count - 3)] {
            try bytes.write(to: file.entry)
            #expect(try file.reload() == file.tree)
        }
        #expect(file.counter.parses == 3)
    }

    /// Whatever stands at an entry's name — a FIFO, a folder — is a miss, and never waits.
    @Test func aFIFOOrAFolderAtAnEntrysNameIsAMiss() throws {
        let file = try CachedFile("Data/van-ban-phap-luat.yaml")
        defer { try? FileManager.default.removeItem(at: file.folder) }
        try FileManager.default.removeItem(at: file.entry)
        #expect(mkfifo(file.entry.path, 0o600) == 0)
        #expect(try file.reload() == file.tree)
        try? FileManager.default.removeItem(at: file.entry)
        try FileManager.default.createDirectory(at: file.entry, withIntermediateDirectories: false)
        #expect(try file.reload() == file.tree)
        #expect(file.counter.parses == 3)
    }

    /// A folder others may write to could hold entries they made: it is not used.
    @Test func aFolderOthersMayWriteToIsNotUsed() throws {
        let file = try CachedFile("Data/award-rules.yaml")
        defer { try? FileManager.default.removeItem(at: file.folder) }
        #expect(file.cache.isPrivate())
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: file.folder.path)
        #expect(!file.cache.isPrivate())
        #expect(try file.reload() == file.tree)
        #expect(file.counter.parses == 2)
        // A new folder is made for this user alone.
        let made = ReadingCache(directory: file.folder.appendingPathComponent("moi/vanban"))
        #expect(made.isPrivate())
        let mode = try FileManager.default.attributesOfItem(atPath: made.directory.path)[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }

    @Test func aFileWithAProblemIsNeverKept() throws {
        let folder = try temporaryFolder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ReadingCache(directory: folder)
        let counter = Counter()
        let data = Data("ten: a\nten: b\n".utf8)
        for _ in 0..<2 {
            #expect(throws: DataError.self) { try Self.load("mau.yaml", data: data, cache: cache, counter: counter) }
        }
        #expect(counter.parses == 2)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).isEmpty)
    }

    @Test func aFolderThatCannotBeWrittenOnlyMeansParsing() throws {
        let folder = try temporaryFolder(["chan": "một tệp, không phải thư mục"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ReadingCache(directory: folder.appendingPathComponent("chan"))
        let counter = Counter()
        let (data, tree) = try Self.parsed("Data/van-ban-phap-luat.yaml")
        #expect(try Self.load("Data/van-ban-phap-luat.yaml", data: data, cache: cache, counter: counter) == tree)
        #expect(try Self.load("Data/van-ban-phap-luat.yaml", data: data, cache: cache, counter: counter) == tree)
        #expect(counter.parses == 2)
    }

    /// Through the loader, as the templates and law tables are read.
    @Test func theLoaderReadsThroughTheCache() throws {
        let folder = try temporaryFolder(["mau.yaml": "ten: Mẫu thử\ndau_vao:\n  - ma: so\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ReadingCache(directory: folder.appendingPathComponent("cache"))
        let file = folder.appendingPathComponent("mau.yaml")
        let first = try DataLoader.load(file, displayPath: "Templates/thu/mau.yaml", role: .template, cache: cache)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.directory.path).count == 1)
        let second = try DataLoader.load(file, displayPath: "Templates/thu/mau.yaml", role: .template, cache: cache)
        let uncached = try DataLoader.load(file, displayPath: "Templates/thu/mau.yaml", role: .template)
        #expect(first == second && first == uncached)
        #expect(second["dau_vao"]?.location.description == "Templates/thu/mau.yaml, dòng 3, cột 3")
    }
}
