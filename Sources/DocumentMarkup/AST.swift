// The document markup's syntax tree: plain value types, independent of any layout engine.
//
// Every node carries the position in the markup source where it starts. Equality includes
// positions; `MarkupDocument.outline()` gives a position-free textual view for comparisons.

/// A parsed body of an administrative document.
public struct MarkupDocument: Sendable, Equatable {
    /// The source name given to the parser (usually the template file).
    public var sourceName: String
    public var blocks: [Block]

    public init(sourceName: String, blocks: [Block]) {
        self.sourceName = sourceName
        self.blocks = blocks
    }
}

// MARK: - Blocks

public struct Block: Sendable, Equatable {
    public var kind: Kind
    public var position: SourceLocation

    public init(_ kind: Kind, at position: SourceLocation) {
        self.kind = kind
        self.position = position
    }

    public enum Kind: Sendable, Equatable {
        /// Ordinary paragraph (đoạn văn).
        case paragraph(Paragraph)
        /// A titled division on its own line: Phần, Chương, Mục, Điều, "I.", "1.", "a)".
        case heading(Heading)
        /// A numbered paragraph whose label runs into its text: "Điều 1. Tặng …", "1. …", "a) …".
        case numberedParagraph(NumberedParagraph)
        /// A centred bold line such as "QUYẾT ĐỊNH:".
        case centeredLine([Inline])
        /// Dash ("- ") and plus ("+ ") items.
        case list(BulletList)
        case table(Table)
        case pageBreak
        /// Blocks that must not be split across pages (cùng trang).
        case keepTogether([Block])
        /// Signature grid of a covenant (giao ước thi đua).
        case signatureGrid(SignatureGrid)
        /// Start of an annex (phụ lục) with its content.
        case annex(Annex)
    }
}

/// Horizontal alignment of a paragraph or a table cell.
public enum Alignment: String, Sendable, Equatable, CaseIterable {
    case justified, left, center, right
}

public struct Paragraph: Sendable, Equatable {
    public var content: [Inline]
    /// Default `.justified`.
    public var alignment: Alignment
    /// Default `true` (first line indented, NĐ 30); `{không-thụt}` turns it off.
    public var firstLineIndent: Bool

    public init(content: [Inline], alignment: Alignment = .justified, firstLineIndent: Bool = true) {
        self.content = content
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
    }
}

/// The numbered levels of plans, reports, decisions and regulations, from the largest.
///
/// | level | written | label |
/// |---|---|---|
/// | part | `#phần` | Roman: I, II |
/// | chapter | `#chương` | Roman |
/// | section | `#mục` | Arabic |
/// | article | `#điều`, `Điều #.` | Arabic, continuous through the document |
/// | romanSection | `#` | Roman: "I. MỤC ĐÍCH, YÊU CẦU" |
/// | clause | `##`, `#khoản`, `#.` | Arabic: "1." |
/// | point | `###`, `#điểm`, `#)` | Vietnamese letter: "a)" |
public enum DivisionLevel: String, Sendable, Equatable, CaseIterable {
    case part, chapter, section, article, romanSection, clause, point
}

/// The number of a heading or numbered paragraph.
public struct Numbering: Sendable, Equatable {
    /// The bare label without punctuation: "I", "12", "đ". Literal labels are kept as written.
    public var label: String
    /// The ordinal value when known (generated, or a literal the parser understood).
    public var value: Int?
    /// `true` when the parser generated the number, `false` when the author wrote it.
    public var isGenerated: Bool

    public init(label: String, value: Int?, isGenerated: Bool) {
        self.label = label
        self.value = value
        self.isGenerated = isGenerated
    }
}

public struct Heading: Sendable, Equatable {
    public var level: DivisionLevel
    public var number: Numbering
    /// As written (not uppercased: the document layer applies NĐ 30 casing). May be empty only
    /// for Phần, Chương and Mục.
    public var title: [Inline]

    public init(level: DivisionLevel, number: Numbering, title: [Inline]) {
        self.level = level
        self.number = number
        self.title = title
    }
}

public struct NumberedParagraph: Sendable, Equatable {
    /// `.article`, `.clause` or `.point`.
    public var level: DivisionLevel
    public var number: Numbering
    public var content: [Inline]

    public init(level: DivisionLevel, number: Numbering, content: [Inline]) {
        self.level = level
        self.number = number
        self.content = content
    }
}

public struct BulletList: Sendable, Equatable {
    public var items: [ListItem]

    public init(items: [ListItem]) { self.items = items }
}

public struct ListItem: Sendable, Equatable {
    public enum Marker: String, Sendable, Equatable {
        /// "- " first level
        case dash
        /// "+ " second level
        case plus
    }

    public var marker: Marker
    public var content: [Inline]
    public var position: SourceLocation

    public init(marker: Marker, content: [Inline], position: SourceLocation) {
        self.marker = marker
        self.content = content
        self.position = position
    }
}

