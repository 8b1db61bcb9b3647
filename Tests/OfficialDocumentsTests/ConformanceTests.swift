import DocumentMarkup
import Foundation
@testable import OfficialDocuments
import Testing
import Typesetting
import VietnameseText

/// Each rule of ND30.md checked on laid-out documents (positions, sizes and faces from the
/// layout; the same layout the PDF draws).
@Suite struct ConformanceTests {
    static let decision = Fixtures.render(Fixtures.decision())
    static let covenant = Fixtures.render(Fixtures.covenant())
    static let minutes = Fixtures.render(Fixtures.minutes())
    static let plan = Fixtures.render(Fixtures.plan())

    // MARK: Page

    @Test func pagesAreA4PortraitWithTheDecreesMarginsAndFaces() {
        for checked in [Self.decisionChecked, Self.covenantChecked, Self.minutesChecked, Self.planChecked] {
            let found = Self.violations(checked).filter { ["kho-giay", "le-trang", "phong-chu"].contains($0.rule) }
            #expect(found.isEmpty, "\(found)")
            // The shipped face, not only one the rule accepts.
            #expect(checked.laidOut.pages.flatMap(\.runs).allSatisfy { $0.face.familyName == "Liberation Serif" })
        }
        #expect(abs(bodyLeft - Units.mm(30)) < 0.01 && abs(a4.margins.right - Units.mm(15)) < 0.01)
    }

    @Test func pageNumbersAreCentredInTheTopMarginFromPageTwoAndEachAnnexCountsOnItsOwn() throws {
        let (laidOut, _) = Self.decision
        let sections = Dictionary(grouping: laidOut.pages, by: \.sectionIndex)
        #expect(sections.count == 2, "the decision and its annex")
        for (_, pages) in sections {
            for (i, page) in pages.enumerated() {
                let numbers = page.runs.filter { $0.origin.y < a4.margins.top }
                if i == 0 {
                    #expect(numbers.isEmpty, "no number on the first page of a numbering")
                } else {
                    let number = try #require(numbers.first)
                    #expect(number.text == String(i + 1))
                    #expect(abs(number.centreX - bodyCentre) < 0.05)
                    #expect(number.size >= 13 && number.size <= 14 && !number.isBold && !number.isItalic)
                }
            }
        }
        #expect(sections[1]!.count > 10, "300 names take many pages")
    }

    // MARK: Header

    @Test func nationalNameAndMottoAreInTheRightColumnWithAFullLengthRule() throws {
        for (laidOut, _) in [Self.decision, Self.covenant, Self.minutes, Self.plan] {
            let page = laidOut.pages[0]
            let name = try #require(page.run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
            #expect(name.size == 13 && name.isBold && !name.isItalic)
            #expect(name.centreX > bodyCentre)
            let motto = try #require(page.run("Độc lập - Tự do - Hạnh phúc"))
            #expect(motto.size == 14 && motto.isBold)
            #expect(abs(motto.centreX - name.centreX) < 0.05, "the motto is centred under the national name")
            #expect(motto.origin.y > name.origin.y)
            let rule = try #require(page.rules.first { $0.from.y > motto.origin.y && $0.from.y < motto.origin.y + 8 && $0.from.x > bodyCentre - 60 })
            #expect(abs(rule.from.x - motto.origin.x) < 0.05 && abs(rule.to.x - motto.maxX) < 0.05, "as long as the text")
        }
    }

    @Test func issuerIsUppercaseBoldInTheLeftColumnWithAShortRule() throws {
        let page = Self.decision.0.pages[0]
        let issuerLines = page.runs.filter { $0.isBold && $0.size == 13 && $0.centreX < bodyCentre }
        #expect(issuerLines.map(\.text).joined(separator: " ") == "ỦY BAN NHÂN DÂN TỈNH BẾN TRE")
        let widest = try #require(issuerLines.max { $0.width < $1.width })
        let lowest = try #require(issuerLines.max { $0.origin.y < $1.origin.y })
        let rule = try #require(page.rules.first { $0.from.y > lowest.origin.y && $0.from.y < lowest.origin.y + 8 })
        let length = rule.to.x - rule.from.x
        #expect(length >= widest.width / 3 - 0.05 && length <= widest.width / 2 + 0.05, "1/3 to 1/2 of the text")
        #expect(abs((rule.from.x + rule.to.x) / 2 - widest.centreX) < 0.05, "centred")
        // Both the name and the rule stay in the left column.
        #expect(issuerLines.allSatisfy { $0.maxX < page.run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")!.origin.x })
    }

