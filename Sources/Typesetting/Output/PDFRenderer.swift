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
        try AtomicFile.write(to: url, overwrite: overwrite) { temporary in
            try renderPDF(document, path: temporary)
        }
    }

    static func renderPDF(_ document: LaidOutDocument, path: String) throws {
        let first = document.pages.first?.size ?? PageStyle.a4Portrait
        guard let surface = cairo_pdf_surface_create(path, first.width, first.height) else {
            throw RenderError.cairo(path, "surface")
        }
        defer { cairo_surface_destroy(surface) }
        setMetadata(document.metadata, surface: surface)
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        applyFontOptions(cr)
        for page in document.pages {
            cairo_pdf_surface_set_size(surface, page.size.width, page.size.height)
            draw(page, on: cr)
            cairo_show_page(cr)
        }
        addOutline(document.outline, surface: surface)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        if status != CAIRO_STATUS_SUCCESS {
            throw RenderError.cairo(path, String(cString: cairo_status_to_string(status)))
        }
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
    private static func applyFontOptions(_ cr: OpaquePointer) {
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_set_font_options(cr, options)
        cairo_font_options_destroy(options)
    }

    private static func draw(_ page: LaidOutPage, on cr: OpaquePointer) {
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        // Rules of one thickness go out as one path and one stroke: a table's borders are
        // hundreds of lines, and each Cairo operation costs an analysis pass.
        var pathThickness: Double? = nil
        func strokePath() {
            if pathThickness != nil { cairo_stroke(cr) }
            pathThickness = nil
        }
        var currentFace: FontFace? = nil
        var currentSize = 0.0
        for item in page.items {
            switch item {
            case let .text(run):
                strokePath()
                if run.face !== currentFace || run.size != currentSize {
                    cairo_set_font_face(cr, run.face.cairoFace)
                    cairo_set_font_size(cr, run.size)
                    currentFace = run.face
                    currentSize = run.size
                }
                drawText(run, on: cr)
            case let .line(line):
                if pathThickness != line.thickness {
                    strokePath()
                    cairo_set_line_width(cr, line.thickness)
                    pathThickness = line.thickness
                }
                cairo_move_to(cr, line.from.x, line.from.y)
                cairo_line_to(cr, line.to.x, line.to.y)
            case let .image(image):
                strokePath()
                drawImage(image, on: cr)
            }
        }
        strokePath()
    }

    private static func drawText(_ run: GlyphRun, on cr: OpaquePointer) {
        guard !run.glyphIDs.isEmpty else { return }
        var glyphs = [cairo_glyph_t](repeating: cairo_glyph_t(), count: run.glyphIDs.count)
        for i in 0..<glyphs.count {
            glyphs[i] = cairo_glyph_t(index: UInt(run.glyphIDs[i]), x: run.origin.x + run.glyphX[i],
                                      y: run.origin.y + run.glyphY[i])
        }
        var clusters = run.clusters.map { cairo_text_cluster_t(num_bytes: $0.bytes, num_glyphs: $0.glyphs) }
        let utf8 = Array(run.text.utf8CString)
        utf8.withUnsafeBufferPointer { text in
            cairo_show_text_glyphs(cr, text.baseAddress, Int32(utf8.count - 1), &glyphs, Int32(glyphs.count),
                                   &clusters, Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
        }
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

    private static func setMetadata(_ metadata: DocumentMetadata, surface: OpaquePointer) {
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

    private static func addOutline(_ outline: [OutlineEntry], surface: OpaquePointer) {
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
