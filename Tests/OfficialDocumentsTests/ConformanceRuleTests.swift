import DocumentMarkup
import Foundation
@testable import OfficialDocuments
import Testing
import Typesetting
import VietnameseText

/// A document as the check sees it: the model, its pages, the style it was made with.
typealias Checked = (document: AdministrativeDocument, laidOut: LaidOutDocument, style: DocumentStyle)

/// One rule of ND30Conformance with a document it passes and the same document made to break
/// it (composed otherwise, its pages altered, or checked against a model it does not show).
struct RuleCase: Sendable, CustomTestStringConvertible {
    var rule: String
    var name: String
    var passing: @Sendable () -> Checked
    var breaking: @Sendable () -> Checked
    /// Words the violation's message must have.
    var says: String
    var testDescription: String { "\(rule): \(name)" }
}

/// Changes to laid-out pages, for documents the composer would never lay out.
enum Alter {
    static func runs(_ laidOut: LaidOutDocument, page: Int? = nil, where which: (GlyphRun) -> Bool,
                     _ change: (inout GlyphRun) -> Void) -> LaidOutDocument {
        var copy = laidOut
        for index in copy.pages.indices where page == nil || page == index {
            copy.pages[index].items = copy.pages[index].items.map { item in
                guard case var .text(run) = item, which(run) else { return item }
                change(&run)
                return .text(run)
            }
        }
        return copy
    }

    static func items(_ laidOut: LaidOutDocument, page: Int, _ change: (inout [PageItem]) -> Void) -> LaidOutDocument {
        var copy = laidOut
        change(&copy.pages[page].items)
        return copy
    }

    /// The rule just under the run with `text` on `page`, changed.
    static func rule(under text: String, _ laidOut: LaidOutDocument, page: Int = 0,
                     _ change: (inout LineSegment?) -> Void) -> LaidOutDocument {
        items(laidOut, page: page) { items in
            guard let run = laidOut.pages[page].runs.first(where: { $0.text == text }),
                  let index = items.firstIndex(where: { item in
                      guard case let .line(line) = item else { return false }
                      return line.from.y > run.origin.y && line.from.y < run.origin.y + run.size && line.maxX > run.origin.x && line.minX < run.maxX
                  }), case let .line(line) = items[index] else { return }
            var segment: LineSegment? = line
            change(&segment)
            if let segment { items[index] = .line(segment) } else { items.remove(at: index) }
        }
    }

    static func face(_ run: inout GlyphRun, bold: Bool? = nil, italic: Bool? = nil, family: String? = nil) {
        let face = run.face
        run.face = try! Fixtures.fonts.face(family: family ?? face.familyName, bold: bold ?? face.isBold, italic: italic ?? face.isItalic)
    }
}

extension ConformanceTests {
    static func checked(_ document: AdministrativeDocument, style: DocumentStyle = DocumentStyle()) -> Checked {
        (document, Fixtures.render(document, style: style).0, style)
    }
    static let decisionChecked: Checked = (Fixtures.decision(), decision.0, DocumentStyle())
    static let shortDecision = checked(Fixtures.decision(individuals: 5))
    static let planChecked: Checked = (Fixtures.plan(), plan.0, DocumentStyle())
    static let minutesChecked: Checked = (Fixtures.minutes(), minutes.0, DocumentStyle())
    static let covenantChecked: Checked = (Fixtures.covenant(), covenant.0, DocumentStyle())
    static let letterChecked = checked(Fixtures.letter())

    static func with(_ base: Checked, laidOut change: (LaidOutDocument) -> LaidOutDocument) -> Checked {
        (base.document, change(base.laidOut), base.style)
    }

    static func violations(_ checked: Checked) -> [ConformanceViolation] {
        ND30Conformance.check(checked.document, laidOut: checked.laidOut, style: checked.style)
    }

    // MARK: Every fixture conforms

