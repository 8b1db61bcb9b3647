/// Cells typed in the old Vietnamese fonts (TCVN3 .VnTime, VNI-Times) or UTF-8 once read as
/// Windows-1252 arrive as Latin-1-looking text. Each column is judged as a whole (one word is
/// too little to go on) and converted cell by cell; every conversion is said with the cells it
/// touched, never done silently.
enum LegacyColumns {
    static func convert(_ grid: CellGrid) -> (grid: CellGrid, notices: [DataNotice]) {
        var grid = grid
        var notices: [DataNotice] = []
        for column in 1...max(1, grid.width) {
            // A header or a title in genuine Vietnamese beside legacy cells says nothing of them:
            // only cells some legacy encoding could hold are weighed.
            let texts = grid.rows.map { $0[column] }.filter { text in
                text.unicodeScalars.contains { $0.value >= 0x80 }
                    && LegacyVietnamese.Encoding.allCases.contains { LegacyVietnamese.convert(text, from: $0) != nil }
            }
            guard !texts.isEmpty, let encoding = LegacyVietnamese.detect(texts.joined(separator: "\n")) else { continue }
            var touched: [Int] = []
            for index in grid.rows.indices where column <= grid.rows[index].cells.count {
                let text = grid.rows[index].cells[column - 1]
                guard text.unicodeScalars.contains(where: { $0.value >= 0x80 }),
                      let converted = LegacyVietnamese.convert(text, from: encoding), converted != text else { continue }
                grid.rows[index].cells[column - 1] = converted
                touched.append(grid.rows[index].number)
            }
            guard !touched.isEmpty else { continue }
            let cells = touched.count <= 12 ? RowRanges.describe(touched) : RowRanges.describe(Array(touched.prefix(12))) + "…"
            notices.append(DataNotice(.note, location: grid.location(row: 0),
                                      message: "cột \(CellReference.columnName(column)) được viết bằng \(name(encoding)); đã chuyển sang Unicode \(touched.count) ô (các dòng \(cells)); hãy xem lại tên trong văn bản"))
        }
        return (grid, notices)
    }

    static func name(_ encoding: LegacyVietnamese.Encoding) -> String {
        switch encoding {
        case .tcvn3: "bảng mã TCVN3 (ABC, phông .VnTime)"
        case .vniWindows: "bảng mã VNI-Windows (phông VNI-Times)"
        case .utf8ReadAsWindows1252: "chữ UTF-8 bị đọc nhầm bảng mã (lỗi phông «Nguyá»…n»)"
        }
    }
}
