import DataInput
import DocumentTemplates
import Foundation
import Testing

/// A list as an office sends it, named by a decision: it gives the right decision, or an error
/// that names the cell — never a wrong decision that `check` calls valid.
@Suite struct ListInputTests {
    /// The decision of ValidationTests (Giấy khen, 20/12/2024: 0,3 × 2.340.000 → 710.000 đồng
    /// each) with its individuals from `ds.csv`.
    func prepare(_ csv: String) throws -> PreparedDocument {
        try prepare(list: "ds.csv", files: ["ds.csv": Data(csv.utf8)])
    }

    /// The decision with `ca_nhan: <list>` and the given files beside it.
    func prepare(list: String, files: [String: Data]) throws -> PreparedDocument {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let decision = ValidationTests.decision.replacingOccurrences(
            of: "ca_nhan:\n  - { ho_ten: Nguyễn Văn An, don_vi: Sở Nội vụ tỉnh A }\n  - { ho_ten: Trần Thị Bình, don_vi: Sở Nội vụ tỉnh B }\n",
            with: "ca_nhan: \"\(list)\"\n")
        #expect(decision.contains("ca_nhan: \"\(list)\""))
        try write(["qd.yaml": decision, "cum.yaml": ValidationTests.cluster], in: folder)
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        return try builder.prepare(dataFile: folder.appendingPathComponent("qd.yaml"), displayPath: "qd.yaml")
    }

    static let provincialWorkbook = checkout.appendingPathComponent("Tests/DataInputTests/Fixtures/xlsx/provincial-200.xlsx")

    func problems(_ csv: String) -> [String] {
        do { _ = try prepare(csv); return [] } catch { return (error as? DataProblems)?.errors.map(\.description) ?? ["\(error)"] }
    }

    /// The provincial list of the issue: two title rows, a blank row, the header with a "Ngày
    /// sinh" column, 200 people, a "Tổng cộng: 200 cá nhân" line.
    static func provincialList(people: Int = 200, statedCount: Int = 200, statedAmount: Int? = nil) -> String {
        var text = "ỦY BAN NHÂN DÂN TỈNH A;;;;\nDANH SÁCH CÁ NHÂN ĐỀ NGHỊ TẶNG GIẤY KHEN;;;;\n;;;;\nSTT;Họ và tên;Ngày sinh;Đơn vị công tác;Số tiền\n"
        for i in 1...people { text += "\(i);Người Thứ \(i);01/01/1980;Phòng \(i % 7) Sở Nội vụ;710.000\n" }
        text += "Tổng cộng: \(statedCount) cá nhân;;;;\(statedAmount.map { "\($0)" } ?? "")\n"
        return text
    }

    @Test func theProvincialListGivesTheRightDecision() throws {
        let prepared = try prepare(Self.provincialList(statedAmount: 142_000_000))
        let outline = prepared.document.body.outline()
        #expect(outline.contains("cho 200 cá nhân"))
        #expect(outline.contains("142.000.000"))
        #expect(!outline.contains("201"))
        let notes = prepared.notices.filter { $0.severity == .note }.map(\.message)
        #expect(notes.contains("dòng tiêu đề là dòng 4; các dòng phía trên (tên danh sách, tiêu đề) không đọc"))
        #expect(notes.contains("các cột không dùng đến, bỏ qua: «Ngày sinh» (cột C)"))
    }

