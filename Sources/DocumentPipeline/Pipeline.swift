import DataInput
import DocumentTemplates
import Foundation
import OfficialDocuments
import Typesetting

/// The whole way from data to paper, as one library a command line, a server or a test calls:
///
///     data file → checked data → filled template → markup → administrative document
///       → NĐ 30 composition → laid-out pages → NĐ 30 conformance → PDF / PNG
///
/// Built once (the templates and law tables read, the fonts loaded when first needed, once),
/// then called from any number of threads at once: each call borrows one of the pipeline's warm
/// typesetters (one a core by default), waiting while all are busy. Input comes from a file or
/// from memory (`DocumentInput`), output goes to files written atomically or to memory
/// (`DocumentOutput`). Problems come back as values with their places (`Problem`); nothing
/// is printed.
public final class Pipeline: Sendable {
    public let builder: DocumentBuilder
    /// What a departure from NĐ 30 on the laid-out pages is: a warning (the document is made
    /// and the clerk told), or an error (nothing is written, as for bad data).
    ///
    /// A warning by default, for now: the composer warns of some of the same departures the
    /// data causes (a last căn cứ ending «;»), and a decision made in the workbench from the
    /// căn cứ it suggests has one; as an error it would get no PDF. Errors once the composer
    /// and the forms leave no such document.
    public let conformanceSeverity: Problem.Severity
    let fonts: FontSupply
    let typesetters: TypesetterPool

    /// The shipped templates and law tables (`DocumentBuilder.standard()`), the shipped fonts
    /// with `fontDirectory` first.
    /// - Parameters:
    ///   - typesetters: how many documents are laid out at once at most (one per core).
    ///   - loadingFontsNow: start loading the fonts on another core now, beside the templates,
    ///     rather than when the first document needs them.
    ///   - conformance: what a departure from NĐ 30 is (`conformanceSeverity`).
    public convenience init(fontDirectory: URL? = nil, typesetters: Int = ProcessInfo.processInfo.activeProcessorCount,
                            loadingFontsNow: Bool = false, conformance: Problem.Severity = .warning) throws(PipelineFailure) {
        let fonts = FontSupply(userDirectory: fontDirectory)
        if loadingFontsNow { fonts.startLoading() }
        let builder: DocumentBuilder
        do { builder = try DocumentBuilder.standard() } catch {
            throw .badInput(Self.problems(of: error))
        }
        self.init(builder: builder, fonts: fonts, typesetters: typesetters, conformance: conformance)
    }

    /// A pipeline over other templates or fonts (tests, a server with its own folders).
    public convenience init(builder: DocumentBuilder, fonts: FontLibrary,
                            typesetters: Int = ProcessInfo.processInfo.activeProcessorCount, conformance: Problem.Severity = .warning) {
        self.init(builder: builder, fonts: FontSupply(fonts), typesetters: typesetters, conformance: conformance)
    }

    init(builder: DocumentBuilder, fonts: FontSupply, typesetters: Int, conformance: Problem.Severity) {
        self.builder = builder
        conformanceSeverity = conformance
        self.fonts = fonts
        self.typesetters = TypesetterPool(capacity: typesetters)
    }

    // MARK: - The calls

    /// The data made into an administrative document and its style, not laid out: the data,
    /// its shared files and lists checked, the template filled and its markup read.
    public func prepare(_ input: DocumentInput) throws(PipelineFailure) -> PreparedDocument {
        var clock = PhaseClock()
        return try prepare(input, clock: &clock)
    }

    /// Every problem of the document, as `render` would find them, writing nothing: the data,
    /// then (`layingOut`) the laid-out pages against NĐ 30.
    public func check(_ input: DocumentInput, layingOut: Bool = true) -> CheckResult {
        var clock = PhaseClock()
        let prepared: PreparedDocument
        do { prepared = try prepare(input, clock: &clock) } catch {
            return CheckResult(problems: error.problems, template: input.templateName, timings: clock.timings)
        }
        guard layingOut else {
            return CheckResult(problems: prepared.notices.map { Problem($0) }, template: prepared.template, timings: clock.timings)
        }
        do {
            let laidOut = try layOut(prepared, display: input.display, clock: &clock)
            return CheckResult(problems: laidOut.problems, template: prepared.template, pageCount: laidOut.pageCount,
                               timings: clock.timings)
        } catch {
            return CheckResult(problems: error.problems, template: prepared.template, timings: clock.timings)
        }
    }

    /// The document laid out in pages, with every problem found. Pages that break NĐ 30 are
    /// laid out all the same (with violations as errors, `isValid` is false): only data that
    /// makes no document, or fonts that cannot be loaded, are a failure.
    public func layOut(_ input: DocumentInput) throws(PipelineFailure) -> LaidOutResult {
        var clock = PhaseClock()
        let prepared = try prepare(input, clock: &clock)
        return try layOut(prepared, display: input.display, clock: &clock)
    }

    /// The document made and written (or returned) as PDF and PNG. A document with an error
    /// (in its data; on its pages, when conformance violations are errors) is
    /// `PipelineFailure.badInput` and nothing is written; an output that cannot be written is
    /// `.cannotWrite`.
    public func render(_ input: DocumentInput, to output: DocumentOutput) throws(PipelineFailure) -> RenderResult {
        var clock = PhaseClock()
        let prepared = try prepare(input, clock: &clock)
        switch output {
        case let .file(pdf, pngFolder, overwrite, dpi):
            return try writeFiles(prepared, display: input.display, pdf: pdf, pngFolder: pngFolder, dpi: dpi,
                                  overwrite: overwrite, clock: &clock)
        case let .memory(pdf, dpi):
            return try renderInMemory(prepared, display: input.display, pdf: pdf, pngDPI: dpi, clock: &clock)
        }
    }

    /// The fonts, loaded now if they are not yet (a server warming up; a failure said early).
    @discardableResult
    public func loadFonts() throws(PipelineFailure) -> FontLibrary {
        switch fonts.library {
        case .success(let library): return library
        case .failure(let error): throw .badInput([.fonts(error)])
        }
    }

    // MARK: - Steps

    func prepare(_ input: DocumentInput, clock: inout PhaseClock) throws(PipelineFailure) -> PreparedDocument {
        defer { clock.mark("dữ liệu, mẫu") }
        let loaded: (root: DataNode, sources: DataSources)
        do { loaded = try input.load() } catch { throw .badInput([Problem(error)]) }
        do { return try builder.prepare(loaded.root, sources: loaded.sources) } catch {
            throw .badInput(error.errors.map { Problem($0) })
        }
    }

    func layOut(_ prepared: PreparedDocument, display: String, clock: inout PhaseClock) throws(PipelineFailure) -> LaidOutResult {
        let library = try loadFonts()
        let (document, problems) = typesetters.borrow(fonts: library) { typesetter in
            DocumentLayout(prepared: prepared, display: display, conformance: conformanceSeverity).run(typesetter, clock: &clock, pageDone: { _ in })
        }
        return LaidOutResult(prepared: prepared, document: document, problems: prepared.notices.map { Problem($0) } + problems,
                             timings: clock.timings)
    }

    /// An error loading the templates, one problem per line it says.
    static func problems(of error: any Error) -> [Problem] {
        switch error {
        case let problems as DataProblems: return problems.errors.map { Problem(templates: $0) }
        case let error as DataError: return [Problem(templates: error)]
        default: return [Problem(severity: .error, stage: .templates, message: "\(error)", description: "\(error)")]
        }
    }
}
