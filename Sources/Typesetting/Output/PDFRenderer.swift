import CCairo
import Foundation

public enum RenderError: Error, CustomStringConvertible {
    case cairo(String, String)
    case noSuchPage(Int, Int)

    public var description: String {
        switch self {
        case let .cairo(path, status): return "\(path): Cairo báo lỗi khi ghi (\(status))."
        case let .noSuchPage(page, count): return "Không có trang \(page) (tài liệu có \(count) trang)."
        }
    }
}

/// Draws laid-out pages with Cairo: PDF with embedded font subsets, exact text (glyphs and
/// clusters through cairo_show_text_glyphs), metadata and outline; PNG previews.
public enum PDFRenderer {
    public static func writePDF(_ document: LaidOutDocument, to url: URL, overwrite: Bool = true) throws {
        _ = try writePDF(to: url, overwrite: overwrite) { deliver in
            document.pages.forEach(deliver)
            return document
        }
    }

    /// Writes the pages that `layout` delivers, each drawn on a thread of its own as soon as it
    /// arrives, so drawing overlaps the layout of the pages after it: `layout` lays out the
    /// document, calling `deliver` with each finished page, and returns the whole.
    /// Nothing is left at `url` if anything fails.
    public static func writePDF(to url: URL, overwrite: Bool = true,
                                layout: ((LaidOutPage) -> Void) throws -> LaidOutDocument) throws -> LaidOutDocument {
        var result: LaidOutDocument?
        try AtomicFile.write(to: url, overwrite: overwrite) { temporary in
            let stream = try PDFPageStream(path: temporary)
            defer { stream.close() }
            let document = try layout { stream.add($0) }
            try stream.finish(metadata: document.metadata, outline: document.outline)
            result = document
        }
        return result!
    }

