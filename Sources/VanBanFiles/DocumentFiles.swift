import Foundation
import Typesetting

/// A laid-out document written to files the way VanBan writes them: PDF and PNG through
/// `AtomicFile` (a temporary file flushed to the disk, then renamed; nothing left behind on
/// failure; an existing file replaced only with `overwrite`). In memory, use `PDFRenderer`.
public enum DocumentFiles {
    public static func writePDF(_ document: LaidOutDocument, to url: URL, overwrite: Bool = true) throws {
        _ = try writePDF(to: url, overwrite: overwrite) { deliver in
            document.pages.forEach(deliver)
            return document
        }
    }

    /// Writes the pages `layout` delivers while it goes on (`PDFRenderer.writePDF(to:layout:)`).
    /// Nothing is left at `url` if the layout or a write fails.
    /// `whileFinishing` as there: if it throws, nothing is left at `url` either.
    public static func writePDF(to url: URL, overwrite: Bool = true,
                                layout: ((LaidOutPage) -> Void) throws -> LaidOutDocument,
                                whileFinishing: (LaidOutDocument) throws -> Void = { _ in }) throws -> LaidOutDocument {
        var result: LaidOutDocument?
        try AtomicFile.write(to: url, overwrite: overwrite) { file in
            result = try naming(url) { try PDFRenderer.writePDF(to: file, layout: layout, whileFinishing: whileFinishing) }
        }
        return result!
    }

    /// One page as PNG at `dpi` dots per inch.
    public static func writePNG(_ document: LaidOutDocument, page index: Int, dpi: Double, to url: URL,
                                overwrite: Bool = true) throws {
        let png = try naming(url) { try PDFRenderer.pngData(document, page: index, dpi: dpi) }
        try AtomicFile.write(to: url, overwrite: overwrite) { try $0.write(png) }
    }

    /// Cairo's errors, as a failure to write `url`.
    private static func naming<T>(_ url: URL, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as RenderError {
            if case .noSuchPage = error { throw error }
            throw AtomicFile.Error.cannotWrite(url.path, "\(error)")
        }
    }
}
