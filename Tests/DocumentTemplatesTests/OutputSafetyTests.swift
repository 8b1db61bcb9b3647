import Foundation
import Testing

/// What `vanban render` leaves at its outputs when interrupted, killed before, or pointed at a
/// link: never a half-written file, never a stray temporary one, never a file replaced unasked.
@Suite struct OutputSafetyTests {
    static let binary = CommandTests.binary

    /// A decision of `count` recipients from a CSV list, with its cluster file.
    func largeDecision(_ count: Int) throws -> URL {
        let folder = try scratchFolder()
        let rows = (1...count).map { "Nguyễn Văn An \($0),Sở Nội vụ tỉnh A" }.joined(separator: "\n")
        let decision = ValidationTests.decision.replacingOccurrences(
            of: "ca_nhan:\n  - { ho_ten: Nguyễn Văn An, don_vi: Sở Nội vụ tỉnh A }\n  - { ho_ten: Trần Thị Bình, don_vi: Sở Nội vụ tỉnh B }\n",
            with: "ca_nhan: ds.csv\n")
        try write(["qd.yaml": decision, "cum.yaml": ValidationTests.cluster, "ds.csv": "ho_ten,don_vi\n" + rows + "\n"], in: folder)
        return folder
    }

    func entries(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func anInterruptedRenderLeavesNothingBehind(signal: Int32) throws {
        let folder = try largeDecision(3000)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["render", "qd.yaml"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // Until the temporary PDF appears: the signal comes while it is being written.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning, try !entries(folder).contains(where: { $0.hasSuffix(".tmp") }) {
            usleep(2_000)
        }
        let sawTemporary = try entries(folder).contains { $0.hasSuffix(".tmp") }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(sawTemporary, "the render ended before it could be interrupted")
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationReason == .uncaughtSignal, "status \(process.terminationStatus): \(said)")
        #expect(try entries(folder) == ["cum.yaml", "ds.csv", "qd.yaml"])
    }

    @Test func aKilledRunsTemporaryFileIsRemovedByTheNextOneAndALiveOnesStays() throws {
        let folder = try largeDecision(3)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Process ids of a process that has ended (a child reaped) and of one that runs (this one).
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let stale = ".qd.pdf.\(ended.processIdentifier).0123abcd.tmp"
        let live = ".qd.pdf.\(getpid()).4567cdef.tmp"
        try write([stale: "%PDF-1.7 cut", live: "%PDF-1.7 being written"], in: folder)
        let result = try run(Self.binary, ["render", "qd.yaml"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        #expect(try entries(folder) == [live, "cum.yaml", "ds.csv", "qd.pdf", "qd.yaml"])
    }

    @Test func aLinkAtTheOutputPathIsNotReplacedUnasked() throws {
        let folder = try largeDecision(3)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("qd.pdf").path, withDestinationPath: "khong-co.pdf")
        let refused = try run(Self.binary, ["render", "qd.yaml"], in: folder)
        #expect(refused.status == 3)
        #expect(refused.error.contains("qd.pdf: tệp đã có; dùng --force để ghi đè"), "\(refused.error)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("qd.pdf").path) == "khong-co.pdf")
        let forced = try run(Self.binary, ["render", "qd.yaml", "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.error)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("qd.pdf")).prefix(5) == Data("%PDF-".utf8))
    }
}
