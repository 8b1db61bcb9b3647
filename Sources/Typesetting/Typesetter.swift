import Foundation

/// The engine's entry point: a block tree and page styles in, pages of positioned glyph runs,
/// rules and images out. Rendering to PDF or PNG is a separate step (`PDFRenderer`).
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
        var pages: [LaidOutPage] = []
        var outline: [OutlineEntry] = []
        var warnings: [LayoutWarning] = []
        var pageNumber = 0
        for (sectionIndex, section) in document.sections.enumerated() {
            let style = section.pageStyle
            let composer = BlockComposer(setter: setter, pageStyle: style)
            let separator = 10.0
            if section.restartsNumbering { pageNumber = 0 }
            if let title = section.outlineTitle {
                outline.append(OutlineEntry(title: title, level: 0, pageIndex: pages.count, y: style.margins.top))
            }
            var pageInSection = 0
            func assemble(_ content: PageBuilder.PageContent) {
                pageNumber += 1
                var items: [PageItem] = []
                let index = pages.count
                for placed in content.boxes {
                    let dy = style.margins.top + placed.y
                    items += placed.box.items.map { $0.translated(dx: style.margins.left, dy: dy) }
                    for anchor in placed.box.anchors {
                        outline.append(OutlineEntry(title: anchor.title, level: anchor.level + (section.outlineTitle == nil ? 0 : 1),
                                                    pageIndex: index, y: dy + anchor.y))
                    }
                }
                if !content.footnotes.isEmpty {
                    let notesHeight = content.footnotes.reduce(0.0) { $0 + (composer.footnoteFrames[$1]?.height ?? 0) }
                    var y = style.margins.top + style.bodyHeight - notesHeight
                    let ruleY = y - separator / 2
                    items.append(.line(LineSegment(from: Point(x: style.margins.left, y: ruleY),
                                                   to: Point(x: style.margins.left + style.bodyWidth / 3, y: ruleY),
                                                   thickness: 0.5)))
                    for number in content.footnotes {
                        guard let frame = composer.footnoteFrames[number] else { continue }
                        items += frame.items.map { $0.translated(dx: style.margins.left, dy: y) }
                        y += frame.height
                    }
                }
                let showsNumber = style.pageNumber.map { pageInSection > 0 || pageNumber > 1 || $0.showOnFirstPage } ?? false
                if showsNumber, let numberStyle = style.pageNumber {
                    items += pageNumberItems(pageNumber, style: numberStyle, pageStyle: style, setter: setter)
                }
                let page = LaidOutPage(index: index, size: style.size, sectionIndex: sectionIndex, number: pageNumber,
                                       showsNumber: showsNumber, items: items, footnoteNumbers: content.footnotes)
                pages.append(page)
                pageInSection += 1
                pageDone(page)
            }
            let builder = PageBuilder(bodyHeight: style.bodyHeight,
                                      footnoteHeight: { composer.footnoteFrames[$0]?.height ?? 0 },
                                      footnoteSeparator: separator,
                                      warn: { warnings.append($0) })
            composer.compose(section.blocks, width: style.bodyWidth) { builder.append($0, deliver: assemble) }
            builder.finish(deliver: assemble)
            // A section with nothing in it still takes a page.
            if builder.pageCount == 0 { assemble(PageBuilder.PageContent()) }
        }
        warnings = setter.warnings + warnings
        return LaidOutDocument(pages: pages, outline: outline, warnings: warnings, metadata: document.metadata)
    }

    /// The number centred over the text block, vertically centred in the top margin.
    private func pageNumberItems(_ number: Int, style: PageNumberStyle, pageStyle: PageStyle,
                                 setter: ParagraphSetter) -> [PageItem] {
        let paragraph = Paragraph([.text(String(number), style.textStyle)],
                                  style: ParagraphStyle(alignment: .center, strut: style.textStyle))
        let set = setter.set(paragraph, width: pageStyle.bodyWidth)
        guard let line = set.lines.first else { return [] }
        let capHeight = style.textStyle.size * 0.66
        let baselineY = pageStyle.margins.top / 2 + capHeight / 2
        return line.items.map { $0.translated(dx: pageStyle.margins.left, dy: baselineY - line.baseline) }
    }
}
