import DataInput
import DocumentPipeline
import DocumentTemplates
import Foundation
import OfficialDocuments
import Typesetting
import VanBanFiles

// Every call the workbench makes into the document pipeline is in this file, behind
// `DocumentService`: the catalog and its declarations, a new data file, checking, the preview
// pages, the PDF, a list file read. The rest of the workbench sees only the value types below.

/// A problem with a data file, as the command line words it, and where it is.
public struct Problem: Error, Sendable, Hashable, Codable {
    public var file: String?
    public var line: Int?
    public var column: Int?
    /// The data path of the field ("nguoi_ky.ho_ten", "ca_nhan[3].so_tien"), when known.
    public var fieldPath: String?
    /// The explanation alone («thiếu trường bắt buộc «ho_ten» (Họ và tên)»).
    public var message: String
    /// The whole line `vanban check` prints for it.
    public var text: String
    public var isWarning: Bool

    init(_ error: DataError) {
        self.init(location: error.location, field: error.field, message: error.message, text: error.description, isWarning: false)
    }

    init(_ notice: DataNotice) {
        self.init(location: notice.location, field: notice.field, message: notice.message, text: notice.description, isWarning: true)
    }

    /// A problem the pipeline found: in the data, in the composition and layout (its warnings),
    /// on the laid-out pages (NĐ 30 conformance), in drawing them.
    init(_ problem: DocumentPipeline.Problem) {
        self.init(location: problem.location, field: problem.fieldPath, message: problem.message, text: problem.description,
                  isWarning: !problem.isError)
    }

    /// A problem of the whole document (the engine's warnings, a failure to render).
    init(document message: String, isWarning: Bool) {
        self.init(location: nil, field: nil, message: message, text: message, isWarning: isWarning)
    }

    /// Drawing the pages failed (the engine's error, worded for the clerk).
    init(renderFailure error: any Error) {
        self.init(document: (error as? RenderError)?.vietnameseDescription ?? "\(error)", isWarning: false)
    }

    private init(location: SourceLocation?, field: String?, message: String, text: String, isWarning: Bool) {
        file = location?.file
        line = location.flatMap { $0.line > 0 ? $0.line : nil }
        column = location.flatMap { $0.column > 0 ? $0.column : nil }
        fieldPath = field
        self.message = message
        self.text = text
        self.isWarning = isWarning
    }
}

/// What checking a data file found.
public struct CheckOutcome: Sendable {
    public var problems: [Problem]
    /// The template the data names, when it could be read.
    public var template: String?
    public var isValid: Bool { !problems.contains { !$0.isWarning } }
}

/// The pages of a document as PNG images, and the page holding the text the clerk edited.
public struct Preview: Sendable {
    public var pngPages: [Data]
    /// What each page's image is made of, as a short text: the same key, the same picture (a
    /// browser that has it need not be sent it again).
    public var pageKeys: [String] = []
    /// 0-based; nil when the edited text is not on any page (or nothing was named).
    public var pageOfField: Int?
    public var problems: [Problem]
}

/// A rendered file (PDF, or one page as PNG), or why there is none.
public struct RenderedFile: Sendable {
    public var data: Data?
    public var problems: [Problem]
}

/// A template as the workbench lists it.
public struct TemplateSummary: Sendable {
    public var name: String
    public var description: String
    public var documentType: String
}

/// One data file of the workspace, in memory: its text, the name messages give it, and the
/// folder its shared files and lists are in.
public struct DataSource: Sendable {
    public var text: String
    public var name: String
    public var folder: URL

    public init(text: String, name: String, folder: URL) {
        self.text = text
        self.name = name
        self.folder = folder
    }
}

/// The pipeline (`DocumentPipeline.Pipeline`), loaded once for the server's life: the template
/// catalog and law tables, the fonts, and one typesetter per core (each keeps its shaped words
/// between documents: the warm state that makes previews fast). Calls may come from any thread;
/// each render borrows a typesetter, waiting while all are busy.
public final class DocumentService: @unchecked Sendable {
    let pipeline: Pipeline
    var builder: DocumentBuilder { pipeline.builder }
    private let pageImages = PageImageCache()

