/// The block tree the engine lays out. It knows nothing of any kind of document:
/// callers build it from paragraphs, rules, grids and tables.
public indirect enum Block: Sendable {
    case paragraph(Paragraph)
    case rule(Rule)
    /// Vertical space in points; dropped at the top of a page.
    case space(Double)
    /// Columns and rows of cells: a borderless layout grid or a table.
    case grid(Grid)
    case group(BlockGroup)
    case pageBreak
    case image(ImageBlock)
}

public enum Inline: Sendable {
    case text(String, TextStyle, SourceLocation? = nil)
    /// A forced line break inside a paragraph.
    case lineBreak
    /// A footnote: an automatically numbered marker here, the note at the foot of the page.
    case footnote([Inline])
    /// What ending a line at the next space costs, as TeX's \penalty before glue: 0 is an
    /// ordinary space, higher keeps words together more strongly, `.infinity` forbids the
    /// break. A name set in word groups says here where it would rather break.
    case breakCost(Double)
}

public enum HorizontalAlignment: String, Hashable, Sendable {
    case left, center, right, justified
}

public enum VerticalAlignment: String, Sendable {
    case top, middle, bottom
    /// The first baseline lines up with that of the other such cells in the row (NĐ 30: the
    /// date line "on the line of" the number; "Nơi nhận:" level with the signer's first line).
    case firstBaseline
}

public struct ParagraphStyle: Hashable, Sendable {
    public var alignment: HorizontalAlignment
    public var firstLineIndent: Double
    public var leftIndent: Double
    public var rightIndent: Double
    /// Baseline-to-baseline distance as a multiple of the font's natural line height
    /// (1.0 is a word processor's "single").
    public var lineSpacing: Double
    public var spaceBefore: Double
    public var spaceAfter: Double
    public var keepWithNext: Bool
    public var keepTogether: Bool
    /// The fewest lines left alone at the top (widows) or bottom (orphans) of a page.
    public var widows: Int
    public var orphans: Int
    /// The style of an empty line: sets the minimum line height.
    public var strut: TextStyle
    /// For a line that should not wrap (a date line): the size its text and strut take
    /// instead when, at their own size, it would not fit its column on one line. In a
    /// content-sized grid column with bounds, "its column" is the column's least width, so
    /// the text shrinks before the column grows.
    public var fallbackSize: Double?
    /// Lines as even as the breaks allow: the paragraph is broken at the narrowest measure
    /// that needs no more lines than its own (CSS's text-wrap: balance), then set in its
    /// column as usual. For a header's names, never for prose.
    public var balanced: Bool = false

    public init(alignment: HorizontalAlignment = .justified, firstLineIndent: Double = 0,
                leftIndent: Double = 0, rightIndent: Double = 0, lineSpacing: Double = 1.0,
                spaceBefore: Double = 0, spaceAfter: Double = 0, keepWithNext: Bool = false,
                keepTogether: Bool = false, widows: Int = 2, orphans: Int = 2,
                strut: TextStyle = TextStyle(), fallbackSize: Double? = nil) {
        self.alignment = alignment; self.firstLineIndent = firstLineIndent
        self.leftIndent = leftIndent; self.rightIndent = rightIndent
        self.lineSpacing = lineSpacing; self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
        self.keepWithNext = keepWithNext; self.keepTogether = keepTogether
        self.widows = widows; self.orphans = orphans; self.strut = strut; self.fallbackSize = fallbackSize
    }
}

public struct Paragraph: Sendable {
    public var content: [Inline]
    public var style: ParagraphStyle
    /// When set, the paragraph's text becomes an entry of the PDF outline at this depth (0 = top).
    public var outlineLevel: Int?

    public init(_ content: [Inline], style: ParagraphStyle = ParagraphStyle(), outlineLevel: Int? = nil) {
        self.content = content; self.style = style; self.outlineLevel = outlineLevel
    }

    /// A paragraph of one run of text.
    public init(_ text: String, _ textStyle: TextStyle = TextStyle(), style: ParagraphStyle = ParagraphStyle()) {
        self.init([.text(text, textStyle)], style: style)
    }

    /// The paragraph with its text and strut at its fallback size, and no fallback left.
    func atFallbackSize() -> Paragraph {
        guard let size = style.fallbackSize else { return self }
        var copy = self
        copy.style.fallbackSize = nil
        copy.style.strut.size = size
        copy.content = content.map { inline in
            guard case let .text(text, textStyle, source) = inline else { return inline }
            return .text(text, textStyle.with(size: size), source)
        }
        return copy
    }
}

public struct Rule: Sendable {
    public enum Length: Sendable {
        case fixed(Double)
        /// A fraction of the widest line of the paragraph just above, e.g. 1.0 ("as long
        /// as the text") or 1/3; centred under that text.
        case fractionOfTextAbove(Double)
        case fullWidth
    }
    public var length: Length
    public var thickness: Double
    public var alignment: HorizontalAlignment
    public var spaceBefore: Double
    public var spaceAfter: Double

    public init(length: Length, thickness: Double = 0.5, alignment: HorizontalAlignment = .center,
                spaceBefore: Double = 1, spaceAfter: Double = 1) {
        self.length = length; self.thickness = thickness; self.alignment = alignment
        self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
    }
}

/// Blocks kept on one page (`keepTogether`) and/or with the block that follows.
public struct BlockGroup: Sendable {
    public var blocks: [Block]
    public var keepTogether: Bool
    public var keepWithNext: Bool
    public init(_ blocks: [Block], keepTogether: Bool = true, keepWithNext: Bool = false) {
        self.blocks = blocks; self.keepTogether = keepTogether; self.keepWithNext = keepWithNext
    }
}

/// A raster image (PNG), e.g. a scanned signature and seal.
public struct ImageBlock: Sendable {
    public var path: String
    public var width: Double
    public var height: Double
    public var alignment: HorizontalAlignment
    public init(path: String, width: Double, height: Double, alignment: HorizontalAlignment = .center) {
        self.path = path; self.width = width; self.height = height; self.alignment = alignment
    }
}
