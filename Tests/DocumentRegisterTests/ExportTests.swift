import DataInput
@testable import DocumentRegister
import Foundation
import VanBanFiles
import Testing
import Typesetting
import VietnameseText

/// The register printed three ways, each read back by what a clerk or an office program uses.
@Suite struct ExportTests {
    static let fonts: FontLibrary = {
        do { return try ShippedFonts.library() } catch { fatalError("fonts: \(error)") }
    }()

    /// A year's register: 01 issued with two recipients, 02 voided, 03 still being issued; then
    /// `extra` more issued ones.
    func sampleEntries(extra: Int = 0) throws -> ([RegisterEntry], URL) {
        let (register, folder) = try newRegister()
        var first = try facts(date: "2026-01-05")
        first.subject = "Về việc tặng Giấy khen cho các tập thể; cá nhân \"xuất sắc\""
        first.recipients = ["Như Điều 3", "Thường trực Tỉnh ủy"]
        _ = try register.complete(register.reserve(first, sequence: .common, actor: "thu").id, actor: "thu")
        let second = try register.reserve(facts(type: "KH", date: "2026-02-10"), sequence: .common, actor: "thu")
        _ = try register.void(second.id, reason: "ban hành nhầm", actor: "thu")
        _ = try register.reserve(facts(date: "2026-02-11"), sequence: .common, actor: "thu")
        for _ in 0..<extra {
            _ = try register.complete(register.reserve(facts(date: "2026-03-01"), sequence: .common, actor: "thu").id, actor: "thu")
        }
        return (try register.entries(EntryFilter(year: 2026)), folder)
    }

    @Test func csvIsUTF8WithAByteOrderMarkAndSemicolons() throws {
        let (entries, folder) = try sampleEntries()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try RegisterExport.data(entries, year: 2026, format: .csv) { Self.fonts }
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == RegisterTable.headers.joined(separator: ";"))
        #expect(lines[1] == "01/QĐ-UBND;05/01/2026;\"Quyết định về việc tặng Giấy khen cho các tập thể; cá nhân \"\"xuất sắc\"\"\";Phạm Văn Cường;\"Như Điều 3")
        #expect(lines[2] == "Thường trực Tỉnh ủy\";VT;2;")
        #expect(lines[3].hasPrefix("02/KH-UBND;10/02/2026;Kế hoạch về việc thử;") && lines[3].contains(";Đã hủy ngày ") && lines[3].hasSuffix(": ban hành nhầm"))
        #expect(lines[4].hasSuffix(";Đang cấp, chưa hoàn tất"))
        // The project's own CSV reader (the one that reads clerks' lists) agrees.
        let url = folder.appendingPathComponent("so.csv")
        try data.write(to: url)
        let list = try CSVList.read(url, request: ListRequest(name: "so", columns: [
            ListColumn(key: "so", headers: ["Số, ký hiệu văn bản"]), ListColumn(key: "noi_nhan", headers: ["Nơi nhận văn bản"]),
            ListColumn(key: "ghi_chu", headers: ["Ghi chú"], required: false),
        ], kind: .individual))
        #expect(list.rows.count == 3)
        #expect(try list.rows[0].required("noi_nhan").string() == "Như Điều 3\r\nThường trực Tỉnh ủy"
                || list.rows[0].required("noi_nhan").string() == "Như Điều 3\nThường trực Tỉnh ủy")
    }

    @Test func theWorkbookReadsBackWithDatesAndNumbers() throws {
        let (entries, folder) = try sampleEntries()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try RegisterExport.data(entries, year: 2026, format: .xlsx) { Self.fonts }
        let workbook = try Workbook.read(data: data, display: "so.xlsx")
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet.name == "Sổ đăng ký 2026")
        func row(_ number: Int) -> [CellValue] { sheet.rows.first { $0.number == number }?.cells.map(\.value) ?? [] }
        #expect(row(1) == [.text("SỔ ĐĂNG KÝ VĂN BẢN ĐI")])
        #expect(row(2) == [.text("Năm 2026")])
        #expect(row(5) == RegisterTable.headers.map { .text($0) })
        #expect(row(6) == (1...8).map { .text("(\($0))") })
        let first = row(7)
        #expect(first[0] == .text("01/QĐ-UBND"))
        #expect(first[1] == .date(try CalendarDate(year: 2026, month: 1, day: 5)))
        #expect(first[4] == .text("Như Điều 3\nThường trực Tỉnh ủy"))
        #expect(first[6] == .number(2))
        #expect(row(8)[7] != .text("") && row(9).last == .text("Đang cấp, chưa hoàn tất"))
        #expect(sheet.merges.contains(CellRange(firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 8)))
    }

    /// A4 landscape, laid out by the engine; the two header rows again on the next page.
    @Test func thePDFIsTheBookWithItsHeaderOnEveryPage() throws {
        let (entries, folder) = try sampleEntries(extra: 40)
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try RegisterExport.data(entries, year: 2026, format: .pdf) { Self.fonts }
        let pdf = folder.appendingPathComponent("so.pdf")
        try data.write(to: pdf)
        let info = try run("pdfinfo", [pdf.path]).output
        #expect(info.contains("841.89 x 595.276 pts") || info.contains("842 x 595 pts"), "\(info)")
        let pages = Int(info.components(separatedBy: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
        #expect(pages >= 2)
        let first = try run("pdftotext", ["-f", "1", "-l", "1", "-enc", "UTF-8", pdf.path, "-"]).output
        for expected in ["SỔ ĐĂNG KÝ VĂN BẢN ĐI", "Năm 2026", "Ủy ban nhân dân tỉnh A", "Tên loại và trích yếu nội dung",
                         "01/QĐ-UBND", "05/01/2026", "Thường trực Tỉnh ủy", "ban hành nhầm", "Đang cấp, chưa hoàn tất"] {
            #expect(folded(first).contains(expected), "\(expected)")
        }
        let second = folded(try run("pdftotext", ["-f", "2", "-l", "2", "-enc", "UTF-8", pdf.path, "-"]).output)
        #expect(second.contains("Tên loại và trích yếu nội dung") && second.contains("(8)"))
        #expect(!second.contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI"))
        let last = String(format: "%02d/QĐ-UBND", entries.last!.number)
        let all = folded(try run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"]).output)
        #expect(all.contains(last))
    }

    @Test func anEmptyYearIsStillABook() throws {
        let data = try RegisterExport.data([], year: 2030, format: .pdf) { Self.fonts }
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try data.write(to: folder.appendingPathComponent("so.pdf"))
        let text = folded(try run("pdftotext", ["-enc", "UTF-8", folder.appendingPathComponent("so.pdf").path, "-"]).output)
        #expect(text.contains("Năm 2030") && text.contains("Chưa có văn bản nào."))
    }
}

/// White space folded (pdftotext pads and breaks lines) and no-break spaces as spaces.
func folded(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}
