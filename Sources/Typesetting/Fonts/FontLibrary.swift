import Foundation

/// The faces the engine may use, found by family name and style. Directories listed first
/// take precedence, so a user's folder with real Times New Roman overrides metric-compatible
/// Liberation Serif. Characters no face of the family has are drawn from the fallback faces.
/// Where the folders are is the caller's business.
public final class FontLibrary: @unchecked Sendable {
    public private(set) var faces: [FontFace] = []
    public let fallbackFaces: [FontFace]
    /// Family names that stand in for one another, in order of preference.
    public let substitutes: [String: [String]]
    private let library: FreeTypeLibrary
    private var resolved: [FaceKey: FontFace] = [:]
    private let lock = NSLock()

    private struct FaceKey: Hashable { let family: String; let bold: Bool; let italic: Bool }

    public static let defaultSubstitutes: [String: [String]] = [
        "times new roman": ["Times New Roman", "Liberation Serif", "Tinos"],
        "liberation serif": ["Liberation Serif", "Times New Roman"],
    ]

    /// - Parameters:
    ///   - directories: searched in order; a face found earlier wins over the same family and
    ///     style found later.
    ///   - fallbackFamilies: families used for characters the requested face lacks.
    public init(directories: [URL], fallbackFamilies: [String] = ["DejaVu Sans"],
                substitutes: [String: [String]] = FontLibrary.defaultSubstitutes) throws {
        library = try FreeTypeLibrary()
        self.substitutes = substitutes
        var loaded: [FontFace] = []
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in files.sorted() where Self.isFontFile(name) {
                let path = directory.appendingPathComponent(name).path
                // An unreadable file in a user's folder is skipped, not fatal.
                if let face = try? FontFace(path: path, library: library) { loaded.append(face) }
            }
        }
        faces = loaded
        fallbackFaces = fallbackFamilies.compactMap { family in
            let key = Self.key(family)
            return loaded.first { $0.familyKey == key && !$0.isBold && !$0.isItalic } ?? loaded.first { $0.familyKey == key }
        }
    }

    static func isFontFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".ttf") || lower.hasSuffix(".otf")
    }

    static func key(_ family: String) -> String {
        family.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" }
    }

    public var familyNames: [String] {
        var seen = Set<String>()
        return faces.map(\.familyName).filter { seen.insert($0).inserted }
    }

    /// The face for a family and style: the exact style if present, else the nearest of the
    /// same family (bold before italic), then the family's substitutes.
    public func face(family: String, bold: Bool, italic: Bool) throws -> FontFace {
        // Keyed by the name as asked: the same few names come back for every run of text.
        let key = FaceKey(family: family, bold: bold, italic: italic)
        lock.lock(); defer { lock.unlock() }
        if let face = resolved[key] { return face }
        let families = (substitutes[family.lowercased()] ?? [family])
        for name in families {
            let nameKey = Self.key(name)
            let candidates = faces.filter { $0.familyKey == nameKey }
            if candidates.isEmpty { continue }
            let choice = candidates.first { $0.isBold == bold && $0.isItalic == italic }
                ?? candidates.first { $0.isBold == bold }
                ?? candidates.first { !$0.isBold && !$0.isItalic }
                ?? candidates[0]
            resolved[key] = choice
            return choice
        }
        throw FontError.familyNotFound(family: family, available: familyNames)
    }

    public func face(for style: TextStyle) throws -> FontFace {
        try face(family: style.family, bold: style.bold, italic: style.italic)
    }
}
