import CommandLineSupport
import Foundation

/// `vanban serve` runs the workbench's program, `vanban-workbench`, built beside `vanban`, in
/// this process's place (same process id, terminal and signals). The server's libraries (NIO,
/// Hummingbird, bcrypt) live only in that program: linked into `vanban`, they made every
/// `vanban render` pay for loading them and for scanning their type records (docs/performance.md).
enum WorkbenchLauncher {
    static let programName = "vanban-workbench"

    /// The workbench's program in the folder of the running `vanban`.
    static func programPath() -> String {
        let running = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: running).deletingLastPathComponent().appendingPathComponent(programName).path
    }

    static func replaceProcess(arguments: [String]) -> Never {
        let path = programPath()
        guard FileManager.default.isExecutableFile(atPath: path) else {
            report("Không tìm thấy chương trình bàn làm việc \(path): nó được dựng cùng vanban (swift build -c release --product \(programName)) và phải nằm cùng thư mục với vanban.")
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
