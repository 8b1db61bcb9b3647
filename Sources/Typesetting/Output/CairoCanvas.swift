import CCairo

/// Draws page items on a Cairo context, for the PDF and PNG outputs.
///
/// Each Cairo operation costs the PDF writer an analysis pass and a replay at the end of the
/// page, so runs in one face and size go out together (`GlyphBatch`), and lines wait to go
/// out merged, one path and one stroke per thickness (`LineMerging`): everything is one
/// opaque black, so the order between text and lines does not show. An image is drawn over
/// what came before it, as laid out.
final class CairoCanvas {
    let cr: OpaquePointer
    private var lines = LineMerging()
    private var batch = GlyphBatch()
    private var currentFace: FontFace?
    private var currentSize = 0.0

    init(cr: OpaquePointer) {
        self.cr = cr
        // Unhinted metrics: glyphs go exactly where the layout put them.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_set_font_options(cr, options)
        cairo_font_options_destroy(options)
    }

    func beginPage() {
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        currentFace = nil
        currentSize = 0
    }

    func text(_ run: GlyphRun) {
        if run.face !== currentFace || run.size != currentSize {
            batch.show(on: cr)
            cairo_set_font_face(cr, run.face.cairoFace)
            cairo_set_font_size(cr, run.size)
            currentFace = run.face
            currentSize = run.size
        }
        batch.append(run)
    }

    func line(_ segment: LineSegment) {
        lines.add(segment)
    }

    func image(_ image: PlacedImage) {
        flush()
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

    /// Draws the text and lines still waiting (at the end of a page, or before an image).
    func flush() {
        batch.show(on: cr)
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
}
