import CommandLineSupport
import DocumentPipeline
import Foundation

/// With VANBAN_PROFILE=1, prints how long each phase took and the peak resident memory so far
/// (the kernel's VmHWM for this process alone), to standard error; the last line,
/// "vanban-peak-kb N", is for the benchmark. The pipeline times its own steps (`PhaseTiming`);
/// the peak beside each of them is the one when they are printed.
final class PhaseProfile {
    private let enabled = ProcessInfo.processInfo.environment["VANBAN_PROFILE"] == "1"
    private var last = DispatchTime.now().uptimeNanoseconds
    private var lines: [String] = []

    func mark(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        lines.append(Self.line(phase, milliseconds: Double(now - last) / 1e6))
        last = now
    }

    /// One document's steps as the pipeline timed them, then the peak so far.
    static func printTimings(_ timings: [PhaseTiming]) {
        let profile = PhaseProfile()
        guard profile.enabled, !timings.isEmpty else { return }
        profile.lines = timings.map { line($0.phase, milliseconds: $0.milliseconds) }
        profile.finish()
    }

    private static func line(_ phase: String, milliseconds: Double) -> String {
        phase.padding(toLength: 24, withPad: " ", startingAt: 0)
            + String(format: "%8.2f ms   đỉnh bộ nhớ %6.1f MB", milliseconds, Double(peakResidentKilobytes()) / 1024)
    }

    func finish() {
        guard enabled else { return }
        report((lines + ["vanban-peak-kb \(Self.peakResidentKilobytes())"]).joined(separator: "\n"))
    }

    /// VmHWM from /proc/self/status: unlike getrusage, it does not inherit the peak of the
    /// process that spawned us.
    static func peakResidentKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }
}
