import Testing
@testable import OfficialDocuments
import Typesetting

/// A long name in the header wraps between word groups into even lines, never inside a word:
/// the name's break costs (WordGroups) set by the engine as a balanced paragraph.
@Suite struct HeaderNameTests {
    /// The name's lines, set bold at 13 pt in a column `width` points wide.
    func lines(_ text: String, _ width: Double) -> [String] {
        let style = TextStyle(size: 13, bold: true)
        var paragraphStyle = ParagraphStyle(alignment: .center, strut: style)
        paragraphStyle.balanced = true
        let paragraph = Paragraph(WordGroups.inlines(text, style), style: paragraphStyle)
        let grid = Grid(columns: [GridColumn(.fixed(width))], rows: [GridRow([GridCell([.paragraph(paragraph)])])])
        let document = Document(sections: [Section(blocks: [.grid(grid)], pageStyle: DocumentStyle().pageStyle)])
        return Typesetter(fonts: Fixtures.fonts).layout(document).pages[0].textLines.map(\.text)
    }

    @Test(arguments: [
        ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", 170.0, ["BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"]),
        ("TRƯỜNG TIỂU HỌC NỘI HOÀNG", 160.0, ["TRƯỜNG TIỂU HỌC", "NỘI HOÀNG"]),
        ("ỦY BAN NHÂN DÂN XÃ TÂN THÀNH", 160.0, ["ỦY BAN NHÂN DÂN", "XÃ TÂN THÀNH"]),
        ("CỤM THI ĐUA SỞ NỘI VỤ CÁC TỈNH, THÀNH MIỀN TÂY NAM BỘ", 180.0, ["CỤM THI ĐUA", "SỞ NỘI VỤ CÁC TỈNH,", "THÀNH MIỀN TÂY NAM BỘ"]),
        ("SỞ NỘI VỤ", 160.0, ["SỞ NỘI VỤ"]),
    ])
    func breaksFallBetweenWordGroups(text: String, width: Double, expected: [String]) {
        #expect(lines(text, width) == expected)
    }

    @Test func noWordIsEverSplitAndLinesAreEven() {
        for width in stride(from: 110.0, through: 300, by: 10) {
            for text in ["BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "TRƯỜNG TIỂU HỌC NỘI HOÀNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VĨNH LONG"] {
                let set = lines(text, width)
                let joined = set.map { "|" + $0 + "|" }.joined()
                for word in ["TIỂU HỌC", "THỂ THAO", "DU LỊCH", "VĂN HÓA", "GIÁO DỤC", "ĐÀO TẠO"] where text.contains(word) {
                    #expect(joined.contains(word), "«\(word)» split at width \(width): \(joined)")
                }
                #expect(set.joined(separator: " ") == text, "words lost or added at \(width): \(set)")
            }
        }
    }

    @Test func aBalancedParagraphTakesNoMoreLinesThanAnUnbalancedOne() {
        let text = "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VĨNH LONG"
        let style = TextStyle(size: 13, bold: true)
        func count(balanced: Bool) -> Int {
            var paragraphStyle = ParagraphStyle(alignment: .center, strut: style)
            paragraphStyle.balanced = balanced
            let paragraph = Paragraph(WordGroups.inlines(text, style), style: paragraphStyle)
            let grid = Grid(columns: [GridColumn(.fixed(200))], rows: [GridRow([GridCell([.paragraph(paragraph)])])])
            let document = Document(sections: [Section(blocks: [.grid(grid)], pageStyle: DocumentStyle().pageStyle)])
            return Typesetter(fonts: Fixtures.fonts).layout(document).pages[0].textLines.count
        }
        #expect(count(balanced: true) == count(balanced: false))
    }
}
