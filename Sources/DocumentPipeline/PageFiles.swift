import Foundation
import Typesetting
import VanBanFiles

/// A document's files as VanBan writes them: the PDF (its folder made if needed) drawn page by
/// page while `layout` goes on, then each page as PNG into a folder, named after the PDF
/// ("qd-01.png"). Every file through `AtomicFile`: nothing half-written is ever left, and
/// without `overwrite` nothing existing is replaced. If `layout` throws, no PDF is written; nor
/// if `whileFinishing` does, which runs while the PDF is finished (`PDFRenderer.writePDF`).
public enum PageFiles {
    public static func write(pdf: URL, pngFolder: URL?, dpi: Double = 80, overwrite: Bool,
                             layout: ((LaidOutPage) -> Void) throws -> LaidOutDocument,
                             whileFinishing: (LaidOutDocument) throws -> Void = { _ in }) throws -> (document: LaidOutDocument, written: [URL]) {
        try FileManager.default.createDirectory(at: pdf.deletingLastPathComponent(), withIntermediateDirectories: true)
        let document = try DocumentFiles.writePDF(to: pdf, overwrite: overwrite, layout: layout, whileFinishing: whileFinishing)
        var written = [pdf]
        guard let pngFolder else { return (document, written) }
        try FileManager.default.createDirectory(at: pngFolder, withIntermediateDirectories: true)
        let stem = pdf.deletingPathExtension().lastPathComponent
        for page in document.pages {
            let url = pngFolder.appendingPathComponent(String(format: "%@-%02d.png", stem, page.index + 1))
            try DocumentFiles.writePNG(document, page: page.index, dpi: dpi, to: url, overwrite: overwrite)
            written.append(url)
        }
        return (document, written)
    }
}
