import Foundation

/// The data files as they were before they got their number, in `.vanban/phien-ban/` under
/// their path in the workspace: `phien-ban/du-lieu/qd.yaml.20260105-101530`. The stamp goes
/// last so that a copy never ends in .yaml: a folder given to «vanban render» is searched for
/// data files, and an old version must not be taken for one.
struct VersionStore {
    let workspace: RegisterWorkspace

    /// Keeps `data` as the version of `relative` before now; returns where.
    func keep(_ data: Data, of relative: String) throws -> URL {
        let inside = relative.hasPrefix("/") ? (relative as NSString).lastPathComponent : relative
        let folder = workspace.versionsFolder.appendingPathComponent((inside as NSString).deletingLastPathComponent, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let name = (inside as NSString).lastPathComponent
        let stamp = Self.stamp(Date())
        for attempt in 1... {
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
