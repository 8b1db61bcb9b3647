import Foundation

/// Writes go to a temporary file beside the target and are renamed into place, so a failure
/// never leaves a half-written file, and an existing file is replaced only when asked.
public enum AtomicFile {
    public enum Error: Swift.Error, CustomStringConvertible, Equatable {
        case exists(String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case let .exists(path):
                return "\(path): tệp đã có; dùng --force để ghi đè."
            case let .cannotWrite(path, reason):
                return "\(path): không ghi được tệp (\(reason))."
            }
        }
    }

    /// Calls `produce` with a temporary path, then moves it to `destination`.
    public static func write(to destination: URL, overwrite: Bool,
                             _ produce: (String) throws -> Void) throws {
        let manager = FileManager.default
        if !overwrite && manager.fileExists(atPath: destination.path) {
            throw Error.exists(destination.path)
        }
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8)).tmp")
        do {
            try produce(temporary.path)
        } catch {
            try? manager.removeItem(at: temporary)
            throw error
        }
        guard manager.fileExists(atPath: temporary.path) else {
            throw Error.cannotWrite(destination.path, "không tạo được tệp tạm")
        }
        if !overwrite && manager.fileExists(atPath: destination.path) {
            try? manager.removeItem(at: temporary)
            throw Error.exists(destination.path)
        }
        if rename(temporary.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw Error.cannotWrite(destination.path, reason)
        }
    }
}
