import EngineSamples
import Foundation
import Testing
@testable import Typesetting

@Suite struct LineBreakingTests {
    static let words: [String] = EngineSamples.allTexts.map(\.text).joined(separator: " ")
        .split(whereSeparator: { $0.isWhitespace }).map(String.init)

    static func randomParagraph(_ generator: inout SeededGenerator) -> String {
        let count = Int.random(in: 1...120, using: &generator)
        return (0..<count).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
    }

    /// Property: whatever the text, width and alignment, every non-space character is kept in
    /// order, words are only separated where the input had a space, and no line is wider than
    /// the measure unless a warning says so.
    @Test(arguments: [HorizontalAlignment.justified, .left, .center, .right])
    func everyCharacterIsKeptInOrderAndLinesFitTheMeasure(alignment: HorizontalAlignment) throws {
        var generator = SeededGenerator(seed: 2026 + UInt64(alignment.rawValue.count))
        for _ in 0..<Sweep.count(quick: 25, exhaustive: 1000) {
            let text = Self.randomParagraph(&generator)
            let width = Double.random(in: 60...480, using: &generator)
            var pageStyle = PageStyle.sample.withoutNumbers
            pageStyle.margins.right = pageStyle.size.width - pageStyle.margins.left - width
            let style = ParagraphStyle(alignment: alignment, strut: body14)
            let document = layOut([.paragraph(Paragraph([.text(text, body14)], style: style))], pageStyle: pageStyle)
            let allLines = document.pages.flatMap { lines($0) }
            let rendered = allLines.map(\.text).joined()
            #expect(rendered.filter { !$0.isWhitespace } == text.filter { !$0.isWhitespace })
            // Each line holds whole words of the input, or the pieces of a word longer than the line.
            let inputWords = text.split(separator: " ").map(String.init)
            let lineWords = allLines.flatMap { $0.text.split(separator: " ").map(String.init) }
            let warnedBreaks = document.warnings.filter(\.isBrokenWord)
            if warnedBreaks.isEmpty { #expect(lineWords == inputWords) }
            let overfull = document.warnings.contains { $0.isOverfullLine || $0.isBrokenWord }
            for line in allLines where !overfull {
                #expect(line.maxX - pageStyle.margins.left <= width + 0.01, "\(line.text)")
            }
        }
    }

    @Test func legalReferencesAndNumbersNeverBreakAtSlashOrHyphen() throws {
        let text = "Căn cứ Nghị định số 91/2017/NĐ-CP và Quyết định số 05/QĐ-UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh Nam Định về khen thưởng"
        for width in stride(from: 100.0, through: 300, by: Sweep.step(quick: 7, exhaustive: 0.5)) {
            var pageStyle = PageStyle.sample
            pageStyle.margins.right = pageStyle.size.width - pageStyle.margins.left - width
            let document = layOut([.paragraph(Paragraph(text, body14, style: justified))], pageStyle: pageStyle)
            #expect(document.warnings.isEmpty, "width \(width)")
            let tokens = document.pages.flatMap { lines($0) }.flatMap { $0.text.split(separator: " ").map(String.init) }
            #expect(tokens.contains("91/2017/NĐ-CP"), "width \(width)")
            #expect(tokens.contains("05/QĐ-UBND"), "width \(width)")
            #expect(tokens.contains("05/01/2023"), "width \(width)")
        }
    }

    @Test func justifiedLinesFillTheMeasureExceptTheLast() throws {
        let text = EngineSamples.proseTexts[0].text
        let paragraph = EngineSamples.paragraphs(of: text).max(by: { $0.count < $1.count })!
        let document = layOut([.paragraph(Paragraph([.text(paragraph, body14)], style: ParagraphStyle(alignment: .justified, strut: body14)))])
        let style = PageStyle.sample
        let allLines = document.pages.flatMap { lines($0) }
        #expect(allLines.count > 3)
        for line in allLines.dropLast() {
            #expect(abs(line.maxX - (style.margins.left + style.bodyWidth)) < 0.05, "\(line.text)")
            #expect(abs(line.minX - style.margins.left) < 0.05)
        }
        #expect(allLines.last!.maxX <= style.margins.left + style.bodyWidth + 0.01)
    }

    @Test func centredAndRightAlignedLinesSitWhereTheyShould() throws {
        let style = PageStyle.sample
        let centre = layOut([.paragraph(Paragraph("Độc lập - Tự do - Hạnh phúc", body14, style: ParagraphStyle(alignment: .center)))])
        let line = try #require(lines(centre.pages[0]).first)
        let left = line.minX - style.margins.left, right = style.margins.left + style.bodyWidth - line.maxX
        #expect(abs(left - right) < 0.05)
        let flushRight = layOut([.paragraph(Paragraph("Bến Tre, ngày 06 tháng 3 năm 2023", body14, style: ParagraphStyle(alignment: .right)))])
        let rightLine = try #require(lines(flushRight.pages[0]).first)
        #expect(abs(rightLine.maxX - (style.margins.left + style.bodyWidth)) < 0.05)
    }

    @Test func firstLineIndentAppliesToTheFirstLineOnly() throws {
        let text = String(repeating: "thi đua khen thưởng ", count: 30)
        let document = layOut([.paragraph(Paragraph(text, body14, style: justified))])
        let allLines = lines(document.pages[0])
        let left = PageStyle.sample.margins.left
        #expect(abs(allLines[0].minX - (left + Units.cm(1))) < 0.05)
        #expect(abs(allLines[1].minX - left) < 0.05)
    }

    @Test func aWordLongerThanTheMeasureBreaksBetweenGraphemesWithAWarning() throws {
        var pageStyle = PageStyle.sample
        pageStyle.margins.right = pageStyle.size.width - pageStyle.margins.left - 80
        let word = "Thànhphốtrựcthuộctrungương"
        let document = layOut([.paragraph(Paragraph("Một \(word) hai", body14))], pageStyle: pageStyle)
        #expect(document.warnings.contains { $0.kind == .wordBrokenAcrossLines(word: word) })
        let allLines = document.pages.flatMap { lines($0) }
        #expect(allLines.count >= 3)
        #expect(allLines.map(\.text).joined().filter { !$0.isWhitespace } == "Một\(word)hai")
        for line in allLines { #expect(line.maxX - pageStyle.margins.left <= 80.01) }
    }

    @Test func nonBreakingSpacesHoldWordsTogetherAndAreKept() throws {
        var pageStyle = PageStyle.sample
        pageStyle.margins.right = pageStyle.size.width - pageStyle.margins.left - 150
        let text = "Điều 1. Tặng Bằng\u{00A0}khen của Chủ\u{00A0}tịch Ủy\u{00A0}ban nhân\u{00A0}dân tỉnh cho các tập thể"
        let document = layOut([.paragraph(Paragraph(text, body14))], pageStyle: pageStyle)
        let allLines = document.pages.flatMap { lines($0) }
        let joined = allLines.map(\.text)
        for pair in ["Bằng\u{00A0}khen", "Chủ\u{00A0}tịch", "Ủy\u{00A0}ban", "nhân\u{00A0}dân"] {
            #expect(joined.contains { $0.contains(pair) }, "\(pair)")
        }
    }

    @Test func hardLineBreaksEndLines() throws {
        let paragraph = Paragraph([.text("Nơi nhận:", body14), .lineBreak, .text("- Như Điều 3;", body14), .lineBreak,
                                   .text("- Lưu: VT, TĐKT.", body14)], style: ParagraphStyle(alignment: .left))
        let allLines = lines(layOut([.paragraph(paragraph)]).pages[0])
        #expect(allLines.map(\.text) == ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, TĐKT."])
    }

    @Test func mixedStylesShareALineAndKeepTheirFaces() throws {
        let paragraph = Paragraph([.text("Điều 1. ", body14.with(bold: true)), .text("Tặng ", body14),
                                   .text("Bằng khen", body14.with(italic: true)), .text(" và ", body14),
                                   .text("Giấy khen", body14.with(bold: true).with(italic: true).with(underline: true))])
        let page = layOut([.paragraph(paragraph)]).pages[0]
        let runs = textRuns(page)
        #expect(runs.map(\.face.postScriptName).contains("LiberationSerif-Bold"))
        #expect(runs.map(\.face.postScriptName).contains("LiberationSerif-Italic"))
        #expect(runs.map(\.face.postScriptName).contains("LiberationSerif-BoldItalic"))
        #expect(lines(page).count == 1)
        #expect(lines(page)[0].text == "Điều 1. Tặng Bằng khen và Giấy khen")
        // The underline spans "Giấy khen" only.
        let underline = try #require(ruleSegments(page).first)
        let underlined = try #require(runs.first { $0.text == "Giấy khen" })
        #expect(abs(underline.from.x - underlined.origin.x) < 0.01)
        #expect(abs(underline.to.x - (underlined.origin.x + underlined.width)) < 0.01)
    }

    @Test func lineSpacingScalesTheDistanceBetweenBaselines() throws {
        let text = String(repeating: "phong trào thi đua yêu nước ", count: 20)
        func pitch(_ spacing: Double) -> Double {
            let ls = lines(layOut([.paragraph(Paragraph(text, body14, style: ParagraphStyle(lineSpacing: spacing, strut: body14)))]).pages[0])
            return ls[1].y - ls[0].y
        }
        let single = pitch(1.0)
        #expect(abs(single - 14 * 1.15) < 0.1)   // Liberation Serif's natural line height is 1.15 em
        #expect(abs(pitch(1.5) - 1.5 * single) < 0.01)
    }

    /// A line never ends on a hyphen: it would read as a hyphenated word.
    @Test func noLineEndsWithAHyphen() throws {
        let text = "Thực hiện Chỉ thị số 05- CT/TW ngày 15/5/2016 - Hội nghị kinh tế - xã hội của tỉnh Nam Định - Hà Nam - Ninh Bình năm 2022"
        for width in stride(from: 110.0, through: 420, by: Sweep.step(quick: 5, exhaustive: 0.25)) {
            var pageStyle = PageStyle.sample.withoutNumbers
            pageStyle.margins.right = pageStyle.size.width - pageStyle.margins.left - width
            let document = layOut([.paragraph(Paragraph(text, body14, style: justified))], pageStyle: pageStyle)
            let allLines = document.pages.flatMap { lines($0) }
            for line in allLines.dropLast() {
                #expect(!line.text.hasSuffix("-"), "width \(width): «\(line.text)»")
            }
            #expect(allLines.map(\.text).joined(separator: " ") == text)
        }
    }

    /// Knuth–Plass looks at the whole paragraph: its total demerits are never above those of
    /// first fit on the same items, and on real paragraphs they are often lower.
    @Test func optimalBreakingIsNoWorseThanFirstFit() throws {
        let texts = EngineSamples.proseTexts.map(\.text)
        let setter = ParagraphSetter(fonts: sharedFonts, shaper: Shaper())
        var better = 0, compared = 0
        for paragraph in texts.flatMap(EngineSamples.paragraphs(of:)) where paragraph.count > 200 {
            for width in [250.0, 340, 440] {
                let items = setter.items(for: Paragraph(paragraph, body14, style: ParagraphStyle(alignment: .justified, strut: body14)), measure: width)
                let breaker = LineBreaker(items: items, measure: width, lineStretch: 0)
                let optimal = breaker.demerits(of: breaker.breakPoints().breaks)
                let firstFit = breaker.demerits(of: breaker.firstFitBreaks())
                #expect(optimal <= firstFit + 1e-6)
                compared += 1
                if optimal < firstFit - 1e-6 { better += 1 }
            }
        }
        #expect(compared > 5)
        #expect(better > 0)
    }

    /// The passes and `demerits(of:)` score with the one demerits function: the total the
    /// optimiser reports for its breaks is what scoring those breaks again gives.
    @Test func theOptimiserScoresItsBreaksAsDemeritsOfDoes() throws {
        let setter = ParagraphSetter(fonts: sharedFonts, shaper: Shaper())
        var checked = 0
        for paragraph in EngineSamples.proseTexts.map(\.text).flatMap(EngineSamples.paragraphs(of:)) {
            for (width, alignment) in [(250.0, HorizontalAlignment.justified), (340, .left), (440, .justified)] {
                let style = ParagraphStyle(alignment: alignment, strut: body14)
                let items = setter.items(for: Paragraph(paragraph, body14, style: style), measure: width)
                let breaker = LineBreaker(items: items, measure: width,
                                          lineStretch: LineBreakParameters().lineStretch(style, measure: width))
                let found = breaker.breakPoints()
                guard found.pass < 3 else { continue }
                #expect(abs(found.demerits - breaker.demerits(of: found.breaks)) <= 1e-6 * max(1, found.demerits))
                checked += 1
            }
        }
        #expect(checked > 40)
    }
}
