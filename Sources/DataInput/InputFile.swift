import Foundation
import InputGuards

/// What a file is read for: the words messages use for it, and its size limit.
public enum FileRole: Sendable {
    /// The data file the user named.
    case data
    /// A shared file a data file includes (`dung_chung`).
    case shared
    /// A list file a data file names (`ca_nhan: ds.csv`).
    case list
    /// An image a data file names (a signature).
    case image
    /// A template's declaration, body or partial.
    case template

    /// "tệp dùng chung": what messages call the file.
    public var noun: String {
        switch self {
        case .data: "tệp"
        case .shared: "tệp dùng chung"
        case .list: "tệp danh sách"
        case .image: "tệp ảnh"
        case .template: "tệp mẫu"
        }
    }

    /// What the size limit is said of: "tệp dữ liệu" rather than "tệp".
    var limitNoun: String { self == .data ? "tệp dữ liệu" : noun }

    public var byteLimit: Int {
        switch self {
        case .data, .shared: InputLimits.dataFileBytes
        case .list: InputLimits.listFileBytes
        case .image: InputLimits.imageFileBytes
        case .template: InputLimits.templateFileBytes
        }
    }
}

/// Reads the files users name: regular files only, within their size limit, as bytes.
///
/// A FIFO, a device, a socket or a folder is refused from what `stat` says, without opening it
/// (opening a FIFO waits for a writer; a device may never end). The open itself does not wait
/// either (a FIFO swapped in after the check), and the opened file is checked again to be the
/// regular file that was looked at.
public enum InputFile {
    /// The bytes of a regular file of at most `role.byteLimit` bytes.
    /// - Parameters:
    ///   - display: the name messages give the file.
    ///   - at: where the file was named (a `dung_chung` line), or nil for the file as a whole.
    ///   - prefix: read only this many bytes from the start (a header).
    public static func read(_ url: URL, display: String, role: FileRole, at: SourceLocation? = nil,
                            prefix: Int? = nil) throws(DataError) -> Data {
        let location = at ?? SourceLocation(file: display, line: 0)
        // Quoted only for a message: quoting measures the name, on every file read.
        var name: String { Excerpt.quotedPath(display) }
        let info = try regularFileStatus(url, display: display, role: role, at: location)
        let fd = open(url.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw openError(errno, name: name, role: role, at: location) }
        defer { close(fd) }
        var opened = stat()
        guard fstat(fd, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG,
              opened.st_dev == info.st_dev, opened.st_ino == info.st_ino else {
            throw DataError(location: location, message: "\(role.noun) \(name) vừa bị thay đổi trong lúc đọc; hãy thử lại")
        }
        var data = Data()
        // As large as the file (and one byte to see its end), at most 64 KB: most files read
        // are a few KB, and the buffer is zeroed before each one.
        var buffer = [UInt8](repeating: 0, count: min(64 * 1024, max(0, Int(opened.st_size)) + 1))
        while true {
            let count = buffer.withUnsafeMutableBytes { readSome(fd, $0) }
            if count < 0 {
                if errno == EINTR { continue }
                throw DataError(location: location, message: "không đọc hết được \(role.noun) \(name) (lỗi đọc đĩa, mã \(errno))")
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            if let prefix, data.count >= prefix { return data.prefix(prefix) }
            // The file grew since it was measured.
            if data.count > role.byteLimit { throw tooLarge(Int64(data.count), name: name, role: role, at: location) }
        }
        return data
    }

    /// Checks that `url` is a regular file within `role`'s size limit, without opening it.
    public static func checkRegularFile(_ url: URL, display: String, role: FileRole, at: SourceLocation? = nil) throws(DataError) {
        _ = try regularFileStatus(url, display: display, role: role, at: at ?? SourceLocation(file: display, line: 0))
    }

    private static func regularFileStatus(_ url: URL, display: String, role: FileRole, at location: SourceLocation) throws(DataError) -> stat {
        var name: String { Excerpt.quotedPath(display) }
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw openError(errno, name: name, role: role, at: location) }
        let kind: String?
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = nil
        case S_IFDIR: kind = "là một thư mục"
        case S_IFIFO: kind = "là một ống dẫn (FIFO)"
        case S_IFCHR, S_IFBLK: kind = "là một thiết bị"
        case S_IFSOCK: kind = "là một socket"
        default: kind = "không phải tệp thường"
        }
        if let kind {
            throw DataError(location: location, message: "\(name) \(kind), không phải \(role.noun); hãy chỉ tới một tệp thường")
        }
        if info.st_size > role.byteLimit { throw tooLarge(Int64(info.st_size), name: name, role: role, at: location) }
        return info
    }

