import CHarfBuzz

/// One face as the PDF uses it: the glyphs drawn so far with their widths and the text each
/// stands for, and, once the pages are done, the objects that embed it (PDF 1.7 §9.7): a
/// Type 0 font with Identity-H encoding over a CIDFontType2 whose CIDs are the face's own
/// glyph ids, a TrueType subset of just those glyphs (hb-subset, renumbered, with the map
/// from CIDs to the subset's ids), their widths, and a ToUnicode map so that text can be
/// copied and searched.
final class PDFFont {
    let face: FontFace
    /// Its name in the pages' resources ("F1").
    let resourceName: String
    /// The Type 0 font object, which the pages' resources refer to before it is written.
    let objectID: Int
    /// The glyphs used, in the order of first use: each one's width in thousandths of an em
    /// (the /W entry, and what the content stream's positioning counts on, so both use this
    /// one rounded value) and the text it stands for, from its first use alone in a cluster (a
    /// glyph that later stands for other text is marked in the content stream instead, with
    /// /ActualText).
    private var used: [(glyph: UInt32, width: Double, text: Substring?)] = []
    /// By glyph id, its place in `used` plus one, or 0: read for every glyph drawn, so an
    /// array (four bytes a glyph of the face), not a dictionary.
    private var slots: [Int32]

    init(face: FontFace, resourceName: String, objectID: Int) {
        self.face = face; self.resourceName = resourceName; self.objectID = objectID
        // At least .notdef, which every face has even if it says nothing of its glyphs.
        slots = Array(repeating: 0, count: max(1, Int(hb_face_get_glyph_count(hb_font_get_face(face.hbFont)))))
    }

    /// The glyph's place in `used`, added on first use; a glyph id the face does not have
    /// (HarfBuzz gives none) counts as .notdef.
    private func slot(_ glyph: UInt32) -> Int {
        let id = slots.indices.contains(Int(glyph)) ? Int(glyph) : 0
        if slots[id] > 0 { return Int(slots[id]) - 1 }
        let width = (face.advance(ofGlyph: UInt32(id)) * 1000 / face.unitsPerEm * 1000).rounded() / 1000
        used.append((UInt32(id), width, nil))
        slots[id] = Int32(used.count)
        return used.count - 1
    }

    func width(of glyph: UInt32) -> Double { used[slot(glyph)].width }

    /// Whether the ToUnicode map says `text` for this lone glyph: it does if the glyph stood for
    /// no text yet (it is then given `text`) or for the same text (the same bytes: text is NFC).
    func mapsAlone(_ glyph: UInt32, to text: Substring) -> Bool {
        let index = slot(glyph)
        guard used[index].glyph == glyph else { return false }
        if let known = used[index].text { return known.utf8.elementsEqual(text.utf8) }
        used[index].text = text
        return true
    }

    /// The font's objects: the Type 0 font, its descendant, descriptor, font file and
    /// ToUnicode map.
    func embed(in file: PDFFile) throws {
        let glyphs = used.map(\.glyph).sorted()
        let subset = try subsetFontFile(glyphs: glyphs)
        let baseName = Self.subsetTag(glyphs) + "+" + face.postScriptName
        let fontFile = file.reserve(), descriptor = file.reserve(), descendant = file.reserve(), toUnicode = file.reserve()
        let cidToGlyph = file.reserve()
        try file.stream(fontFile, data: subset.font) { bytes in
            bytes.append("/Length1 ")
            bytes.integer(subset.font.count)
            bytes.append(" ")
        }
        try file.stream(cidToGlyph, data: subset.cidToGlyph)
        file.object(descriptor) { writeDescriptor(&$0, name: baseName, fontFile: fontFile) }
        file.object(descendant) { writeDescendant(&$0, name: baseName, descriptor: descriptor, cidToGlyph: cidToGlyph, glyphs: glyphs) }
        try file.stream(toUnicode, data: toUnicodeMap(glyphs: glyphs).bytes)
        file.object(objectID) { bytes in
            bytes.append("<< /Type /Font /Subtype /Type0 /BaseFont ")
            bytes.name(baseName)
            bytes.append(" /Encoding /Identity-H /DescendantFonts [")
            bytes.reference(descendant)
            bytes.append("] /ToUnicode ")
            bytes.reference(toUnicode)
            bytes.append(" >>")
        }
    }

