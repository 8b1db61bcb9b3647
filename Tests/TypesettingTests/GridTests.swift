import Foundation
import Testing
@testable import Typesetting

/// Grids and tables are one layouter: what tables could do, borderless grids can too.
@Suite struct GridTests {
    static func cell(_ text: String, _ style: TextStyle = body14, alignment: HorizontalAlignment = .center,
                     fallback: Double? = nil) -> GridCell {
        GridCell([.paragraph(Paragraph(text, style, style: ParagraphStyle(alignment: alignment, strut: style, fallbackSize: fallback)))])
    }

    func widths(_ grid: Grid, width: Double = 400) -> [Double] {
        let composer = BlockComposer(setter: ParagraphSetter(fonts: sharedFonts, shaper: Shaper()), pageStyle: PageStyle.sample)
        return GridLayouter(composer: composer, grid: grid, width: width).columnWidths()
    }

    func natural(_ text: String, _ style: TextStyle = body14) -> Double {
        ParagraphSetter(fonts: sharedFonts, shaper: Shaper()).measure(Paragraph(text, style)).maximum
    }

    @Test func aContentSizedColumnTakesItsLineWithinItsShare() {
        let line = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        let columns = [GridColumn(.relative(1)), GridColumn(.auto, share: 0.3...0.9)]
        let fits = widths(Grid(columns: columns, rows: [GridRow([Self.cell("Sở"), Self.cell(line)])], columnGap: 10))
        #expect(abs(fits[1] - natural(line)) < 1e-9)
        #expect(abs(fits[0] + fits[1] + 10 - 400) < 1e-9)
        // A short line gets the least share, a long one the most.
        let short = widths(Grid(columns: columns, rows: [GridRow([Self.cell("Sở"), Self.cell("Ngắn")])], columnGap: 10))
        #expect(abs(short[1] - 0.3 * 390) < 1e-9)
        let long = widths(Grid(columns: columns, rows: [GridRow([Self.cell("Sở"), Self.cell(line + " " + line)])], columnGap: 10))
        #expect(abs(long[1] - 0.9 * 390) < 1e-9)
    }

    /// A date line with a fallback size shrinks rather than widen its column past its least share.
    @Test func aFallbackSizeIsTakenBeforeTheColumnGrowsBeyondItsLeastShare() throws {
        let date = "Thành phố Hồ Chí Minh, ngày 25 tháng 12 năm 2023"
        let italic = body14.with(italic: true)
        let least = (natural(date, italic) - 10) / 390, most = (natural(date, italic) + 40) / 390
        let grid = Grid(columns: [GridColumn(.relative(1)), GridColumn(.auto, share: least...most)],
                        rows: [GridRow([Self.cell("Sở"), Self.cell(date, italic, fallback: 13)])], columnGap: 10)
        // At 13 pt the line is narrower than the least share, which the column then takes.
        #expect(natural(date, italic.with(size: 13)) < least * 390)
        #expect(abs(widths(grid)[1] - least * 390) < 1e-9)
        var page = PageStyle.sample
        page.margins.right = page.size.width - page.margins.left - 400
        let run = try #require(textRuns(layOut([.grid(grid)], pageStyle: page).pages[0]).first { $0.text == date })
        #expect(run.size == 13)
        // With room at its own size, it keeps it.
        var roomy = grid
        roomy.columns[1].share = (least + 0.05)...(most + 0.05)
        let kept = try #require(textRuns(layOut([.grid(roomy)], pageStyle: page).pages[0]).first { $0.text == date })
        #expect(kept.size == 14)
    }

