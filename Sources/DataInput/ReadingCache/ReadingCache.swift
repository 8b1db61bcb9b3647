import Foundation
import InputGuards
#if canImport(Glibc)
import Glibc
#endif

/// What reading files that seldom change comes to — the trees parsed from the templates'
/// declarations and the law tables of Data/, and the register and award table built and checked
/// from those tables — kept on disk in a compact form (`CompactWriter`), so that a command reads
/// them without parsing YAML or checking the tables again: for an award decision, parsing
/// them was a fifth of the whole run and building and checking the tables another fifth
/// (docs/performance.md).
///
/// An entry is found by what it holds (a tree, or a built value's kind), the files' name in
/// messages and the hash of the bytes it was made from, and holds all of them, with the bytes'
/// length and the program that made it: a changed file, a new build of VanBan (whose parser
/// may read the same bytes differently) or a damaged entry is a miss, and the file is read and
/// the entry written again (atomically, so a reader at the same moment sees the old entry or
/// the new, never half of one). Only values made without an error are kept; a problem is
/// found and reported on every run. One entry is kept per kind and file name. A folder another
/// user could write to is not used at all.
public struct ReadingCache: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// VANBAN_CACHE names the folder ("" or "0" turns the cache off); otherwise
    /// $XDG_CACHE_HOME/vanban, or ~/.cache/vanban; none without a home.
    public static let standard: ReadingCache? = {
        func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        if let chosen = variable("VANBAN_CACHE") {
            return chosen.isEmpty || chosen == "0" ? nil : ReadingCache(directory: URL(fileURLWithPath: chosen))
        }
        if let base = variable("XDG_CACHE_HOME"), base.hasPrefix("/") {
            return ReadingCache(directory: URL(fileURLWithPath: base).appendingPathComponent("vanban"))
        }
        guard let home = variable("HOME"), home.hasPrefix("/") else { return nil }
        return ReadingCache(directory: URL(fileURLWithPath: home).appendingPathComponent(".cache/vanban"))
    }()

    /// The tree of `data`, the bytes of the file named `display`: from the cache, or `parse`d
    /// and then kept.
    func tree(of data: Data, display: String, parse: () throws(DataError) -> DataNode) throws(DataError) -> DataNode {
        try value(of: [data], kind: "tree", display: display, encode: TreeCoding.write, decode: TreeCoding.read, make: parse)
    }

    /// A value made from `sources` (the bytes of the files `display` names, in a fixed order),
    /// such as a table built and checked from a parsed file: from the cache, or `make`d and
    /// then kept. `kind` names what the value is, so that two values made from the same files
    /// are two entries; `encode` and `decode` write and read it, field by field.
    public func value<Value, Failure: Error>(of sources: [Data], kind: String, display: String,
                                             encode: (Value, inout CompactWriter) -> Void,
                                             decode: (inout CompactReader) -> Value?,
                                             make: () throws(Failure) -> Value) throws(Failure) -> Value {
        // An entry says what the law tables hold: only a folder no one else can write to is trusted.
        guard isPrivate() else { return try make() }
        let key = Key(kind: kind, display: display, sources: sources)
        let file = directory.appendingPathComponent(key.fileName)
        // Read as a data file is (a regular file within the data limit): whatever is found at
        // that name, a FIFO or a huge file, costs no more than a data file could.
        if let stored = try? InputFile.read(file, display: file.path, role: .data), let value = key.value(in: stored, decode) {
            return value
        }
        let value = try make()
        var writer = CompactWriter()
        encode(value, &writer)
        store(writer.bytes, key: key, at: file)
        return value
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

    private func store(_ body: [UInt8], key: Key, at file: URL) {
        // A cache that cannot be written (a read-only home) only means reading every time; so
        // does a value too large to be read back.
        let entry = key.entry(body)
        guard entry.count <= FileRole.data.byteLimit, (try? Data(entry).write(to: file, options: .atomic)) != nil else { return }
        let stale = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasPrefix(key.namePrefix) && $0 != key.fileName }
        for name in stale { try? FileManager.default.removeItem(at: directory.appendingPathComponent(name)) }
    }

    /// What an entry must match: its header is these fields, written out.
    struct Key {
        static let magic = Array("VanBan reading cache 2\n".utf8)
        let kind: String
        let display: String
        let contentHash: UInt64
        let length: Int

        init(kind: String, display: String, sources: [Data]) {
            self.kind = kind
            self.display = display
            // Each source's length goes into the hash before its bytes: two files cannot pass
            // for two others cut at another place.
            var hash = ContentHash.start
            for source in sources {
                hash = ContentHash.fnv1a(withUnsafeBytes(of: UInt64(source.count).littleEndian) { Array($0) }, continuing: hash)
                hash = ContentHash.fnv1a(source, continuing: hash)
            }
            contentHash = hash
            length = sources.reduce(0) { $0 + $1.count }
        }

        /// The file's name: one prefix per kind and display name, so that a new version replaces the old.
        var namePrefix: String { ContentHash.hex(ContentHash.fnv1a((kind + "\n" + display).utf8)) + "-" }
        var fileName: String { namePrefix + ContentHash.hex(contentHash) + "." + kind }

        var header: [UInt8] {
            let fields = [kind, display, String(contentHash, radix: 16), String(length), Self.program].joined(separator: "\n")
            return Self.magic + Array(fields.utf8) + [0]
        }

        /// An entry: the header, the hash of the encoded value (so that a damaged byte is a
        /// miss, not another value), the encoded value.
        func entry(_ body: [UInt8]) -> [UInt8] {
            var bytes = header
            withUnsafeBytes(of: ContentHash.fnv1a(body).littleEndian) { bytes.append(contentsOf: $0) }
            return bytes + body
        }

        /// The value an entry holds, if the entry is this key's and whole.
        func value<Value>(in stored: Data, _ decode: (inout CompactReader) -> Value?) -> Value? {
            let expected = header
            return stored.withUnsafeBytes { bytes -> Value? in
                let bodyStart = expected.count + 8
                guard bytes.count > bodyStart, bytes[..<expected.count].elementsEqual(expected) else { return nil }
                let body = UnsafeRawBufferPointer(rebasing: bytes[bodyStart...])
                guard UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: expected.count, as: UInt64.self)) == ContentHash.fnv1a(body),
                      var reader = CompactReader(body), let value = decode(&reader), reader.atEnd else { return nil }
                return value
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
