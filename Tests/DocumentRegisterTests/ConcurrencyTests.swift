@testable import DocumentRegister
import Foundation
import Testing

/// Never the same number twice, whoever asks at the same moment.
@Suite(.serialized) struct ConcurrencyTests {
    /// Starts every command at once and waits for all.
    func together(_ commands: [[String]], in folder: URL, environment: [String: String] = [:]) throws -> [Run] {
        try #require(FileManager.default.isExecutableFile(atPath: vanbanBinary), "build the vanban product first")
        let started = try commands.map { arguments -> (Process, Pipe, Pipe) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: vanbanBinary)
            process.arguments = arguments
            process.currentDirectoryURL = folder
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            return (process, out, err)
        }
        return started.map { process, out, err in
            let output = out.fileHandleForReading.readDataToEndOfFile()
            let error = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Run(output: String(decoding: output, as: UTF8.self), error: String(decoding: error, as: UTF8.self),
                       status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal)
        }
    }

    /// 8 processes × 50 numbers each on a new register (so they also meet its creation): 400
    /// distinct consecutive numbers, each process's in increasing order.
    @Test func eightProcessesTakingFiftyEachGetFourHundredDistinctNumbers() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let start = Date()
        let runs = try together(Array(repeating: ["so", "cap-thu", "--so-lan", "50"], count: 8), in: folder)
        let seconds = Date().timeIntervalSince(start)
        for run in runs { #expect(run.status == 0, "\(run.error)") }
        let perProcess = runs.map { $0.output.split(separator: "\n").map { Int($0.prefix { $0 != "/" })! } }
        #expect(perProcess.allSatisfy { $0.count == 50 && $0 == $0.sorted() })
        #expect(perProcess.flatMap { $0 }.sorted() == Array(1...400))
        let entries = try OutgoingRegister.open(RegisterWorkspace(folder: folder), create: false).entries()
        #expect(entries.count == 400 && entries.allSatisfy { $0.state == .issued })
        print("cấp 400 số (8 tiến trình × 50, mỗi số hai giao dịch): \(String(format: "%.1f", seconds)) s")
    }

    /// The real `so cap`, four files at once: four numbers, each file its own.
    @Test func issuingFourFilesAtOnce() throws {
        let names = ["a.yaml", "b.yaml", "c.yaml", "d.yaml"]
        let folder = try Fixture.folder(names)
        defer { try? FileManager.default.removeItem(at: folder) }
        let start = Date()
        let runs = try together(names.map { ["so", "cap", $0] }, in: folder, environment: ["VANBAN_HOM_NAY": "2026-03-02"])
        let seconds = Date().timeIntervalSince(start)
        for run in runs { #expect(run.status == 0, "\(run.error)") }
        var numbers: [Int] = []
        for name in names {
            let data = try text(folder.appendingPathComponent(name))
            let line = try #require(data.split(separator: "\n").first { $0.hasPrefix("so: ") })
            numbers.append(Int(line.dropFirst(4))!)
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name.replacingOccurrences(of: ".yaml", with: ".pdf")).path))
        }
        #expect(numbers.sorted() == [1, 2, 3, 4])
        let entries = try OutgoingRegister.open(RegisterWorkspace(folder: folder), create: false).entries()
        #expect(Dictionary(uniqueKeysWithValues: entries.map { ($0.dataFile!, $0.number) }) == Dictionary(uniqueKeysWithValues: zip(names, numbers)))
        print("cấp số và dàn trang 4 tệp cùng lúc: \(String(format: "%.1f", seconds)) s")
    }

    /// Two calls on one file at once: one number; the other call is told the file has it.
    @Test func twoCallsOnOneFileGiveOneNumber() throws {
        let folder = try Fixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runs = try together([["so", "cap", "qd.yaml", "-o", "a.pdf"], ["so", "cap", "qd.yaml", "-o", "b.pdf"]], in: folder,
                                environment: ["VANBAN_HOM_NAY": "2026-03-02"])
        #expect(runs.map(\.status).sorted() == [0, 1], "\(runs.map(\.error))")
        #expect(runs.contains { $0.error.contains("văn bản đã được cấp số 01/QĐ-UBND") })
        let entries = try OutgoingRegister.open(RegisterWorkspace(folder: folder), create: false).entries()
        #expect(entries.map(\.number) == [1] && entries[0].state == .issued)
    }
}
