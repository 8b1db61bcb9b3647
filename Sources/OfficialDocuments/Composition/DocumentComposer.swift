import DocumentMarkup
import Foundation
import Typesetting
import VietnameseText

/// An administrative document ready for the engine, with what the data got wrong.
public struct ComposedDocument: Sendable {
    public var document: Typesetting.Document
    public var warnings: [CompositionWarning]
}

/// Composes an administrative document as NĐ 30/2020 lays it out: header, title and subject,
/// authority, căn cứ, body, signature and recipients on the main pages; each annex in its own
/// section with its own page numbers. Builds engine blocks only: no fonts, no Cairo.
public struct DocumentComposer {
    public let style: DocumentStyle

    public init(style: DocumentStyle = DocumentStyle()) {
        self.style = style
    }

    @available(*, deprecated, message: "the composer no longer measures text: use init(style:)")
    public init(style: DocumentStyle = DocumentStyle(), typesetter: Typesetter) {
        self.init(style: style)
    }

    public func compose(_ document: AdministrativeDocument) -> ComposedDocument {
        var warnings = style.validate().map { CompositionWarning($0.description) }
        let pageStyle = style.pageStyle
        var blocks: [Typesetting.Block] = []

        blocks.append(HeaderComposer(style: style).compose(document))
        blocks += titleBlocks(document)
        let (preamble, preambleWarnings) = preambleBlocks(document)
        blocks += preamble
        warnings += preambleWarnings

        let body = BodyComposer(style: style).compose(document.body.blocks, endMarker: true)
        blocks += body.blocks

        if let signature = SignatureComposer(style: style).compose(document) {
            // The signature never stands alone: the last lines of the body go with it.
            if let last = blocks.indices.last { blocks[last] = Self.keepingWithNext(blocks[last]) }
            blocks.append(signature)
        }

        var sections = [Section(blocks: blocks, pageStyle: pageStyle, outlineTitle: officialUppercased(document.typeName))]
        sections += annexSections(body.annexes, of: document)
        let metadata = DocumentMetadata(title: Self.title(of: document), subject: document.subject ?? "",
                                        author: document.issuer, creator: "VanBan",
                                        keywords: "thi đua, khen thưởng", creationDate: Self.creationDate(document.date))
        return ComposedDocument(document: Typesetting.Document(sections: sections, metadata: metadata), warnings: warnings)
    }

    // MARK: - Title, authority, căn cứ

    private func titleBlocks(_ document: AdministrativeDocument) -> [Typesetting.Block] {
        guard !document.isLetter else { return addresseeBlocks(document) }
        let titleStyle = style.text(style.titleSize, bold: true)
        var title = style.centred(titleStyle)
        title.spaceBefore = 6
        var blocks: [Typesetting.Block] = [.paragraph(Typesetting.Paragraph(officialUppercased(document.typeName), titleStyle, style: title))]
        if let subject = document.subject, !subject.isEmpty {
            blocks.append(.paragraph(Typesetting.Paragraph(subject, titleStyle, style: style.centred(titleStyle))))
        }
        blocks.append(.rule(Rule(length: .fractionOfTextAbove(style.subjectRuleFraction), thickness: 0.5,
                                 spaceBefore: 2, spaceAfter: 14)))
        if let authority = document.authority, !authority.isEmpty {
            blocks.append(.paragraph(Typesetting.Paragraph(officialUppercased(authority), titleStyle,
                                                           style: style.centred(titleStyle, spaceAfter: 12))))
        }
        return blocks + addresseeBlocks(document)
    }

    /// "Kính gửi: Sở Nội vụ tỉnh Vĩnh Long." on one centred line, or with several addressees
    /// "Kính gửi:" and each on a line of its own, "- …;", the last ending ".".
    private func addresseeBlocks(_ document: AdministrativeDocument) -> [Typesetting.Block] {
        let addressees = document.addressees.map { $0.text.trimmingCharacters(in: CharacterSet(charactersIn: " ;.")) }
        guard !addressees.isEmpty else { return [] }
        let body = style.body
        if addressees.count == 1 {
            return [.paragraph(Typesetting.Paragraph([.text("Kính gửi: ", body), .text(addressees[0] + ".", body)],
                                                     style: style.centred(body, spaceAfter: 12)))]
        }
        var blocks: [Typesetting.Block] = [.paragraph(Typesetting.Paragraph("Kính gửi:", body, style: style.bodyParagraph(keepWithNext: true)))]
        for (index, name) in addressees.enumerated() {
            var item = style.bodyParagraph(indent: false, keepWithNext: index < addressees.count - 1)
            item.leftIndent = Units.cm(3)
            blocks.append(.paragraph(Typesetting.Paragraph("- \(name)\(index == addressees.count - 1 ? "." : ";")", body, style: item)))
        }
        if case .paragraph(var last) = blocks[blocks.count - 1] {
            last.style.spaceAfter = 12
            blocks[blocks.count - 1] = .paragraph(last)
        }
        return blocks
    }

