import DocumentMarkup
import Typesetting

/// A laid-out page with what the checks read off it, computed once.
struct PageView {
    let page: LaidOutPage
    let area: TextArea
    /// Lines with their baseline inside the text area's height (the page number is not one).
    let lines: [TextLine]
    /// Lines above the text area: the page number.
    let marginLines: [TextLine]
    /// Where the footnotes start (the separator's height), when the page has any.
    let footnoteTop: Double?

    init(_ page: LaidOutPage, style: DocumentStyle) {
        self.page = page
        area = TextArea(page: page.size, style: style)
        let all = page.textLines
        let top = area.top
        lines = all.filter { $0.y >= top }
        marginLines = all.filter { $0.y < top }
        let area = self.area
        let separators = page.footnoteNumbers.isEmpty ? [] : page.rules.filter {
            $0.isHorizontal && abs($0.minX - area.left) < Tolerance.position && abs($0.length - area.width / 3) < Tolerance.position
        }
        footnoteTop = separators.last?.from.y
    }

    /// 1-based, as violations count pages.
    var number: Int { page.index + 1 }
    /// The lines of the body: above the footnotes.
    var bodyLines: [TextLine] { footnoteTop.map { top in lines.filter { $0.y < top } } ?? lines }
}

/// The body lines of one section (the document, or one annex) in reading order across its
/// pages, with the page of each.
struct Flow {
    var lines: [TextLine] = []
    var pages: [Int] = []

    init(_ views: [PageView]) {
        for view in views {
            let body = view.bodyLines
            lines += body
            pages += Array(repeating: view.number, count: body.count)
        }
    }
}

/// What the rules share: the document, its layout and style, and views of the pages.
final class ConformanceContext {
    let document: AdministrativeDocument
    let laidOut: LaidOutDocument
    let style: DocumentStyle

    init(document: AdministrativeDocument, laidOut: LaidOutDocument, style: DocumentStyle) {
        self.document = document; self.laidOut = laidOut; self.style = style
    }

    lazy var pages: [PageView] = laidOut.pages.map { PageView($0, style: style) }

    /// The pages of a section: 0 the document, 1… its annexes in order.
    func pages(section: Int) -> [PageView] { pages.filter { $0.page.sectionIndex == section } }

    private var flows: [Int: Flow] = [:]
    func flow(section: Int) -> Flow {
        if let flow = flows[section] { return flow }
        let flow = Flow(pages(section: section))
        flows[section] = flow
        return flow
    }

    /// The header of page 1 as found.
    lazy var header: HeaderLayout? = pages.first.map { HeaderLayout(page: $0, document: document) }

    /// The annexes of the body in the order the composer gives them their sections.
    lazy var annexes: [DocumentMarkup.Annex] = MarkupWalk.annexes(in: document.body.blocks)

    /// The blocks of each section: the body (annexes left out) and each annex's own.
    lazy var sectionBlocks: [[DocumentMarkup.Block]] = [document.body.blocks] + annexes.map(\.blocks)

    var kind: DocumentKind { DocumentKind(document) }

    /// The căn cứ and articles found on the pages.
    lazy var paragraphs = BodyParagraphs(self)

    /// The signer's lines found on the pages.
    lazy var signature = SignatureLayout(self)
}

/// What the decree's rules depend on of a document's type.
struct DocumentKind {
    var isLetter: Bool
    var isMinutes: Bool

    init(_ document: AdministrativeDocument) {
        isLetter = document.isLetter
        let folded = ConformanceText.folded(document.typeName)
        isMinutes = folded == ConformanceText.folded("Biên bản")
    }
}
