import DataInput
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

/// The pipeline, loaded once for the server's life: the template catalog and law tables, the
/// fonts, and one typesetter per core (each keeps its shaped words between documents: the warm
/// state that makes previews fast). Calls may come from any thread; each render borrows a
/// typesetter, waiting while all are busy.
public final class DocumentService: @unchecked Sendable {
    let builder: DocumentBuilder
    private let typesetters: TypesetterPool
    private let pageImages = PageImageCache()

    public init(fontDirectory: URL? = nil) throws {
        builder = try DocumentBuilder.standard()
        let fonts = try ShippedFonts.library(userDirectory: fontDirectory)
        typesetters = TypesetterPool(fonts: fonts, count: max(1, ProcessInfo.processInfo.activeProcessorCount))
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

    public func check(_ source: DataSource) -> CheckOutcome {
        switch prepare(source) {
        case .failure(let list): return CheckOutcome(problems: list.problems, template: Self.templateName(source.text))
        case .success(let prepared): return CheckOutcome(problems: prepared.notices.map(Problem.init), template: prepared.template)
        }
    }

    /// The pages at `dpi`, and which holds the first of `focusTexts` found on a page.
    public func preview(_ source: DataSource, dpi: Double, focusTexts: [String] = []) -> Preview {
        var clock = Clock()
        let outcome = layOut(source, clock: &clock)
        guard let laidOut = outcome.document else { return Preview(pngPages: [], pageOfField: nil, problems: outcome.problems) }
        defer { clock.report("PNG \(laidOut.pages.count) trang") }
        do {
            let (pages, keys) = try previewImages(laidOut, dpi: dpi)
            return Preview(pngPages: pages, pageKeys: keys.map(\.text), pageOfField: PageText.page(holdingFirstOf: focusTexts, in: laidOut),
                           problems: outcome.problems)
        } catch {
            return Preview(pngPages: [], pageOfField: nil, problems: outcome.problems + [Problem(renderFailure: error)])
        }
    }

    public func pdf(_ source: DataSource) -> RenderedFile {
        let outcome = layOut(source)
        guard let laidOut = outcome.document else { return RenderedFile(data: nil, problems: outcome.problems) }
        do {
            let data = try PDFRenderer.pdfData(laidOut)
            return RenderedFile(data: data, problems: outcome.problems)
        } catch {
            return RenderedFile(data: nil, problems: outcome.problems + [Problem(renderFailure: error)])
        }
    }

    /// One page (0-based) as PNG.
    public func png(_ source: DataSource, page: Int, dpi: Double) -> RenderedFile {
        let outcome = layOut(source)
        guard let laidOut = outcome.document else { return RenderedFile(data: nil, problems: outcome.problems) }
        do { return RenderedFile(data: try png(laidOut, page: page, dpi: dpi), problems: outcome.problems) } catch {
            return RenderedFile(data: nil, problems: outcome.problems + [Problem(renderFailure: error)])
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
        let url = source.folder.appendingPathComponent((source.name as NSString).lastPathComponent)
        do { return .success(try DataLoader.loadWithSources(text: source.text, as: url, displayPath: source.name).root) } catch {
            return .failure(Problem(error))
        }
    }

    // MARK: - Steps

    /// Several problems, as one failure.
    struct ProblemList: Error { var problems: [Problem] }

    private func prepare(_ source: DataSource) -> Result<PreparedDocument, ProblemList> {
        let url = source.folder.appendingPathComponent((source.name as NSString).lastPathComponent)
        do {
            let loaded = try DataLoader.loadWithSources(text: source.text, as: url, displayPath: source.name)
            return .success(try builder.prepare(loaded.root, sources: loaded.sources))
        } catch let error as DataError {
            return .failure(ProblemList(problems: [Problem(error)]))
        } catch let problems as DataProblems {
            return .failure(ProblemList(problems: problems.errors.map(Problem.init)))
        } catch {
            return .failure(ProblemList(problems: [Problem(document: "\(error)", isWarning: false)]))
        }
    }

    /// Data → laid-out pages, with every warning on the way (as `vanban render` prints them).
    private func layOut(_ source: DataSource) -> (document: LaidOutDocument?, problems: [Problem]) {
        var clock = Clock()
        return layOut(source, clock: &clock)
    }

    private func layOut(_ source: DataSource, clock: inout Clock) -> (document: LaidOutDocument?, problems: [Problem]) {
        let prepared: PreparedDocument
        switch prepare(source) {
        case .failure(let list): return (nil, list.problems)
        case .success(let value): prepared = value
        }
        clock.report("dữ liệu, mẫu")
        let laidOut = typesetters.borrow { typesetter -> (LaidOutDocument, [String]) in
            let composed = DocumentComposer(style: prepared.style, typesetter: typesetter).compose(prepared.document)
            let document = typesetter.layout(composed.document)
            return (document, composed.warnings.map(\.description) + document.warnings.map(\.description))
        }
        clock.report("trình bày, dàn trang")
        let warnings = laidOut.1.map { Problem(document: "\(source.name): cảnh báo: \($0)", isWarning: true) }
        return (laidOut.0, prepared.notices.map(Problem.init) + warnings)
    }

    /// Every page as PNG: those drawn as before from the cache, the others drawn side by side
    /// on the machine's cores.
    private func previewImages(_ document: LaidOutDocument, dpi: Double) throws -> ([Data], [PageImageCache.Key]) {
        let keys = document.pages.map { PageImageCache.key($0, dpi: dpi) }
        let results = Slots(count: keys.count)
        for (index, key) in keys.enumerated() { results.values[index] = pageImages.image(key).map { .success($0) } }
        let missing = keys.indices.filter { results.values[$0] == nil }
        DispatchQueue.concurrentPerform(iterations: missing.count) { position in
            let index = missing[position]
            results.values[index] = Result { try png(document, page: index, dpi: dpi) }
        }
        let images = try results.values.map { try $0!.get() }
        for index in missing { pageImages.store(images[index], for: keys[index]) }
        return (images, keys)
    }

    /// Results written from several threads, each slot by one thread only.
    private final class Slots: @unchecked Sendable {
        var values: [Result<Data, any Error>?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
    }

    private func png(_ document: LaidOutDocument, page: Int, dpi: Double) throws -> Data {
        try PDFRenderer.pngData(document, page: page, dpi: dpi)
    }

    /// The «mau» a data text names, read without the rest being valid.
    static func templateName(_ text: String) -> String? {
        guard let root = try? DataLoader.parse(text, file: "-") else { return nil }
        return try? root["mau"]?.string()
    }
}

/// With VANBAN_PROFILE=1, each step's time on standard error (as `vanban render` gives its own).
struct Clock {
    static let enabled = ProcessInfo.processInfo.environment["VANBAN_PROFILE"] == "1"
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func report(_ step: String) {
        guard Self.enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        FileHandle.standardError.write(Data(String(format: "bàn làm việc: %@ %.2f ms\n", step, Double(now - last) / 1e6).utf8))
        last = now
    }
}

/// Typesetters kept warm, lent out one caller at a time each.
final class TypesetterPool: @unchecked Sendable {
    private var free: [Typesetter]
    private let lock = NSCondition()

    init(fonts: FontLibrary, count: Int) {
        free = (0..<count).map { _ in Typesetter(fonts: fonts) }
    }

    func borrow<T>(_ body: (Typesetter) -> T) -> T {
        lock.lock()
        while free.isEmpty { lock.wait() }
        let typesetter = free.removeLast()
        lock.unlock()
        defer {
            lock.lock()
            free.append(typesetter)
            lock.signal()
            lock.unlock()
        }
        return body(typesetter)
    }
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