    private static func openError(_ code: Int32, name: String, role: FileRole, at location: SourceLocation) -> DataError {
        let message: String
        switch code {
        case ENOENT, ENOTDIR: message = "không tìm thấy \(role.noun) \(name)"
        case EACCES, EPERM: message = "không có quyền đọc \(role.noun) \(name)"
        case ELOOP: message = "\(role.noun) \(name) là liên kết (symlink) vòng quanh, không trỏ tới tệp nào"
        case ENAMETOOLONG: message = "đường dẫn \(role.noun) \(name) quá dài"
        default: message = "không mở được \(role.noun) \(name) (mã lỗi \(code))"
        }
        return DataError(location: location, message: message)
    }

    private static func tooLarge(_ bytes: Int64, name: String, role: FileRole, at location: SourceLocation) -> DataError {
        DataError(location: location, message: "\(role.noun) \(name) có \(megabytes(bytes)), quá giới hạn \(megabytes(Int64(role.byteLimit))) cho một \(role.limitNoun)")
    }

    /// "5 MB", "7,3 MB".
    static func megabytes(_ bytes: Int64) -> String {
        let tenths = (bytes * 10 + Int64(InputLimits.megabyte) - 1) / Int64(InputLimits.megabyte)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10),\(tenths % 10) MB"
    }

    /// Decodes UTF-8 (with or without BOM). `advice` ends the message for non-UTF-8 files.
    static func decode(_ data: Data, display: String, advice: String) throws(DataError) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw DataError(location: SourceLocation(file: display, line: 0),
                            message: "tệp được lưu dạng Unicode UTF-16, không phải UTF-8; \(advice)")
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let (line, column) = firstInvalidUTF8(bytes)
        throw DataError(location: SourceLocation(file: display, line: line, column: column),
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

/// The files a data file may name (shared files, lists, images): those under the data file's
/// own folder, or under a folder the caller allows, once symlinks are resolved. Anything else
/// is refused before it is opened, with a message that shows nothing of it but its name.
public struct FileAccess: Sendable, Equatable {
    /// Allowed folders, absolute, symlinks resolved.
    public let folders: [String]
    /// The same folders as they were given (standardized, links kept): what a path written
    /// relative to them is first compared with.
    private let givenFolders: [String]

    /// Folders that do not exist allow nothing.
    public init(folders: [URL]) {
        let pairs = folders.compactMap { url in Self.realPath(url.path).map { (url.standardizedFileURL.path, $0) } }
        givenFolders = pairs.map(\.0)
        self.folders = pairs.map(\.1)
    }

    /// The folder of `dataFile`, and `alsoAllowing`.
    public static func forDataFile(_ dataFile: URL, alsoAllowing: [URL] = []) -> FileAccess {
        FileAccess(folders: [dataFile.deletingLastPathComponent()] + alsoAllowing)
    }

    /// Nothing may be named: a tree built in memory reads no file unless its caller says where.
    public static let nothing = FileAccess(folders: [])

    /// The real location of `url` (symlinks resolved), when it lies in an allowed folder.
    /// The path as written is checked first, so that `../../etc/passwd` is refused without
    /// looking at the disk; then the resolved path, so that a link cannot lead outside.
    public func resolve(_ url: URL, display: String, role: FileRole, at location: SourceLocation?) throws(DataError) -> URL {
        let written = url.standardizedFileURL.path
        guard (givenFolders + folders).contains(where: { Self.path(written, isInside: $0) }) else {
            throw outside(display, role: role, at: location, throughLink: false)
        }
        // Not there, or not reachable: the reader says which.
        guard let real = Self.realPath(written) else { return URL(fileURLWithPath: written) }
        guard folders.contains(where: { Self.path(real, isInside: $0) }) else {
            throw outside(display, role: role, at: location, throughLink: true)
        }
        return URL(fileURLWithPath: real)
    }

    static func path(_ path: String, isInside folder: String) -> Bool {
        if folder == "/" { return path.hasPrefix("/") }
        return path == folder || path.hasPrefix(folder + "/")
    }

    private func outside(_ display: String, role: FileRole, at location: SourceLocation?, throughLink: Bool) -> DataError {
        let how = throughLink ? " (qua một liên kết symlink)" : ""
        return DataError(location: location, message: "\(role.noun) \(Excerpt.quotedPath(display)) nằm ngoài thư mục của tệp dữ liệu\(how); chỉ được dùng tệp trong thư mục đó (và các thư mục con của nó) hoặc trong thư mục được cho phép")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// `read(2)` (the name is taken inside `InputFile`).
private func readSome(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
    read(fd, buffer.baseAddress, buffer.count)
}
