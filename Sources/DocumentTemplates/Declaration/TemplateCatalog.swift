import DataInput
import Foundation
import Mustache

/// The templates in a Templates/ folder: one sub-folder each, and `_chung/` for the shared
/// declarations and partials (`{{> can-cu}}`).
public struct TemplateCatalog: Sendable {
    public let directory: URL
    public let templates: [TemplateDeclaration]

    public init(directory: URL) throws(DataError) {
        self.directory = directory
        let shared = directory.appendingPathComponent("_chung")
        var library = MustacheLibrary()
        let partialFiles = ((try? FileManager.default.contentsOfDirectory(atPath: shared.path)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        for file in partialFiles {
            let display = "Templates/_chung/\(file)"
            guard let text = try? String(contentsOf: shared.appendingPathComponent(file), encoding: .utf8) else {
                throw DataError(location: nil, field: nil, message: "\(display): không đọc được mẫu dùng chung")
            }
            library.register(try TemplateDeclaration.mustache(text, file: display), named: String(file.dropLast(".mustache".count)))
        }
        var templates: [TemplateDeclaration] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()
        for name in names {
            let folder = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("mau.yaml").path) else { continue }
            templates.append(try TemplateDeclaration.load(directory: folder, shared: shared, library: library))
        }
        self.templates = templates
    }

    public func template(named name: String) -> TemplateDeclaration? {
        templates.first { $0.name == name }
    }

    /// Finds the project's Templates/ folder: $VANBAN_TEMPLATES, beside or above the executable,
    /// then the source checkout this binary was built from.
    public static func standardDirectory() -> URL? {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["VANBAN_TEMPLATES"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(directory.appendingPathComponent("Templates"))
            directory = directory.deletingLastPathComponent()
        }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("Templates"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("_chung").path) }
    }
}
