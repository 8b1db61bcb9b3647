import DocumentMarkup
import Typesetting
import VietnameseText

/// The body markup as engine blocks with NĐ 30's presentation: paragraphs justified and
/// indented, Phần/Chương/Mục centred, Điều and plan sections bold, khoản and điểm numbered,
/// tables, the covenant's signature grid. Annexes are collected for their own sections.
struct BodyComposer {
    let style: DocumentStyle

    struct Result {
        var blocks: [Typesetting.Block] = []
        var annexes: [DocumentMarkup.Annex] = []
    }

    /// - Parameter endMarker: put NĐ 30's "./." after the last text of the body.
    func compose(_ blocks: [DocumentMarkup.Block], endMarker: Bool) -> Result {
        var result = Result()
        let last = endMarker ? Self.lastContentBlock(in: blocks) : nil
        let markText = last.map { Self.endsInText(blocks[$0]) } ?? false
        for (index, block) in blocks.enumerated() {
            result.blocks += convert(block, markEnd: markText && index == last, result: &result)
            // A body ending in a table gets its "./." on a line of its own after the table.
            if index == last, !markText { result.blocks.append(endMarkerLine) }
        }
        if endMarker && last == nil && !result.blocks.isEmpty { result.blocks.append(endMarkerLine) }
        return result
    }

    private var endMarkerLine: Typesetting.Block {
        .paragraph(Typesetting.Paragraph("./.", style.body, style: style.bodyParagraph()))
    }

    /// The last block of the body's content, where "./." belongs: not the centred line over a
    /// signature grid, the grid itself, or an annex that may follow it.
    static func lastContentBlock(in blocks: [DocumentMarkup.Block]) -> Int? {
        var index = blocks.count - 1
        while index >= 0 {
            switch blocks[index].kind {
            case .signatureGrid, .annex, .pageBreak: index -= 1
            case .centeredLine where index + 1 < blocks.count && isSignatureGrid(blocks[index + 1]): index -= 1
            default: return index
            }
        }
        return nil
    }

    static func endsInText(_ block: DocumentMarkup.Block) -> Bool {
        switch block.kind {
        case .paragraph, .numberedParagraph, .list, .keepTogether: return true
        default: return false
        }
    }

    static func isSignatureGrid(_ block: DocumentMarkup.Block) -> Bool {
        if case .signatureGrid = block.kind { return true }
        return false
    }

    private var inline: InlineConverter { InlineConverter(base: style.body) }

    private func paragraph(_ content: [Typesetting.Inline], _ paragraphStyle: ParagraphStyle,
                           markEnd: Bool, outlineLevel: Int? = nil) -> Typesetting.Block {
        let inlines = markEnd ? content.endingWithEndMarker(style: style.body) : content
        return .paragraph(Typesetting.Paragraph(inlines, style: paragraphStyle, outlineLevel: outlineLevel))
    }

    private func convert(_ block: DocumentMarkup.Block, markEnd: Bool, result: inout Result) -> [Typesetting.Block] {
        let body = style.body
        switch block.kind {
        case let .paragraph(p):
            let alignment = Self.alignment(p.alignment)
            return [paragraph(inline.convert(p.content), style.bodyParagraph(alignment: alignment, indent: p.firstLineIndent),
                              markEnd: markEnd)]

        case let .heading(heading):
            return convertHeading(heading)

        case let .numberedParagraph(numbered):
            let label: String
            var labelStyle = body
            switch numbered.level {
            case .article: label = "Điều \(numbered.number.label). "; labelStyle = body.with(bold: true)
            case .point: label = "\(numbered.number.label)) "
            default: label = "\(numbered.number.label). "
            }
            let content = [Typesetting.Inline.text(label, labelStyle, block.position)] + inline.convert(numbered.content)
            return [paragraph(content, style.bodyParagraph(), markEnd: markEnd)]

        case let .centeredLine(content):
            return [paragraph(InlineConverter(base: body.with(bold: true)).convert(content),
                              style.bodyParagraph(alignment: .center, indent: false, keepWithNext: true), markEnd: false)]

        case let .list(list):
            var blocks: [Typesetting.Block] = []
            for (i, item) in list.items.enumerated() {
                var paragraphStyle = style.bodyParagraph()
                if item.marker == .plus { paragraphStyle.firstLineIndent += Units.cm(0.5) }
                let marker = item.marker == .dash ? "- " : "+ "
                let content = [Typesetting.Inline.text(marker, body, item.position)] + inline.convert(item.content)
                blocks.append(paragraph(content, paragraphStyle, markEnd: markEnd && i == list.items.count - 1))
            }
            return blocks

        case let .table(table):
            return [.grid(convertTable(table))]

        case .pageBreak:
            return [.pageBreak]

        case let .keepTogether(children):
            let target = markEnd ? children.lastIndex(where: Self.endsInText) : nil
            var inner: [Typesetting.Block] = []
            for (i, child) in children.enumerated() { inner += convert(child, markEnd: i == target, result: &result) }
            return [.group(BlockGroup(inner, keepTogether: true))]

        case let .signatureGrid(grid):
            return [convertSignatureGrid(grid)]

        case let .annex(annex):
            result.annexes.append(annex)
            return []
        }
    }

