import Foundation
import Typesetting

/// The register as a printed book: A4 landscape, the title, then one table whose two header
/// rows (the column names and their numbers (1)…(8)) repeat on every page.
enum RegisterPDF {
    /// Column shares of the body width: the subject and the recipients get the room.
    static let columnWeights: [Double] = [1.7, 1.15, 3.5, 1.45, 2.3, 1.35, 0.8, 1.6]

    static let cell = TextStyle(size: 11)
    static let header = TextStyle(size: 11, bold: true)
    static let leftAligned = ParagraphStyle(alignment: .left, lineSpacing: 1.0)
    static let centred = ParagraphStyle(alignment: .center, lineSpacing: 1.0)

    static func document(_ table: RegisterTable) -> Document {
        var blocks: [Block] = [
            .paragraph(Paragraph(table.title, TextStyle(size: 16, bold: true), style: centred)),
        ]
        if !table.subtitle.isEmpty {
            blocks.append(.paragraph(Paragraph(table.subtitle, TextStyle(size: 14, bold: true), style: centred)))
        }
        for issuer in table.issuers {
            blocks.append(.paragraph(Paragraph(issuer, TextStyle(size: 13), style: centred)))
        }
        blocks.append(.space(10))
        blocks.append(.grid(self.table(table)))
        let page = PageStyle(size: PageStyle.a4Landscape,
                             margins: EdgeInsets(top: Units.mm(15), right: Units.mm(15), bottom: Units.mm(15), left: Units.mm(20)),
                             pageNumber: PageNumberStyle(textStyle: TextStyle(size: 11)))
        let title = table.title.capitalizedFirstWordOnly + (table.subtitle.isEmpty ? "" : " – " + table.subtitle)
        return Document(sections: [Section(blocks: blocks, pageStyle: page, outlineTitle: title)],
                        metadata: DocumentMetadata(title: title, subject: table.issuers.joined(separator: "; ")))
    }

    static func table(_ table: RegisterTable) -> Grid {
        func cell(_ text: String, _ style: TextStyle, _ paragraph: ParagraphStyle,
                  alignment: VerticalAlignment = .top) -> GridCell {
            // A cell's lines (recipients) each start a line of their own.
            let lines = text.components(separatedBy: "\n")
            var inlines: [Inline] = []
            for (index, line) in lines.enumerated() {
                if index > 0 { inlines.append(.lineBreak) }
                inlines.append(.text(line, style))
            }
            return GridCell([.paragraph(Paragraph(inlines, style: paragraph))], verticalAlignment: alignment)
        }
        var rows = [
            GridRow(RegisterTable.headers.map { cell($0, header, centred, alignment: .middle) }),
            GridRow((1...RegisterTable.headers.count).map { cell("(\($0))", TextStyle(size: 10, italic: true), centred) }),
        ]
        if table.rows.isEmpty {
            rows.append(GridRow([GridCell([.paragraph(Paragraph("Chưa có văn bản nào.", TextStyle(size: 11, italic: true), style: centred))],
                                            columnSpan: RegisterTable.headers.count)]))
        }
        for row in table.rows {
            let texts = row.texts
            rows.append(GridRow(texts.enumerated().map { index, text in
                let centredColumn = index == 1 || index == 6
                return cell(text, Self.cell, centredColumn ? centred : leftAligned)
            }))
        }
        return Grid.table(columns: columnWeights.map { GridColumn(.relative($0)) }, rows: rows, headerRowCount: 2,
                     cellPadding: EdgeInsets(top: 2, right: 3, bottom: 3, left: 3))
    }

    /// The PDF's bytes.
    static func data(_ table: RegisterTable, fonts: FontLibrary) throws -> Data {
        try PDFRenderer.pdfData(Typesetter(fonts: fonts).layout(document(table)))
    }
}

private extension String {
    /// "SỔ ĐĂNG KÝ VĂN BẢN ĐI" → "Sổ đăng ký văn bản đi" (the PDF's title as a sentence).
    var capitalizedFirstWordOnly: String {
        let lower = lowercased()
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }
}
