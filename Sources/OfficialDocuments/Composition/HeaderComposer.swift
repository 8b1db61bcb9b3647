import Typesetting
import VietnameseText

/// The NĐ 30 header on page 1: a borderless two-column grid. Left: parent body, issuer (bold)
/// and its short rule, then "Số: …" (and a công văn's "V/v …"). Right: Quốc hiệu, Tiêu ngữ and
/// its full-length rule, then the italic place and date on the line of the number.
struct HeaderComposer {
    static let nationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    static let motto = "Độc lập - Tự do - Hạnh phúc"

    let style: DocumentStyle
    /// Measures a paragraph set on one line (the engine's natural width).
    let measure: (Typesetting.Paragraph) -> Double

    func compose(_ document: AdministrativeDocument, bodyWidth: Double) -> Typesetting.Block {
        let nationalStyle = style.text(style.nationalNameSize, bold: true)
        let mottoStyle = style.text(style.mottoSize, bold: true)
        let issuerStyle = style.text(style.issuerSize, bold: true)
        let parentStyle = style.text(style.issuerSize)
        // "Số: …" is 13 pt whatever size the issuer's name takes (NĐ 30).
        let numberStyle = style.text(13)
        var dateStyle = style.text(style.dateSize, italic: true)

        func line(_ text: String, _ textStyle: TextStyle, spaceAfter: Double = 0) -> Typesetting.Block {
            .paragraph(Typesetting.Paragraph(text, textStyle, style: style.centred(textStyle, spaceAfter: spaceAfter, keepWithNext: false)))
        }

        // Column split: the convention's share, widened so that the Quốc hiệu and the date line
        // each fit on one line (the date first drops to 13 pt, as the decree allows); the left
        // column keeps at least a third of the width.
        let gap = 8.0
        let available = bodyWidth - gap
        let slack = 2.0
        let dateText = document.date.map { $0.placeAndDateLine(place: document.place) }
        var rightNeeds = measure(Typesetting.Paragraph(Self.nationalName, nationalStyle)) + slack
        let widest = available * (2.0 / 3)
        if let dateText {
            var width = measure(Typesetting.Paragraph(dateText, dateStyle)) + slack
            if width > available * (1 - style.headerLeftShare) && style.dateSize > 13 {
                dateStyle.size = 13
                width = measure(Typesetting.Paragraph(dateText, dateStyle)) + slack
            }
            rightNeeds = max(rightNeeds, width)
        }
        let rightShare = min(widest / available, max(1 - style.headerLeftShare, rightNeeds / available))
        let weights = [1 - rightShare, rightShare]
        let leftWidth = available * weights[0]

        // A long name wraps between its word groups, into even lines.
        func name(_ text: String, _ textStyle: TextStyle) -> Typesetting.Block {
            let lines = HeaderLines.lines(officialUppercased(text), maximumWidth: leftWidth - slack) { measure(Typesetting.Paragraph($0, textStyle)) }
            var content: [Typesetting.Inline] = []
            for (index, text) in lines.enumerated() {
                if index > 0 { content.append(.lineBreak) }
                content.append(.text(text, textStyle))
            }
            return .paragraph(Typesetting.Paragraph(content, style: style.centred(textStyle, spaceAfter: 0, keepWithNext: false)))
        }

        var left: [Typesetting.Block] = []
        if let parent = document.parentBody, !parent.isEmpty {
            left.append(name(parent, parentStyle))
        }
        left.append(name(document.issuer, issuerStyle))
        left.append(.rule(Rule(length: .fractionOfTextAbove(style.issuerRuleFraction), thickness: 0.5, spaceBefore: 1, spaceAfter: 0)))

        let right: [Typesetting.Block] = [
            line(Self.nationalName, nationalStyle),
            line(Self.motto, mottoStyle),
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
        if let dateText { dateCell.append(line(dateText, dateStyle)) }

        var rows: [[GridCell]] = [[GridCell(left), GridCell(right)]]
        if !numberCell.isEmpty || !dateCell.isEmpty {
            rows.append([GridCell(numberCell, verticalAlignment: .firstBaseline),
                         GridCell(dateCell, verticalAlignment: .firstBaseline)])
        }
        return .grid(Grid(columnWeights: weights, columnGap: gap, rowGap: 8, rows: rows, keepTogether: true,
                          spaceAfter: 16))
    }
}