    /// The face cut down to `glyphs` (and .notdef), without what a PDF reader never uses:
    /// hinting, the layout tables (shaping is done) and the tables that find glyphs by
    /// character or name (the content stream names glyphs by id). The subset numbers its
    /// glyphs afresh; `cidToGlyph` is the CIDToGIDMap: for each CID (the face's glyph id), two
    /// bytes of the subset's id.
    private func subsetFontFile(glyphs: [UInt32]) throws -> (font: [UInt8], cidToGlyph: [UInt8]) {
        guard let input = hb_subset_input_create_or_fail() else { throw RenderError.fontSubset(face.postScriptName) }
        defer { hb_subset_input_destroy(input) }
        let glyphSet = hb_subset_input_glyph_set(input)
        hb_set_add(glyphSet, 0)
        for glyph in glyphs { hb_set_add(glyphSet, glyph) }
        let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in ["GSUB", "GPOS", "GDEF", "kern", "JSTF", "BASE", "MATH", "morx", "kerx", "gasp", "DSIG",
                    "cmap", "name", "post", "OS/2"] {
            hb_set_add(dropped, hb_tag_from_string(tag, 4))
        }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING.rawValue)
        guard let plan = hb_subset_plan_create_or_fail(hb_font_get_face(face.hbFont), input) else {
            throw RenderError.fontSubset(face.postScriptName)
        }
        defer { hb_subset_plan_destroy(plan) }
        guard let subset = hb_subset_plan_execute_or_fail(plan) else { throw RenderError.fontSubset(face.postScriptName) }
        defer { hb_face_destroy(subset) }
        let blob = hb_face_reference_blob(subset)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { throw RenderError.fontSubset(face.postScriptName) }
        let mapping = hb_subset_plan_old_to_new_glyph_mapping(plan)
        var cidToGlyph = [UInt8](repeating: 0, count: 2 * (Int(glyphs.last ?? 0) + 1))
        for glyph in glyphs {
            let new = hb_map_get(mapping, glyph)
            guard new != UInt32.max else { continue }   // HB_MAP_VALUE_INVALID: not in the subset
            cidToGlyph[2 * Int(glyph)] = UInt8(truncatingIfNeeded: new >> 8)
            cidToGlyph[2 * Int(glyph) + 1] = UInt8(truncatingIfNeeded: new)
        }
        return (Array(UnsafeRawBufferPointer(start: data, count: Int(length))), cidToGlyph)
    }

    private func writeDescriptor(_ bytes: inout PDFBytes, name: String, fontFile: Int) {
        let box = face.boundingBox
        bytes.append("<< /Type /FontDescriptor /FontName ")
        bytes.name(name)
        // Symbolic (4): the glyphs are reached by id, not through a standard encoding.
        bytes.append(" /Flags ")
        bytes.integer(4 | (face.isItalic ? 64 : 0))
        bytes.append(" /FontBBox [")
        bytes.numbers(box.left * 1000, box.bottom * 1000, box.right * 1000, box.top * 1000)
        bytes.append("] /ItalicAngle ")
        bytes.number(face.italicAngle)
        bytes.append(" /Ascent ")
        bytes.number(face.ascender * 1000)
        bytes.append(" /Descent ")
        bytes.number(-face.descender * 1000)
        bytes.append(" /CapHeight ")
        bytes.number(face.capHeight * 1000)
        // Readers want a stem width; TrueType does not say, and this is what others write.
        bytes.append(" /StemV ")
        bytes.integer(face.isBold ? 120 : 80)
        bytes.append(" /FontFile2 ")
        bytes.reference(fontFile)
        bytes.append(" >>")
    }

    private func writeDescendant(_ bytes: inout PDFBytes, name: String, descriptor: Int, cidToGlyph: Int, glyphs: [UInt32]) {
        bytes.append("<< /Type /Font /Subtype /CIDFontType2 /BaseFont ")
        bytes.name(name)
        bytes.append(" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ")
        bytes.reference(descriptor)
        bytes.append(" /CIDToGIDMap ")
        bytes.reference(cidToGlyph)
        bytes.append(" /W [")
        // Runs of consecutive ids share one entry: "first [w1 w2 …]".
        var index = 0
        while index < glyphs.count {
            var end = index + 1
            while end < glyphs.count, glyphs[end] == glyphs[end - 1] + 1 { end += 1 }
            bytes.integer(Int(glyphs[index]))
            bytes.append(" [")
            for glyph in glyphs[index..<end] {
                bytes.number(used[Int(slots[Int(glyph)]) - 1].width)
                bytes.append(" ")
            }
            bytes.append("] ")
            index = end
        }
        bytes.append("] >>")
    }

    /// The CMap of PDF 1.7 §9.10.3 from glyph ids (two bytes each) to the text they stand for.
    private func toUnicodeMap(glyphs: [UInt32]) -> PDFBytes {
        var map = PDFBytes(capacity: 200 + glyphs.count * 24)
        map.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        map.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        map.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        map.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
        let mapped = glyphs.compactMap { glyph in used[Int(slots[Int(glyph)]) - 1].text.map { (glyph, $0) } }.filter { !$0.1.isEmpty }
        // At most 100 entries a block (§9.10.3).
        for start in stride(from: 0, to: mapped.count, by: 100) {
            let block = mapped[start..<min(start + 100, mapped.count)]
            map.integer(block.count)
            map.append(" beginbfchar\n")
            for (glyph, text) in block {
                map.append("<")
                map.hex16(UInt16(truncatingIfNeeded: glyph))
                map.append("> <")
                map.utf16Hex(text)
                map.append(">\n")
            }
            map.append("endbfchar\n")
        }
        map.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
        return map
    }

    /// The six capitals before a subset's name (§9.6.4), from the glyphs it holds, so the same
    /// document always gets the same names.
    static func subsetTag(_ glyphs: [UInt32]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for glyph in glyphs {
            hash = (hash ^ UInt64(glyph)) &* 0x100_0000_01b3
        }
        var letters = ""
        for _ in 0..<6 {
            letters.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(hash % 26)))
            hash /= 26
        }
        return letters
    }
}
