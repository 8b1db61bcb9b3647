import Foundation

/// The page a section is laid out on. The margins are the caller's choice: the engine has
/// no house style (OfficialDocuments gives NĐ 30's).
public struct PageStyle: Sendable {
    public var size: Size
    public var margins: EdgeInsets
    /// The page number centred in the top margin; nil for none.
    public var pageNumber: PageNumberStyle?
    public var footnoteStyle: TextStyle
    public var footnoteLineSpacing: Double
    /// The first-line indent of each footnote (they are justified).
    public var footnoteFirstLineIndent: Double

    public init(size: Size = PageStyle.a4Portrait, margins: EdgeInsets,
                pageNumber: PageNumberStyle? = PageNumberStyle(),
                footnoteStyle: TextStyle = TextStyle(size: 11), footnoteLineSpacing: Double = 1.0,
                footnoteFirstLineIndent: Double = 0) {
        self.size = size; self.margins = margins; self.pageNumber = pageNumber
        self.footnoteStyle = footnoteStyle; self.footnoteLineSpacing = footnoteLineSpacing
        self.footnoteFirstLineIndent = footnoteFirstLineIndent
    }

    public static let a4Portrait = Size(width: Units.mm(210), height: Units.mm(297))
    public static let a4Landscape = Size(width: Units.mm(297), height: Units.mm(210))

    public var bodyWidth: Double { size.width - margins.left - margins.right }
    public var bodyHeight: Double { size.height - margins.top - margins.bottom }
}

public struct PageNumberStyle: Sendable {
    public var textStyle: TextStyle
    public var showOnFirstPage: Bool
    public init(textStyle: TextStyle = TextStyle(size: 14), showOnFirstPage: Bool = false) {
        self.textStyle = textStyle; self.showOnFirstPage = showOnFirstPage
    }
}

/// A run of pages with one page style; it starts on a new page and may restart page numbering
/// (each annex of a decision is numbered on its own).
public struct Section: Sendable {
    public var blocks: [Block]
    public var pageStyle: PageStyle
    public var restartsNumbering: Bool
    /// Its entry in the PDF outline.
    public var outlineTitle: String?

    public init(blocks: [Block], pageStyle: PageStyle, restartsNumbering: Bool = true,
                outlineTitle: String? = nil) {
        self.blocks = blocks; self.pageStyle = pageStyle
        self.restartsNumbering = restartsNumbering; self.outlineTitle = outlineTitle
    }
}

public struct DocumentMetadata: Sendable {
    public var title: String
    public var subject: String
    public var author: String
    public var creator: String
    public var keywords: String
    public var creationDate: Date?

    public init(title: String = "", subject: String = "", author: String = "", creator: String = "VanBan",
                keywords: String = "", creationDate: Date? = nil) {
        self.title = title; self.subject = subject; self.author = author; self.creator = creator
        self.keywords = keywords; self.creationDate = creationDate
    }
}

public struct Document: Sendable {
    public var sections: [Section]
    public var metadata: DocumentMetadata
    public init(sections: [Section], metadata: DocumentMetadata = DocumentMetadata()) {
        self.sections = sections; self.metadata = metadata
    }
}
