import Foundation
import InputGuards
import VietnameseText

/// Reads the user's YAML (.yaml/.yml) and JSON (.json) data files.
public enum DataLoader {
    /// The top-level key that names shared files to merge under this one.
    public static let includeKey = "dung_chung"

    /// Reads a data file into a `DataNode`, applying `dung_chung` includes.
    ///
    /// - `displayPath`: how the file is named in messages (default: the path as given in `url`).
    ///   Included files are named relative to it ("du-lieu/nam-2024.yaml" includes
    ///   "chung/co-quan.yaml" → "du-lieu/chung/co-quan.yaml").
    ///
    /// Shared data: a top-level `dung_chung` (a path or a list of paths, relative to the including
    /// file) names files whose top-level maps are merged under this file's: this file wins; maps
    /// merge key by key, recursively; lists and scalars are replaced whole (an empty value in this
    /// file replaces the shared one too). With several files, a later one wins over an earlier
    /// one. Included files may include others; a cycle is an error naming the chain. The
    /// `dung_chung` key itself is removed from the result.
    ///
    /// - `access`: the folders shared files may come from; by default the data file's own.
    /// - `role`: what the file is read as (its size limit, its name in messages): a template's
    ///   declaration is read like data, with the template limit.
    ///
    /// - `cache`: for files that seldom change (a template's declaration, a law table), where
    ///   the trees already parsed are kept (`ReadingCache`).
    public static func load(_ url: URL, displayPath: String? = nil, access: FileAccess? = nil,
                            role: FileRole = .data, cache: ReadingCache? = nil) throws(DataError) -> DataNode {
        let display = displayPath ?? url.relativePath
        var loader = IncludeLoader(access: access ?? .forDataFile(url), role: role, cache: cache)
        return try loader.load(url: url, display: display, includedAt: nil)
    }

    /// As `load`, for the bytes already read from `url` (`bytes(of:displayPath:)`).
    public static func load(_ url: URL, data: Data, displayPath: String, cache: ReadingCache? = nil) throws(DataError) -> DataNode {
        var loader = IncludeLoader(access: .forDataFile(url), role: .data, cache: cache)
        return try loader.load(url: url, display: displayPath, includedAt: nil, given: data)
    }

    /// The bytes of a data file, read as `load` reads them (a regular file within the data limit).
    public static func bytes(of url: URL, displayPath: String) throws(DataError) -> Data {
        try InputFile.read(url, display: displayPath, role: .data)
    }

