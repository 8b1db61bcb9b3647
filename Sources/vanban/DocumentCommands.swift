import ArgumentParser
import DataInput
import DocumentTemplates
import Foundation
import OfficialDocuments
import Typesetting
import VanBanFiles

/// The data files a command was given: files as they are, folders searched for data files
/// (YAML or JSON with a «mau» field), in name order.
func dataFiles(_ paths: [String]) -> [(url: URL, display: String, folder: String?)] {
    var result: [(url: URL, display: String, folder: String?)] = []
    for path in paths {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            result.append((URL(fileURLWithPath: path), path, nil))
            continue
        }
        let enumerator = FileManager.default.enumerator(atPath: path)
        var found: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            let lower = relative.lowercased()
            guard lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json") else { continue }
            let full = (path as NSString).appendingPathComponent(relative)
            // A file that cannot be read as data (a FIFO, too large) is kept, so that checking it
            // says why; the read never waits or takes more than a data file's limit.
            guard let data = try? InputFile.read(URL(fileURLWithPath: full), display: full, role: .data) else {
                found.append(relative)
                continue
            }
            // Shared data (no «mau» field) is included by the documents, not rendered itself.
            guard let text = String(validating: data, as: UTF8.self),
                  text.split(separator: "\n").contains(where: { $0.hasPrefix("mau:") || $0.contains("\"mau\"") }) else { continue }
            found.append(relative)
        }
        for relative in found.sorted() {
            result.append((URL(fileURLWithPath: (path as NSString).appendingPathComponent(relative)),
                           (path as NSString).appendingPathComponent(relative), relative))
        }
    }
    return result
}