// MARK: - Tables

public enum ColumnWidth: Sendable, Equatable {
    /// Fixed width in millimetres.
    case fixed(millimetres: Double)
    /// Share of the remaining width, relative to the other relative columns.
    case relative(Double)
    /// Sized by the layout from the content.
    case auto
}

public struct TableColumn: Sendable, Equatable {
    public var width: ColumnWidth
    /// `nil`: the layout's default.
    public var alignment: Alignment?

    public init(width: ColumnWidth = .auto, alignment: Alignment? = nil) {
        self.width = width
        self.alignment = alignment
    }
}

public struct TableCell: Sendable, Equatable {
    public var content: [Inline]
    /// Number of columns the cell covers (gộp ô), at least 1.
    public var columnSpan: Int
    /// Overrides the column's alignment when set.
    public var alignment: Alignment?
    public var position: SourceLocation

    public init(content: [Inline], columnSpan: Int = 1, alignment: Alignment? = nil, position: SourceLocation) {
        self.content = content
        self.columnSpan = columnSpan
        self.alignment = alignment
        self.position = position
    }
}

public struct TableRow: Sendable, Equatable {
    public enum Role: String, Sendable, Equatable {
        case normal
        /// A group heading row such as "I. TẬP THỂ" (`{nhóm}`).
        case group
        /// A total row such as "Tổng cộng" (`{tổng}`).
        case total
    }

    public var role: Role
    public var cells: [TableCell]
    public var position: SourceLocation

    public init(role: Role = .normal, cells: [TableCell], position: SourceLocation) {
        self.role = role
        self.cells = cells
        self.position = position
    }
}

public struct Table: Sendable, Equatable {
    /// One entry per column; the spans of every row add up to `columns.count`.
    public var columns: [TableColumn]
    /// Rows above the `|---|` line, repeated on every page by the layout.
    public var header: [TableRow]
    public var body: [TableRow]
    /// Cell borders (default `true`); `{viền=không}` turns them off.
    public var borders: Bool

    public init(columns: [TableColumn], header: [TableRow], body: [TableRow], borders: Bool = true) {
        self.columns = columns
        self.header = header
        self.body = body
        self.borders = borders
    }
}

// MARK: - Directive blocks

public struct SignatureCell: Sendable, Equatable {
    /// Unit name (tên đơn vị).
    public var unit: [Inline]
    /// Leader's title (chức vụ), may hold line breaks ("KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC").
    public var title: [Inline]
    /// Leader's name (họ tên).
    public var name: [Inline]
    public var position: SourceLocation

    public init(unit: [Inline], title: [Inline], name: [Inline], position: SourceLocation) {
        self.unit = unit
        self.title = title
        self.name = name
        self.position = position
    }
}

public struct SignatureGrid: Sendable, Equatable {
    /// Cells per row (2 or 3), `nil` when the layout chooses.
    public var columns: Int?
    public var cells: [SignatureCell]

    public init(columns: Int?, cells: [SignatureCell]) {
        self.columns = columns
        self.cells = cells
    }
}

public struct Annex: Sendable, Equatable {
    public enum Orientation: String, Sendable, Equatable {
        case portrait, landscape
    }

    /// The annex title as written (the layer uppercases it).
    public var title: String
    /// "I", "II" … when the document has several annexes.
    public var number: String?
    public var orientation: Orientation
    /// Content; numbering (Điều, I., 1., a)) restarts inside each annex.
    public var blocks: [Block]

    public init(title: String, number: String?, orientation: Orientation = .portrait, blocks: [Block]) {
        self.title = title
        self.number = number
        self.orientation = orientation
        self.blocks = blocks
    }
}

// MARK: - Inlines

public struct Inline: Sendable, Equatable {
    public var kind: Kind
    public var position: SourceLocation

    public init(_ kind: Kind, at position: SourceLocation) {
        self.kind = kind
        self.position = position
    }

    public enum Kind: Sendable, Equatable {
        /// Literal text, NFC. A non-breaking space (`~`) is the character U+00A0 inside the
        /// text. Spaces are already collapsed (see docs/markup.md, "Whitespace").
        case text(String)
        case bold([Inline])
        case italic([Inline])
        case underline([Inline])
        /// A footnote: its marker stands here, its content goes to the foot of the page.
        case footnote([Inline])
        /// Hard line break inside the paragraph.
        case lineBreak
    }
}

extension Array where Element == Inline {
    /// The text of these inlines with formatting dropped, line breaks as "\n" and footnotes
    /// left out.
    public var plainText: String {
        var out = ""
        for inline in self {
            switch inline.kind {
            case .text(let s): out += s
            case .bold(let c), .italic(let c), .underline(let c): out += c.plainText
            case .footnote: break
            case .lineBreak: out += "\n"
            }
        }
        return out
    }
}