    /// Whether a file's bytes may name shared files (`dung_chung`): what is made from such a
    /// file depends on bytes it does not hold. A comment that names the key counts too.
    public static func mayNameSharedFiles(_ data: Data) -> Bool {
        let key = Array(includeKey.utf8)
        // memchr and memcmp: Foundation's `Data.range(of:)` cost ten times as much on the law tables.
        return data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            var offset = 0
            while offset + key.count <= bytes.count, let found = memchr(base + offset, Int32(key[0]), bytes.count - offset) {
                offset = base.distance(to: UnsafeRawPointer(found))
                if offset + key.count <= bytes.count, memcmp(found, key, key.count) == 0 { return true }
                offset += 1
            }
            return false
        }
    }

    /// As `load`, with the real location of every file read, by the name messages use for it:
    /// what a caller needs to find files named relative to a value's file (a CSV list).
    public static func loadWithSources(_ url: URL, displayPath: String? = nil, access: FileAccess? = nil,
                                       role: FileRole = .data) throws(DataError) -> (root: DataNode, sources: DataSources) {
        let display = displayPath ?? url.relativePath
        let access = access ?? .forDataFile(url)
        var loader = IncludeLoader(access: access, role: role)
        let root = try loader.load(url: url, display: display, includedAt: nil)
        return (root, DataSources(files: loader.files, access: access))
    }

    /// As `loadWithSources`, for a data file's text not (or not yet) saved at `url`: what a
    /// clerk is editing in the workbench. Its shared files and lists are found beside `url`.
    public static func loadWithSources(text: String, as url: URL, displayPath: String, access: FileAccess? = nil) throws(DataError) -> (root: DataNode, sources: DataSources) {
        try loadWithSources(data: Data(text.utf8), as: url, displayPath: displayPath, access: access)
    }

    /// As `loadWithSources(text:…)`, for the bytes of a data file held in memory (an upload, a
    /// request's body): read as a file with these bytes would be (its encoding found the same way).
    public static func loadWithSources(data: Data, as url: URL, displayPath: String, access: FileAccess? = nil) throws(DataError) -> (root: DataNode, sources: DataSources) {
        guard data.count <= FileRole.data.byteLimit else {
            throw DataError(location: SourceLocation(file: displayPath, line: 0),
                            message: "tệp dữ liệu có \(InputFile.megabytes(Int64(data.count))), quá giới hạn \(InputFile.megabytes(Int64(FileRole.data.byteLimit))) cho một tệp dữ liệu")
        }
        let access = access ?? .forDataFile(url)
        var loader = IncludeLoader(access: access, role: .data)
        let root = try loader.load(url: url, display: displayPath, includedAt: nil, given: data)
        return (root, DataSources(files: loader.files, access: access))
    }

    /// Reads YAML or JSON text (chosen by `file`'s extension, for messages only: both go through
    /// the same parser). Includes are not applied: a `dung_chung` key stays in the tree.
    public static func parse(_ text: String, file: String) throws(DataError) -> DataNode {
        try YAMLReader(text: text, file: file).read()
    }

    /// Merges `top` over `base`: maps key by key (recursively), anything else replaced whole.
    public static func merge(_ base: DataNode, under top: DataNode) -> DataNode {
        guard case .map(let baseEntries) = base.kind, case .map(let topEntries) = top.kind else { return top }
        var result = baseEntries
        // Keys looked up by a dictionary: two maps of 200.000 keys each would be 40 billion
        // comparisons one by one.
        var position = Dictionary(baseEntries.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { first, _ in first })
        for entry in topEntries {
            if let i = position[entry.key] {
                result[i] = DataEntry(key: entry.key, keyLocation: entry.keyLocation,
                                      value: merge(result[i].value, under: entry.value))
            } else {
                position[entry.key] = result.count
                result.append(entry)
            }
        }
        return DataNode(kind: .map(result), location: top.location, path: top.path)
    }
}

/// Loads a file and, recursively, the shared files it names.
struct IncludeLoader {
    /// Where shared files may come from.
    let access: FileAccess
    /// Files being loaded, outermost first: (resolved path, display path).
    private var chain: [(path: String, display: String)] = []
    /// Every file read: display path → URL.
    private(set) var files: [String: URL] = [:]
    /// Shared files read so far, and the bytes of all files read.
    private var sharedReads = 0
    private var bytesRead = 0

    /// What the first file is read as; the files it includes are shared files.
    let role: FileRole
    /// Where trees already parsed are kept, for files that seldom change.
    let cache: ReadingCache?

    init(access: FileAccess, role: FileRole = .data, cache: ReadingCache? = nil) {
        self.access = access
        self.role = role
        self.cache = cache
    }

