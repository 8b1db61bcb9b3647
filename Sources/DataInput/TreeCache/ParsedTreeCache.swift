import Foundation
import InputGuards
#if canImport(Glibc)
import Glibc
#endif

/// Trees read from files that seldom change — the templates' declarations and the law tables of
/// Data/ — kept on disk in a compact form (`TreeCoding`), so that a command reads them without
/// parsing YAML again: for an award decision that was a fifth of the whole run
/// (docs/performance.md).
///
/// An entry is found by the file's name in messages and the hash of its bytes, and holds both,
/// with the bytes' length and the program that parsed them: a changed file, a new build of
/// VanBan (whose parser may read the same bytes differently) or a damaged entry is a miss, and
/// the file is parsed and the entry written again (atomically, so a reader at the same moment
/// sees the old entry or the new, never half of one). Only trees parsed without an error are
/// kept; a problem is found and reported on every run. One entry is kept per file name. A
/// folder another user could write to is not used at all.
public struct ParsedTreeCache: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// VANBAN_CACHE names the folder ("" or "0" turns the cache off); otherwise
    /// $XDG_CACHE_HOME/vanban, or ~/.cache/vanban; none without a home.
    public static let standard: ParsedTreeCache? = {
        func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        if let chosen = variable("VANBAN_CACHE") {
            return chosen.isEmpty || chosen == "0" ? nil : ParsedTreeCache(directory: URL(fileURLWithPath: chosen))
        }
        if let base = variable("XDG_CACHE_HOME"), base.hasPrefix("/") {
            return ParsedTreeCache(directory: URL(fileURLWithPath: base).appendingPathComponent("vanban"))
        }
        guard let home = variable("HOME"), home.hasPrefix("/") else { return nil }
        return ParsedTreeCache(directory: URL(fileURLWithPath: home).appendingPathComponent(".cache/vanban"))
    }()

    /// The tree of `data`, the bytes of the file named `display`: from the cache, or `parse`d
    /// and then kept.
    func tree(of data: Data, display: String, parse: () throws(DataError) -> DataNode) throws(DataError) -> DataNode {
        // An entry says what the law tables hold: only a folder no one else can write to is trusted.
        guard isPrivate() else { return try parse() }
        let key = Key(display: display, data: data)
        let file = directory.appendingPathComponent(key.fileName)
        // Read as a data file is (a regular file within the data limit): whatever is found at
        // that name, a FIFO or a huge file, costs no more than a data file could.
        if let stored = try? InputFile.read(file, display: file.path, role: .data), let tree = key.tree(in: stored) { return tree }
        let tree = try parse()
        store(tree, key: key, at: file)
        return tree
    }

    /// The folder is this user's and no one else may write to it (made so when missing).
    func isPrivate() -> Bool {
        var status = stat()
        if stat(directory.path, &status) != 0 {
            guard errno == ENOENT, (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                                             attributes: [.posixPermissions: 0o700])) != nil,
                  stat(directory.path, &status) == 0 else { return false }
        }
        return status.st_mode & S_IFMT == S_IFDIR && status.st_uid == geteuid() && status.st_mode & (S_IWGRP | S_IWOTH) == 0
    }

    private func store(_ tree: DataNode, key: Key, at file: URL) {
        // A cache that cannot be written (a read-only home) only means parsing every time; so
        // does a tree too large to be read back.
        let entry = key.entry(TreeCoding.encode(tree))
        guard entry.count <= FileRole.data.byteLimit, (try? Data(entry).write(to: file, options: .atomic)) != nil else { return }
        let stale = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasPrefix(key.namePrefix) && $0 != key.fileName }
        for name in stale { try? FileManager.default.removeItem(at: directory.appendingPathComponent(name)) }
    }

    /// What an entry must match: its header is these fields, written out.
    struct Key {
        static let magic = Array("VanBan parsed tree 1\n".utf8)
        let display: String
        let contentHash: UInt64
        let length: Int

        init(display: String, data: Data) {
            self.display = display
            contentHash = ContentHash.fnv1a(data)
            length = data.count
        }

        /// The file's name: one prefix per display name, so that a new version replaces the old.
        var namePrefix: String { ContentHash.hex(ContentHash.fnv1a(display.utf8)) + "-" }
        var fileName: String { namePrefix + ContentHash.hex(contentHash) + ".tree" }

        var header: [UInt8] {
            let fields = [display, String(contentHash, radix: 16), String(length), Self.program].joined(separator: "\n")
            return Self.magic + Array(fields.utf8) + [0]
        }

        /// An entry: the header, the hash of the encoded tree (so that a damaged byte is a miss,
        /// not another tree), the encoded tree.
        func entry(_ body: [UInt8]) -> [UInt8] {
            var bytes = header
            withUnsafeBytes(of: ContentHash.fnv1a(body).littleEndian) { bytes.append(contentsOf: $0) }
            return bytes + body
        }

        /// The tree an entry holds, if the entry is this key's and whole.
        func tree(in stored: Data) -> DataNode? {
            let expected = header
            return stored.withUnsafeBytes { bytes -> DataNode? in
                let bodyStart = expected.count + 8
                guard bytes.count > bodyStart, bytes[..<expected.count].elementsEqual(expected) else { return nil }
                let body = UnsafeRawBufferPointer(rebasing: bytes[bodyStart...])
                guard UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: expected.count, as: UInt64.self)) == ContentHash.fnv1a(body) else {
                    return nil
                }
                return TreeCoding.decode(body)
            }
        }

        /// The running program: its path, size and modification time, so that each build parses afresh.
        static let program: String = {
            let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
            var status = stat()
            guard stat(path, &status) == 0 else { return path }
            return "\(path) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }()
    }
}
