import CommandLineSupport
import Foundation

/// The register's program: `vanban so` replaces itself with it (Sources/vanban/ProgramLauncher.swift).
@main
enum RegisterMain {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.isEmpty || arguments.contains("-h") || arguments.contains("--help") {
            print(RegisterHelp.text)
            exit(0)
        }
        CommandRunner.run(RegisterCommand.self, arguments)
    }
}
