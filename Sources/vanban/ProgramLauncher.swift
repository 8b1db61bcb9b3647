import CommandLineSupport
import Foundation

/// `vanban serve` and `vanban so` run a program of their own, built beside `vanban`, in this
/// process's place (same process id, terminal and signals). The server's libraries (NIO,
/// Hummingbird, bcrypt) live only in `vanban-workbench`, SQLite and GRDB only in `vanban-so`:
/// linked into `vanban`, they made every `vanban render` pay for loading them and for scanning
/// their type records (docs/performance.md).
enum ProgramLauncher {
    /// A command that runs in a program of its own: the program's name, and what the clerk
    /// calls it, for the message when it is missing.
    struct Program {
        let name: String
        let title: String

        static let workbench = Program(name: "vanban-workbench", title: "chương trình bàn làm việc")
        static let register = Program(name: "vanban-so", title: "chương trình sổ đăng ký văn bản đi")
    }

    /// The program a command (`serve`, `so`) runs in, if it has one of its own.
    static func program(for command: String?) -> Program? {
        switch command {
        case "serve": return .workbench
        case "so": return .register
        default: return nil
        }
    }

    /// The program's path in the folder of the running `vanban`.
    static func path(of program: Program) -> String {
        let running = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: running).deletingLastPathComponent().appendingPathComponent(program.name).path
    }

    static func replaceProcess(with program: Program, arguments: [String]) -> Never {
        let path = path(of: program)
        guard FileManager.default.isExecutableFile(atPath: path) else {
            report("Không tìm thấy \(program.title) \(path): nó được dựng cùng vanban (swift build -c release --product \(program.name)) và phải nằm cùng thư mục với vanban.")
            exit(ExitStatus.usage)
        }
        let words = [path] + arguments
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) }
        argv.append(nil)
        execv(path, argv)
        report("Không chạy được \(path): \(String(cString: strerror(errno))).")
        exit(ExitStatus.usage)
    }
}
