import Foundation

/// How the workbench runs: where its workspace is, whom it listens to, who may sign in.
public struct WorkbenchSettings: Sendable {
    public var workspace: URL
    public var host: String
    public var port: Int
    /// The people who may sign in; sign-in is asked for whenever there are any.
    public var users: UserList
    /// The shipped examples (Examples/), offered as hồ sơ to look at.
    public var examples: URL?
    /// The largest list file an upload may bring.
    public var maxUpload = 20 * 1024 * 1024
    /// The largest form (a document's fields, its grids).
    public var maxForm = 4 * 1024 * 1024
    /// Preview resolution, dots per inch.
    public var previewDPI = 60.0

    public init(workspace: URL, host: String = "127.0.0.1", port: Int = 8080, users: UserList, examples: URL? = nil) {
        self.workspace = workspace.standardizedFileURL
        self.host = host
        self.port = port
        self.users = users
        self.examples = examples
    }

    /// Whether only this machine can reach the server.
    public var isLoopback: Bool { Self.isLoopback(host) }

    /// «localhost», «::1», or an address 127.x.y.z written out (not a name that starts so).
    public static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) && Int(part)! <= 255
        }
    }

    public var requiresSignIn: Bool { !users.isEmpty }

    /// Why the server must not start this way, in the clerk's words; nil when it may.
    public var refusal: String? {
        if !isLoopback && users.isEmpty {
            return "Không khởi động: với --host \(host), máy khác có thể vào bàn làm việc, nên cần có người dùng trước (vanban serve --add-user TÊN)."
        }
        return nil
    }

    /// The hidden folder of the workspace (users, scratch files of the preview).
    public var stateFolder: URL { workspace.appendingPathComponent(".vanban", isDirectory: true) }
}
