import CHarfBuzz

/// One glyph from HarfBuzz, in font units; `cluster` is the byte offset of its first
/// character in the fragment's UTF-8.
struct ShapedGlyph: Sendable {
    var id: UInt32
    var cluster: Int
    var advance: Double
    var xOffset: Double
    var yOffset: Double
}

/// A piece of text shaped in one face. Sizes scale it: `width(at:)`.
final class ShapedFragment: @unchecked Sendable {
    let face: FontFace
    let text: String
    let utf8Count: Int
    let glyphs: [ShapedGlyph]
    /// Advance width in font units.
    let advance: Double

    init(face: FontFace, text: String, glyphs: [ShapedGlyph]) {
        self.face = face; self.text = text; self.glyphs = glyphs
        utf8Count = text.utf8.count
        advance = glyphs.reduce(0) { $0 + $1.advance }
    }

    func width(at size: Double) -> Double { advance * size / face.unitsPerEm }

    /// Splits between grapheme clusters (for a word longer than the line), keeping each
    /// glyph with the characters it came from.
    func splitAtGraphemes() -> [ShapedFragment] {
        var boundaries: [Int] = []
        var offset = 0
        for character in text { boundaries.append(offset); offset += character.utf8.count }
        guard boundaries.count > 1 else { return [self] }
        // Clusters must run forwards for a clean cut; otherwise keep the fragment whole.
        for i in 1..<glyphs.count where glyphs[i].cluster < glyphs[i - 1].cluster { return [self] }
        var pieces: [ShapedFragment] = []
        let bytes = Array(text.utf8)
        var glyphStart = 0
        for (index, start) in boundaries.enumerated() {
            let end = index + 1 < boundaries.count ? boundaries[index + 1] : bytes.count
            var glyphEnd = glyphStart
            while glyphEnd < glyphs.count && glyphs[glyphEnd].cluster < end { glyphEnd += 1 }
            if glyphEnd == glyphStart && index + 1 < boundaries.count { continue }
            let pieceText = String(decoding: bytes[start..<end], as: UTF8.self)
            let pieceGlyphs = glyphs[glyphStart..<glyphEnd].map { glyph -> ShapedGlyph in
                var g = glyph; g.cluster -= start; return g
            }
            pieces.append(ShapedFragment(face: face, text: pieceText, glyphs: pieceGlyphs))
            glyphStart = glyphEnd
        }
        // Characters that share a glyph with their neighbour (a ligature) were merged above:
        // stitch texts back so no character is lost.
        let joined = pieces.map(\.text).joined()
        return joined == text ? pieces : [self]
    }
}

/// Shapes text with HarfBuzz (script Latin, language Vietnamese) and caches the result per
/// face and text: a document repeats its words, and sizes scale a shaping linearly.
/// One shaper per layout run; it is not shared between threads.
final class Shaper {
    private struct Key: Hashable { let face: ObjectIdentifier; let text: String }
    private var cache: [Key: ShapedFragment] = [:]
    private let buffer: OpaquePointer
    private let language: hb_language_t

    init() {
        buffer = hb_buffer_create()
        language = hb_language_from_string("vi", -1)
    }

    deinit { hb_buffer_destroy(buffer) }

    var cachedCount: Int { cache.count }

    func shape(_ text: String, face: FontFace) -> ShapedFragment {
        let key = Key(face: ObjectIdentifier(face), text: text)
        if let hit = cache[key] { return hit }
        hb_buffer_clear_contents(buffer)
        var utf8 = Array(text.utf8)
        let count = Int32(utf8.count)
        utf8.withUnsafeMutableBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                hb_buffer_add_utf8(buffer, $0, count, 0, count)
            }
        }
        hb_buffer_set_direction(buffer, HB_DIRECTION_LTR)
        hb_buffer_set_script(buffer, HB_SCRIPT_LATIN)
        hb_buffer_set_language(buffer, language)
        hb_shape(face.hbFont, buffer, nil, 0)
        var length: UInt32 = 0
        let infos = hb_buffer_get_glyph_infos(buffer, &length)
        let positions = hb_buffer_get_glyph_positions(buffer, &length)
        var glyphs: [ShapedGlyph] = []
        glyphs.reserveCapacity(Int(length))
        if let infos, let positions {
            for i in 0..<Int(length) {
                glyphs.append(ShapedGlyph(id: infos[i].codepoint, cluster: Int(infos[i].cluster),
                                          advance: Double(positions[i].x_advance),
                                          xOffset: Double(positions[i].x_offset),
                                          yOffset: Double(positions[i].y_offset)))
            }
        }
        let fragment = ShapedFragment(face: face, text: text, glyphs: glyphs)
        cache[key] = fragment
        return fragment
    }
}
