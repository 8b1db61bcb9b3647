import DataInput
import Foundation
import Testing
@testable import Workbench

/// docs/workbench.md, run: its commands start the workbench (or add the user), its users file
/// holds the password it names, its data files are written as the workbench writes them.
/// (DocsExamplesTests checks the same page's data files are valid documents.)
@Suite(.serialized) struct DocsTests {
    struct Block { var language: String; var file: String?; var text: String }

    static func blocks() throws -> [Block] {
        let text = try String(contentsOf: checkout.appendingPathComponent("docs/workbench.md"), encoding: .utf8)
        var blocks: [Block] = []
        var current: Block?
        for line in text.components(separatedBy: "\n") {
            if current == nil, line.hasPrefix("```"), line.count > 3 {
                let info = line.dropFirst(3).split(separator: " ").map(String.init)
                current = Block(language: info[0], file: info.count > 1 ? info[1] : nil, text: "")
            } else if current != nil, line == "```" {
                blocks.append(current!)
                current = nil
            } else if current != nil {
                current!.text += line + "\n"
            }
        }
        return blocks
    }

    static let binary = checkout.appendingPathComponent(".build/debug/vanban").path

    /// Runs `vanban` with `arguments`: until it exits, or, for a server, until it prints its
    /// address (then it is stopped). Its output and exit status.
    static func run(_ arguments: [String], input: String = "", untilAddress: Bool) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        var text = ""
        if untilAddress {
            let deadline = Date().addingTimeInterval(60)
            while !text.contains("http://"), Date() < deadline, process.isRunning {
                text += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
            }
            if process.isRunning { process.terminate() }
        }
        process.waitUntilExit()
        text += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        text += String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (text, process.terminationStatus)
    }

    @Test func theCommandsOfThePageDoWhatItSays() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build the vanban product first")
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-docs-\(UUID().uuidString.prefix(6))")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let commands = try Self.blocks().filter { $0.language == "sh" }.flatMap { $0.text.split(separator: "\n").map(String.init) }
        #expect(commands.count == 5)
        // Before any user, another address is refused.
        let refused = try Self.run(["serve", "--workspace", workspace.path, "--host", "0.0.0.0", "--port", "0"], untilAddress: false)
        #expect(refused.status == 2 && refused.output.contains("--add-user"))
        for command in commands {
            var arguments = Array(command.split(separator: " ").map(String.init).dropFirst())
            #expect(arguments.first == "serve", "\(command)")
            // The page's folder and port become a scratch folder and a free port; its shared
            // address becomes this machine's (nothing is opened to the network by a test).
            if let index = arguments.firstIndex(of: "--workspace") { arguments.removeSubrange(index...(index + 1)) }
            if let index = arguments.firstIndex(of: "--port") { arguments.removeSubrange(index...(index + 1)) }
            if let index = arguments.firstIndex(of: "--host") { arguments[index + 1] = "127.0.0.1" }
            arguments += ["--workspace", workspace.path]
            if arguments.contains("--add-user") {
                let added = try Self.run(arguments, input: "mat-khau-vi-du\n", untilAddress: false)
                #expect(added.status == 0 && added.output.contains("đã lưu người dùng lan"), "\(added.output)")
                #expect(try UserList.load(workspace: workspace).verify(name: "lan", password: "mat-khau-vi-du"))
                if arguments.contains("--vai-tro") {
                    #expect(try UserList.load(workspace: workspace).has(.clerk, "lan") && added.output.contains("(văn thư: cấp số, hủy số)"))
                }
            } else {
                let served = try Self.run(arguments + ["--port", "0"], untilAddress: true)
                #expect(served.output.contains("Bàn làm việc VanBan: http://127.0.0.1:"), "\(command): \(served.output)")
            }
        }
    }

    @Test func theUsersFileHoldsThePasswordThePageNames() throws {
        let block = try #require(try Self.blocks().first { $0.file == ".vanban/nguoi-dung.yaml" })
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-docs-\(UUID().uuidString.prefix(6))")
        defer { try? FileManager.default.removeItem(at: workspace) }
        try FileManager.default.createDirectory(at: workspace.appendingPathComponent(".vanban"), withIntermediateDirectories: true)
        try block.text.write(to: UserList.url(workspace: workspace), atomically: true, encoding: .utf8)
        let users = try UserList.load(workspace: workspace)
        #expect(users.verify(name: "lan", password: "mat-khau-vi-du"))
        #expect(!users.verify(name: "lan", password: "mat-khau-khac"))
        #expect(users.has(.clerk, "lan"))
    }

    @Test func theDataFilesAreWrittenAsTheWorkbenchWritesThem() throws {
        let files = try Self.blocks().filter { $0.language == "yaml" && $0.file?.hasSuffix(".yaml") == true && !$0.file!.hasPrefix(".") }
        #expect(files.count == 2)
        for block in files {
            let tree = DataTree(try DataLoader.parse(block.text, file: block.file!))
            #expect(YAMLWriter.yaml(tree, header: YAMLWriter.leadingComments(of: block.text)) == block.text, "\(block.file!)")
        }
    }
}
