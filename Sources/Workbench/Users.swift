import DataInput
import Foundation
import HummingbirdBcrypt

/// The people who may sign in when the workbench is reachable from other machines: the
/// workspace's `.vanban/nguoi-dung.yaml`, each name with a bcrypt hash of the password (never
/// the password).
public struct UserList: Sendable {
    public static let fileName = "nguoi-dung.yaml"
    public private(set) var hashes: [(name: String, hash: String)]

    public var isEmpty: Bool { hashes.isEmpty }

    public static func url(workspace: URL) -> URL {
        workspace.appendingPathComponent(".vanban", isDirectory: true).appendingPathComponent(fileName)
    }

    /// The users of the workspace (none when the file is not there).
    public static func load(workspace: URL) throws -> UserList {
        let url = Self.url(workspace: workspace)
        guard FileManager.default.fileExists(atPath: url.path) else { return UserList(hashes: []) }
        let root = try DataLoader.load(url, displayPath: ".vanban/" + fileName)
        var hashes: [(String, String)] = []
        for item in try root["nguoi_dung"]?.list() ?? [] {
            hashes.append((try item.required("ten").string(), try item.required("mat_khau_bam").string()))
        }
        return UserList(hashes: hashes)
    }

    /// Whether `password` is the password of `name`. An unknown name costs a hash all the same,
    /// so the time taken does not tell which names exist.
    public func verify(name: String, password: String) -> Bool {
        guard let hash = hashes.first(where: { $0.name == name })?.hash else {
            _ = Bcrypt.verify(password, hash: Self.decoy)
            return false
        }
        return Bcrypt.verify(password, hash: hash)
    }

    private static let decoy = Bcrypt.hash("vanban-khong-co-nguoi-nay", cost: 12)

    /// Adds `name` (or changes its password) and writes the file, atomically.
    public static func setPassword(_ password: String, for name: String, workspace: URL, cost: UInt8 = 12) throws {
        var list = try load(workspace: workspace)
        let hash = Bcrypt.hash(password, cost: cost)
        if let index = list.hashes.firstIndex(where: { $0.name == name }) { list.hashes[index].hash = hash } else {
            list.hashes.append((name, hash))
        }
        let tree = DataTree.map([("nguoi_dung", .list(list.hashes.map { .map([("ten", .text($0.name)), ("mat_khau_bam", .text($0.hash))]) }))])
        let text = YAMLWriter.yaml(tree, header: ["# Người dùng của bàn làm việc (vanban serve --add-user TÊN): mật khẩu lưu dạng băm bcrypt."])
        let url = Self.url(workspace: workspace)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(fileName).\(UUID().uuidString.prefix(8)).tmp")
        try Data(text.utf8).write(to: temporary)
        chmod(temporary.path, 0o600)
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }

    /// A user name: letters, digits, «.», «-», «_», up to 64.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }
    }
}
