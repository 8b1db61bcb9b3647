import CCairo

/// Consecutive glyph runs in one face and size, gathered for a single
/// cairo_show_text_glyphs call: glyphs at their page positions, the runs' UTF-8 text one
/// after the other, and the clusters that tie each glyph to its characters.
struct GlyphBatch {
    private var glyphs: [cairo_glyph_t] = []
    private var utf8: [CChar] = []
    private var clusters: [cairo_text_cluster_t] = []

    mutating func append(_ run: GlyphRun) {
        guard !run.glyphIDs.isEmpty else { return }
        for i in run.glyphIDs.indices {
            glyphs.append(cairo_glyph_t(index: UInt(run.glyphIDs[i]), x: run.origin.x + run.glyphX[i],
                                        y: run.origin.y + run.glyphY[i]))
        }
        utf8.append(contentsOf: run.text.utf8.lazy.map { CChar(bitPattern: $0) })
        clusters.append(contentsOf: run.clusters.lazy.map { cairo_text_cluster_t(num_bytes: $0.bytes, num_glyphs: $0.glyphs) })
    }

    /// Draws the gathered glyphs in the current face and size, and empties the batch.
    mutating func show(on cr: OpaquePointer) {
        guard !glyphs.isEmpty else { return }
        cairo_show_text_glyphs(cr, utf8, Int32(utf8.count), glyphs, Int32(glyphs.count),
                               clusters, Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
        glyphs.removeAll(keepingCapacity: true)
        utf8.removeAll(keepingCapacity: true)
        clusters.removeAll(keepingCapacity: true)
    }
}
