import DocumentRegister
import Foundation
import InputGuards
import VanBanFiles

/// A file of a hồ sơ as read, with the token that says which version it is.
public struct StoredFile: Sendable {
    public var data: Data
    public var token: String
    public var text: String { String(decoding: data, as: UTF8.self) }
}

/// What saving came to.
public enum SaveOutcome: Sendable, Equatable {
    case saved(token: String)
    /// The file changed on disk since the form was opened (or exists, for a new one): nothing
    /// was written.
    case conflict(currentToken: String)
}

/// Reading and saving the files of a hồ sơ: each save atomic (a temporary file beside it,
/// renamed over it), the version it replaces kept in the hồ sơ's `.vanban/phien-ban/` (the
/// register's store, `VersionStore`), and refused when the file is no longer the version the
/// form was made from.
public struct DataFileStore: Sendable {
    /// How many earlier versions of each file are kept.
    public static let versionsKept = 10

    public init() {}

    /// The version token of some bytes: their FNV-1a hash and their length.
    public static func token(_ data: Data) -> String {
        String(ContentHash.fnv1a(data), radix: 16) + "-" + String(data.count)
    }

    public func read(_ url: URL) throws -> StoredFile {
        let data = try Data(contentsOf: url)
        return StoredFile(data: data, token: Self.token(data))
    }

    /// Saves `data` as `file` of the hồ sơ `folder` if the file on disk is still the version
    /// `expected` names (nil: the file must not exist yet).
    public func save(_ data: Data, as file: String, in folder: URL, expected: String?) throws -> SaveOutcome {
        let workspace = RegisterWorkspace(folder: folder)
        let url = folder.appendingPathComponent(file)
        // The same lock `vanban so cap` takes on the file: one writer at a time, in this process or another.
        guard let lock = try FileLock.acquire(FileLock.name(forDataFile: file), in: workspace.locksFolder, timeout: 10) else {
            throw CocoaError(.fileLocking, userInfo: [NSFilePathErrorKey: url.path])
        }
        defer { withExtendedLifetime(lock) {} }
        let current = try? Data(contentsOf: url)
        let currentToken = current.map(Self.token)
        guard currentToken == expected else { return .conflict(currentToken: currentToken ?? "") }
        if let current {
            if current == data { return .saved(token: Self.token(data)) }
            let versions = VersionStore(workspace: workspace)
            _ = try versions.keep(current, of: file)
            versions.prune(file, keeping: Self.versionsKept)
            try AtomicFile.write(to: url, overwrite: true) { try $0.write(data) }
        } else {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // A new file appears whole, and only if nothing took the name meanwhile.
            try AtomicFile.write(to: url, overwrite: false) { try $0.write(data) }
        }
        return .saved(token: Self.token(data))
    }


    /// The kept versions of `file`, newest first.
    public func versions(of file: String, in folder: URL) -> [VersionStore.Version] {
        VersionStore(workspace: RegisterWorkspace(folder: folder)).versions(of: file)
    }
}
