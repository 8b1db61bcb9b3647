import Testing
@testable import OfficialDocuments

/// A long name in the header wraps between word groups into even lines, never inside a word.
@Suite struct HeaderLinesTests {
    /// Widths as characters: what matters here is where the breaks fall.
    func lines(_ text: String, _ maximum: Double) -> [String] {
        HeaderLines.lines(text, maximumWidth: maximum) { Double($0.count) }
    }

    @Test(arguments: [
        ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", 22.0, ["BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"]),
        ("TRƯỜNG TIỂU HỌC NỘI HOÀNG", 20.0, ["TRƯỜNG TIỂU HỌC", "NỘI HOÀNG"]),
        ("ỦY BAN NHÂN DÂN XÃ TÂN THÀNH", 20.0, ["ỦY BAN NHÂN DÂN", "XÃ TÂN THÀNH"]),
        ("CỤM THI ĐUA SỞ NỘI VỤ CÁC TỈNH, THÀNH MIỀN TÂY NAM BỘ", 22.0, ["CỤM THI ĐUA", "SỞ NỘI VỤ CÁC TỈNH,", "THÀNH MIỀN TÂY NAM BỘ"]),
        ("SỞ NỘI VỤ", 20.0, ["SỞ NỘI VỤ"]),
    ])
    func breaksFallBetweenWordGroups(text: String, maximum: Double, expected: [String]) {
        #expect(lines(text, maximum) == expected)
    }

    @Test func noWordIsEverSplit() {
        for maximum in stride(from: 12.0, through: 40, by: 1) {
            for text in ["BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "TRƯỜNG TIỂU HỌC NỘI HOÀNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VĨNH LONG"] {
                let joined = lines(text, maximum).map { "|" + $0 + "|" }.joined()
                for word in ["TIỂU HỌC", "THỂ THAO", "DU LỊCH", "VĂN HÓA", "GIÁO DỤC", "ĐÀO TẠO"] where text.contains(word) {
                    #expect(joined.contains(word), "«\(word)» split at width \(maximum): \(joined)")
                }
            }
        }
    }
}
