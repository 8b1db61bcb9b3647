import Foundation
import InputGuards
#if canImport(Glibc)
import Glibc
#endif

/// The folder whose documents share one register, and where the register keeps its files:
/// `.vanban/so-dang-ky.sqlite` (the register), `.vanban/so-dang-ky.yaml` (how each issuer
/// numbers), `.vanban/phien-ban/` (each data file as it was before it got its number),
/// `.vanban/khoa/` (lock files).
public struct RegisterWorkspace: Sendable, Hashable {
    public let folder: URL
    /// The folder as the user named it, for messages ("ho-so", "."); the path when not given.
    public let display: String

    public init(folder: URL, display: String? = nil) {
        self.folder = folder.standardizedFileURL
        self.display = display ?? folder.path
    }

    /// How messages name a file of the workspace: "ho-so/.vanban/so-dang-ky.sqlite".
    public func displayPath(_ relative: String) -> String {
        display == "." || display.isEmpty ? relative : (display as NSString).appendingPathComponent(relative)
    }

    var databaseDisplay: String { displayPath(".vanban/so-dang-ky.sqlite") }

    public var stateFolder: URL { folder.appendingPathComponent(".vanban", isDirectory: true) }
    public var databaseURL: URL { stateFolder.appendingPathComponent("so-dang-ky.sqlite") }
    public var configurationURL: URL { stateFolder.appendingPathComponent("so-dang-ky.yaml") }
    public var versionsFolder: URL { stateFolder.appendingPathComponent("phien-ban", isDirectory: true) }
    public var locksFolder: URL { stateFolder.appendingPathComponent("khoa", isDirectory: true) }

    /// The path the register records for a file: relative to the workspace when inside it
    /// (the workspace can move), absolute otherwise; symbolic links resolved.
    public func relativePath(of url: URL) -> String {
        let base = folder.resolvingSymlinksInPath().path
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// The file a recorded path names.
    public func url(ofRecorded path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
    }
}

/// An exclusive lock on a file of `.vanban/khoa/`, held by this open file: the system lets it go
/// when the process ends however it ends, so a lock never outlives a crash. Two opens in one
/// process exclude each other too (flock locks belong to the open file, not the process).
public final class FileLock {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    /// Waits up to `timeout` seconds for the lock named `name`; nil when it stayed taken.
    public static func acquire(_ name: String, in folder: URL, timeout: Double) throws(RegisterError) -> FileLock? {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: folder.path, detail: "không tạo được thư mục")
        }
        let path = folder.appendingPathComponent(name).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotWrite(path: path, detail: String(cString: strerror(errno)))
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                return nil
            }
            usleep(20_000)
        }
        return FileLock(descriptor: descriptor)
    }

    /// The lock file's name for a data file: readable, and short whatever the path.
    public static func name(forDataFile path: String) -> String {
        let hash = ContentHash.fnv1a(path.utf8)   // a collision only makes two files wait for each other
        let stem = (path as NSString).lastPathComponent.prefix(40).map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" }
        return String(stem) + "-" + String(hash, radix: 16) + ".khoa"
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
