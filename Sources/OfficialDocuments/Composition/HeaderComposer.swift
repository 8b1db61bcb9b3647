import Typesetting
import VietnameseText

/// The NĐ 30 header on page 1: a borderless two-column grid. Left: parent body, issuer (bold)
/// and its short rule, then "Số: …" (and a công văn's "V/v …"). Right: Quốc hiệu, Tiêu ngữ and
/// its full-length rule, then the italic place and date on the line of the number.
struct HeaderComposer {
    static let nationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    static let motto = "Độc lập - Tự do - Hạnh phúc"

    let style: DocumentStyle

    func compose(_ document: AdministrativeDocument) -> Typesetting.Block {
        let nationalStyle = style.text(style.nationalNameSize, bold: true)
        let mottoStyle = style.text(style.mottoSize, bold: true)
        let issuerStyle = style.text(style.issuerSize, bold: true)
        let parentStyle = style.text(style.issuerSize)
        // "Số: …" is 13 pt whatever size the issuer's name takes (NĐ 30).
        let numberStyle = style.text(13)
        let dateStyle = style.text(style.dateSize, italic: true)

        func line(_ text: String, _ textStyle: TextStyle, spaceAfter: Double = 0) -> Typesetting.Block {
            .paragraph(Typesetting.Paragraph(text, textStyle, style: style.centred(textStyle, spaceAfter: spaceAfter, keepWithNext: false)))
        }
        // The right column's lines never wrap: the column is as wide as the Quốc hiệu and the
        // date line, with a point of air either side, from the convention's share up to two
        // thirds of the width (the left column keeps a third). The date drops to 13 pt, as
        // the decree allows, rather than widen the column beyond its share.
        func unbroken(_ text: String, _ textStyle: TextStyle, fallbackSize: Double? = nil) -> Typesetting.Block {
            var paragraphStyle = style.centred(textStyle, keepWithNext: false)
            paragraphStyle.leftIndent = 1
            paragraphStyle.rightIndent = 1
            paragraphStyle.fallbackSize = fallbackSize
            return .paragraph(Typesetting.Paragraph(text, textStyle, style: paragraphStyle))
        }
        // A long name wraps between its word groups, into even lines.
        func name(_ text: String, _ textStyle: TextStyle) -> Typesetting.Block {
            var paragraphStyle = style.centred(textStyle, keepWithNext: false)
            paragraphStyle.balanced = true
            return .paragraph(Typesetting.Paragraph(WordGroups.inlines(officialUppercased(text), textStyle), style: paragraphStyle))
        }
        let gap = 8.0
        let dateText = document.date.map { $0.placeAndDateLine(place: document.place) }

        var left: [Typesetting.Block] = []
        if let parent = document.parentBody, !parent.isEmpty {
            left.append(name(parent, parentStyle))
        }
        left.append(name(document.issuer, issuerStyle))
        left.append(.rule(Rule(length: .fractionOfTextAbove(style.issuerRuleFraction), thickness: 0.5, spaceBefore: 1, spaceAfter: 0)))

        let right: [Typesetting.Block] = [
            unbroken(Self.nationalName, nationalStyle),
            unbroken(Self.motto, mottoStyle),
            .rule(Rule(length: .fractionOfTextAbove(1), thickness: 0.5, spaceBefore: 1, spaceAfter: 0)),
        ]

        var numberCell: [Typesetting.Block] = []
        if let number = document.number {
            numberCell.append(line(number.headerLine(), numberStyle))
        }
        if let letterSubject = document.letterSubject {
            let subjectStyle = style.text(min(style.issuerSize, 13))
            numberCell.append(.space(6))
            numberCell.append(.paragraph(Typesetting.Paragraph("V/v \(letterSubject)", subjectStyle,
                                                               style: style.centred(subjectStyle, keepWithNext: false))))
        }
        var dateCell: [Typesetting.Block] = []
        if let dateText { dateCell.append(unbroken(dateText, dateStyle, fallbackSize: style.dateSize > 13 ? 13 : nil)) }

        var rows: [[GridCell]] = [[GridCell(left), GridCell(right)]]
        if !numberCell.isEmpty || !dateCell.isEmpty {
            rows.append([GridCell(numberCell, verticalAlignment: .firstBaseline),
                         GridCell(dateCell, verticalAlignment: .firstBaseline)])
        }
        let columns = [GridColumn(.relative(1)), GridColumn(.auto, share: (1 - style.headerLeftShare)...(2.0 / 3))]
        return .grid(Grid(columns: columns, rows: rows.map { GridRow($0) }, columnGap: gap, rowGap: 8, keepTogether: true,
                          spaceAfter: 16))
    }
}
