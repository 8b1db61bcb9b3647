import Foundation
import Typesetting

/// Documents built straight from engine blocks, with no official-document layer: the
/// project's own texts as justified prose, a long table, a page of engine features. Tests, the
/// benchmark and `vanban samples` share them.
public enum EngineSamples {
    public static let body = TextStyle(size: 14)
    /// The samples' page: A4 with the margins of a Vietnamese administrative page (20, 15, 20
    /// and 30 mm), so that they look like the documents the engine is used for.
    public static let pageStyle = PageStyle(margins: EdgeInsets(top: Units.mm(20), right: Units.mm(15),
                                                                bottom: Units.mm(20), left: Units.mm(30)),
                                            footnoteFirstLineIndent: Units.cm(1))
    public static let prose = ParagraphStyle(alignment: .justified, firstLineIndent: Units.cm(1), lineSpacing: 1.15,
                                             spaceAfter: 6, strut: body)

    /// The project's own Vietnamese texts (Texts/): administrative prose, then the coverage
    /// texts (every toned letter, compound names, document numbers). Nothing is read from disk.
    public static let proseTexts: [(name: String, text: String)] = [
        ("bao-cao-so-ket", halfYearReport), ("ke-hoach-kiem-tra", inspectionPlan),
        ("thong-bao-ket-qua", resultsAnnouncement), ("guong-dien-hinh", exemplaryWorkers),
    ]
    public static let coverageTexts: [(name: String, text: String)] = [
        ("chu-co-dau", tonedLetters), ("ten-ghep", compoundNames), ("so-ky-hieu", documentNumbers),
    ]
    public static var allTexts: [(name: String, text: String)] { proseTexts + coverageTexts }

