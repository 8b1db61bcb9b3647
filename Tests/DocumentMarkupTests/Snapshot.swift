import Foundation

/// Reviewed snapshots of what a function makes of a corpus of inputs: each input with its
/// output, kept as text in Tests/Snapshots/ so that a change shows in `git diff` as the inputs
/// whose output changed. The test fails on any difference, or on an input the snapshot does not
/// hold (each test expects `differences` to be nil); `VANBAN_UPDATE_SNAPSHOTS=1 swift test --filter …` rewrites the file, to be read
/// before it is committed.
struct Snapshot {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots", isDirectory: true)
    static let updating = ProcessInfo.processInfo.environment["VANBAN_UPDATE_SNAPSHOTS"] == "1"
    static let entryMark = "=== "

    /// The file's name in Tests/Snapshots, and what it is a snapshot of (its first line).
    var name: String
    var title: String

    var url: URL { Self.folder.appendingPathComponent(name) }

    /// How each input's output differs from the file (`key` is the input written on one line):
    /// nothing when they agree (or when rewriting it), else one text saying what differs.
    func differences(_ entries: [(key: String, output: String)]) throws -> String? {
        var current: [String: String] = [:]
        for entry in entries { current[entry.key] = entry.output }
        if Self.updating {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(render(current).utf8).write(to: url)
            return nil
        }
        let kept = try read()
        var differences: [String] = []
        for entry in current.keys.sorted() where kept[entry] != current[entry] {
            differences.append(kept[entry] == nil
                ? "input not in the snapshot: \(entry)\n\(current[entry]!)"
                : "input \(entry)\n now: \(current[entry]!)\n was: \(kept[entry]!)")
            if differences.count == 5 { break }
        }
        let dropped = kept.keys.filter { current[$0] == nil }.count
        guard !differences.isEmpty || dropped > 0 else { return nil }
        return "\(name): \(differences.count) entries differ (at most five below), \(dropped) no longer in the corpus; if the change is meant, rewrite with VANBAN_UPDATE_SNAPSHOTS=1 and review the diff\n\(differences.joined(separator: "\n"))"
    }

    private func render(_ entries: [String: String]) -> String {
        var text = "# \(title)\n# \(entries.count) inputs. Rewritten by VANBAN_UPDATE_SNAPSHOTS=1; read the diff before committing.\n"
        for key in entries.keys.sorted() { text += Self.entryMark + key + "\n" + entries[key]! + "\n" }
        return text
    }

    private func read() throws -> [String: String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var entries: [String: String] = [:]
        var key: String?
        var lines: [Substring] = []
        func close() { if let key { entries[key] = lines.joined(separator: "\n") } }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() where !(key == nil && line.hasPrefix("#")) {
            if line.hasPrefix(Self.entryMark) {
                close()
                key = String(line.dropFirst(Self.entryMark.count))
                lines = []
            } else {
                lines.append(line)
            }
        }
        close()
        return entries
    }
}