    @Test func numberAndDateShareALineAndFollowTheDecreesDigits() throws {
        let page = Self.decision.0.pages[0]
        let number = try #require(page.run("Số: 487/QĐ-UBND"))
        #expect(number.size == 13 && !number.isBold && !number.isItalic && number.centreX < bodyCentre)
        let date = try #require(page.run("Bến Tre, ngày 06 tháng 3 năm 2023"))
        #expect(date.isItalic && !date.isBold && date.size == 14)
        #expect(abs(date.origin.y - number.origin.y) < 0.01, "the date stands on the line of the number")
        #expect(abs(date.centreX - page.run("Độc lập - Tự do - Hạnh phúc")!.centreX) < 0.05, "centred under the motto")
        // Months 1 and 2 take a leading zero, others do not; days below 10 do.
        #expect(Self.plan.0.pages[0].run("Thanh Hóa, ngày 15 tháng 02 năm 2022") != nil)
        #expect(Self.plan.0.pages[0].run("Số: 05/KH-CTĐ") != nil)
    }

    @Test func minutesHaveNoDateLineInTheHeader() throws {
        let page = Self.minutes.0.pages[0]
        #expect(page.run("Số: 01/BB-CTĐ") != nil)
        #expect(!page.runs.contains { $0.text.contains(", ngày ") && $0.isItalic })
    }

    @Test func longIssuerNamesWrapInsideTheirColumn() throws {
        let page = Self.covenant.0.pages[0]
        let name = try #require(page.run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        let issuer = page.runs.filter { $0.isBold && $0.size == 13 && $0.maxX < name.origin.x }
        #expect(issuer.count >= 2, "wrapped onto several lines")
        #expect(issuer.map(\.text).joined(separator: " ") == officialUppercased("Cụm thi đua các Sở Nội vụ các tỉnh, thành phố Tây Nam Bộ"))
    }

    @Test func theDateLineNeverWraps() throws {
        var document = Fixtures.plan()
        document.place = "Thành phố Hồ Chí Minh"
        document.date = .fixed(try CalendarDate(year: 2023, month: 12, day: 25))
        let page = Fixtures.render(document).0.pages[0]
        let date = try #require(page.runs.first { $0.text.hasPrefix("Thành phố Hồ Chí Minh, ngày") })
        #expect(date.text == "Thành phố Hồ Chí Minh, ngày 25 tháng 12 năm 2023")
        #expect(date.maxX <= bodyRight + 0.01)
        #expect(date.size == 13, "a long place drops the date to 13 pt before the column widens")
        #expect(Self.plan.0.pages[0].run("Thanh Hóa, ngày 15 tháng 02 năm 2022")?.size == 14)
    }

    @Test func draftsLeaveTheNumberAndDateBlank() throws {
        var document = Fixtures.decision(individuals: 3)
        let blankNumber = try DocumentNumber(number: nil, typeAbbreviation: "QĐ", issuerSymbol: "UBND")
        document.number = blankNumber
        document.date = .draft(year: 2026, month: nil)
        let page = Fixtures.render(document).0.pages[0]
        let number = try #require(page.runs.first { $0.text.hasPrefix("Số:") })
        #expect(number.text.hasSuffix("/QĐ-UBND") && number.text.contains("\u{00A0}"))
        #expect(page.runs.contains { $0.text.hasPrefix("Bến Tre, ngày") && $0.text.hasSuffix("năm 2026") })
    }

    // MARK: Title and preamble

