import DataInput
import Foundation
import Mustache

/// The templates in a Templates/ folder: one sub-folder each, and `_chung/` for the shared
/// declarations and partials (`{{> can-cu}}`). A template is read when first asked for: a
/// render needs one of them, not all.
public final class TemplateCatalog: @unchecked Sendable {
    public let directory: URL
    /// The template folders' names, sorted.
    public let names: [String]
    private let shared: URL
    private let library: MustacheLibrary
    private var loaded: [String: TemplateDeclaration] = [:]
    private var sharedInputs: [String: [InputDeclaration]] = [:]
    private let lock = NSLock()

    public init(directory: URL) throws(DataError) {
        self.directory = directory
        shared = directory.appendingPathComponent("_chung")
        var library = MustacheLibrary()
        let partialFiles = ((try? FileManager.default.contentsOfDirectory(atPath: shared.path)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        for file in partialFiles {
            let display = "Templates/_chung/\(file)"
            let text = try TemplateDeclaration.readTemplate(shared.appendingPathComponent(file), display: display)
            library.register(try TemplateDeclaration.mustache(text, file: display), named: String(file.dropLast(".mustache".count)))
        }
        self.library = library
        names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { name in
            !name.hasPrefix("_") && !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).appendingPathComponent("mau.yaml").path)
        }.sorted()
    }

    /// Every template (each read now if it was not yet).
    public func allTemplates() throws(DataError) -> [TemplateDeclaration] {
        var result: [TemplateDeclaration] = []
        for name in names { if let template = try template(named: name) { result.append(template) } }
        return result
    }

    /// The template of that name (its folder's name), or nil.
    public func template(named name: String) throws(DataError) -> TemplateDeclaration? {
        guard names.contains(name) else { return nil }
        lock.lock(); defer { lock.unlock() }
        if let template = loaded[name] { return template }
        let template = try TemplateDeclaration.load(directory: directory.appendingPathComponent(name), shared: shared,
                                                    library: library, sharedInputs: { file throws(DataError) in try self.sharedDeclaration(file) })
        loaded[name] = template
        return template
    }

    /// A shared declaration file's inputs, read once (the caller holds the lock).
    private func sharedDeclaration(_ name: String) throws(DataError) -> [InputDeclaration]? {
        if let inputs = sharedInputs[name] { return inputs }
        let file = shared.appendingPathComponent(name + ".yaml")
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        let node = try DataLoader.load(file, displayPath: "Templates/_chung/\(name).yaml", role: .template, cache: .standard)
        var inputs: [InputDeclaration] = []
        for input in try node.required("dau_vao").list() { inputs.append(try InputDeclaration.read(input)) }
        sharedInputs[name] = inputs
        return inputs
    }

    /// Finds the project's Templates/ folder: $VANBAN_TEMPLATES, beside or above the executable,
    /// then the source checkout this binary was built from.
    public static func standardDirectory() -> URL? {
        func hasTemplates(_ url: URL) -> Bool {
            FileManager.default.fileExists(atPath: url.appendingPathComponent("_chung").path)
        }
        // Each place in turn: resolving the executable's path costs more than the checks.
        if let env = EnvironmentVariable.value("VANBAN_TEMPLATES"), !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            if hasTemplates(url) { return url }
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = directory.appendingPathComponent("Templates")
            if hasTemplates(candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidate = checkout.appendingPathComponent("Templates")
        return hasTemplates(candidate) ? candidate : nil
    }
}