    /// One page as PNG at `dpi` dots per inch, on white.
    public static func writePNG(_ document: LaidOutDocument, page index: Int, dpi: Double, to url: URL,
                                overwrite: Bool = true) throws {
        guard document.pages.indices.contains(index) else {
            throw RenderError.noSuchPage(index + 1, document.pages.count)
        }
        let page = document.pages[index]
        let scale = dpi / 72
        let width = Int32((page.size.width * scale).rounded()), height = Int32((page.size.height * scale).rounded())
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height) else {
            throw RenderError.cairo(url.path, "image")
        }
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        applyFontOptions(cr)
        draw(page, on: cr)
        cairo_surface_flush(surface)
        try AtomicFile.write(to: url, overwrite: overwrite) { temporary in
            let status = cairo_surface_write_to_png(surface, temporary)
            if status != CAIRO_STATUS_SUCCESS {
                throw RenderError.cairo(url.path, String(cString: cairo_status_to_string(status)))
            }
        }
    }

    /// Unhinted metrics: glyphs go exactly where the layout put them.
    fileprivate static func applyFontOptions(_ cr: OpaquePointer) {
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_set_font_options(cr, options)
        cairo_font_options_destroy(options)
    }

    fileprivate static func draw(_ page: LaidOutPage, on cr: OpaquePointer) {
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        // Each Cairo operation costs the PDF writer an analysis pass and a replay, so runs in
        // one face and size go out together, and lines wait to go out merged, one path and one
        // stroke per thickness: everything is one opaque black, so the order between text and
        // lines does not show. An image is drawn over what came before it, as laid out.
        var lines = LineMerging()
        func strokeLines() {
            guard !lines.isEmpty else { return }
            var thickness: Double? = nil
            for line in lines.merged() {
                if thickness != line.thickness {
                    if thickness != nil { cairo_stroke(cr) }
                    cairo_set_line_width(cr, line.thickness)
                    thickness = line.thickness
                }
                cairo_move_to(cr, line.from.x, line.from.y)
                cairo_line_to(cr, line.to.x, line.to.y)
            }
            cairo_stroke(cr)
            lines = LineMerging()
        }
        var currentFace: FontFace? = nil
        var currentSize = 0.0
        var text = GlyphBatch()
        for item in page.items {
            switch item {
            case let .text(run):
                if run.face !== currentFace || run.size != currentSize {
                    text.show(on: cr)
                    cairo_set_font_face(cr, run.face.cairoFace)
                    cairo_set_font_size(cr, run.size)
                    currentFace = run.face
                    currentSize = run.size
                }
                text.append(run)
            case let .line(line):
                lines.add(line)
            case let .image(image):
                text.show(on: cr)
                strokeLines()
                drawImage(image, on: cr)
            }
        }
        text.show(on: cr)
        strokeLines()
    }

    private static func drawImage(_ image: PlacedImage, on cr: OpaquePointer) {
        guard let surface = cairo_image_surface_create_from_png(image.path),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return }
        defer { cairo_surface_destroy(surface) }
        let w = Double(cairo_image_surface_get_width(surface)), h = Double(cairo_image_surface_get_height(surface))
        guard w > 0, h > 0 else { return }
        cairo_save(cr)
        cairo_translate(cr, image.origin.x, image.origin.y)
        cairo_scale(cr, image.size.width / w, image.size.height / h)
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    fileprivate static func setMetadata(_ metadata: DocumentMetadata, surface: OpaquePointer) {
        func set(_ key: cairo_pdf_metadata_t, _ value: String) {
            if !value.isEmpty { cairo_pdf_surface_set_metadata(surface, key, value) }
        }
        set(CAIRO_PDF_METADATA_TITLE, metadata.title)
        set(CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        set(CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        set(CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        set(CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords)
        let date = metadata.creationDate ?? Date()
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        set(CAIRO_PDF_METADATA_CREATE_DATE, formatter.string(from: date))
    }

    fileprivate static func addOutline(_ outline: [OutlineEntry], surface: OpaquePointer) {
        var parents: [Int32] = []   // parents[level] = id of the last entry at that level
        for entry in outline {
            let level = min(entry.level, parents.count)
            let parent: Int32 = level == 0 ? 0 : parents[level - 1]
            let link = "page=\(entry.pageIndex + 1) pos=[0 \(String(format: "%.2f", entry.y))]"
            let id = cairo_pdf_surface_add_outline(surface, parent, entry.title, link,
                                                   cairo_pdf_outline_flags_t(rawValue: 0))
            if parents.count > level { parents.removeLast(parents.count - level) }
            parents.append(id)
        }
    }
}

/// A PDF being written page by page on a serial queue of its own: Cairo objects are touched
/// by that queue only, one page after another, in the order the pages were added.
private final class PDFPageStream: @unchecked Sendable {
    private let path: String
    private let surface: OpaquePointer
    private let cr: OpaquePointer
    private let queue = DispatchQueue(label: "vanban.pdf-writer")
    private var closed = false

    init(path: String) throws {
        self.path = path
        // Each page sets its own size before it is drawn.
        guard let surface = cairo_pdf_surface_create(path, PageStyle.a4Portrait.width, PageStyle.a4Portrait.height) else {
            throw RenderError.cairo(path, "surface")
        }
        self.surface = surface
        cr = cairo_create(surface)!
        PDFRenderer.applyFontOptions(cr)
    }

    func add(_ page: LaidOutPage) {
        queue.async { [self] in
            cairo_pdf_surface_set_size(surface, page.size.width, page.size.height)
            PDFRenderer.draw(page, on: cr)
            cairo_show_page(cr)
        }
    }

    /// Waits for the pages still being drawn, then completes the file.
    func finish(metadata: DocumentMetadata, outline: [OutlineEntry]) throws {
        let status = queue.sync { [self] () -> cairo_status_t in
            PDFRenderer.setMetadata(metadata, surface: surface)
            PDFRenderer.addOutline(outline, surface: surface)
            cairo_surface_finish(surface)
            return cairo_surface_status(surface)
        }
        if status != CAIRO_STATUS_SUCCESS {
            throw RenderError.cairo(path, String(cString: cairo_status_to_string(status)))
        }
    }

    /// Releases Cairo's objects once every queued page is done, whether or not `finish` ran.
    func close() {
        queue.sync { [self] in
            guard !closed else { return }
            closed = true
            cairo_destroy(cr)
            cairo_surface_destroy(surface)
        }
    }
}
