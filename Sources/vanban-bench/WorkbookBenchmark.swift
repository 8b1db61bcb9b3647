import DataInput
import Foundation
import ZIPFoundation

/// Reading .xlsx lists: a 5,000-row × 8-column sheet shaped as Excel writes one (shared
/// strings, numbers, dates with a date style, `r` on every row and cell), read from memory.
enum WorkbookBenchmark {
    static let rows = 5_000

    /// Median wall time of `runs` reads, and what was read (to check the work was done).
    static func run(runs: Int) throws {
        let data = try listWorkbook(rows: rows)
        var times: [Double] = []
        var cells = 0
        for _ in 0..<runs {
            var workbook: Workbook?
            times.append(try seconds { workbook = try Workbook.read(data: data, display: "bench.xlsx") })
            cells = workbook!.sheets[0].rows.reduce(0) { $0 + $1.cells.count }
        }
        print(String(format: "xlsx %d rows × 8 columns (%d cells, %.0f KB): read %6.1f ms (median of %d)",
                     rows, cells, Double(data.count) / 1024, median(times) * 1000, runs))
    }

    /// Writes the benchmark's workbook and a 300 MB zip bomb into `folder`, for measuring a
    /// whole process with /usr/bin/time (`--read-xlsx`).
    static func writeSamples(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try listWorkbook(rows: rows).write(to: folder.appendingPathComponent("list-5000x8.xlsx"))
        let bomb = try Archive(accessMode: .create)
        try bomb.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(300_000_000),
                          compressionMethod: .deflate, bufferSize: 1 << 20) { _, size in Data(count: size) }
        try bomb.data!.write(to: folder.appendingPathComponent("bomb-300mb.xlsx"))
        print("wrote \(folder.path)/list-5000x8.xlsx and bomb-300mb.xlsx")
    }

    /// Reads one file as the reader would and says what came of it, with the peak memory.
    static func readOne(_ path: String) {
        let start = DispatchTime.now().uptimeNanoseconds
        let outcome: String
        do {
            let workbook = try Workbook.read(URL(fileURLWithPath: path), display: path)
            outcome = "read \(workbook.sheets.count) sheets, \(workbook.sheets.reduce(0) { $0 + $1.rows.count }) rows"
        } catch {
            outcome = "refused: \(error)"
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? "VmHWM: ?"
        print(String(format: "%@\n%.1f ms, peak memory %@", outcome, elapsed, String(peak.dropFirst(6)).trimmedWhitespace))
    }

    static func listWorkbook(rows: Int) throws -> Data {
        let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng"]
        let middle = ["Văn", "Thị", "Minh", "Ngọc", "Quốc", "Thanh"]
        let given = ["An", "Bình", "Chi", "Dũng", "Đức", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nga", "Phúc"]
        let titles = ["Chuyên viên", "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng"]
        var strings: [String] = ["STT", "Họ và tên", "Chức vụ", "Đơn vị công tác", "Ngày sinh", "Số tiền", "Hệ số", "Ghi chú"]
        var index: [String: Int] = [:]
        func shared(_ text: String) -> Int {
            if let i = index[text] { return i }
            strings.append(text)
            index[text] = strings.count - 1
            return strings.count - 1
        }
        var sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><dimension ref=\"A1:H\(rows + 1)\"/><sheetData>"
        sheet += "<row r=\"1\" spans=\"1:8\">" + (0..<8).map { "<c r=\"\(column($0))1\" t=\"s\"><v>\($0)</v></c>" }.joined() + "</row>"
        for i in 1...rows {
            let r = i + 1
            let name = "\(family[i % 8]) \(middle[(i / 8) % 6]) \(given[(i / 48) % 12]) \(i)"
            let cells = [
                "<c r=\"A\(r)\"><v>\(i)</v></c>",
                "<c r=\"B\(r)\" t=\"s\"><v>\(shared(name))</v></c>",
                "<c r=\"C\(r)\" t=\"s\"><v>\(shared(titles[i % 4]))</v></c>",
                "<c r=\"D\(r)\" t=\"s\"><v>\(shared("Sở Nội vụ tỉnh số \(i % 13 + 1)"))</v></c>",
                "<c r=\"E\(r)\" s=\"1\"><v>\(30_000 + i % 9_000)</v></c>",
                "<c r=\"F\(r)\"><v>\(1_490_000 + (i % 7) * 100_000)</v></c>",
                "<c r=\"G\(r)\"><v>\(Double(i % 20) / 10 + 0.3)</v></c>",
                i % 5 == 0 ? "<c r=\"H\(r)\" t=\"s\"><v>\(shared("Có thành tích xuất sắc"))</v></c>" : "",
            ]
            sheet += "<row r=\"\(r)\" spans=\"1:8\">" + cells.joined() + "</row>"
        }
        sheet += "</sheetData></worksheet>"
        let sst = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"\(main)\" count=\"\(strings.count)\" uniqueCount=\"\(strings.count)\">"
            + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let parts: [(String, String)] = [
            ("_rels/.rels", "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(type)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets><sheet name=\"Danh sách\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(type)/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"\(type)/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"\(type)/styles\" Target=\"styles.xml\"/></Relationships>"),
            ("xl/styles.xml", "<styleSheet xmlns=\"\(main)\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>"),
            ("xl/sharedStrings.xml", sst),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts {
            let contents = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(contents.count), compressionMethod: .deflate) { position, size in
                contents.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return archive.data!
    }

    private static func column(_ index: Int) -> String { String(UnicodeScalar(UInt8(ascii: "A") + UInt8(index))) }
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let package = "http://schemas.openxmlformats.org/package/2006/relationships"
}