    @Test func titleSubjectAndTheirRule() throws {
        let page = Self.decision.0.pages[0]
        let title = try #require(page.run("QUYẾT ĐỊNH"))
        #expect(title.size == 14 && title.isBold && abs(title.centreX - bodyCentre) < 0.05)
        let subject = page.runs.filter { $0.origin.y > title.origin.y && $0.origin.y < title.origin.y + 50 && $0.isBold && !$0.text.isEmpty }
        #expect(subject.map(\.text).joined(separator: " ").hasPrefix("Về việc tặng Bằng khen"))
        for line in subject { #expect(abs(line.centreX - bodyCentre) < 0.05 && line.size == 14) }
        let widest = try #require(subject.max { $0.width < $1.width })
        let last = try #require(subject.max { $0.origin.y < $1.origin.y })
        let rule = try #require(page.rules.first { $0.from.y > last.origin.y && $0.from.y < last.origin.y + 8 })
        let length = rule.to.x - rule.from.x
        #expect(length >= widest.width / 3 - 0.05 && length <= widest.width / 2 + 0.05)
        #expect(abs((rule.from.x + rule.to.x) / 2 - bodyCentre) < 0.05)
    }

    @Test func authorityLegalBasesAndEnactingLine() throws {
        let page = Self.decision.0.pages[0]
        let authority = try #require(page.run("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẾN TRE"))
        #expect(authority.isBold && abs(authority.centreX - bodyCentre) < 0.05)
        let bases = page.textLines.filter { $0.text.hasPrefix("Căn cứ") }
        #expect(bases.count == 3)
        for line in bases {
            #expect(line.runs.allSatisfy { $0.isItalic })
            #expect(abs(line.minX - (bodyLeft + Units.cm(1))) < 0.05, "first-line indent 1 cm")
        }
        let enacting = try #require(page.run("QUYẾT ĐỊNH:"))
        #expect(enacting.isBold && abs(enacting.centreX - bodyCentre) < 0.05)
        #expect(Self.decision.1.warnings.isEmpty)
    }

    @Test func legalBasesThatBreakThePunctuationRuleAreReported() throws {
        var document = Fixtures.decision(individuals: 2)
        let source = SourceLocation(file: "quyet-dinh.yaml", line: 14)
        document.legalBases[1] = SourcedText("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", source: source)
        document.proposal = SourcedText("Theo đề nghị của Giám đốc Sở Nội vụ;", source: SourceLocation(file: "quyet-dinh.yaml", line: 16))
        let warnings = Fixtures.render(document).1.warnings
        #expect(warnings.count == 2)
        #expect(warnings[0].source == source && warnings[0].message.contains("Căn cứ thứ 2") && warnings[0].message.contains("«;»"))
        #expect(warnings[1].message.contains("Theo đề nghị") && warnings[1].message.contains("«.»"))
        #expect("\(warnings[0])".hasPrefix("quyet-dinh.yaml, dòng 14"))
    }

    // MARK: Body

    @Test func articlesAreBoldIndentedAndTheBodyEndsWithTheEndMarker() throws {
        let page = Self.decision.0.pages[0]
        for n in 1...3 {
            let label = try #require(page.run("Điều \(n). "))
            #expect(label.isBold && abs(label.origin.x - (bodyLeft + Units.cm(1))) < 0.05)
        }
        let lines = page.textLines
        let last = try #require(lines.last { $0.text.contains("Quyết định này") })
        #expect(last.text.hasSuffix("Quyết định này./."))
        // Justified: the lines of Điều 1 but its last reach the right margin.
        let article = try #require(lines.firstIndex { $0.text.hasPrefix("Điều 1.") })
        #expect(abs(lines[article].maxX - bodyRight) < 0.05)
    }

    @Test func pointsUseVietnameseLetters() throws {
        let markup = (1...12).map { "#) Điểm thứ \($0)." }.joined(separator: "\n")
        var document = Fixtures.plan()
        document.body = Fixtures.body(markup)
        let text = Fixtures.render(document).0.pages.map(\.allText).joined(separator: "\n")
        let letters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m"]
        for (i, letter) in letters.enumerated() { #expect(text.contains("\(letter)) Điểm thứ \(i + 1).")) }
        #expect(!text.contains("f) ") && !text.contains("j) "))
    }

    @Test func planSectionsAreUppercaseBoldAndTitledClausesBold() throws {
        let page = Self.plan.0.pages[0]
        let section = try #require(page.line(containing: "MỤC ĐÍCH, YÊU CẦU"))
        #expect(section.text == "I. MỤC ĐÍCH, YÊU CẦU" && section.runs.allSatisfy { $0.isBold })
        let clause = try #require(page.line(containing: "Mục đích"))
        #expect(clause.text == "1. Mục đích" && clause.runs.allSatisfy { $0.isBold })
        let timetable = Self.plan.0.pages.flatMap(\.runs).filter { $0.text.hasPrefix("Tháng ") }
        #expect(timetable.map(\.text) == ["Tháng 3/2022", "Tháng 7/2022", "Tháng 12/2022"])
    }

    // MARK: Signatures

    @Test func singleSignerRightWithRecipientsLeftOnItsFirstLine() throws {
        let (laidOut, _) = Self.decision
        let page = laidOut.pages.filter { $0.sectionIndex == 0 }.last!
        let authority = try #require(page.run("TM. ỦY BAN NHÂN DÂN"))
        let title = try #require(page.run("CHỦ TỊCH"))
        let name = try #require(page.run("Trần Ngọc Tam"))
        for run in [authority, title, name] {
            #expect(run.isBold && run.size == 14 && run.centreX > bodyCentre)
        }
        #expect(abs(authority.centreX - title.centreX) < 0.05 && abs(name.centreX - title.centreX) < 0.05)
        #expect(name.origin.y - title.origin.y >= Units.mm(25), "room to sign and seal")
        let heading = try #require(page.run("Nơi nhận:"))
        #expect(heading.isBold && heading.isItalic && heading.size == 12)
        #expect(abs(heading.origin.x - bodyLeft) < 0.05, "flush left")
        #expect(abs(heading.origin.y - authority.origin.y) < 0.01, "level with the first line of the authority")
        let recipients = page.runs.filter { $0.size == 11 }
        #expect(recipients.map(\.text) == ["- Như Điều 3;", "- Bộ Nội vụ (Vụ Thi đua - Khen thưởng);", "- Chủ tịch, các PCT UBND tỉnh;",
                                           "- Sở Nội vụ các tỉnh, thành phố Tây Nam Bộ;", "- Lưu: VT, TĐKT."])
        // The signature shares its page with the end of the body.
        #expect(page.allText.contains("./."))
    }