    static func alignment(_ alignment: DocumentMarkup.Alignment) -> HorizontalAlignment {
        switch alignment {
        case .justified: return .justified
        case .left: return .left
        case .center: return .center
        case .right: return .right
        }
    }

    private func convertHeading(_ heading: Heading) -> [Typesetting.Block] {
        let body = style.body
        let bold = body.with(bold: true)
        let label = heading.number.label
        let title = heading.title
        let keep = style.bodyParagraph(keepWithNext: true)
        switch heading.level {
        case .part, .chapter, .section:
            // "Chương I" on its line, the title UPPERCASE under it, both bold and centred.
            let word = heading.level == .part ? "Phần" : heading.level == .chapter ? "Chương" : "Mục"
            var centred = style.bodyParagraph(alignment: .center, indent: false, keepWithNext: true)
            centred.spaceAfter = 0
            centred.spaceBefore = style.paragraphSpacing
            var blocks: [Typesetting.Block] = [.paragraph(Typesetting.Paragraph([.text("\(word) \(label)", bold)], style: centred,
                                                                                  outlineLevel: title.isEmpty ? 0 : nil))]
            if !title.isEmpty {
                var titleStyle = centred
                titleStyle.spaceBefore = 0
                titleStyle.spaceAfter = style.paragraphSpacing
                blocks.append(.paragraph(Typesetting.Paragraph(uppercased(InlineConverter(base: bold).convert(title)),
                                                               style: titleStyle, outlineLevel: 0)))
            }
            return blocks
        case .article:
            let content: [Typesetting.Inline] = [.text(title.isEmpty ? "Điều \(label)." : "Điều \(label). ", bold)]
                + InlineConverter(base: bold).convert(title)
            return [.paragraph(Typesetting.Paragraph(content, style: keep, outlineLevel: 1))]
        case .romanSection:
            let content: [Typesetting.Inline] = [.text("\(label). ", bold)] + uppercased(InlineConverter(base: bold).convert(title))
            return [.paragraph(Typesetting.Paragraph(content, style: keep, outlineLevel: 0))]
        case .clause:
            let content: [Typesetting.Inline] = [.text("\(label). ", bold)] + InlineConverter(base: bold).convert(title)
            return [.paragraph(Typesetting.Paragraph(content, style: keep, outlineLevel: 1))]
        case .point:
            let italic = body.with(italic: true)
            let content: [Typesetting.Inline] = [.text("\(label)) ", italic)] + InlineConverter(base: italic).convert(title)
            return [.paragraph(Typesetting.Paragraph(content, style: keep))]
        }
    }

    private func uppercased(_ inlines: [Typesetting.Inline]) -> [Typesetting.Inline] {
        inlines.map { inline in
            if case let .text(text, textStyle, source) = inline { return .text(officialUppercased(text), textStyle, source) }
            return inline
        }
    }

    // MARK: - Tables