    @Test(arguments: ["quyết định", "giao ước", "biên bản", "kế hoạch", "công văn", "dự thảo", "địa danh dài",
                      "hai phụ lục", "chữ ký ảnh", "chú thích"])
    func everyFixtureConforms(_ name: String) throws {
        let checked: Checked = switch name {
        case "quyết định": Self.decisionChecked
        case "giao ước": Self.covenantChecked
        case "biên bản": Self.minutesChecked
        case "kế hoạch": Self.planChecked
        case "công văn": Self.letterChecked
        case "dự thảo": Self.checked(Fixtures.draftDecision())
        case "địa danh dài": Self.checked(try Self.longPlace())
        case "hai phụ lục": Self.checked(Self.twoAnnexes())
        case "chữ ký ảnh": Self.checked(Self.signedWithAnImage())
        default: Self.checked(Self.withFootnote())
        }
        let found = Self.violations(checked)
        #expect(found.isEmpty, "\(found.map(\.description).joined(separator: "\n"))")
        if name == "hai phụ lục" {
            // What the case is for: a landscape annex whose table runs over a page.
            let landscape = checked.laidOut.pages.filter { $0.sectionIndex == 2 }
            #expect(landscape.count >= 2 && landscape.allSatisfy { $0.size.width > $0.size.height })
        }
    }

    /// The plan from Thành phố Hồ Chí Minh: its date line drops to 13 pt rather than wrap.
    static func longPlace() throws -> AdministrativeDocument {
        var document = Fixtures.plan()
        document.place = "Thành phố Hồ Chí Minh"
        document.date = .fixed(try CalendarDate(year: 2023, month: 12, day: 25))
        return document
    }

    /// A decision with two annexes, the second landscape, each numbered on its own.
    static func twoAnnexes() -> AdministrativeDocument {
        var document = Fixtures.decision(individuals: 5)
        let rows = (1...60).map { "| \($0) | Đơn vị \($0) | \($0 * 3) | Ghi chú |" }.joined(separator: "\n")
        document.body = Fixtures.body("""
            Điều #. Tặng Bằng khen cho các tập thể có tên tại Phụ lục I và Phụ lục II kèm theo.

            Điều #. Quyết định này có hiệu lực kể từ ngày ký.

            ::: phụ-lục tiêu-đề="Danh sách tập thể"
            Danh sách gồm các tập thể sau.
            :::

            ::: phụ-lục tiêu-đề="Bảng điểm của các đơn vị" hướng=ngang
            {cột="12mm 8* 3* 4*" căn="giữa trái phải trái"}
            | TT | Đơn vị | Điểm | Ghi chú |
            |---|
            \(rows)
            :::
            """)
        return document
    }

    /// The plan signed with a signature image in the signing space.
    static func signedWithAnImage() -> AdministrativeDocument {
        var document = Fixtures.plan()
        document.signature = .single(Signer(authority: .onBehalfOf, authorityBody: "Cụm thi đua", title: "Cụm trưởng",
                                            name: "Lê Văn Hùng", signatureImage: "chu-ky.png"))
        return document
    }

    /// The plan with a footnote in its first paragraph.
    static func withFootnote() -> AdministrativeDocument {
        var document = Fixtures.plan()
        document.body = Fixtures.body("Năm 2020, Khối thi đua được thành lập gồm 08 cơ quan, đơn vị^[Sở Kế hoạch và Đầu tư; Sở Tài chính; Sở Nội vụ.].\n\nĐiều #. Các đơn vị thực hiện^[Theo Kế hoạch số 05/KH-CTĐ.] Kế hoạch này.")
        return document
    }

    // MARK: Each rule: passed, then broken

    @Test(arguments: RuleCases.all)
    func eachRulePassesItsDocumentAndFindsTheBrokenOne(_ rule: RuleCase) {
        let passed = Self.violations(rule.passing()).filter { $0.rule == rule.rule }
        #expect(passed.isEmpty, "\(passed.map(\.description))")
        let breaking = rule.breaking()
        let all = Self.violations(breaking)
        let broken = all.filter { $0.rule == rule.rule }
        #expect(!broken.isEmpty, "nothing found; the others: \(all.map(\.description))")
        #expect(broken.contains { $0.message.contains(rule.says) }, "\(broken.map(\.description))")
        #expect(broken.allSatisfy { $0.page >= 0 && $0.page <= breaking.laidOut.pages.count })
    }