    public init(fontDirectory: URL? = nil) throws {
        pipeline = try Pipeline(fontDirectory: fontDirectory, loadingFontsNow: true)
        try pipeline.loadFonts()
    }

    // MARK: - Templates

    public func templates() throws -> [TemplateSummary] {
        do {
            return try builder.catalog.allTemplates().map {
                TemplateSummary(name: $0.name, description: $0.description,
                                documentType: $0.typeComesFromData ? "Văn bản (loại tùy chọn)" : $0.documentType)
            }
        } catch { throw DataProblems(errors: [error]) }
    }

    public func declaration(named name: String) throws -> TemplateDeclaration? {
        do { return try builder.catalog.template(named: name) } catch { throw DataProblems(errors: [error]) }
    }

    /// What `vanban new` writes for the template.
    public func blankDataFile(template name: String) throws -> String? {
        guard let template = try declaration(named: name) else { return nil }
        return try builder.blankDataFile(for: template)
    }

    // MARK: - Checking and rendering

    /// What `vanban check` says of the text: the data, then the laid-out pages against NĐ 30.
    public func check(_ source: DataSource) -> CheckOutcome {
        let checked = pipeline.check(source.input)
        return CheckOutcome(problems: checked.problems.map(Problem.init), template: checked.template)
    }

    /// The pages at `dpi`, and which holds the first of `focusTexts` found on a page. Pages
    /// that break NĐ 30 are shown all the same, beside the problems.
    public func preview(_ source: DataSource, dpi: Double, focusTexts: [String] = []) -> Preview {
        let laidOut: LaidOutResult
        do { laidOut = try pipeline.layOut(source.input) } catch {
            return Preview(pngPages: [], pageOfField: nil, problems: error.problems.map(Problem.init))
        }
        Self.profile(laidOut.timings)
        let problems = laidOut.problems.map(Problem.init)
        do {
            let started = DispatchTime.now().uptimeNanoseconds
            let (pages, keys) = try previewImages(laidOut.document, dpi: dpi)
            Self.profile([PhaseTiming(phase: "PNG \(pages.count) trang", nanoseconds: DispatchTime.now().uptimeNanoseconds - started)])
            return Preview(pngPages: pages, pageKeys: keys.map(\.text),
                           pageOfField: PageText.page(holdingFirstOf: focusTexts, in: laidOut.document), problems: problems)
        } catch {
            return Preview(pngPages: [], pageOfField: nil, problems: problems + [Problem(renderFailure: error)])
        }
    }

    /// The PDF, as `vanban render` makes it (none when the document has an error).
    public func pdf(_ source: DataSource) -> RenderedFile {
        do {
            let rendered = try pipeline.render(source.input, to: .memory(pdf: true, pngDPI: nil))
            return RenderedFile(data: rendered.pdf, problems: rendered.problems.map(Problem.init))
        } catch {
            return RenderedFile(data: nil, problems: error.problems.map(Problem.init))
        }
    }

    /// One page (0-based) as PNG (none when the document has an error).
    public func png(_ source: DataSource, page: Int, dpi: Double) -> RenderedFile {
        let laidOut: LaidOutResult
        do { laidOut = try pipeline.layOut(source.input) } catch {
            return RenderedFile(data: nil, problems: error.problems.map(Problem.init))
        }
        let problems = laidOut.problems.map(Problem.init)
        guard laidOut.isValid else { return RenderedFile(data: nil, problems: problems) }
        do { return RenderedFile(data: try PDFRenderer.pngData(laidOut.document, page: page, dpi: dpi), problems: problems) } catch {
            return RenderedFile(data: nil, problems: problems + [Problem(renderFailure: error)])
        }
    }

    // MARK: - Lists

