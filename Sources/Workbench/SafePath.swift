import Foundation

/// Names from a request (a hồ sơ, a file) turned into places inside the workspace, or refused:
/// one plain name each (no «/», no «..», not hidden, no control characters), and the place it
/// resolves to, symbolic links followed, still inside the workspace.
public struct SafePath: Sendable {
    public let root: URL
    private let resolvedRoot: String

    public init(root: URL) {
        self.root = root.standardizedFileURL
        resolvedRoot = root.standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Whether `name` is a plain name a clerk could have given a folder or file.
    public static func isPlainName(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 200, name != ".", name != "..", !name.hasPrefix(".") else { return false }
        return !name.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F || $0 == ":" || $0 == "%" }
    }

    /// The hồ sơ folder named `name` (it need not exist yet), or nil.
    public func folder(_ name: String) -> URL? {
        guard Self.isPlainName(name) else { return nil }
        let url = root.appendingPathComponent(name, isDirectory: true)
        return isInside(url) ? url : nil
    }

    /// The file `file` of the hồ sơ `folder` (it need not exist yet), or nil.
    public func file(_ file: String, in folderName: String) -> URL? {
        guard let folder = folder(folderName), Self.isPlainName(file) else { return nil }
        let url = folder.appendingPathComponent(file)
        return isInside(url) ? url : nil
    }

    /// Whether `url`, every symbolic link on its way resolved, is inside the workspace. A path
    /// that does not exist yet is judged by its nearest existing folder.
    public func isInside(_ url: URL) -> Bool {
        var probe = url.standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: probe.path) {
            // A dangling symbolic link is no way out either.
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: probe.path)) != nil { return false }
            missing.insert(probe.lastPathComponent, at: 0)
            let parent = probe.deletingLastPathComponent()
            if parent.path == probe.path { return false }
            probe = parent
        }
        let resolved = (probe.resolvingSymlinksInPath().path as NSString).appendingPathComponent(missing.joined(separator: "/"))
        let prefix = resolvedRoot.hasSuffix("/") ? resolvedRoot : resolvedRoot + "/"
        return resolved.hasPrefix(prefix) || resolved == resolvedRoot
    }
}
