import Foundation
import Testing
@testable import Typesetting

/// Pages go out as soon as they are decided; the result must be what laying out the whole
/// list at once gave.
@Suite struct StreamingTests {
    /// The page builder as it was before it took items one at a time: the whole list at once.
    /// Kept here as the reference the incremental builder is checked against.
    static func paginateWhole(_ list: [VItem], bodyHeight: Double, footnoteHeight: (Int) -> Double,
                              footnoteSeparator: Double) -> [[Double]] {
        var pages: [[Double]] = []
        var i = 0
        let n = list.count
        func isBox(_ item: VItem) -> Bool { if case .box = item { return true } else { return false } }
        while i < n {
            while i < n, !isBox(list[i]) { i += 1 }
            guard i < n else { break }
            var boxes: [(y: Double, height: Double)] = []
            var footnotes: [Int] = []
            var y = 0.0, footnoteTotal = 0.0
            var lastBreak: (index: Int, boxes: Int, footnotes: Int, footnoteTotal: Double)? = nil
            var next = n
            if case let .box(first) = list[i], let header = first.repeatedHeader {
                for h in header { boxes.append((y, h.height)); y += h.height }
            }
            let headerCount = boxes.count
            var j = i
            pageLoop: while j < n {
                switch list[j] {
                case let .box(box):
                    let newNotes = box.footnotes.filter { !footnotes.contains($0) }
                    var notesHeight = newNotes.reduce(0.0) { $0 + footnoteHeight($1) }
                    if !newNotes.isEmpty && footnotes.isEmpty { notesHeight += footnoteSeparator }
                    let fits = y + box.height + footnoteTotal + notesHeight <= bodyHeight + 0.01
                    if !fits && boxes.count > headerCount {
                        if let cut = lastBreak {
                            boxes.removeLast(boxes.count - cut.boxes)
                            footnotes.removeLast(footnotes.count - cut.footnotes)
                            footnoteTotal = cut.footnoteTotal
                            next = cut.index + 1
                        } else {
                            next = j
                        }
                        break pageLoop
                    }
                    boxes.append((y, box.height))
                    footnotes += newNotes
                    footnoteTotal += notesHeight
                    y += box.height
                case let .glue(g):
                    y += g
                case let .penalty(p):
                    if p <= -BreakItems.infinitePenalty { next = j + 1; break pageLoop }
                    if p < BreakItems.infinitePenalty && boxes.count > headerCount {
                        lastBreak = (j, boxes.count, footnotes.count, footnoteTotal)
                    }
                }
                j += 1
            }
            if j >= n { next = n }
            pages.append(boxes.map(\.y) + boxes.map(\.height) + footnotes.map(Double.init))
            i = next
        }
        return pages
    }

    static func randomList(_ generator: inout SeededGenerator) -> [VItem] {
        var list: [VItem] = []
        let header = Bool.random(using: &generator) ? [VBox(height: 20, items: [])] : nil
        for _ in 0..<Int.random(in: 0...160, using: &generator) {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<5:
                var box = VBox(height: Double(Int.random(in: 5...90, using: &generator)), items: [])
                if Int.random(in: 0..<12, using: &generator) == 0 { box.footnotes = [Int.random(in: 1...6, using: &generator)] }
                box.repeatedHeader = header
                list.append(.box(box))
            case 5, 6: list.append(.glue(Double(Int.random(in: 0...12, using: &generator))))
            case 7: list.append(.penalty(BreakItems.infinitePenalty))
            case 8: list.append(.penalty(0))
            default:
                list.append(.penalty(Int.random(in: 0..<8, using: &generator) == 0 ? -BreakItems.infinitePenalty : 50))
            }
        }
        return list
    }

    @Test func feedingItemsOneByOneGivesTheSamePagesAsTheWholeList() {
        var generator = SeededGenerator(seed: 2026)
        let footnoteHeight: (Int) -> Double = { Double($0) * 7 }
        for _ in 0..<Sweep.count(quick: 300, exhaustive: 20_000) {
            let list = Self.randomList(&generator)
            let bodyHeight = Double(Int.random(in: 100...400, using: &generator))
            let expected = Self.paginateWhole(list, bodyHeight: bodyHeight, footnoteHeight: footnoteHeight, footnoteSeparator: 10)
            let builder = PageBuilder(bodyHeight: bodyHeight, footnoteHeight: footnoteHeight, footnoteSeparator: 10,
                                      warn: { _ in })
            var pages: [[Double]] = []
            let deliver: (PageBuilder.PageContent) -> Void = { page in
                pages.append(page.boxes.map(\.y) + page.boxes.map(\.box.height) + page.footnotes.map(Double.init))
            }
            for item in list { builder.append(item, deliver: deliver) }
            builder.finish(deliver: deliver)
            #expect(pages == expected)
            #expect(builder.pageCount == expected.count)
        }
    }

    @Test func everyPageIsHandedOnOnceInOrder() {
        func cell(_ text: String) -> GridCell { GridCell([.paragraph(Paragraph(text, body14))]) }
        let rows = (1...400).map { GridRow([cell(String($0)), cell("Sở Nội vụ tỉnh số \($0 % 13)")]) }
        let table = Grid.table(columns: [GridColumn(.fixed(40)), GridColumn(.relative(1))], rows: rows)
        let document = Document(sections: [Section(blocks: [.grid(table)], pageStyle: .sample),
                                           Section(blocks: [.paragraph(Paragraph("Phụ lục", body14))], pageStyle: .sample)])
        var delivered: [Int] = []
        let laidOut = Typesetter(fonts: sharedFonts).layout(document) { delivered.append($0.index) }
        #expect(laidOut.pages.count > 5)
        #expect(delivered == Array(laidOut.pages.indices))
    }
}

@Suite struct SetParagraphMemoTests {
    @Test func aRepeatedParagraphSetsTheSameWhateverItsSource() {
        let setter = ParagraphSetter(fonts: sharedFonts, shaper: Shaper())
        let style = ParagraphStyle(alignment: .justified, strut: body14)
        let first = Paragraph([.text("Chuyên viên, Sở Nội vụ tỉnh Bến Tre", body14, SourceLocation(file: "a.csv", line: 2))], style: style)
        let again = Paragraph([.text("Chuyên viên, Sở Nội vụ tỉnh Bến Tre", body14, SourceLocation(file: "a.csv", line: 9))], style: style)
        let a = setter.set(first, width: 120), b = setter.set(again, width: 120)
        let fresh = ParagraphSetter(fonts: sharedFonts, shaper: Shaper()).set(again, width: 120)
        for other in [b, fresh] {
            #expect(a.lines.count == other.lines.count)
            #expect(a.lines.map(\.height) == other.lines.map(\.height))
            #expect(a.lines.map { $0.items.count } == other.lines.map { $0.items.count })
            #expect(a.plainText == other.plainText)
        }
        // Another width sets anew.
        #expect(setter.set(again, width: 400).lines.count < a.lines.count)
    }

    @Test func aParagraphThatWarnsWarnsEachTime() {
        let setter = ParagraphSetter(fonts: sharedFonts, shaper: Shaper())
        let long = Paragraph([.text("Ủyban" + String(repeating: "nhândân", count: 12), body14)], style: ParagraphStyle(strut: body14))
        _ = setter.set(long, width: 80)
        _ = setter.set(long, width: 80)
        #expect(setter.warnings.filter(\.isBrokenWord).count == 2)
    }
}