    /// The rows of a list file (CSV or Excel, with «#sheet»), read for the list input `input`
    /// whose value is at `path`, as `vanban render` reads it; `display` names the file in messages.
    public func readList(_ value: String, in folder: URL, display: String, input: InputDeclaration,
                         path: String) -> (rows: [DataNode], problems: [Problem]) {
        let node = DataNode(kind: .scalar(value), location: SourceLocation(file: display, line: 0), path: path)
        let sources = DataSources(files: [display: folder.appendingPathComponent((display as NSString).lastPathComponent)],
                                  access: FileAccess(folders: [folder]))
        do {
            let contents = try ListFile.read(value, sources: sources, request: input.listRequest(path: path), at: node)
            return (contents.rows, contents.notices.map(Problem.init))
        } catch {
            return ([], [Problem(error)])
        }
    }

    /// The visible sheets of a workbook (none when the bytes are not one), to let the clerk say
    /// which holds the list.
    public func sheetNames(ofWorkbook data: Data, display: String) -> [String] {
        ((try? Workbook.read(data: data, display: display))?.sheets ?? []).filter { !$0.isHidden }.map(\.name)
    }

    /// A data file's own tree, includes not applied (what the workbench edits).
    public func parse(_ text: String, name: String) -> Result<DataNode, Problem> {
        do { return .success(try DataLoader.parse(text, file: name)) } catch { return .failure(Problem(error)) }
    }

    /// A data file's tree with its shared files merged in (what the document is made from).
    public func load(_ source: DataSource) -> Result<DataNode, Problem> {
        do { return .success(try DataLoader.loadWithSources(text: source.text, as: source.url, displayPath: source.name).root) } catch {
            return .failure(Problem(error))
        }
    }

    // MARK: - Steps

    /// Every page as PNG: those drawn as before from the cache, the others drawn side by side
    /// on the machine's cores.
    private func previewImages(_ document: LaidOutDocument, dpi: Double) throws -> ([Data], [PageImageCache.Key]) {
        let keys = document.pages.map { PageImageCache.key($0, dpi: dpi) }
        var images = keys.map { pageImages.image($0) }
        let missing = keys.indices.filter { images[$0] == nil }
        for (index, image) in zip(missing, try Pipeline.pngPages(document, dpi: dpi, indices: missing)) {
            images[index] = image
            pageImages.store(image, for: keys[index])
        }
        return (images.map { $0! }, keys)
    }

    /// With VANBAN_PROFILE=1, each step's time on standard error (as `vanban render` gives its own).
    static let profiling = ProcessInfo.processInfo.environment["VANBAN_PROFILE"] == "1"

    private static func profile(_ timings: [PhaseTiming]) {
        guard profiling else { return }
        for timing in timings {
            FileHandle.standardError.write(Data(String(format: "bàn làm việc: %@ %.2f ms\n", timing.phase, timing.milliseconds).utf8))
        }
    }
}

extension DataSource {
    /// Where the text would be saved: its shared files and lists are found beside it.
    var url: URL { folder.appendingPathComponent((name as NSString).lastPathComponent) }

    /// The text as the pipeline's input, as it would be read once saved.
    var input: DocumentInput { .text(text, savedAs: url, display: name) }
}

/// The text on laid-out pages, to find where a value the clerk typed was printed.
enum PageText {
    /// The page whose text holds one of `texts`, compared without spaces and line breaks, on at
    /// most the first 40 characters of each: the first text found on one page only wins (a
    /// name rather than a «Chuyên viên» met on every page); failing that, the first page
    /// holding the first text found at all.
    static func page(holdingFirstOf texts: [String], in document: LaidOutDocument) -> Int? {
        let pages = document.pages.map { page in
            squeezed(page.items.compactMap { item -> String? in
                if case .text(let run) = item { return run.text }
                return nil
            }.joined())
        }
        var fallback: Int?
        for text in texts {
            let needle = String(squeezed(text).prefix(40))
            guard needle.count >= 2 else { continue }
            let holding = pages.indices.filter { pages[$0].contains(needle) }
            if holding.count == 1 { return holding[0] }
            if fallback == nil { fallback = holding.first }
        }
        return fallback
    }

    static func squeezed(_ text: String) -> String {
        String(text.precomposedStringWithCanonicalMapping.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }
            .map(Character.init))
    }
}
