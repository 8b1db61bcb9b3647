/// Glyphs of one face and size on one baseline, with the exact text they show and the
/// cluster map between the two (for cairo_show_text_glyphs: text extraction is exact).
public struct GlyphRun: Sendable {
    public var face: FontFace
    public var size: Double
    /// The baseline origin on the page, in points from the top-left corner.
    public var origin: Point
    public var glyphIDs: [UInt32]
    /// Glyph positions relative to `origin` (y grows downwards).
    public var glyphX: [Double]
    public var glyphY: [Double]
    /// NFC text of the run.
    public var text: String
    /// Consecutive (UTF-8 byte count, glyph count) pairs covering `text` and the glyphs in order.
    public var clusters: [(bytes: Int32, glyphs: Int32)]
    /// The advance width of the run in points.
    public var width: Double
}

public struct LineSegment: Sendable {
    public var from: Point
    public var to: Point
    public var thickness: Double
}

public struct PlacedImage: Sendable {
    public var path: String
    public var origin: Point
    public var size: Size
}

public enum PageItem: Sendable {
    case text(GlyphRun)
    case line(LineSegment)
    case image(PlacedImage)

    func translated(dx: Double, dy: Double) -> PageItem {
        switch self {
        case .text(var run):
            run.origin.x += dx; run.origin.y += dy
            return .text(run)
        case .line(var line):
            line.from.x += dx; line.from.y += dy; line.to.x += dx; line.to.y += dy
            return .line(line)
        case .image(var image):
            image.origin.x += dx; image.origin.y += dy
            return .image(image)
        }
    }
}

public struct LaidOutPage: Sendable {
    /// 0-based position in the document.
    public var index: Int
    public var size: Size
    public var sectionIndex: Int
    /// The page's number within its numbering (1-based), shown or not.
    public var number: Int
    public var showsNumber: Bool
    public var items: [PageItem]
    /// Footnote numbers placed at the foot of this page.
    public var footnoteNumbers: [Int]

    public var info: PageInfo {
        PageInfo(index: index, size: size, sectionIndex: sectionIndex, number: number, showsNumber: showsNumber)
    }
}

public struct OutlineEntry: Sendable {
    public var title: String
    public var level: Int
    public var pageIndex: Int
    public var y: Double
}

public struct LaidOutDocument: Sendable {
    public var pages: [LaidOutPage]
    public var outline: [OutlineEntry]
    public var warnings: [LayoutWarning]
    public var metadata: DocumentMetadata
}
