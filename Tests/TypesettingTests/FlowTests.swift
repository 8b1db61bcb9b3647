import EngineSamples
import Foundation
import Testing
@testable import Typesetting

@Suite struct FlowTests {
    /// A 1,000-row table: the header on every page, every row whole on one page, in order.
    @Test func aThousandRowTableRepeatsItsHeaderAndNeverSplitsARow() throws {
        let document = Typesetter(fonts: sharedFonts).layout(EngineSamples.tableDocument(rows: 1000))
        #expect(document.pages.count > 20)
        #expect(document.warnings.isEmpty)
        var expected = 1
        for page in document.pages {
            let runs = textRuns(page)
            #expect(runs.contains { $0.text == "Họ và tên" }, "page \(page.index + 1) lacks the header")
            #expect(runs.filter { $0.text == "Họ và tên" }.count == 1)
            // Row numbers are the centred "TT" cells: whole numbers in the first column.
            let firstColumnX = runs.first { $0.text == "TT" }!.origin.x + 20
            let numbers = runs.filter { $0.origin.x < firstColumnX && Int($0.text) != nil }
            let rowNumbers = numbers.map { Int($0.text)! }.filter { $0 < 1000 || $0 == 1000 }
            for (number, run) in zip(rowNumbers, numbers) {
                #expect(number == expected, "page \(page.index + 1)")
                // The row's amount cell sits on the same page, on the same baseline.
                #expect(runs.contains { $0.text == "702.000" && abs($0.origin.y - run.origin.y) < 0.01 })
                expected += 1
            }
            // Nothing runs into the bottom margin.
            let bottom = page.size.height - PageStyle.sample.margins.bottom
            for line in ruleSegments(page) { #expect(line.to.y <= bottom + 0.01) }
        }
        #expect(expected == 1001)
    }

    @Test func aRowTallerThanAPageIsCutBetweenLines() throws {
        let long = String(repeating: "Nội dung rất dài của một ô trong bảng. ", count: 400)
        let table = Grid.table(columns: [GridColumn(.auto), GridColumn(.relative(1))],
                          rows: [GridRow([GridCell([.paragraph(Paragraph("Đầu", body14))]), GridCell([.paragraph(Paragraph("Tiêu đề", body14))])]),
                                 GridRow([GridCell([.paragraph(Paragraph("1", body14))]),
                                           GridCell([.paragraph(Paragraph(long, body14))])])],
                          headerRowCount: 1)
        let document = layOut([.grid(table)], pageStyle: PageStyle.sample.withoutNumbers)
        #expect(document.pages.count >= 3)
        #expect(document.warnings.isEmpty)
        let cellLines = document.pages.flatMap { textRuns($0) }.map(\.text).filter { $0 != "Đầu" && $0 != "Tiêu đề" && $0 != "1" }
        let rendered = cellLines.joined(separator: " ")
        #expect(rendered == collapsedWhitespace(long), "the long cell's text is kept whole and in order")
        for page in document.pages { #expect(textRuns(page).contains { $0.text == "Tiêu đề" }) }
        // Every line of the cell lies inside the body area.
        for page in document.pages {
            for line in lines(page) { #expect(line.y < page.size.height - PageStyle.sample.margins.bottom) }
        }
    }

    @Test func aKeepTogetherGroupMovesWholeToTheNextPage() throws {
        let filler = (0..<36).map { _ in Block.paragraph(Paragraph("Dòng đệm", body14, style: ParagraphStyle(lineSpacing: 1.15, strut: body14))) }
        let group = BlockGroup((1...5).map { .paragraph(Paragraph("Cam kết số \($0)", body14)) })
        let document = layOut(filler + [.group(group)])
        #expect(document.pages.count == 2)
        let second = lines(document.pages[1]).map(\.text)
        for n in 1...5 { #expect(second.contains("Cam kết số \(n)")) }
    }

    @Test func aHeadingNeverEndsAPage() throws {
        let filler = (0..<38).map { _ in Block.paragraph(Paragraph("Dòng đệm", body14, style: ParagraphStyle(lineSpacing: 1.15, strut: body14))) }
        let heading = Paragraph("II. NỘI DUNG", body14.with(bold: true), style: ParagraphStyle(keepWithNext: true, strut: body14))
        let first = layOut(filler + [.paragraph(Paragraph("Dòng cuối trang", body14))])
        #expect(first.pages.count == 1, "the filler plus one line fit on a page")
        let document = layOut(filler + [.paragraph(heading), .paragraph(Paragraph("Nội dung sau tiêu đề", body14))])
        #expect(document.pages.count == 2)
        let second = lines(document.pages[1]).map(\.text)
        #expect(second.first == "II. NỘI DUNG")
        #expect(second.contains("Nội dung sau tiêu đề"))
    }

    /// A 6-line paragraph that would leave one line at the foot of a page (an orphan) or one
    /// line alone at the top of the next (a widow) is broken elsewhere.
    @Test(arguments: [30, 31, 32, 33, 34, 35, 36, 37, 38])
    func widowsAndOrphansAreAvoided(fillerLines: Int) throws {
        let filler = (0..<fillerLines).map { _ in Block.paragraph(Paragraph("Dòng đệm", body14)) }
        let text = String(repeating: "phong trào thi đua yêu nước ", count: 33)
        let document = layOut(filler + [.paragraph(Paragraph(text, body14, style: ParagraphStyle(alignment: .justified, strut: body14)))])
        let paragraphLines = document.pages.map { lines($0).filter { $0.text.contains("phong") || $0.text.contains("nước") }.count }
        #expect(paragraphLines.reduce(0, +) >= 6)
        for count in paragraphLines where count > 0 {
            #expect(count >= 2, "pages hold \(paragraphLines) lines of the paragraph")
        }
    }

    @Test func footnotesStandAtTheFootOfThePageThatCitesThem() throws {
        var blocks: [Block] = []
        for i in 1...60 {
            blocks.append(.paragraph(Paragraph([.text("Đoạn \(i) của báo cáo", body14),
                                                .footnote([.text("Ghi chú cho đoạn \(i).", body14)])], style: justified)))
        }
        let document = layOut(blocks)
        #expect(document.pages.count > 2)
        var seen: [Int] = []
        for page in document.pages {
            let texts = lines(page).map(\.text)
            let bodyLines = texts.filter { $0.hasPrefix("Đoạn") }
            for number in page.footnoteNumbers {
                #expect(texts.contains { $0.hasPrefix("\(number) Ghi chú cho đoạn \(number).") || $0 == "\(number) Ghi chú cho đoạn \(number)." })
                #expect(bodyLines.contains { $0.hasPrefix("Đoạn \(number) của báo cáo") })
            }
            // The notes sit below the text.
            let lowestBody = lines(page).filter { $0.text.hasPrefix("Đoạn") }.map(\.y).max() ?? 0
            let highestNote = lines(page).filter { $0.text.contains("Ghi chú") }.map(\.y).min() ?? .infinity
            #expect(lowestBody < highestNote)
            seen += page.footnoteNumbers
        }
        #expect(seen == Array(1...60))
    }

    @Test func pageNumbersStartOnPageTwoAndRestartPerSection() throws {
        let paragraphs = (0..<120).map { Block.paragraph(Paragraph("Dòng \($0)", body14)) }
        let style = PageStyle.sample
        let document = Typesetter(fonts: sharedFonts).layout(Document(sections: [
            Section(blocks: paragraphs, pageStyle: style),
            Section(blocks: paragraphs, pageStyle: style, restartsNumbering: true, outlineTitle: "Phụ lục"),
        ]))
        let sections = Dictionary(grouping: document.pages, by: \.sectionIndex)
        #expect(sections.count == 2)
        for (_, pages) in sections {
            #expect(pages.count >= 2)
            #expect(pages[0].number == 1 && !pages[0].showsNumber)
            for (i, page) in pages.enumerated().dropFirst() {
                #expect(page.number == i + 1 && page.showsNumber)
                // The number is centred over the text block, inside the top margin.
                let number = try #require(textRuns(page).first { $0.text == String(i + 1) && $0.origin.y < style.margins.top })
                let centre = number.origin.x + number.width / 2
                #expect(abs(centre - (style.margins.left + style.bodyWidth / 2)) < 0.05)
                #expect(number.origin.y > 0)
            }
            #expect(!textRuns(pages[0]).contains { $0.origin.y < style.margins.top })
        }
    }

    @Test func rulesMeasureTheTextAboveThem() throws {
        let motto = Paragraph("Độc lập - Tự do - Hạnh phúc", body14.with(bold: true), style: ParagraphStyle(alignment: .center))
        let issuer = Paragraph("SỞ NỘI VỤ", TextStyle(size: 13, bold: true), style: ParagraphStyle(alignment: .center))
        let document = layOut([.paragraph(motto), .rule(Rule(length: .fractionOfTextAbove(1))),
                               .paragraph(issuer), .rule(Rule(length: .fractionOfTextAbove(1.0 / 3)))])
        let page = document.pages[0]
        let mottoRun = try #require(textRuns(page).first { $0.text.hasPrefix("Độc lập") })
        let issuerRun = try #require(textRuns(page).first { $0.text == "SỞ NỘI VỤ" })
        let rules = ruleSegments(page)
        #expect(rules.count == 2)
        #expect(abs(rules[0].from.x - mottoRun.origin.x) < 0.01)
        #expect(abs(rules[0].to.x - (mottoRun.origin.x + mottoRun.width)) < 0.01)
        #expect(rules[0].from.y > mottoRun.origin.y)
        #expect(abs((rules[1].to.x - rules[1].from.x) - issuerRun.width / 3) < 0.01)
        #expect(abs((rules[1].from.x + rules[1].to.x) / 2 - (issuerRun.origin.x + issuerRun.width / 2)) < 0.01)
    }

    @Test func anExplicitPageBreakStartsANewPage() throws {
        let document = layOut([.paragraph(Paragraph("Trang một", body14)), .pageBreak, .paragraph(Paragraph("Trang hai", body14))])
        #expect(document.pages.count == 2)
        #expect(lines(document.pages[1]).contains { $0.text == "Trang hai" })
    }
}
