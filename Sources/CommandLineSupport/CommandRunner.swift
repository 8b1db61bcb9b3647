import ArgumentParser
import Foundation

/// What both programs do with a command line ArgumentParser reads: run the command, and turn
/// its exits and its English usage errors into the documented exit codes and Vietnamese lines.
public enum CommandRunner {
    public static func run<Command: ParsableCommand>(_ type: Command.Type, _ arguments: [String]) -> Never {
        do {
            var command = try type.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch {
            fail(type, error)
        }
    }

    /// Exits as the error says: with its code, or with status 2 and its message in Vietnamese.
    public static func fail<Command: ParsableCommand>(_ type: Command.Type, _ error: Error) -> Never {
        if let code = error as? ExitCode { exit(code.rawValue) }
        let code = type.exitCode(for: error)
        if code == .success { exit(0) }
        report("Cách gọi lệnh chưa đúng: \(UsageMessages.translate(type.message(for: error)))")
        report("Xem hướng dẫn: vanban --help")
        exit(ExitStatus.usage)
    }
}

/// The argument parser's common messages in Vietnamese.
public enum UsageMessages {
    public static func translate(_ message: String) -> String {
        let patterns: [(String, String)] = [
            ("Missing expected argument '(.*)'", "thiếu tham số $1"),
            ("Unknown option '([^']*)'\\. Did you mean '([^']*)'\\?", "không có tùy chọn $1 (có phải là $2?)"),
            ("Unknown option '([^']*)'", "không có tùy chọn $1"),
            ("The value '(.*)' is invalid for '([^' ]*)[^']*'", "giá trị «$1» không dùng được cho $2"),
            ("Unexpected argument '(.*)'", "tham số thừa «$1»"),
            ("Missing value for '(.*)'", "tùy chọn $1 cần một giá trị"),
            ("Unknown subcommand '(.*)'", "không có lệnh «$1»"),
        ]
        for (pattern, replacement) in patterns {
            if let regex = try? NSRegularExpression(pattern: pattern),
               let match = regex.firstMatch(in: message, range: NSRange(message.startIndex..., in: message)) {
                return regex.replacementString(for: match, in: message, offset: 0, template: replacement)
            }
        }
        return message
    }
}