    /// An at-least column keeps its width until a word in it is wider: then it takes that
    /// word's width (padding included) from the relative columns, and nothing is cut.
    @Test func anAtLeastColumnWidensToItsWidestWordAndCutsNothing() {
        func table(_ numbers: [String]) -> Grid {
            Grid.table(columns: [GridColumn(.atLeast(30)), GridColumn(.relative(1))],
                       rows: numbers.map { GridRow([Self.cell($0), Self.cell("Sở Nội vụ")]) })
        }
        #expect(widths(table(["1", "99"])) == [30, 370])
        let wide = widths(table(["1", "10000", "12000"]))
        #expect(abs(wide[0] - (natural("10000") + 8)) < 1e-9 && abs(wide[0] + wide[1] - 400) < 1e-9)
        #expect(layOut([.grid(table(["1", "10000"]))]).warnings.isEmpty)
        #expect(layOut([.grid(Grid.table(columns: [GridColumn(.fixed(30)), GridColumn(.relative(1))],
                                         rows: [GridRow([Self.cell("10000"), Self.cell("Sở")])]))]).warnings.count == 1)
    }

    @Test func aGridRowTallerThanAPageIsCutBetweenLinesLikeATableRow() throws {
        let long = String(repeating: "Nội dung rất dài của một ô lưới. ", count: 300)
        let grid = Grid(columnWeights: [1, 3], columnGap: 6, rows: [[Self.cell("Đầu"), GridCell([.paragraph(Paragraph(long, body14))])]])
        let document = layOut([.grid(grid)], pageStyle: PageStyle.sample.withoutNumbers)
        #expect(document.pages.count >= 2)
        #expect(!document.warnings.contains { if case .contentTallerThanPage = $0.kind { return true } else { return false } })
        for page in document.pages {
            for line in lines(page) { #expect(line.y < page.size.height - PageStyle.sample.margins.bottom) }
        }
        #expect(document.pages.flatMap { textRuns($0) }.map(\.text).filter { $0 != "Đầu" }.joined(separator: " ") == collapsedWhitespace(long))
    }

    @Test func extraCellsAreLeftOutWithAWarningInGridsAndTables() {
        for grid in [Grid(columnWeights: [1, 1], rows: [[Self.cell("a"), Self.cell("b"), Self.cell("c")]]),
                     Grid.table(columns: [GridColumn(.fixed(50)), GridColumn(.relative(1))],
                                rows: [GridRow([Self.cell("a")]), GridRow([Self.cell("a"), Self.cell("b"), Self.cell("c")])])] {
            let document = layOut([.grid(grid)])
            #expect(document.warnings.map(\.kind) == [.tooManyCells(row: grid.rows.count, columns: 2)])
            #expect(!textRuns(document.pages[0]).contains { $0.text == "c" })
        }
    }

    /// Measuring a cell for its column is a dry run: a character no face has is reported once,
    /// when the cell is set.
    @Test func measuringForAColumnReportsNothing() {
        let table = Grid.table(columns: [GridColumn(.auto), GridColumn(.relative(1))],
                               rows: [GridRow([Self.cell("Số \u{E123}"), Self.cell("Sở Nội vụ")])])
        #expect(layOut([.grid(table)]).warnings.count == 1)
    }

    @Test func gridColumnsSplitTheWidthByWeight() throws {
        let left = GridCell([.paragraph(Paragraph("UBND TỈNH NAM ĐỊNH", TextStyle(size: 13), style: ParagraphStyle(alignment: .center)))])
        let right = GridCell([.paragraph(Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", TextStyle(size: 13, bold: true), style: ParagraphStyle(alignment: .center)))])
        let document = layOut([.grid(Grid(columnWeights: [40, 60], rows: [[left, right]]))])
        let style = PageStyle.sample
        let runs = textRuns(document.pages[0])
        let l = try #require(runs.first { $0.text.hasPrefix("UBND") })
        let r = try #require(runs.first { $0.text.hasPrefix("CỘNG") })
        #expect(abs(l.origin.x + l.width / 2 - (style.margins.left + 0.2 * style.bodyWidth)) < 0.05)
        #expect(abs(r.origin.x + r.width / 2 - (style.margins.left + 0.7 * style.bodyWidth)) < 0.05)
        #expect(abs(l.origin.y - r.origin.y) < 0.01)
    }

    @Test func contentSizedColumnsTakeTheirWidestUnbreakableContent() throws {
        let cell = { (text: String) in GridCell([.paragraph(Paragraph(text, body14, style: ParagraphStyle(alignment: .left)))]) }
        let table = Grid.table(columns: [GridColumn(.auto), GridColumn(.relative(1)), GridColumn(.fixed(60))],
                          rows: [GridRow([cell("TT"), cell("Tên đơn vị"), cell("Điểm")]),
                                 GridRow([cell("13"), cell("Sở Nội vụ tỉnh Bến Tre"), cell("994")])])
        let composer = BlockComposer(setter: ParagraphSetter(fonts: sharedFonts, shaper: Shaper()), pageStyle: PageStyle.sample)
        let widths = GridLayouter(composer: composer, grid: table, width: 400).columnWidths()
        #expect(abs(widths.reduce(0, +) - 400) < 0.01)
        #expect(widths[2] == 60)
        let face = try sharedFonts.face(family: "Times New Roman", bold: false, italic: false)
        let ttWidth = Shaper().shape("TT", face: face).width(at: 14)
        #expect(abs(widths[0] - (ttWidth + 8)) < 0.01)   // content + 4 pt padding each side
    }
}