func loadBuilder() throws -> DocumentBuilder {
    do { return try DocumentBuilder.standard() } catch {
        report("\(error)")
        throw ExitCode(ExitStatus.badInput)
    }
}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Dàn trang dữ liệu thành PDF.", helpNames: [])

    @Argument var inputs: [String]
    @Option(name: [.short, .customLong("output")]) var output: String?
    @Option(name: .customLong("png")) var pngDirectory: String?
    @Option(name: .customLong("fonts")) var fontDirectory: String?
    @Option(name: .customLong("allow")) var allowedFolders: [String] = []
    @Flag(name: .customLong("force")) var force = false

    func run() throws {
        let profile = PhaseProfile()
        defer { profile.finish() }
        let files = dataFiles(inputs)
        guard !files.isEmpty else {
            report("Không có tệp dữ liệu nào để dàn trang.")
            throw ExitCode(ExitStatus.badInput)
        }
        let userFonts = fontDirectory.map { URL(fileURLWithPath: $0) }
        let fontLoading = Background { try ShippedFonts.library(userDirectory: userFonts) }
        let builder = try loadBuilder()
        profile.mark("nạp danh mục mẫu")
        let single = files.count == 1 && (output?.lowercased().hasSuffix(".pdf") ?? true)
        func destination(_ file: (url: URL, display: String, folder: String?)) -> URL {
            if single, let output { return URL(fileURLWithPath: output) }
            let stem = (file.folder.map { ($0 as NSString).deletingPathExtension } ?? file.url.deletingPathExtension().lastPathComponent) + ".pdf"
            if let output { return URL(fileURLWithPath: output).appendingPathComponent(stem) }
            return file.url.deletingPathExtension().appendingPathExtension("pdf")
        }
        // Each file on its own typesetter; both cores work when there are several.
        let jobs = files.map { (file: $0, pdf: destination($0)) }
        let outcomes = ConcurrentMap.run(jobs) { job -> Outcome in
            render(job.file, to: job.pdf, builder: builder, fonts: fontLoading)
        }
        profile.mark("dàn trang, ghi \(files.count) tệp")
        var worst: Int32 = 0
        var reported = Set<String>()   // a font problem would otherwise come once per file
        for outcome in outcomes {
            outcome.problems.filter { reported.insert($0).inserted }.forEach(report)
            outcome.done.map { print($0) }
            worst = max(worst, outcome.status)
        }
        if worst != 0 { throw ExitCode(worst) }
    }

    /// What rendering one file came to: warnings and errors for standard error, the line saying
    /// what was written for standard output, the exit status.
    struct Outcome: Sendable {
        var problems: [String] = []
        var done: String? = nil
        var status: Int32 = 0
    }

    func render(_ file: (url: URL, display: String, folder: String?), to pdf: URL, builder: DocumentBuilder,
                fonts fontLoading: Background<FontLibrary>) -> Outcome {
        let profile = PhaseProfile()
        let prepared: PreparedDocument
        do {
            prepared = try builder.prepare(dataFile: file.url, displayPath: file.display,
                                           allowing: allowedFolders.map { URL(fileURLWithPath: $0) })
        } catch {
            return Outcome(problems: error.errors.map(\.description), status: ExitStatus.badInput)
        }
        profile.mark("dữ liệu, mẫu")
        let fonts: FontLibrary
        do { fonts = try fontLoading.value } catch {
            return Outcome(problems: [commandLineMessage(error)], status: ExitStatus.badInput)
        }
        let typesetter = Typesetter(fonts: fonts)
        let composed = DocumentComposer(style: prepared.style).compose(prepared.document)
        profile.mark("trình bày NĐ 30")
        defer { profile.finish() }
        var outcome = Outcome()
        let laidOut: LaidOutDocument
        do {
            laidOut = try writeOutputs(pdf: pdf, pngDirectory: pngDirectory, force: force) { deliver in
                typesetter.layout(composed.document, pageDone: deliver)
            }
        } catch {
            outcome.problems.append(commandLineMessage(error))
            outcome.status = ExitStatus.cannotWrite
            return outcome
        }
        profile.mark("dàn trang, ghi PDF")
        outcome.problems = prepared.notices.map(\.description)
            + (composed.warnings.map(\.description) + laidOut.warnings.map(\.vietnameseDescription)).map { "\(file.display): cảnh báo: \($0)" }
        outcome.done = "\(pdf.path): \(laidOut.pages.count) trang (mẫu \(prepared.template))"
        return outcome
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Kiểm tra dữ liệu.", helpNames: [])

    @Argument var inputs: [String]
    @Option(name: .customLong("allow")) var allowedFolders: [String] = []

    func run() throws {
        let builder = try loadBuilder()
        let files = dataFiles(inputs)
        var failed = false
        for file in files {
            do {
                let prepared = try builder.prepare(dataFile: file.url, displayPath: file.display,
                                                   allowing: allowedFolders.map { URL(fileURLWithPath: $0) })
                print("\(file.display): hợp lệ (mẫu \(prepared.template))")
                prepared.notices.forEach { report($0.description) }
            } catch {
                failed = true
                for line in error.errors { report("\(line)") }
            }
        }
        if files.isEmpty { report("Không có tệp dữ liệu nào để kiểm tra."); failed = true }
        if failed { throw ExitCode(ExitStatus.badInput) }
    }
}

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "templates", abstract: "Liệt kê mẫu.", helpNames: [])

    func run() throws {
        let builder = try loadBuilder()
        let templates: [TemplateDeclaration]
        do { templates = try builder.catalog.allTemplates() } catch {
            report("\(error)")
            throw ExitCode(ExitStatus.badInput)
        }
        let width = templates.map(\.name.count).max() ?? 0
        for template in templates {
            print(template.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + template.description)
        }
    }
}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Tạo tệp dữ liệu trống.", helpNames: [])

    @Argument var template: String
    @Option(name: [.short, .customLong("output")]) var output: String?
    @Flag(name: .customLong("force")) var force = false

    func run() throws {
        let builder = try loadBuilder()
        let declaration: TemplateDeclaration
        do {
            guard let found = try builder.catalog.template(named: template) else {
                report("Không có mẫu «\(template)»; các mẫu hiện có: \(builder.catalog.names.joined(separator: ", ")).")
                throw ExitCode(ExitStatus.badInput)
            }
            declaration = found
        } catch let error as DataError {
            report("\(error)")
            throw ExitCode(ExitStatus.badInput)
        }
        let text: String
        do { text = try builder.blankDataFile(for: declaration) } catch {
            report("\(error)")
            throw ExitCode(ExitStatus.badInput)
        }
        guard let output else { print(text, terminator: ""); return }
        do {
            try AtomicFile.write(to: URL(fileURLWithPath: output), overwrite: force) { try $0.write(Data(text.utf8)) }
            print("\(output): đã tạo tệp dữ liệu cho mẫu \(template)")
        } catch {
            report(commandLineMessage(error))
            throw ExitCode(ExitStatus.cannotWrite)
        }
    }
}

/// Runs work on every element across the machine's cores, results in input order.
enum ConcurrentMap {
    /// Results written from several threads, each slot by one thread only.
    private final class Slots<R>: @unchecked Sendable {
        var values: [R?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
    }

    static func run<T: Sendable, R>(_ items: [T], _ body: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(body) }
        let slots = Slots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let value = body(items[index])
            slots.values[index] = value
        }
        return slots.values.map { $0! }
    }
}