    @Test func minutesSignSecretaryLeftChairRight() throws {
        let page = Self.minutes.0.pages.last!
        let secretary = try #require(page.run("THƯ KÝ"))
        let chair = try #require(page.run("CHỦ TRÌ"))
        #expect(secretary.centreX < bodyCentre && chair.centreX > bodyCentre)
        #expect(abs(secretary.origin.y - chair.origin.y) < 0.01)
        let heading = try #require(page.run("Nơi nhận:"))
        #expect(heading.origin.y > page.run("Vũ Hoàng Nam")!.origin.y, "recipients under the secretary")
        #expect(heading.centreX < bodyCentre)
    }

    @Test func covenantSignatureGridHasEveryUnitChairFirstAndNoCellSplit() throws {
        let (laidOut, _) = Self.covenant
        var units: [(page: Int, y: Double, x: Double, text: String)] = []
        for page in laidOut.pages {
            for line in page.textLines where line.text.hasPrefix("SỞ NỘI VỤ") || line.text.hasPrefix("TỈNH ") || line.text.hasPrefix("THÀNH PHỐ") || line.text.hasPrefix("PHỐ") {
                units.append((page.index, line.y, line.minX, line.text))
            }
        }
        let names = Fixtures.provinces.indices.map { Fixtures.person($0 * 5 + 1) }
        for (i, name) in names.enumerated() {
            let pages = laidOut.pages.filter { $0.run(name) != nil }
            #expect(pages.count == 1, "\(name) appears once")
            guard let page = pages.first, let nameRun = page.run(name) else { continue }
            // The unit's heading stands above its name in the same column, on the same page.
            let province = officialUppercased(Fixtures.provinces[i])
            let column = page.textLines.filter { abs(($0.minX + $0.maxX) / 2 - nameRun.centreX) < 30 && $0.y < nameRun.origin.y }
            #expect(column.map(\.text).joined(separator: " ").contains(province), "\(province) above \(name)")
        }
        // The chair (Bến Tre) comes first: top-left of the grid.
        let first = try #require(laidOut.pages.compactMap { $0.run(names[0]) }.first)
        let second = try #require(laidOut.pages.compactMap { $0.run(names[1]) }.first)
        #expect(first.centreX < second.centreX && abs(first.origin.y - second.origin.y) < 0.01, "three to a row, in order")
        let unitHeading = try #require(laidOut.pages.flatMap(\.runs).first { $0.text.hasPrefix("SỞ NỘI VỤ") })
        #expect(unitHeading.isBold)
    }

    // MARK: Annex

    @Test func theAnnexStartsOnANewPageWithItsHeadingAndRepeatsTheTableHeader() throws {
        let (laidOut, _) = Self.decision
        let annexPages = laidOut.pages.filter { $0.sectionIndex == 1 }
        let first = try #require(annexPages.first)
        #expect(!first.runs.contains { $0.text.contains("Nơi nhận") }, "a new page")
        let label = try #require(first.run("Phụ lục"))
        #expect(label.isBold && label.size == 14 && abs(label.centreX - bodyCentre) < 0.05)
        let title = try #require(first.run("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN"))
        #expect(title.isBold && abs(title.centreX - bodyCentre) < 0.05)
        let attached = first.textLines.filter { $0.runs.allSatisfy { $0.isItalic } && $0.y > title.origin.y && $0.y < title.origin.y + 60 }
            .map(\.text).joined(separator: " ")
        // The date is tied with no-break spaces so that it never splits across lines.
        #expect(attached == "(Kèm theo Quyết định số 487/QĐ-UBND ngày\u{00A0}06\u{00A0}tháng\u{00A0}3\u{00A0}năm\u{00A0}2023 của Chủ tịch Ủy ban nhân dân tỉnh Bến Tre)")
        for page in annexPages {
            #expect(page.run("Họ và tên") != nil, "header row on page \(page.index + 1)")
        }
        // Every individual once, in order, never split from its row.
        var next = 0
        for page in annexPages {
            for run in page.runs {
                if next < 300, run.text == Fixtures.person(next) {
                    let amount = page.runs.first { $0.text == "1.760.000" && abs($0.origin.y - run.origin.y) < 0.5 }
                    #expect(amount != nil, "row \(next + 1) whole on one line")
                    next += 1
                }
            }
        }
        #expect(next == 300)
    }