    /// - Parameter given: the first file's bytes, when they come from memory rather than disk.
    mutating func load(url: URL, display: String, includedAt: SourceLocation?, given: Data? = nil) throws(DataError) -> DataNode {
        // The data file itself is the user's choice; what it names must stay where allowed.
        let url = includedAt == nil ? url : try access.resolve(url, display: display, role: .shared, at: includedAt)
        if includedAt != nil {
            sharedReads += 1
            if sharedReads > InputLimits.sharedFileReads {
                throw DataError(location: includedAt, field: DataLoader.includeKey,
                                message: "quá \(InputLimits.sharedFileReads) lần đọc tệp dùng chung cho một tệp dữ liệu (kể cả các tệp dùng chung gọi tiếp); hãy gộp bớt các tệp dùng chung")
            }
        }
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
        if let start = chain.firstIndex(where: { $0.path == resolved }) {
            let names = chain[start...].map { Excerpt.path($0.display) } + [Excerpt.path(display)]
            throw DataError(location: includedAt, field: DataLoader.includeKey,
                            message: "các tệp dùng chung gọi lẫn nhau thành vòng: " + names.joined(separator: " → "))
        }
        let data: Data
        if let given { data = given } else { data = try InputFile.read(url, display: display, role: includedAt == nil ? role : .shared, at: includedAt) }
        bytesRead += data.count
        if bytesRead > InputLimits.documentDataBytes {
            throw DataError(location: includedAt, field: DataLoader.includeKey,
                            message: "tệp dữ liệu cùng các tệp dùng chung của nó có hơn \(InputFile.megabytes(Int64(InputLimits.documentDataBytes))), quá giới hạn cho một văn bản")
        }
        files[display] = url
        func parse() throws(DataError) -> DataNode {
            let text = try InputFile.decode(data, display: display,
                                            advice: "hãy mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8")
            return try YAMLReader(text: text, file: display).read()
        }
        let root = if let cache { try cache.tree(of: data, display: display, parse: parse) } else { try parse() }
        if includedAt != nil, !root.isNull {
            guard case .map = root.kind else {
                // Not the value itself: a file that is not data (a password file) shows nothing of it.
                throw DataError(location: SourceLocation(file: display, line: 0),
                                message: "tệp dùng chung phải là một nhóm trường (dạng tên_trường: giá trị), gặp \(root.kindDescription)")
            }
        }
        guard case .map(var entries) = root.kind,
              let at = entries.firstIndex(where: { $0.key == DataLoader.includeKey }) else { return root }

        let include = entries.remove(at: at)
        let own = DataNode(kind: .map(entries), location: root.location, path: root.path)
        var targets: [DataNode] = []
        switch include.value.kind {
        case .null: break
        case .scalar: targets = [include.value]
        case .list(let items): targets = items
        case .map:
            throw include.value.error("«dung_chung» cần một đường dẫn tệp hoặc một danh sách đường dẫn")
        }

        chain.append((resolved, display))
        defer { chain.removeLast() }
        var merged: DataNode? = nil
        for target in targets {
            guard case .scalar = target.kind else {
                throw target.error("«dung_chung» cần một đường dẫn tệp hoặc một danh sách đường dẫn, gặp \(target.foundDescription)")
            }
            let named = DataSources.locate(try target.string(), namedIn: url, displayed: display)
            let shared = try load(url: named.url, display: named.display, includedAt: target.location)
            if shared.isNull { continue }
            merged = merged.map { DataLoader.merge($0, under: shared) } ?? shared
        }
        guard let merged else { return own }
        return DataLoader.merge(merged, under: own)
    }

    /// "du-lieu/nam-2024.yaml" + "../chung/a.yaml" → "chung/a.yaml", for messages.
    static func join(directoryOf display: String, _ relative: String) -> String {
        var parts = display.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        let absolute = display.hasPrefix("/")
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != "..", !(last.isEmpty && absolute && parts.count == 1) {
                    parts.removeLast()
                } else if !absolute {
                    parts.append("..")
                }
            default: parts.append(String(part))
            }
        }
        let joined = parts.joined(separator: "/")
        return joined.isEmpty ? relative : joined
    }
}

/// Where the data files behind a tree are, and which files its values may name: what a caller
/// needs to read a list (`ca_nhan: ds.csv`) or check an image a value names.
public struct DataSources: Sendable {
    /// Every data file read, by the name its values' locations carry.
    public var files: [String: URL]
    public var access: FileAccess

    public init(files: [String: URL] = [:], access: FileAccess = .nothing) {
        self.files = files
        self.access = access
    }

    /// A tree built in memory: no files behind it, and none it may name.
    public static let none = DataSources()

    /// The file a value names, relative to the data file the value is written in, with the
    /// name messages give it; refused when it lies outside the allowed folders, or is not a
    /// regular file within `role`'s size limit.
    public func file(named path: String, by node: DataNode, role: FileRole) throws(DataError) -> (url: URL, display: String) {
        let file = node.location.file
        let named = Self.locate(path, namedIn: files[file] ?? URL(fileURLWithPath: file), displayed: file)
        do {
            let url = try access.resolve(named.url, display: named.display, role: role, at: node.location)
            try InputFile.checkRegularFile(url, display: named.display, role: role, at: node.location)
            return (url, named.display)
        } catch {
            throw error.inField(node.path)
        }
    }

    /// `path` as written in the file at `url` (shown as `display`): absolute, or relative to
    /// that file's folder; and the name messages give it.
    static func locate(_ path: String, namedIn url: URL, displayed display: String) -> (url: URL, display: String) {
        if path.hasPrefix("/") { return (URL(fileURLWithPath: path), path) }
        return (url.deletingLastPathComponent().appendingPathComponent(path), IncludeLoader.join(directoryOf: display, path))
    }
}
