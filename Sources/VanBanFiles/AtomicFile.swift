import Foundation
import Typesetting
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The system calls by their C names, out of reach of the methods that shadow them.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(descriptor, bytes, count) }
private func posixClose(_ descriptor: Int32) -> Int32 { close(descriptor) }

/// Writes go to a temporary file beside the target, are flushed to the disk, and only then
/// renamed into place: a failure (a full disk, a layout that throws) never leaves a
/// half-written file, and an existing file is replaced only when asked. Errors name the
/// target, never the temporary file.
public enum AtomicFile {
    public enum Error: Swift.Error, CustomStringConvertible, Equatable {
        case exists(String)
        case cannotWrite(String, String)

        /// In Vietnamese, for the clerk; a command line adds how to overwrite.
        public var description: String {
            switch self {
            case let .exists(path): return "\(path): tệp đã có."
            case let .cannotWrite(path, reason): return "\(path): không ghi được tệp (\(reason))."
            }
        }
    }

    /// Calls `produce` with the temporary file to write into, then moves it to `destination`.
    public static func write(to destination: URL, overwrite: Bool, _ produce: (OutputFile) throws -> Void) throws {
        try write(to: destination, overwrite: overwrite, systemWrite: posixWrite, produce)
    }

    /// The same, with the system's write(2) replaced: tests make it fail as a full disk does.
    static func write(to destination: URL, overwrite: Bool, systemWrite: @escaping OutputFile.SystemWrite,
                      _ produce: (OutputFile) throws -> Void) throws {
        let target = destination.path
        // lstat, not stat: a symbolic link pointing nowhere is a file there all the same.
        if !overwrite && TemporaryFiles.entryExists(target) { throw Error.exists(target) }
        TemporaryFiles.removeStale(besides: destination)
        let temporary = TemporaryFiles.name(besides: destination)
        // Known to the signal handlers before it exists: an interruption at any moment finds it.
        TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(temporary) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Error.cannotWrite(target, Self.reason(errno)) }
        let file = OutputFile(descriptor: descriptor, target: target, systemWrite: systemWrite)
        do {
            try produce(file)
            if overwrite { keepPermissions(of: target, on: descriptor) }
            try file.close()
        } catch {
            file.abandon()
            unlink(temporary)
            throw error
        }
        try moveIntoPlace(temporary, target, overwrite: overwrite)
        synchronizeDirectory(of: destination)
    }

    /// Replacing: rename. Not replacing: a hard link, which fails if anything took the name
    /// meanwhile (no window between a check and the rename), then the temporary name goes.
    private static func moveIntoPlace(_ temporary: String, _ target: String, overwrite: Bool) throws {
        let moved = overwrite ? rename(temporary, target) : link(temporary, target)
        let code = errno
        if moved != 0 || !overwrite { unlink(temporary) }
        guard moved != 0 else { return }
        if code == EEXIST { throw Error.exists(target) }
        throw Error.cannotWrite(target, Self.reason(code))
    }

    /// A file replaced keeps its permissions (a clerk's read-only-for-others data file stays so).
    private static func keepPermissions(of target: String, on descriptor: Int32) {
        var status = stat()
        guard stat(target, &status) == 0 else { return }
        _ = fchmod(descriptor, status.st_mode & 0o7777)
    }

    /// The rename itself reaches the disk with the folder's entry; a folder that cannot be
    /// opened or synchronised leaves a complete file all the same, so this is best effort.
    private static func synchronizeDirectory(of destination: URL) {
        let folder = open(destination.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return }
        _ = fsync(folder)
        _ = posixClose(folder)
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// The temporary file an `AtomicFile` write goes to: buffered, every write(2) checked (short
/// writes continued, interruptions retried), synchronised to the disk before it is closed
/// (or when its writer says it is complete).
/// Its errors name the target file.
public final class OutputFile: ByteSink {
    public typealias SystemWrite = (Int32, UnsafeRawPointer, Int) -> Int

    private let descriptor: Int32
    private let target: String
    private let systemWrite: SystemWrite
    private var buffer: [UInt8] = []
    private var closed = false
    /// Everything written so far is on the disk (`complete`).
    private var synchronized = false
    private static let capacity = 64 * 1024

    init(descriptor: Int32, target: String, systemWrite: @escaping SystemWrite) {
        self.descriptor = descriptor; self.target = target; self.systemWrite = systemWrite
        buffer.reserveCapacity(Self.capacity)
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        synchronized = false
        if buffer.count + bytes.count > Self.capacity { try flush() }
        if bytes.count >= Self.capacity {
            try writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    public func write(_ data: Data) throws {
        try data.withUnsafeBytes { try write($0) }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = systemWrite(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                throw AtomicFile.Error.cannotWrite(target, AtomicFile.reason(errno))
            }
            next += written
            left -= written
        }
    }

    /// The rest of the buffer, then fsync: each checked, as a full disk may first show here.
    public func complete() throws {
        try flush()
        if fsync(descriptor) != 0 { throw AtomicFile.Error.cannotWrite(target, AtomicFile.reason(errno)) }
        synchronized = true
    }

    /// Completed (unless it was, with nothing written since), then closed.
    func close() throws {
        if !synchronized { try complete() }
        closed = true
        if posixClose(descriptor) != 0 { throw AtomicFile.Error.cannotWrite(target, AtomicFile.reason(errno)) }
    }

    /// Closes without writing what is left (the file is about to be removed).
    func abandon() {
        guard !closed else { return }
        closed = true
        _ = posixClose(descriptor)
    }
}