    @Test func everyRuleHasACase() {
        #expect(Set(RuleCases.all.map(\.rule)) == Set(ND30Conformance.ruleIDs))
        #expect(ND30Conformance.ruleIDs.count == Set(ND30Conformance.ruleIDs).count, "ids are unique")
    }
}

extension ConformanceTests {
    /// "Phụ lục" is 14 pt (NĐ 30, Phụ lục I mục III.1) even when the title is set at 13.
    @Test func theAnnexLabelIsFourteenPointWhateverTheTitleSize() throws {
        var style = DocumentStyle()
        style.titleSize = 13
        let checked = Self.checked(Fixtures.decision(individuals: 5), style: style)
        let annex = try #require(checked.laidOut.pages.first { $0.sectionIndex == 1 })
        #expect(annex.run("Phụ lục")?.size == 14)
        #expect(annex.run("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN")?.size == 13)
        #expect(Self.violations(checked).isEmpty, "\(Self.violations(checked))")
    }
}

extension ConformanceTests {
    /// With a 13 pt body the covenant's cells stay at 13 pt, the least NĐ 30 gives a signer's
    /// title and name (Phụ lục I mục II.7), and still three to a row.
    @Test func theSignatureGridIsNeverBelowThirteenPoint() throws {
        var style = DocumentStyle()
        style.bodySize = 13
        let checked = Self.checked(Fixtures.covenant(), style: style)
        let name = try #require(checked.laidOut.pages.compactMap { $0.run(Fixtures.person(1)) }.first)
        #expect(name.size == 13)
        let row = checked.laidOut.pages.flatMap(\.runs).filter { abs($0.origin.y - name.origin.y) < 0.01 && $0.isBold && $0.size == 13 }
        #expect(row.count == 3, "\(row.map(\.text))")
        #expect(Self.violations(checked).isEmpty, "\(Self.violations(checked))")
    }
}

extension ConformanceTests {
    /// The decree's ranges at their ends and in between: whatever a data file chooses inside
    /// them, the composer's layout conforms.
    static let stylesInsideTheRanges: [String: DocumentStyle] = {
        var low = DocumentStyle()
        for (key, range) in DocumentStyle.fieldKeys { low.set(key, to: range.lowerBound) }
        low.paragraphSpacing = 6
        var high = DocumentStyle()
        for (key, range) in DocumentStyle.fieldKeys { high.set(key, to: range.upperBound) }
        high.paragraphSpacing = 12
        high.tableSize = 13
        var mixed = DocumentStyle()
        mixed.bodySize = 13; mixed.titleSize = 13; mixed.dateSize = 13; mixed.mottoSize = 13; mixed.nationalNameSize = 12
        mixed.marginLeft = 35; mixed.marginTop = 25; mixed.firstLineIndent = 1.27; mixed.lineSpacing = 1.5
        return ["low": low, "high": high, "mixed": mixed]
    }()

    @Test(arguments: ["low", "high", "mixed"], ["quyết định", "giao ước", "biên bản", "kế hoạch", "công văn", "dự thảo"])
    func anyStyleInsideTheRangesConforms(_ styleName: String, _ name: String) {
        let style = Self.stylesInsideTheRanges[styleName]!
        #expect(style.validate().isEmpty)
        let document: AdministrativeDocument = switch name {
        case "quyết định": Fixtures.decision(individuals: 40)
        case "giao ước": Fixtures.covenant()
        case "biên bản": Fixtures.minutes()
        case "kế hoạch": Fixtures.plan()
        case "công văn": Fixtures.letter()
        default: Fixtures.draftDecision()
        }
        let found = Self.violations(Self.checked(document, style: style))
        #expect(found.isEmpty, "\(found.map(\.description).joined(separator: "\n"))")
    }
}