    func convertTable(_ table: DocumentMarkup.Table) -> Typesetting.Grid {
        let cellText = style.text(style.tableSize)
        let columns = table.columns.map { column -> Typesetting.GridColumn in
            switch column.width {
            // A width in millimetres is the least the column gets: a row number or an amount
            // wider than it (from 10,000 rows on, or a large total) widens the column rather
            // than break in the middle.
            case let .fixed(millimetres): return Typesetting.GridColumn(.atLeast(Units.mm(millimetres)))
            case let .relative(weight): return Typesetting.GridColumn(.relative(weight))
            case .auto: return Typesetting.GridColumn(.auto)
            }
        }
        func row(_ row: DocumentMarkup.TableRow, header: Bool) -> Typesetting.GridRow {
            var column = 0
            var cells: [Typesetting.GridCell] = []
            let bold = header || row.role != .normal
            for cell in row.cells {
                let columnAlignment = column < table.columns.count ? table.columns[column].alignment : nil
                let alignment = cell.alignment ?? (header ? .center : columnAlignment ?? .left)
                let textStyle = bold ? cellText.with(bold: true) : cellText
                let paragraphStyle = ParagraphStyle(alignment: Self.alignment(alignment), lineSpacing: 1.0, strut: textStyle)
                let content = InlineConverter(base: textStyle).convert(cell.content)
                cells.append(Typesetting.GridCell([.paragraph(Typesetting.Paragraph(content, style: paragraphStyle))],
                                                   columnSpan: cell.columnSpan, verticalAlignment: .middle))
                column += cell.columnSpan
            }
            return Typesetting.GridRow(cells, keepWithNext: row.role == .group)
        }
        let rows = table.header.map { row($0, header: true) } + table.body.map { row($0, header: false) }
        return Typesetting.Grid.table(columns: columns, rows: rows, headerRowCount: table.header.count,
                                 stroke: table.borders ? 0.5 : 0, spaceBefore: 3, spaceAfter: style.paragraphSpacing)
    }

    // MARK: - Signature grid

    /// A covenant's signatures: one cell per unit (unit, leader's title, signing space, name),
    /// two or three to a row in the order given (the chair first); a short last row is centred.
    /// Each row is two grid rows kept together, so that the names line up whatever the
    /// number of heading lines above them.
    func convertSignatureGrid(_ grid: SignatureGrid) -> Typesetting.Block {
        let perRow = max(1, min(3, grid.columns ?? (grid.cells.count <= 4 ? 2 : 3)))
        // A point below the body so that three cells fit a row, but never below the 13 pt
        // NĐ 30 gives a signer's title and name (Phụ lục I mục II.7).
        let size = max(13, min(style.signatureSize, style.bodySize - 1))
        let bold = style.text(size, bold: true)
        let centred = ParagraphStyle(alignment: .center, lineSpacing: 1.0, strut: bold)
        let convert = InlineConverter(base: bold)
        var groups: [Typesetting.Block] = []
        var index = 0
        while index < grid.cells.count {
            let slice = Array(grid.cells[index..<min(index + perRow, grid.cells.count)])
            index += perRow
            // Half-width sub-columns let a short row sit in the middle.
            let offset = perRow - slice.count
            var headings: [GridCell] = offset > 0 ? [GridCell([], columnSpan: offset)] : []
            var names: [GridCell] = headings
            for cell in slice {
                headings.append(GridCell([
                    .paragraph(Typesetting.Paragraph(uppercased(convert.convert(cell.unit)), style: centred)),
                    .paragraph(Typesetting.Paragraph(uppercased(convert.convert(cell.title)), style: centred)),
                ], columnSpan: 2))
                names.append(GridCell([.paragraph(Typesetting.Paragraph(convert.convert(cell.name), style: centred))], columnSpan: 2))
            }
            let weights = Array(repeating: 1.0, count: perRow * 2)
            groups.append(.group(BlockGroup([
                .grid(Grid(columnWeights: weights, columnGap: 6, rows: [headings])),
                .space(Units.mm(style.signingSpace)),
                .grid(Grid(columnWeights: weights, columnGap: 6, rows: [names])),
            ], keepTogether: true)))
            if index < grid.cells.count { groups.append(.space(Units.mm(8))) }
        }
        var first = Typesetting.Block.space(style.paragraphSpacing * 2)
        if groups.isEmpty { first = .space(0) }
        return .group(BlockGroup([first] + groups, keepTogether: false))
    }
}