    // MARK: Style

    /// From 10,000 rows on, row numbers have five digits and the grand total eleven: their
    /// columns widen to them rather than break them in the middle.
    @Test func twelveThousandRowsBreakNoNumber() throws {
        let (laidOut, _) = Fixtures.render(Fixtures.decision(individuals: 12_000))
        #expect(!laidOut.warnings.contains { if case .wordBrokenAcrossLines = $0.kind { return true } else { return false } })
        let runs = laidOut.pages.filter { $0.sectionIndex == 1 }.flatMap(\.runs).filter { $0.origin.y > a4.margins.top }
        let numbers = Set(runs.compactMap { Int($0.text) })
        let broken = (1...12_000).filter { !numbers.contains($0) }
        #expect(broken.isEmpty, "\(broken.count) row numbers not whole in their cells, from \(broken.prefix(3))")
        #expect(Fixtures.total(individuals: 12_000) == "21.134.040.000")
        #expect(runs.contains { $0.text == "21.134.040.000" })
    }

    @Test func aStyleInsideTheDecreesRangesIsApplied() throws {
        var style = DocumentStyle()
        style.bodySize = 13
        style.marginLeft = 35
        style.marginTop = 25
        style.firstLineIndent = 1.27
        style.lineSpacing = 1.5
        #expect(style.validate().isEmpty)
        let (laidOut, composed) = Fixtures.render(Fixtures.decision(individuals: 5), style: style)
        #expect(composed.warnings.isEmpty)
        let page = laidOut.pages[0]
        let label = try #require(page.run("Điều 1. "))
        #expect(label.size == 13)
        #expect(abs(label.origin.x - (Units.mm(35) + Units.cm(1.27))) < 0.05)
        #expect(page.runs.allSatisfy { $0.origin.x >= Units.mm(35) - 0.01 })
        let lines = page.textLines.filter { $0.runs.first?.size == 13 && !$0.runs.first!.isBold && $0.minX < Units.mm(40) }
        if lines.count >= 2 {
            let pitch = lines[1].y - lines[0].y
            #expect(abs(pitch - 13 * 1.15 * 1.5) < 0.1 || pitch > 13 * 1.15 * 1.5)
        }
    }

    @Test func aStyleOutsideTheRangesIsNamedField() {
        var style = DocumentStyle()
        style.bodySize = 16
        style.marginRight = 10
        let problems = style.validate()
        #expect(problems.map(\.field) == ["co_chu", "le_phai"])
        #expect(problems[0].description == "Trường «co_chu» = 16 nằm ngoài khoảng Nghị định 30/2020 cho phép (13–14).")
    }

    // MARK: Footnotes

    @Test func aFootnoteListsTheBlocsMembersAtTheFootOfThePage() throws {
        var document = Fixtures.plan()
        document.body = Fixtures.body("Năm 2020, Khối thi đua các cơ quan tham mưu, tổng hợp được thành lập gồm 08 cơ quan, đơn vị^[Sở Kế hoạch và Đầu tư; Sở Tài chính; Sở Nội vụ; Sở Ngoại vụ; Văn phòng HĐND tỉnh; Văn phòng UBND tỉnh; Quỹ phát triển đất; Quỹ Đầu tư phát triển tỉnh.].")
        let page = Fixtures.render(document).0.pages[0]
        let note = try #require(page.line(containing: "Sở Kế hoạch và Đầu tư"))
        // The marker in the text (raised, smaller) and the same number before the note.
        let markers = page.runs.filter { $0.text == "1" && $0.size < 14 }
        #expect(markers.count == 2)
        #expect(markers.contains { abs($0.origin.y - note.y) < 6 && $0.maxX <= note.minX + 0.01 })
        #expect(note.y > page.line(containing: "Khối thi đua")!.y)
        #expect(note.text.trimmedWhitespace.hasPrefix("Sở Kế hoạch và Đầu tư"))
        #expect(note.runs.allSatisfy { $0.size == 12 })
    }
}