    /// Căn cứ and the proposal line in italic, one per paragraph; every line but the last ends
    /// ";", the last ends "." (checked, not rewritten: the data is the user's).
    private func preambleBlocks(_ document: AdministrativeDocument) -> ([Typesetting.Block], [CompositionWarning]) {
        let italic = style.body.with(italic: true)
        var lines = document.legalBases
        if let proposal = document.proposal { lines.append(proposal) }
        var blocks: [Typesetting.Block] = []
        var warnings: [CompositionWarning] = []
        for (index, line) in lines.enumerated() {
            let text = line.text.trimmedWhitespace
            let isLast = index == lines.count - 1
            let expected: Character = isLast ? "." : ";"
            if text.last != expected {
                let what = index < document.legalBases.count ? "Căn cứ thứ \(index + 1)" : "Dòng «Theo đề nghị»"
                warnings.append(CompositionWarning("\(what) phải kết thúc bằng «\(expected)» (Nghị định 30/2020): «\(Self.tail(text))».",
                                                   source: line.source))
            }
            blocks.append(.paragraph(Typesetting.Paragraph([.text(text, italic, line.source)], style: style.bodyParagraph())))
        }
        if let enacting = document.enactingLine, !enacting.isEmpty {
            let bold = style.text(style.titleSize, bold: true)
            var enactingStyle = style.centred(bold, spaceAfter: 6)
            enactingStyle.spaceBefore = 6
            blocks.append(.paragraph(Typesetting.Paragraph(officialUppercased(enacting), bold, style: enactingStyle)))
        }
        return (blocks, warnings)
    }

    static func tail(_ text: String) -> String {
        text.count > 40 ? "…" + String(text.suffix(40)) : text
    }

    static func keepingWithNext(_ block: Typesetting.Block) -> Typesetting.Block {
        switch block {
        case var .paragraph(p):
            p.style.keepWithNext = true
            return .paragraph(p)
        case var .grid(g):
            g.keepWithNext = true
            return .grid(g)
        case var .group(g):
            g.keepWithNext = true
            return .group(g)
        default:
            return .group(BlockGroup([block], keepTogether: false, keepWithNext: true))
        }
    }

    // MARK: - Annexes

    /// "(Kèm theo Quyết định số 123/QĐ-UBND ngày 05 tháng 01 năm 2023 của Chủ tịch Ủy ban nhân
    /// dân tỉnh Nam Định)".
    public static func attachmentLine(for document: AdministrativeDocument) -> String {
        var text = "Kèm theo \(document.citationName)"
        if let number = document.number { text += " số \(number.text())" }
        // The date stays on one line: "ngày 24 tháng 02 năm 2023" is never split.
        if let date = document.date { text += " " + date.longForm().replacingOccurrences(of: " ", with: "\u{00A0}") }
        if let authority = document.authority, !authority.isEmpty { text += " của \(authority)" }
        return "(\(text))"
    }

    private func annexSections(_ annexes: [DocumentMarkup.Annex], of document: AdministrativeDocument) -> [Section] {
        let bold = style.text(style.titleSize, bold: true)
        // "Phụ lục" is 14 pt whatever size the title takes (NĐ 30, Phụ lục I mục III.1).
        let labelStyle = style.text(14, bold: true)
        let italic = style.text(style.bodySize, italic: true)
        return annexes.enumerated().map { index, annex in
            let label: String
            if let number = annex.number, !number.isEmpty {
                label = "Phụ lục \(number)"
            } else if annexes.count > 1 {
                label = "Phụ lục \(RomanNumeral.string(index + 1))"
            } else {
                label = "Phụ lục"
            }
            var blocks: [Typesetting.Block] = [
                .paragraph(Typesetting.Paragraph(label, labelStyle, style: style.centred(labelStyle))),
                .paragraph(Typesetting.Paragraph(officialUppercased(annex.title), bold, style: style.centred(bold))),
                .paragraph(Typesetting.Paragraph(Self.attachmentLine(for: document), italic, style: style.centred(italic))),
                .rule(Rule(length: .fractionOfTextAbove(1.0 / 3), thickness: 0.5, spaceBefore: 2, spaceAfter: 12)),
            ]
            let body = BodyComposer(style: style).compose(annex.blocks, endMarker: false)
            blocks += body.blocks
            var pageStyle = style.pageStyle
            if annex.orientation == .landscape { pageStyle.size = PageStyle.a4Landscape }
            return Section(blocks: blocks, pageStyle: pageStyle, restartsNumbering: true, outlineTitle: label)
        }
    }

    // MARK: - Metadata

    static func title(of document: AdministrativeDocument) -> String {
        var parts = [document.typeName]
        if let number = document.number { parts.append("số \(number.text())") }
        if let subject = document.subject, !subject.isEmpty { parts.append(subject) }
        return parts.joined(separator: " ")
    }

    static func creationDate(_ date: IssueDate?) -> Date? {
        guard case let .fixed(day)? = date else { return nil }
        var components = DateComponents()
        components.year = day.year; components.month = day.month; components.day = day.day; components.hour = 8
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current
        return calendar.date(from: components)
    }
}

/// Roman numerals for Phần, Chương and annex labels.
public enum RomanNumeral {
    public static func string(_ value: Int) -> String {
        guard value > 0 else { return String(value) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = value, out = ""
        for (v, s) in table { while n >= v { out += s; n -= v } }
        return out
    }
}
