import Foundation

/// The data files as they were before they were replaced (given their number by the register,
/// or saved over by the workbench), in `.vanban/phien-ban/` under their path in the workspace:
/// `phien-ban/du-lieu/qd.yaml.20260105-101530`. The stamp goes last so that a copy never ends
/// in .yaml: a folder given to «vanban render» is searched for data files, and an old version
/// must not be taken for one.
public struct VersionStore: Sendable {
    public let workspace: RegisterWorkspace

    public init(workspace: RegisterWorkspace) { self.workspace = workspace }

    /// One kept version: where it is, and when it was the file (its stamp, Vietnam's time).
    public struct Version: Sendable, Hashable {
        public var url: URL
        public var stamp: String
    }

    /// The versions kept of `relative`, newest first.
    public func versions(of relative: String) -> [Version] {
        let inside = relative.hasPrefix("/") ? (relative as NSString).lastPathComponent : relative
        let folder = workspace.versionsFolder.appendingPathComponent((inside as NSString).deletingLastPathComponent, isDirectory: true)
        let prefix = (inside as NSString).lastPathComponent + "."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains(".") }
            .map { Version(url: folder.appendingPathComponent($0), stamp: String($0.dropFirst(prefix.count))) }
            .sorted { Self.order($0.stamp) > Self.order($1.stamp) }
    }

    /// Removes all but the `count` newest versions of `relative`.
    public func prune(_ relative: String, keeping count: Int) {
        for version in versions(of: relative).dropFirst(count) { try? FileManager.default.removeItem(at: version.url) }
    }

    /// "20260105-101530-2" sorts after "20260105-101530": the attempt number counts as a number.
    private static func order(_ stamp: String) -> (String, Int) {
        let parts = stamp.split(separator: "-")
        return (parts.prefix(2).joined(separator: "-"), parts.count > 2 ? Int(parts[2]) ?? 0 : 1)
    }

    /// Keeps `data` as the version of `relative` before now; returns where.
    public func keep(_ data: Data, of relative: String) throws -> URL {
        let inside = relative.hasPrefix("/") ? (relative as NSString).lastPathComponent : relative
        let folder = workspace.versionsFolder.appendingPathComponent((inside as NSString).deletingLastPathComponent, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let name = (inside as NSString).lastPathComponent
        let stamp = Self.stamp(Date())
        // After the newest of this second: a name freed by pruning is never taken again, so
        // the order of the names stays the order of the versions.
        let later = versions(of: relative).filter { $0.stamp.hasPrefix(stamp) }.map { Self.order($0.stamp).1 }.max() ?? 0
        for attempt in (later + 1)... {
            let suffix = attempt == 1 ? "" : "-\(attempt)"
            let url = folder.appendingPathComponent("\(name).\(stamp)\(suffix)")
            // Created only if not there: an earlier version is never replaced.
            let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor < 0 && errno == EEXIST { continue }
            guard descriptor >= 0 else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            return url
        }
        fatalError("unreachable: attempts never end")
    }

    static func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02d-%02d%02d%02d", p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!)
    }
}
