import Foundation
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
    public static func load(_ url: URL, displayPath: String? = nil) throws(DataError) -> DataNode {
        try loadWithSources(url, displayPath: displayPath).root
    }

    /// As `load`, with the real location of every file read, by the name messages use for it:
    /// what a caller needs to find files named relative to a value's file (a CSV list).
    public static func loadWithSources(_ url: URL, displayPath: String? = nil) throws(DataError) -> (root: DataNode, files: [String: URL]) {
        let display = displayPath ?? url.relativePath
        var loader = IncludeLoader()
        let root = try loader.load(url: url, display: display, includedAt: nil)
        return (root, loader.files)
    }

    /// As `loadWithSources`, with the top file's text given (what a form holds, not yet saved):
    /// read as if it were the file at `url`, its shared files and lists found beside that.
    public static func loadWithSources(text: String, at url: URL, displayPath: String) throws(DataError) -> (root: DataNode, files: [String: URL]) {
        var loader = IncludeLoader()
        let root = try loader.load(url: url, display: displayPath, includedAt: nil, text: text)
        return (root, loader.files)
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
        for entry in topEntries {
            if let i = result.firstIndex(where: { $0.key == entry.key }) {
                result[i] = DataEntry(key: entry.key, keyLocation: entry.keyLocation,
                                      value: merge(result[i].value, under: entry.value))
            } else {
                result.append(entry)
            }
        }
        return DataNode(kind: .map(result), location: top.location, path: top.path)
    }
}

/// Reads files as bytes, decodes them as UTF-8 and says where they are not.
enum TextFile {
    static func read(_ url: URL, display: String, at: DataLocation? = nil, what: String = "tệp") throws(DataError) -> Data {
        let location = at ?? DataLocation(file: display, line: 0)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DataError(location: location, message: "không tìm thấy \(what) «\(display)»")
        }
        guard !isDirectory.boolValue else {
            throw DataError(location: location, message: "«\(display)» là một thư mục, không phải tệp")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw DataError(location: location, message: "không mở được \(what) «\(display)» (không có quyền đọc?)")
        }
    }

    /// Decodes UTF-8 (with or without BOM). `advice` ends the message for non-UTF-8 files.
    static func decode(_ data: Data, display: String, advice: String) throws(DataError) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw DataError(location: DataLocation(file: display, line: 0),
                            message: "tệp được lưu dạng Unicode UTF-16, không phải UTF-8; \(advice)")
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let (line, column) = firstInvalidUTF8(bytes)
        throw DataError(location: DataLocation(file: display, line: line, column: column),
                        message: "tệp không phải văn bản UTF-8 (có thể được lưu bằng bảng mã Windows-1258 hoặc TCVN3); \(advice)")
    }

    /// Line and character column (1-based) of the first byte that is not valid UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (Int, Int) {
        var line = 1, column = 1, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column)
            }
            guard i + length <= bytes.count else { return (line, column) }
            if length > 1, String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return (line, column) }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        return (line, column)
    }
}

/// Loads a file and, recursively, the shared files it names.
struct IncludeLoader {
    /// Files being loaded, outermost first: (resolved path, display path).
    private var chain: [(path: String, display: String)] = []
    /// Every file read: display path → URL.
    private(set) var files: [String: URL] = [:]

    /// - Parameter given: the file's text when it comes from memory rather than from disk.
    mutating func load(url: URL, display: String, includedAt: DataLocation?, text given: String? = nil) throws(DataError) -> DataNode {
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
        if let start = chain.firstIndex(where: { $0.path == resolved }) {
            let names = chain[start...].map(\.display) + [display]
            throw DataError(location: includedAt, field: DataLoader.includeKey,
                            message: "các tệp dùng chung gọi lẫn nhau thành vòng: " + names.joined(separator: " → "))
        }
        let what = includedAt == nil ? "tệp" : "tệp dùng chung"
        files[display] = url
        let text: String
        if let given { text = given } else {
            let data = try TextFile.read(url, display: display, at: includedAt, what: what)
            text = try TextFile.decode(data, display: display,
                                       advice: "hãy mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8")
        }
        let root = try YAMLReader(text: text, file: display).read()
        if includedAt != nil, !root.isNull {
            guard case .map = root.kind else {
                throw root.error("tệp dùng chung phải là một nhóm trường (dạng tên_trường: giá trị), gặp \(root.foundDescription)")
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
            let relative = try target.string()
            let targetURL = relative.hasPrefix("/")
                ? URL(fileURLWithPath: relative)
                : url.deletingLastPathComponent().appendingPathComponent(relative)
            let targetDisplay = relative.hasPrefix("/") ? relative : Self.join(directoryOf: display, relative)
            let shared = try load(url: targetURL, display: targetDisplay, includedAt: target.location)
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
