import ArgumentParser
import Foundation

@main
struct VanBan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban",
        abstract: "Soạn văn bản hành chính về thi đua, khen thưởng theo Nghị định 30/2020/NĐ-CP, xuất PDF.",
        discussion: """
        Mã thoát: 0 thành công; 1 dữ liệu hoặc tệp vào có lỗi; 2 cách gọi lệnh sai; \
        3 không ghi được tệp ra (hoặc tệp đã có mà không dùng --force).
        """,
        subcommands: [TextCommand.self, SamplesCommand.self],
        helpNames: [.short, .long]
    )
}

/// Exit codes the commands document.
enum ExitStatus {
    static let badInput: Int32 = 1
    static let cannotWrite: Int32 = 3
}

/// Prints a message for the user on standard error.
func report(_ message: String) {
    FileHandle.standardError.write((message + "\n").data(using: .utf8)!)
}
