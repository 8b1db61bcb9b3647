import ArgumentParser
import CommandLineSupport
import DataInput
import DocumentPipeline
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

    var request: RenderRequest {
        RenderRequest(inputs: inputs, output: output, pngDirectory: pngDirectory, fontDirectory: fontDirectory,
                      allowedFolders: allowedFolders, force: force)
    }

    func run() throws { try request.run() }
}

/// What `vanban render` was asked, however the command line was read (`RenderCommand`, or
/// `QuickArguments` on the render path).
struct RenderRequest: Equatable {
    var inputs: [String]
    var output: String? = nil
    var pngDirectory: String? = nil
    var fontDirectory: String? = nil
    var allowedFolders: [String] = []
    var force = false

    func run() throws {
        let profile = PhaseProfile()
        defer { profile.finish() }
        let files = dataFiles(inputs)
        guard !files.isEmpty else {
            report("Không có tệp dữ liệu nào để dàn trang.")
            throw ExitCode(ExitStatus.badInput)
        }
        let pipeline = try loadPipeline(fontDirectory: fontDirectory)
        profile.mark("nạp danh mục mẫu")
        let single = files.count == 1 && (output?.lowercased().hasSuffix(".pdf") ?? true)
        func destination(_ file: (url: URL, display: String, folder: String?)) -> URL {
            if single, let output { return URL(fileURLWithPath: output) }
            let stem = (file.folder.map { ($0 as NSString).deletingPathExtension } ?? file.url.deletingPathExtension().lastPathComponent) + ".pdf"
            if let output { return URL(fileURLWithPath: output).appendingPathComponent(stem) }
            return file.url.deletingPathExtension().appendingPathExtension("pdf")
        }
        // Each file on a typesetter of its own; both cores work when there are several.
        let jobs = files.map { (file: $0, pdf: destination($0)) }
        let outcomes = ConcurrentMap.map(jobs) { job -> Outcome in
            render(job.file, to: job.pdf, with: pipeline)
        }
        profile.mark("dàn trang, ghi \(files.count) tệp")
        var worst: Int32 = 0
        var reported = Set<String>()   // a font problem would otherwise come once per file
        for outcome in outcomes {
            PhaseProfile.printTimings(outcome.timings)
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
        var timings: [PhaseTiming] = []
    }

    func render(_ file: (url: URL, display: String, folder: String?), to pdf: URL, with pipeline: Pipeline) -> Outcome {
        let input = DocumentInput.file(file.url, display: file.display, allowing: allowedFolders.map { URL(fileURLWithPath: $0) })
        let output = DocumentOutput.file(pdf: pdf, pngFolder: pngDirectory.map { URL(fileURLWithPath: $0) }, overwrite: force)
        do {
            let result = try pipeline.render(input, to: output)
            return Outcome(problems: result.problems.map(commandLineMessage), done: "\(pdf.path): \(result.pageCount) trang (mẫu \(result.template))",
                           timings: result.timings)
        } catch {
            return Outcome(problems: error.problems.map(commandLineMessage), status: ExitStatus.of(error))
        }
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Kiểm tra dữ liệu.", helpNames: [])

    @Argument var inputs: [String]
    @Option(name: .customLong("fonts")) var fontDirectory: String?
    @Option(name: .customLong("allow")) var allowedFolders: [String] = []

    var request: CheckRequest { CheckRequest(inputs: inputs, fontDirectory: fontDirectory, allowedFolders: allowedFolders) }

    func run() throws { try request.run() }
}

/// What `vanban check` was asked (see `RenderRequest`).
struct CheckRequest: Equatable {
    var inputs: [String]
    var fontDirectory: String? = nil
    var allowedFolders: [String] = []

    /// Each file as «vanban render» would make it, laid out and checked against NĐ 30, nothing written.
    func run() throws {
        let profile = PhaseProfile()
        defer { profile.finish() }
        let pipeline = try loadPipeline(fontDirectory: fontDirectory)
        profile.mark("nạp danh mục mẫu")
        let files = dataFiles(inputs)
        var failed = false
        var reportedFonts = Set<String>()   // a font problem would otherwise come once per file
        // Laid out side by side on the cores, said in the files' order.
        let allowing = allowedFolders.map { URL(fileURLWithPath: $0) }
        let results = ConcurrentMap.map(files) { file in
            pipeline.check(.file(file.url, display: file.display, allowing: allowing))
        }
        for (file, result) in zip(files, results) {
            PhaseProfile.printTimings(result.timings)
            if result.isValid {
                print("\(file.display): hợp lệ (mẫu \(result.template ?? ""))")
            } else {
                failed = true
            }
            for problem in result.problems where problem.stage != .fonts || reportedFonts.insert(problem.description).inserted {
                report(commandLineMessage(problem))
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
