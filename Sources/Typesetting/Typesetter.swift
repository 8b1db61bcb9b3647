import Foundation

/// The engine's entry point: a block tree and page styles in, pages of positioned glyph runs,
/// rules and images out. Drawing them is a separate step (a `LayoutOutput`; `PDFRenderer`).
public final class Typesetter {
    public let fonts: FontLibrary
    public let lineBreaking: LineBreakParameters
    private let shaper = Shaper()

    public init(fonts: FontLibrary, lineBreaking: LineBreakParameters = LineBreakParameters()) {
        self.fonts = fonts
        self.lineBreaking = lineBreaking
    }

    public func layout(_ document: Document) -> LaidOutDocument {
        layout(document, pageDone: { _ in })
    }

    /// Lays out `document`, handing each page to `pageDone` as soon as it is complete (on the
    /// calling thread), so that a writer can draw the first pages while the rest is composed.
    public func layout(_ document: Document, pageDone: (LaidOutPage) -> Void) -> LaidOutDocument {
        let setter = ParagraphSetter(fonts: fonts, shaper: shaper, parameters: lineBreaking)
        var assembler = PageAssembler(setter: setter)
        var warnings: [LayoutWarning] = []
        for (sectionIndex, section) in document.sections.enumerated() {
            let style = section.pageStyle
            let composer = BlockComposer(setter: setter, pageStyle: style)
            assembler.beginSection(section, index: sectionIndex)
            func deliver(_ content: PageBuilder.PageContent) {
                pageDone(assembler.assemble(content, footnotes: composer.footnoteFrames))
            }
            let builder = PageBuilder(bodyHeight: style.bodyHeight,
                                      footnoteHeight: { composer.footnoteFrames[$0]?.height ?? 0 },
                                      footnoteSeparator: PageAssembler.footnoteSeparator,
                                      warn: { warnings.append($0) })
            composer.compose(section.blocks, width: style.bodyWidth) { builder.append($0, deliver: deliver) }
            builder.finish(deliver: deliver)
            // A section with nothing in it still takes a page.
            if builder.pageCount == 0 { deliver(PageBuilder.PageContent()) }
        }
        return LaidOutDocument(pages: assembler.pages, outline: assembler.outline, warnings: setter.warnings + warnings,
                               metadata: document.metadata)
    }
}

/// Makes finished pages of what the page builder placed: the body inside the margins, the
/// footnotes at the foot of the body under a short rule, the page number, outline entries.
struct PageAssembler {
    /// Space between the text and the first footnote; the rule sits in its middle.
    static let footnoteSeparator = 10.0

    let setter: ParagraphSetter
    private(set) var pages: [LaidOutPage] = []
    private(set) var outline: [OutlineEntry] = []
    private var pageNumber = 0
    private var pageInSection = 0
    private var section: (index: Int, style: PageStyle, hasTitle: Bool) = (0, PageStyle(margins: .zero), false)

    init(setter: ParagraphSetter) { self.setter = setter }

    /// A section starts a new page, may restart the numbering, and may head an outline level
    /// of its own (its entries then nest one level under it).
    mutating func beginSection(_ newSection: Section, index: Int) {
        section = (index, newSection.pageStyle, newSection.outlineTitle != nil)
        if newSection.restartsNumbering { pageNumber = 0 }
        if let title = newSection.outlineTitle {
            outline.append(OutlineEntry(title: title, level: 0, pageIndex: pages.count, y: newSection.pageStyle.margins.top))
        }
        pageInSection = 0
    }

    mutating func assemble(_ content: PageBuilder.PageContent, footnotes: [Int: Frame]) -> LaidOutPage {
        let style = section.style
        pageNumber += 1
        var items: [PageItem] = []
        for placed in content.boxes {
            let dy = style.margins.top + placed.y
            items += placed.box.items.map { $0.translated(dx: style.margins.left, dy: dy) }
            for anchor in placed.box.anchors {
                outline.append(OutlineEntry(title: anchor.title, level: anchor.level + (section.hasTitle ? 1 : 0),
                                            pageIndex: pages.count, y: dy + anchor.y))
            }
        }
        if !content.footnotes.isEmpty { items += footnoteItems(content.footnotes, frames: footnotes) }
        let showsNumber = style.pageNumber.map { pageInSection > 0 || pageNumber > 1 || $0.showOnFirstPage } ?? false
        if showsNumber, let numberStyle = style.pageNumber { items += pageNumberItems(pageNumber, style: numberStyle) }
        let page = LaidOutPage(index: pages.count, size: style.size, sectionIndex: section.index, number: pageNumber,
                               showsNumber: showsNumber, items: items, footnoteNumbers: content.footnotes)
        pages.append(page)
        pageInSection += 1
        return page
    }

    /// The notes stacked up from the foot of the body, a rule a third of the body wide above.
    private func footnoteItems(_ numbers: [Int], frames: [Int: Frame]) -> [PageItem] {
        let style = section.style
        let notesHeight = numbers.reduce(0.0) { $0 + (frames[$1]?.height ?? 0) }
        var y = style.margins.top + style.bodyHeight - notesHeight
        let ruleY = y - Self.footnoteSeparator / 2
        var items: [PageItem] = [.line(LineSegment(from: Point(x: style.margins.left, y: ruleY),
                                                   to: Point(x: style.margins.left + style.bodyWidth / 3, y: ruleY),
                                                   thickness: 0.5))]
        for number in numbers {
            guard let frame = frames[number] else { continue }
            items += frame.items.map { $0.translated(dx: style.margins.left, dy: y) }
            y += frame.height
        }
        return items
    }

    /// The number centred over the text block, vertically centred in the top margin.
    private func pageNumberItems(_ number: Int, style: PageNumberStyle) -> [PageItem] {
        let pageStyle = section.style
        let paragraph = Paragraph([.text(String(number), style.textStyle)],
                                  style: ParagraphStyle(alignment: .center, strut: style.textStyle))
        let set = setter.set(paragraph, width: pageStyle.bodyWidth)
        guard let line = set.lines.first else { return [] }
        let capHeight = style.textStyle.size * 0.66
        let baselineY = pageStyle.margins.top / 2 + capHeight / 2
        return line.items.map { $0.translated(dx: pageStyle.margins.left, dy: baselineY - line.baseline) }
    }
}
