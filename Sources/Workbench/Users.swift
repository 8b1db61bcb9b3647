import DataInput
import Foundation
import HummingbirdBcrypt

/// What a user may do beyond drafting. Every signed-in user drafts, saves and previews; giving
/// numbers from the register and voiding them is the văn thư's.
public enum Role: String, Sendable, CaseIterable {
    /// «van-thu»: issues numbers (Cấp số) and voids them on the register page.
    case clerk = "van-thu"
}

/// The people who may sign in when the workbench is reachable from other machines: the
/// workspace's `.vanban/nguoi-dung.yaml`, each name with a bcrypt hash of the password (never
/// the password) and its roles («vai_tro: van-thu»).
public struct UserList: Sendable {
    public static let fileName = "nguoi-dung.yaml"
    public private(set) var hashes: [(name: String, hash: String)]
    public private(set) var roles: [String: Set<Role>] = [:]

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
        var roles: [String: Set<Role>] = [:]
        for item in try root["nguoi_dung"]?.list() ?? [] {
            let name = try item.required("ten").string()
            hashes.append((name, try item.required("mat_khau_bam").string()))
            // «vai_tro: van-thu», or a list of roles.
            var given: [DataNode] = []
            if let node = item["vai_tro"] { given = (try? node.list()) ?? [node] }
            roles[name] = try Set(given.map { node in
                let text = try node.string().trimmingCharacters(in: .whitespaces)
                guard let role = Role(rawValue: text) else {
                    throw DataError(location: node.location, field: "vai_tro",
                                    message: "vai trò «\(text)» không có (chỉ có: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                return role
            })
        }
        return UserList(hashes: hashes, roles: roles)
    }

    /// Whether `name` has `role`.
    public func has(_ role: Role, _ name: String?) -> Bool {
        guard let name else { return false }
        return roles[name]?.contains(role) == true
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

    /// Adds `name` (or changes its password) and writes the file, atomically. `roles` nil keeps
    /// the roles the user has (none for a new user).
    public static func setPassword(_ password: String, for name: String, roles: Set<Role>? = nil, workspace: URL, cost: UInt8 = 12) throws {
        var list = try load(workspace: workspace)
        let hash = Bcrypt.hash(password, cost: cost)
        if let index = list.hashes.firstIndex(where: { $0.name == name }) { list.hashes[index].hash = hash } else {
            list.hashes.append((name, hash))
        }
        if let roles { list.roles[name] = roles }
        let tree = DataTree.map([("nguoi_dung", .list(list.hashes.map { user in
            let roles = (list.roles[user.name] ?? []).map(\.rawValue).sorted()
            var fields: [(key: String, value: DataTree)] = [("ten", .text(user.name)), ("mat_khau_bam", .text(user.hash))]
            if !roles.isEmpty { fields.append(("vai_tro", roles.count == 1 ? .text(roles[0]) : .list(roles.map { DataTree.text($0) }))) }
            return DataTree.map(fields)
        }))])
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
