import CCairo
import CFreeType
import CHarfBuzz
import Foundation

/// One face of a font file, open in HarfBuzz (shaping, coverage, metrics) and in
/// FreeType + Cairo (drawing). Glyph ids are the font's own, shared by all three.
public final class FontFace: @unchecked Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let familyName: String
    /// The family's name as look-ups compare it (`FontLibrary.key`), made once with the face.
    let familyKey: String
    public let styleName: String
    public let postScriptName: String
    public let isBold: Bool
    public let isItalic: Bool
    public let unitsPerEm: Double
    /// Vertical metrics in em (positive numbers).
    public let ascender: Double
    public let descender: Double
    public let lineGap: Double
    public let underlinePosition: Double
    public let underlineThickness: Double
    /// What a PDF font descriptor says of the face, in em: the box every glyph fits in
    /// (left, bottom, right, top), the height of capitals, and the slant in degrees
    /// (negative leans right).
    public let boundingBox: (left: Double, bottom: Double, right: Double, top: Double)
    public let capHeight: Double
    public let italicAngle: Double

    /// hb_font_t*; immutable once made, so safe to shape with from any thread.
    let hbFont: OpaquePointer
    /// cairo_font_face_t*; owns the FreeType face through Cairo's user data.
    let cairoFace: OpaquePointer

    init(path: String, faceIndex: Int = 0, library: FreeTypeLibrary) throws {
        var ftFaceOut: FT_Face?
        let error = library.lock.withLock { FT_New_Face(library.handle, path, FT_Long(faceIndex), &ftFaceOut) }
        guard error == 0, let ftFace = ftFaceOut else {
            throw FontError.unreadableFont(path: path, code: Int(error))
        }
        let rec = ftFace.pointee
        self.path = path
        familyName = rec.family_name.map { String(cString: $0) } ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        familyKey = FontLibrary.key(familyName)
        styleName = rec.style_name.map { String(cString: $0) } ?? "Regular"
        postScriptName = FT_Get_Postscript_Name(ftFace).map { String(cString: $0) } ?? familyName
        isBold = (rec.style_flags & FT_Long(FT_STYLE_FLAG_BOLD)) != 0
        isItalic = (rec.style_flags & FT_Long(FT_STYLE_FLAG_ITALIC)) != 0
        let upem = Double(rec.units_per_EM == 0 ? 1000 : rec.units_per_EM)
        unitsPerEm = upem
        ascender = Double(rec.ascender) / upem
        descender = -Double(rec.descender) / upem
        lineGap = max(0, Double(rec.height) / upem - ascender - descender)
        underlinePosition = -Double(rec.underline_position) / upem
        underlineThickness = max(Double(rec.underline_thickness) / upem, 0.04)
        boundingBox = (Double(rec.bbox.xMin) / upem, Double(rec.bbox.yMin) / upem, Double(rec.bbox.xMax) / upem, Double(rec.bbox.yMax) / upem)
        let os2 = FT_Get_Sfnt_Table(ftFace, FT_SFNT_OS2)?.assumingMemoryBound(to: TT_OS2.self).pointee
        capHeight = os2.flatMap { $0.version >= 2 && $0.sCapHeight > 0 ? Double($0.sCapHeight) / upem : nil } ?? ascender
        let post = FT_Get_Sfnt_Table(ftFace, FT_SFNT_POST)?.assumingMemoryBound(to: TT_Postscript.self).pointee
        italicAngle = post.map { Double($0.italicAngle) / 65536 } ?? 0

        guard let blob = hb_blob_create_from_file(path) else { throw FontError.unreadableFont(path: path, code: -1) }
        let hbFace = hb_face_create(blob, UInt32(faceIndex))
        hb_blob_destroy(blob)
        guard let font = hb_font_create(hbFace) else { throw FontError.unreadableFont(path: path, code: -2) }
        hb_face_destroy(hbFace)
        // Shape at units-per-em scale: advances come back in font units, scaled per size later,
        // so one shaping result serves every size.
        hb_font_set_scale(font, Int32(upem), Int32(upem))
        hb_font_make_immutable(font)
        hbFont = font

        guard let cface = cairo_ft_font_face_create_for_ft_face(ftFace, 0) else {
            FT_Done_Face(ftFace)
            throw FontError.unreadableFont(path: path, code: -3)
        }
        // Cairo may outlive us in its caches: let it close the FreeType face when it is done.
        let status = cairo_font_face_set_user_data(cface, &freeTypeFaceKey, UnsafeMutableRawPointer(ftFace)) { pointer in
            if let pointer { FT_Done_Face(pointer.assumingMemoryBound(to: FT_FaceRec_.self)) }
        }
        if status != CAIRO_STATUS_SUCCESS {
            cairo_font_face_destroy(cface)
            FT_Done_Face(ftFace)
            throw FontError.unreadableFont(path: path, code: -4)
        }
        cairoFace = cface
    }

    deinit {
        hb_font_destroy(hbFont)
        cairo_font_face_destroy(cairoFace)
    }

    /// The natural baseline-to-baseline distance in em.
    public var lineHeight: Double { ascender + descender + lineGap }

    public func glyph(for scalar: Unicode.Scalar) -> UInt32? {
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(hbFont, scalar.value, &glyph) != 0 ? glyph : nil
    }

    public func covers(_ character: Character) -> Bool {
        for scalar in character.unicodeScalars {
            // Joiners and variation selectors need no glyph of their own.
            if scalar.value == 0x200D || scalar.value == 0x200C || (0xFE00...0xFE0F).contains(scalar.value) { continue }
            if glyph(for: scalar) == nil { return false }
        }
        return true
    }

    public func advance(ofGlyph glyph: UInt32) -> Double {
        Double(hb_font_get_glyph_h_advance(hbFont, glyph))
    }

    public var description: String { postScriptName }

    public static func == (lhs: FontFace, rhs: FontFace) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

nonisolated(unsafe) private var freeTypeFaceKey = cairo_user_data_key_t()

/// FreeType's library handle is not thread-safe for opening faces: one lock guards it.
final class FreeTypeLibrary: @unchecked Sendable {
    let handle: FT_Library
    let lock = NSLock()

    init() throws {
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else { throw FontError.freeTypeUnavailable }
        handle = library
    }
    // The library lives as long as the process: Cairo may still hold faces made from it.
}

public enum FontError: Error, CustomStringConvertible, Equatable {
    case freeTypeUnavailable
    case unreadableFont(path: String, code: Int)
    case familyNotFound(family: String, available: [String])

    public var description: String {
        switch self {
        case .freeTypeUnavailable:
            return "FreeType could not be initialised"
        case let .unreadableFont(path, code):
            return "\(path): not a font FreeType or HarfBuzz can read (code \(code))"
        case let .familyNotFound(family, available):
            return "no font family \"\(family)\"; available: \(available.joined(separator: ", "))"
        }
    }
}
