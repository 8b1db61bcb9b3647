import Foundation

/// With VANBAN_PROFILE=1, prints how long each phase took and the peak resident memory so far
/// (the kernel's VmHWM for this process alone), to standard error; the last line,
/// "vanban-peak-kb N", is for the benchmark.
final class PhaseProfile {
    private let enabled = ProcessInfo.processInfo.environment["VANBAN_PROFILE"] == "1"
    private var last = DispatchTime.now().uptimeNanoseconds
    private var lines: [String] = []

    func mark(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let padded = phase.padding(toLength: 24, withPad: " ", startingAt: 0)
        lines.append(padded + String(format: "%8.2f ms   đỉnh bộ nhớ %6.1f MB", Double(now - last) / 1e6,
                                     Double(Self.peakResidentKilobytes()) / 1024))
        last = now
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
