import ArgumentParser
import Foundation

/// Exit codes the commands document (see `vanban --help`).
enum ExitStatus {
    static let badInput: Int32 = 1
    static let usage: Int32 = 2
    static let cannotWrite: Int32 = 3
}

struct VanBan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban",
        abstract: "Soạn văn bản thi đua, khen thưởng theo Nghị định 30/2020/NĐ-CP, xuất PDF.",
        subcommands: [RenderCommand.self, CheckCommand.self, TemplatesCommand.self, NewCommand.self,
                      TextCommand.self, SamplesCommand.self, RegisterCommand.self, ServeCommand.self],
        helpNames: []
    )
}

/// Prints a message for the user on standard error.
func report(_ message: String) {
    FileHandle.standardError.write((message + "\n").data(using: .utf8)!)
}

@main
enum Main {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let help = VietnameseHelp.text(for: arguments) {
            print(help)
            exit(0)
        }
        do {
            if let quick = QuickArguments.command(arguments) {
                try QuickArguments.run(quick)
            } else {
                var command = try VanBan.parseAsRoot(arguments)
                try command.run()
            }
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = VanBan.exitCode(for: error)
            if code == .success { exit(0) }
            report("Cách gọi lệnh chưa đúng: \(VietnameseHelp.translate(VanBan.message(for: error)))")
            report("Xem hướng dẫn: vanban --help")
            exit(ExitStatus.usage)
        }
    }
}
