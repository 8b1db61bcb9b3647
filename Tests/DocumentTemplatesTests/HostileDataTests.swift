import DataInput
import DocumentMarkup
import DocumentTemplates
import Foundation
import Testing

/// Data that tries to break things renders literally or fails cleanly.
@Suite struct HostileDataTests {
    func decision(collectives: String, individuals: String = "[]") -> String {
        ValidationTests.decision
            .replacingOccurrences(of: "ca_nhan:\n  - { ho_ten: Nguyễn Văn An, don_vi: Sở Nội vụ tỉnh A }\n  - { ho_ten: Trần Thị Bình, don_vi: Sở Nội vụ tỉnh B }",
                                  with: "tap_the: \(collectives)\nca_nhan: \(individuals)")
    }

    /// The PDF's text, and the text of the layout in drawing order (a table cell's lines together).
    func render(_ text: String, extra: [String: String] = [:]) throws -> (text: String, pages: Int, drawn: String) {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(["van-ban.yaml": text, "cum.yaml": ValidationTests.cluster].merging(extra) { $1 }, in: folder)
        let result = try renderText(folder.appendingPathComponent("van-ban.yaml"), display: "van-ban.yaml")
        let drawn = result.laidOut.pages.flatMap { page in
            page.items.compactMap { item -> String? in if case let .text(run) = item { return run.text } else { return nil } }
        }.joined(separator: " ")
        return (folded(result.text), result.laidOut.pages.count, folded(drawn))
    }

    /// Every character the markup treats specially, inside a unit's name, comes out as written.
    @Test func markupCharactersInDataComeOutLiterally() throws {
        let name = #"Phòng *Tổ chức* _cán bộ_ #1 | <b> {{ten}} [x] ^[chú] ~ \ ::: - + "trích""#
        let yaml = "\n  - ten: '\(name.replacingOccurrences(of: "'", with: "''"))'\n  - ten: \"- Điều 5. bắt đầu bằng gạch\"\n  - ten: \"# Tiêu đề giả\""
        let (text, _, drawn) = try render(decision(collectives: yaml))
        #expect(drawn.contains(name), "the name as typed")
        for token in name.split(separator: " ") { #expect(text.contains(token), "«\(token)» in the PDF text") }
        #expect(text.contains("- Điều 5. bắt đầu bằng gạch"))
        #expect(text.contains("# Tiêu đề giả"))
        #expect(text.contains("Tặng Giấy khen cho 03 tập thể"), "three rows, no structure injected")
    }

    @Test func aTwoThousandCharacterNameWraps() throws {
        let long = (0..<400).map { "Ban\($0)" }.joined(separator: " ")
        let (text, _, _) = try render(decision(collectives: "\n  - ten: \"\(long)\""))
        #expect(text.contains("Ban0 Ban1 Ban2"))
        #expect(text.contains("Ban399"))
    }

    @Test func noRecipientsIsAClearError() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(["van-ban.yaml": decision(collectives: "[]"), "cum.yaml": ValidationTests.cluster], in: folder)
        let found = problems(folder.appendingPathComponent("van-ban.yaml"), display: "van-ban.yaml")
        #expect(found.count == 1)
        #expect(found.first?.contains("cần ít nhất một tập thể (tap_the), cá nhân (ca_nhan) hoặc hộ gia đình (ho_gia_dinh)") == true)
    }

    /// 5,000 recipients from a CSV list: every one in the annex, in order, with the header on each page.
    @Test func fiveThousandRecipients() throws {
        var csv = "Họ và tên;Đơn vị công tác\n"
        for i in 1...5000 { csv += "Người thứ \(i);Đơn vị \(i % 13)\n" }
        let (text, pages, _) = try render(decision(collectives: "[]", individuals: "ds.csv"), extra: ["ds.csv": csv])
        #expect(pages > 100)
        #expect(text.contains("Tặng Giấy khen cho 5.000 cá nhân"))
        #expect(text.contains("Người thứ 4999 Đơn vị 7"))
        #expect(text.contains("Người thứ 5000"))
        // 5.000 × 710.000 đồng (Giấy khen in December 2024).
        #expect(text.contains("3.550.000.000"))
        #expect(text.contains("Ba tỷ năm trăm năm mươi triệu đồng"))
    }
}