    /// Paragraphs of a text: one per non-blank line.
    public static func paragraphs(of text: String) -> [String] {
        text.components(separatedBy: .newlines).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Justified 14 pt prose from the given texts, repeated `times`.
    public static func proseDocument(texts: [String], times: Int = 1, title: String = "Văn bản mẫu") -> Document {
        var blocks: [Block] = []
        for _ in 0..<times {
            for text in texts {
                for paragraph in paragraphs(of: text) {
                    blocks.append(.paragraph(Paragraph([.text(paragraph, body)], style: prose)))
                }
            }
        }
        return Document(sections: [Section(blocks: blocks, pageStyle: pageStyle, outlineTitle: title)],
                        metadata: DocumentMetadata(title: title, subject: "Mẫu dàn trang", author: "VanBan"))
    }

    /// A recipient-style table of `rows` rows with a repeated header.
    public static func tableDocument(rows: Int) -> Document {
        let cellText = TextStyle(size: 13)
        let header = cellText.with(bold: true)
        func cell(_ text: String, _ style: TextStyle, _ alignment: HorizontalAlignment = .left) -> GridCell {
            GridCell([.paragraph(Paragraph(text, style, style: ParagraphStyle(alignment: alignment, strut: style)))])
        }
        let given = ["An", "Bình", "Chi", "Dũng", "Đức", "Giang", "Hà", "Hùng", "Khánh", "Lan", "Minh", "Nga", "Phương", "Quân", "Thảo", "Vy"]
        let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"]
        let middle = ["Văn", "Thị", "Minh", "Ngọc", "Hữu", "Thanh"]
        let units = ["Sở Nội vụ tỉnh Bến Tre", "Sở Nội vụ tỉnh Vĩnh Long", "Sở Nội vụ thành phố Cần Thơ",
                     "Sở Nội vụ tỉnh An Giang", "Sở Nội vụ tỉnh Cà Mau"]
        var tableRows = [GridRow([cell("TT", header, .center), cell("Họ và tên", header, .center),
                                   cell("Chức vụ, đơn vị công tác", header, .center), cell("Số tiền (đồng)", header, .center)])]
        for i in 0..<rows {
            let name = "\(family[i % family.count]) \(middle[(i / 3) % middle.count]) \(given[(i * 7) % given.count])"
            tableRows.append(GridRow([cell(String(i + 1), cellText, .center), cell(name, cellText),
                                       cell("Chuyên viên, \(units[i % units.count])", cellText),
                                       cell("702.000", cellText, .right)]))
        }
        let table = Grid.table(columns: [GridColumn(.auto), GridColumn(.relative(1)), GridColumn(.relative(1.6)), GridColumn(.auto)],
                          rows: tableRows, headerRowCount: 1)
        let title = Paragraph("DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", TextStyle(size: 14, bold: true),
                              style: ParagraphStyle(alignment: .center, spaceAfter: 12, keepWithNext: true))
        return Document(sections: [Section(blocks: [.paragraph(title), .grid(table)], pageStyle: pageStyle, outlineTitle: "Danh sách")],
                        metadata: DocumentMetadata(title: "Danh sách \(rows) dòng", author: "VanBan"))
    }
}

extension EngineSamples {
    /// One page that exercises the engine's features: a borderless header grid with rules
    /// measured from the text, centred title, italic and mixed runs, a footnote, a table with
    /// a column span and vertical alignment, a hard line break and non-breaking spaces.
    public static func featuresDocument() -> Document {
        let s13 = TextStyle(size: 13)
        func centred(_ text: String, _ style: TextStyle, after: Double = 0) -> Block {
            .paragraph(Paragraph(text, style, style: ParagraphStyle(alignment: .center, spaceAfter: after, strut: style)))
        }
        let header = Grid(columnWeights: [42, 58], rows: [[
            GridCell([centred("ỦY BAN NHÂN DÂN TỈNH BẾN TRE", s13), centred("SỞ NỘI VỤ", s13.with(bold: true)),
                      .rule(Rule(length: .fractionOfTextAbove(1.0 / 3))), .space(6), centred("Số: 05/QĐ-SNV", s13)]),
            GridCell([centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", s13.with(bold: true)),
                      centred("Độc lập - Tự do - Hạnh phúc", body.with(bold: true)),
                      .rule(Rule(length: .fractionOfTextAbove(1))), .space(6),
                      centred("Bến Tre, ngày 05 tháng 01 năm 2023", body.with(italic: true))]),
        ]], spaceAfter: 18)
        let title = Paragraph([.text("QUYẾT ĐỊNH", body.with(bold: true)), .lineBreak,
                               .text("Về việc tặng Giấy khen cho các tập thể và cá nhân đã có thành tích xuất sắc trong phong trào thi đua năm 2022", body.with(bold: true))],
                              style: ParagraphStyle(alignment: .center, lineSpacing: 1.0, keepWithNext: true, strut: body))
        let basis = Paragraph([.text("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", body.with(italic: true))], style: prose)
        let article = Paragraph([.text("Điều 1. ", body.with(bold: true)),
                                 .text("Tặng Giấy\u{00A0}khen của Giám\u{00A0}đốc Sở Nội\u{00A0}vụ cho ", body),
                                 .text("04 tập thể và 13 cá nhân", body.with(underline: true)),
                                 .text(" đã có thành tích xuất sắc", body),
                                 .footnote([.text("Danh sách kèm theo Quyết định này.", body)]),
                                 .text(" (có danh sách kèm theo).", body)], style: prose)
        let cellStyle = TextStyle(size: 13)
        func cell(_ text: String, _ style: TextStyle = cellStyle, _ alignment: HorizontalAlignment = .left,
                  span: Int = 1, vertical: VerticalAlignment = .top) -> GridCell {
            GridCell([.paragraph(Paragraph(text, style, style: ParagraphStyle(alignment: alignment, strut: style)))],
                      columnSpan: span, verticalAlignment: vertical)
        }
        let table = Grid.table(columns: [GridColumn(.auto), GridColumn(.relative(2)), GridColumn(.relative(1))], rows: [
            GridRow([cell("TT", cellStyle.with(bold: true), .center), cell("Tên tập thể", cellStyle.with(bold: true), .center),
                      cell("Ghi chú", cellStyle.with(bold: true), .center)]),
            GridRow([cell("I. TẬP THỂ", cellStyle.with(bold: true), span: 3)], keepWithNext: true),
            GridRow([cell("1", cellStyle, .center, vertical: .middle), cell("Phòng Tổ chức, biên chế và tổ chức phi chính phủ, Sở Nội vụ tỉnh Bến Tre"),
                      cell("Xuất sắc", cellStyle, .center, vertical: .bottom)]),
        ], headerRowCount: 1, spaceBefore: 6, spaceAfter: 12)
        let signature = Grid(columnWeights: [45, 55], rows: [[
            GridCell([.paragraph(Paragraph([.text("Nơi nhận:", TextStyle(size: 12, bold: true, italic: true)), .lineBreak,
                                            .text("- Như Điều 3;", TextStyle(size: 11)), .lineBreak,
                                            .text("- Lưu: VT, TĐKT.", TextStyle(size: 11))],
                                           style: ParagraphStyle(alignment: .left, strut: TextStyle(size: 11))))]),
            GridCell([centred("GIÁM ĐỐC", body.with(bold: true)), .space(Units.mm(25)), centred("Nguyễn Văn An", body.with(bold: true))]),
        ]], keepTogether: true)
        let blocks: [Block] = [.grid(header), .paragraph(title), .rule(Rule(length: .fractionOfTextAbove(1.0 / 3), spaceAfter: 12)),
                               .paragraph(basis), .paragraph(article), .grid(table), .grid(signature)]
        return Document(sections: [Section(blocks: blocks, pageStyle: pageStyle, outlineTitle: "Quyết định")],
                        metadata: DocumentMetadata(title: "Mẫu tính năng", subject: "Kiểm thử bộ máy dàn trang", author: "VanBan",
                                                   creationDate: Date(timeIntervalSince1970: 1_672_876_800)))
    }
}