    /// The same list as the workbook a province sends (written by openpyxl, its SUM cached by
    /// LibreOffice): 200 people and the right total, the title rows, the "Ngày sinh" column and
    /// the sheet said in notes; the sheet must be named, since the workbook holds two lists.
    @Test func theProvincialWorkbookGivesTheRightDecision() throws {
        let workbook = try Data(contentsOf: Self.provincialWorkbook)
        let prepared = try prepare(list: "ds.xlsx#Giấy khen", files: ["ds.xlsx": workbook])
        let outline = prepared.document.body.outline()
        #expect(outline.contains("cho 200 cá nhân") && outline.contains("142.000.000"))
        let notes = prepared.notices.filter { $0.severity == .note }.map(\.description)
        #expect(notes.contains("ds.xlsx, trang «Giấy khen», dòng 4: ghi chú: dòng tiêu đề là dòng 4 của trang «Giấy khen»; các dòng phía trên (tên danh sách, tiêu đề) không đọc"))
        #expect(notes.contains("ds.xlsx, trang «Giấy khen», dòng 4: ghi chú: các cột không dùng đến, bỏ qua: «Ngày sinh» (cột C)"))
        do {
            _ = try prepare(list: "ds.xlsx", files: ["ds.xlsx": workbook])
            Issue.record("two sheets hold a list: the sheet must be named")
        } catch {
            #expect("\(error)".contains("tệp «ds.xlsx» có nhiều trang đọc được danh sách («Giấy khen», «Bằng khen»); hãy ghi rõ trang, ví dụ «ds.xlsx#Giấy khen»"))
        }
        let other = try prepare(list: "ds.xlsx#bang khen", files: ["ds.xlsx": workbook])
        #expect(other.document.body.outline().contains("cho 02 cá nhân"))
    }

    @Test func aWrongCountOrAmountOnTheTotalLineIsAnError() {
        #expect(problems(Self.provincialList(statedCount: 201)).first?
            .hasPrefix("ds.csv, dòng 205, trường «ca_nhan»: dòng tổng «Tổng cộng: 201 cá nhân» ghi 201 cá nhân nhưng danh sách có 200 cá nhân") == true)
        #expect(problems(Self.provincialList(statedAmount: 143_000_000))
            == ["ds.csv, dòng 205, cột 5: dòng tổng ghi tổng số tiền 143.000.000 đồng nhưng 200 dòng của danh sách cộng lại là 142.000.000 đồng theo số tiền tính theo quy định; hãy sửa dòng tổng"])
    }

    @Test func anAmountColumnThatDisagreesWithTheLawIsAnError() {
        let csv = "Họ và tên;Đơn vị;Số tiền\nNguyễn Văn An;Sở Nội vụ;710.000\nTrần Thị Bình;Sở Tư pháp;702.000\n"
        #expect(problems(csv) == ["ds.csv, dòng 3, cột 3, trường «ca_nhan[2].so_tien»: số tiền ghi trong danh sách là 702.000 đồng, khác số tiền tính theo quy định 710.000 đồng (hệ số 0,3 × mức lương cơ sở 2.340.000 đồng, làm tròn lên bội số 10.000 đồng từ 1/1/2024 đến 30/6/2025); hãy sửa số tiền trong danh sách hoặc xoá cột số tiền"])
    }

    @Test func thePersonListedTwiceIsAnErrorNamingBothRows() {
        let csv = "Họ và tên;Đơn vị\nNguyễn Văn An;Sở Nội vụ\nTrần Thị Bình;Sở Tư pháp\nnguyễn văn  an;Sở nội vụ\n"
        #expect(problems(csv) == ["ds.csv, dòng 4, cột 1, trường «ca_nhan[3]»: «nguyễn văn  an», Sở nội vụ đã có trong danh sách, ở ds.csv, dòng 2, cột 1 (ca_nhan[1]); mỗi người chỉ được ghi một lần (nếu là hai người trùng tên cùng đơn vị, hãy ghi chức vụ để phân biệt)"])
        // The same name in different units, or with different positions, is two people.
        #expect(problems("Họ và tên;Đơn vị\nNguyễn Văn An;Sở Nội vụ\nNguyễn Văn An;Sở Tư pháp\n").isEmpty)
        #expect(problems("Họ và tên;Chức vụ;Đơn vị\nNguyễn Văn An;Chuyên viên;Sở Nội vụ\nNguyễn Văn An;Phó Giám đốc;Sở Nội vụ\n").isEmpty)
    }
}
