import DocumentTemplates
import Foundation
import Typesetting
import VanBanFiles

/// The last step: the laid-out pages as files, or as bytes.
extension Pipeline {
    /// The layout stopped because the pages break NĐ 30: the PDF being written is abandoned.
    private struct InvalidDocument: Error {}

    /// The PDF drawn page by page while the layout goes on, into a temporary file that becomes
    /// `pdf` only if the pages are valid (checked against NĐ 30 while Cairo finishes the PDF);
    /// then each page as PNG into `pngFolder` (`PageFiles`).
    func writeFiles(_ prepared: PreparedDocument, display: String, pdf: URL, pngFolder: URL?, dpi: Double,
                    overwrite: Bool, clock: inout PhaseClock) throws(PipelineFailure) -> RenderResult {
        let library = try loadFonts()
        let layout = DocumentLayout(prepared: prepared, display: display, conformance: conformanceSeverity)
        var found: [Problem] = []
        let files: (document: LaidOutDocument, written: [URL])
        do {
            files = try typesetters.borrow(fonts: library) { typesetter in
                try PageFiles.write(pdf: pdf, pngFolder: pngFolder, dpi: dpi, overwrite: overwrite, layout: { deliver in
                    let (document, problems) = layout.layOut(typesetter, clock: &clock, pageDone: deliver)
                    found = problems
                    if problems.hasErrors { throw InvalidDocument() }
                    return document
                }, whileFinishing: { document in
                    found += layout.check(document, clock: &clock)
                    if found.hasErrors { throw InvalidDocument() }
                })
            }
            clock.mark(pngFolder == nil ? "ghi PDF" : "ghi PDF, PNG")
        } catch is InvalidDocument {
            throw .badInput(prepared.notices.map { Problem($0) } + found)
        } catch {
            throw .cannotWrite(.output(error))
        }
        return RenderResult(template: prepared.template, pageCount: files.document.pages.count,
                            problems: prepared.notices.map { Problem($0) } + found, written: files.written, document: files.document,
                            timings: clock.timings)
    }

    /// The PDF's bytes and the pages as PNG, drawn side by side on the machine's cores.
    func renderInMemory(_ prepared: PreparedDocument, display: String, pdf: Bool, pngDPI: Double?,
                        clock: inout PhaseClock) throws(PipelineFailure) -> RenderResult {
        let laidOut = try layOut(prepared, display: display, clock: &clock)
        guard laidOut.isValid else { throw .badInput(laidOut.problems) }
        var result = RenderResult(template: prepared.template, pageCount: laidOut.pageCount, problems: laidOut.problems,
                                  document: laidOut.document)
        do {
            if pdf {
                result.pdf = try PDFRenderer.pdfData(laidOut.document)
                clock.mark("PDF")
            }
            if let pngDPI {
                result.pngPages = try Self.pngPages(laidOut.document, dpi: pngDPI)
                clock.mark("PNG \(laidOut.pageCount) trang")
            }
        } catch {
            throw .cannotWrite(.drawing(error))
        }
        result.timings = clock.timings
        return result
    }

    /// Every page as PNG (the pages at `indices` only, when given), each on a core of its own.
    public static func pngPages(_ document: LaidOutDocument, dpi: Double, indices: [Int]? = nil) throws -> [Data] {
        let drawn = ConcurrentMap.map(indices ?? Array(document.pages.indices)) { index in
            Result { try PDFRenderer.pngData(document, page: index, dpi: dpi) }
        }
        return try drawn.map { try $0.get() }
    }
}
