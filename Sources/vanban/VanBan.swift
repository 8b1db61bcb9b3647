import ArgumentParser
import CommandLineSupport
import Foundation

struct VanBan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban",
        abstract: "Soạn văn bản thi đua, khen thưởng theo Nghị định 30/2020/NĐ-CP, xuất PDF.",
        subcommands: [RenderCommand.self, CheckCommand.self, TemplatesCommand.self, NewCommand.self,
                      TextCommand.self, SamplesCommand.self],
        helpNames: []
    )
}

@main
enum Main {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let help = VietnameseHelp.text(for: arguments) {
            print(help)
            exit(0)
        }
        // `vanban serve` and `vanban so` are programs of their own (ProgramLauncher.swift says why).
        if let program = ProgramLauncher.program(for: arguments.first) {
            ProgramLauncher.replaceProcess(with: program, arguments: Array(arguments.dropFirst()))
        }
        guard let quick = QuickArguments.command(arguments) else { CommandRunner.run(VanBan.self, arguments) }
        do {
            try QuickArguments.run(quick)
        } catch {
            CommandRunner.fail(VanBan.self, error)
        }
    }
}
