import ArgumentParser
import CommandLineSupport
import DocumentRegister
import DocumentTemplates
import Foundation
import Hummingbird
import VanBanFiles
import Workbench

/// `vanban serve`: the office workbench on this machine's browser.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Mở bàn làm việc trên trình duyệt.", helpNames: [])

    @Option(name: .customLong("workspace")) var workspace: String?
    @Option(name: .customLong("host")) var host = "127.0.0.1"
    @Option(name: .customLong("port")) var port = 8080
    @Option(name: .customLong("fonts")) var fontDirectory: String?
    @Option(name: .customLong("add-user")) var newUser: String?
    /// With --add-user: «van-thu» (may issue numbers and void them), or «soan-thao» (drafting only).
    @Option(name: .customLong("vai-tro")) var role: String?

    /// The default workspace: «van-ban» in the user's home.
    static func defaultWorkspace() -> URL {
        FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent("van-ban", isDirectory: true)
    }

    func run() throws {
        let folder = workspace.map { URL(fileURLWithPath: $0) } ?? Self.defaultWorkspace()
        if let newUser { return try addUser(newUser, workspace: folder) }
        let users: UserList
        do { users = try UserList.load(workspace: folder) } catch {
            report("\(error)")
            throw ExitCode(ExitStatus.badInput)
        }
        let examples = TemplateCatalog.standardDirectory()?.deletingLastPathComponent().appendingPathComponent("Examples")
        var settings = WorkbenchSettings(workspace: folder, host: host, port: port, users: users,
                                         examples: examples.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil })
        settings.previewDPI = 60
        if let refusal = settings.refusal {
            report(refusal)
            throw ExitCode(ExitStatus.usage)
        }
        let workbench: Workbench
        do {
            let fontFolder = fontDirectory.map { URL(fileURLWithPath: $0) }
            let service = try DocumentService(fontDirectory: fontFolder)
            // «Cấp số» issues through the service's pipeline, as «vanban so cap» does through its own.
            workbench = try Workbench(settings: settings, service: service,
                                      registerFonts: { try ShippedFonts.library(userDirectory: fontFolder) })
        } catch {
            report("\(error)")
            throw ExitCode(ExitStatus.badInput)
        }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let app = workbench.application { port in
            // Written at once (not through print's buffer): a script waits for this line.
            let line = "Bàn làm việc VanBan: http://\(shownHost):\(port)/  (thư mục hồ sơ: \(folder.path); Ctrl+C để dừng)\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await app.runService() } catch { failure.message = "\(error)" }
            finished.signal()
        }
        finished.wait()
        if let message = failure.message {
            report("Không khởi động được bàn làm việc: \(message)")
            throw ExitCode(ExitStatus.cannotWrite)
        }
    }

    /// Adds a user (or changes a password): the password read from standard input, twice at a terminal.
    func addUser(_ name: String, workspace: URL) throws {
        guard UserList.isValidName(name) else {
            report("Tên người dùng «\(name)» không dùng được: chỉ chữ, số, «.», «-», «_».")
            throw ExitCode(ExitStatus.usage)
        }
        var roles: Set<Role>?
        switch role {
        case nil: roles = nil
        case "soan-thao": roles = []
        case let text?:
            guard let given = Role(rawValue: text) else {
                report("--vai-tro \(text): chỉ có «van-thu» (cấp số, hủy số) hoặc «soan-thao» (chỉ soạn văn bản).")
                throw ExitCode(ExitStatus.usage)
            }
            roles = [given]
        }
        let password: String
        if isatty(STDIN_FILENO) != 0 {
            guard let first = getpass("Mật khẩu cho \(name): ").map({ String(cString: $0) }),
                  let second = getpass("Nhập lại mật khẩu: ").map({ String(cString: $0) }), first == second else {
                report("Hai lần nhập mật khẩu không khớp.")
                throw ExitCode(ExitStatus.badInput)
            }
            password = first
        } else {
            password = readLine(strippingNewline: true) ?? ""
        }
        guard password.count >= 8 else {
            report("Mật khẩu cần ít nhất 8 ký tự.")
            throw ExitCode(ExitStatus.badInput)
        }
        do { try UserList.setPassword(password, for: name, roles: roles, workspace: workspace) } catch {
            report("\(error)")
            throw ExitCode(ExitStatus.cannotWrite)
        }
        let isClerk = (try? UserList.load(workspace: workspace))?.has(.clerk, name) == true
        print("\(UserList.url(workspace: workspace).path): đã lưu người dùng \(name)" + (isClerk ? " (văn thư: cấp số, hủy số)" : ""))
    }
}

/// The server's failure, set on its task and read after it ends.
private final class FailureBox: @unchecked Sendable {
    var message: String?
}
