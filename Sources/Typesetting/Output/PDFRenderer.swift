import Foundation

/// The engine's outputs in one place: a laid-out document as PDF (into memory or any
/// `ByteSink`, all at once or page by page while the layout goes on) and pages as PNG.
/// Files are the caller's business: a sink that writes to one, atomically or not.
public enum PDFRenderer {
    /// The whole document as PDF bytes.
    public static func pdfData(_ document: LaidOutDocument) throws -> Data {
        let sink = DataSink()
        try writePDF(document, to: sink)
        return sink.data
    }

    public static func writePDF(_ document: LaidOutDocument, to sink: ByteSink) throws {
        try PDFOutput(sink: sink).write(document)
    }

    /// Writes the pages that `layout` delivers, each drawn on a thread of its own as soon as
    /// it arrives, so drawing overlaps the layout of the pages after it: `layout` lays out
    /// the document, calling `deliver` with each finished page, and returns the whole. If
    /// `layout` throws, the pages already queued are drawn, nothing is finished, and the
    /// error comes back; what reached the sink is then no PDF.
    ///
    /// `whileFinishing` runs on the caller's thread while the PDF is finished on the other
    /// (its fonts subset, its streams compressed): a check of the laid-out pages costs no time
    /// then. If it throws, its error comes back once the PDF is finished: the sink holds a whole
    /// PDF, which the caller is to discard (`DocumentFiles.writePDF` does).
    public static func writePDF(to sink: ByteSink,
                                layout: ((LaidOutPage) -> Void) throws -> LaidOutDocument,
                                whileFinishing: (LaidOutDocument) throws -> Void = { _ in }) throws -> LaidOutDocument {
        let writer = BackgroundPageWriter(try PDFOutput(sink: sink))
        let document: LaidOutDocument
        do {
            document = try layout { writer.add($0) }
        } catch {
            writer.drain()
            throw error
        }
        writer.startFinishing(metadata: document.metadata, outline: document.outline)
        do { try whileFinishing(document) } catch {
            try? writer.waitForFinish()
            throw error
        }
        try writer.waitForFinish()
        return document
    }

    /// One page as PNG at `dpi` dots per inch, on white.
    public static func pngData(_ document: LaidOutDocument, page index: Int, dpi: Double) throws -> Data {
        guard document.pages.indices.contains(index) else {
            throw RenderError.noSuchPage(index + 1, document.pages.count)
        }
        let output = PNGOutput(dpi: dpi, pages: [index])
        output.draw(document.pages[index])
        try output.finish(metadata: document.metadata, outline: document.outline)
        return output.images[0].png
    }

    /// Every page as PNG, in order.
    public static func pngPages(_ document: LaidOutDocument, dpi: Double) throws -> [Data] {
        let output = PNGOutput(dpi: dpi)
        try output.write(document)
        return output.images.map(\.png)
    }
}
