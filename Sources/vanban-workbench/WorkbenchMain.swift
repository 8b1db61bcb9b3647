import CommandLineSupport
import Foundation

/// The workbench's program: `vanban serve` replaces itself with it (Sources/vanban/ProgramLauncher.swift).
@main
enum WorkbenchMain {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.contains("-h") || arguments.contains("--help") {
            print(ServeHelp.text)
            exit(0)
        }
        CommandRunner.run(ServeCommand.self, arguments)
    }
}
