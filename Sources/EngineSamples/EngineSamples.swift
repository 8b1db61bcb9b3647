import Foundation
import Typesetting

/// Documents built straight from engine blocks, with no official-document layer: the seed
/// news reports as justified prose, a long table, a page of engine features. Tests, the
/// benchmark and `vanban samples` share them.
public enum EngineSamples {
    public static let body = TextStyle(size: 14)
    public static let prose = ParagraphStyle(alignment: .justified, firstLineIndent: Units.cm(1), lineSpacing: 1.15,
                                             spaceAfter: 6, strut: body)

    /// The seed texts beside the project (../shared/seeds), or $VANBAN_SEEDS.
    public static func seedsDirectory() -> URL? {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["VANBAN_SEEDS"] { candidates.append(URL(fileURLWithPath: env)) }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(checkout.deletingLastPathComponent().appendingPathComponent("shared/seeds"))
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).deletingLastPathComponent()
            .appendingPathComponent("shared/seeds"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Each seed file's text, in name order.
    public static func seedTexts() throws -> [(name: String, text: String)] {
        guard let directory = seedsDirectory() else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { ($0, try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)) }
    }

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
        return Document(sections: [Section(blocks: blocks, outlineTitle: title)],
                        metadata: DocumentMetadata(title: title, subject: "Mẫu dàn trang", author: "VanBan"))
    }

    /// A recipient-style table of `rows` rows with a repeated header.
    public static func tableDocument(rows: Int) -> Document {
        let cellText = TextStyle(size: 13)
        let header = cellText.with(bold: true)
        func cell(_ text: String, _ style: TextStyle, _ alignment: HorizontalAlignment = .left) -> TableCell {
            TableCell([.paragraph(Paragraph(text, style, style: ParagraphStyle(alignment: alignment, strut: style)))])
        }
        let given = ["An", "Bình", "Chi", "Dũng", "Đức", "Giang", "Hà", "Hùng", "Khánh", "Lan", "Minh", "Nga", "Phương", "Quân", "Thảo", "Vy"]
        let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"]
        let middle = ["Văn", "Thị", "Minh", "Ngọc", "Hữu", "Thanh"]
        let units = ["Sở Nội vụ tỉnh Bến Tre", "Sở Nội vụ tỉnh Vĩnh Long", "Sở Nội vụ thành phố Cần Thơ",
                     "Sở Nội vụ tỉnh An Giang", "Sở Nội vụ tỉnh Cà Mau"]
        var tableRows = [TableRow([cell("TT", header, .center), cell("Họ và tên", header, .center),
                                   cell("Chức vụ, đơn vị công tác", header, .center), cell("Số tiền (đồng)", header, .center)])]
        for i in 0..<rows {
            let name = "\(family[i % family.count]) \(middle[(i / 3) % middle.count]) \(given[(i * 7) % given.count])"
            tableRows.append(TableRow([cell(String(i + 1), cellText, .center), cell(name, cellText),
                                       cell("Chuyên viên, \(units[i % units.count])", cellText),
                                       cell("702.000", cellText, .right)]))
        }
        let table = Table(columns: [TableColumn(.auto), TableColumn(.relative(1)), TableColumn(.relative(1.6)), TableColumn(.auto)],
                          rows: tableRows, headerRowCount: 1)
        let title = Paragraph("DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", TextStyle(size: 14, bold: true),
                              style: ParagraphStyle(alignment: .center, spaceAfter: 12, keepWithNext: true))
        return Document(sections: [Section(blocks: [.paragraph(title), .table(table)], outlineTitle: "Danh sách")],
                        metadata: DocumentMetadata(title: "Danh sách \(rows) dòng", author: "VanBan"))
    }
}
