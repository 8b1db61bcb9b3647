import Foundation
import VietnameseText
import ZIPFoundation
@testable import DataInput

/// The committed workbooks of scripts/make-test-workbooks.sh.
enum WorkbookFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/xlsx")

    static func read(_ name: String) throws -> Workbook {
        try Workbook.read(folder.appendingPathComponent(name), display: name)
    }
}

/// A zip made by ZIPFoundation in memory from (path, contents) pairs, in order.
func makeZip(_ entries: [(String, Data)], method: CompressionMethod = .deflate) throws -> Data {
    let archive = try Archive(accessMode: .create)
    for (path, contents) in entries {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(contents.count),
                             compressionMethod: method) { position, size in
            contents.subdata(in: Int(position)..<(Int(position) + size))
        }
    }
    return archive.data!
}

/// A smallest package around the given parts, as hand-written XML: for what the real writers
/// here never produce (cells without `r`, phonetic runs, `_xHHHH_` escapes, prefixes) and for
/// damaged files.
struct HandMadeWorkbook {
    var sheets: [(name: String, xml: String)] = []
    var sharedStrings: String?
    var styles: String?
    var workbookPr = ""
    /// Where the workbook's relationships put sheet N (1-based): relative to xl/ by default.
    var sheetTarget: (Int) -> String = { "worksheets/sheet\($0).xml" }
    var omitParts: Set<String> = []
    var extraParts: [(String, String)] = []

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    init(sheet: String, name: String = "Trang 1") {
        sheets = [(name, sheet)]
    }

    /// A sheet document around the rows given as `<row>` elements.
    static func sheet(_ rows: String, after: String = "") -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"\(main)\"><sheetData>\(rows)</sheetData>\(after)</worksheet>"
    }

    var parts: [(String, String)] {
        let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var list: [(String, String)] = [
            ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(type)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
        ]
        let sheetList = sheets.enumerated().map { "<sheet name=\"\($1.name)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
        list.append(("xl/workbook.xml", "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationshipNS)\">\(workbookPr)<sheets>\(sheetList)</sheets></workbook>"))
        var relationships = sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(type)/worksheet\" Target=\"\(sheetTarget($0 + 1))\"/>" }
        if sharedStrings != nil { relationships.append("<Relationship Id=\"rS\" Type=\"\(type)/sharedStrings\" Target=\"sharedStrings.xml\"/>") }
        if styles != nil { relationships.append("<Relationship Id=\"rT\" Type=\"\(type)/styles\" Target=\"styles.xml\"/>") }
        list.append(("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relationships.joined())</Relationships>"))
        for (index, sheet) in sheets.enumerated() {
            list.append((PackagePath.resolve(sheetTarget(index + 1), from: "xl/workbook.xml"), sheet.xml))
        }
        if let sharedStrings { list.append(("xl/sharedStrings.xml", sharedStrings)) }
        if let styles { list.append(("xl/styles.xml", styles)) }
        return list.filter { !omitParts.contains($0.0) } + extraParts
    }

    func data() throws -> Data {
        try makeZip(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    func read(limits: WorkbookLimits = .standard) throws -> Workbook {
        try Workbook.read(data: data(), display: "ds.xlsx", limits: limits)
    }
}

extension Worksheet {
    /// The value at a cell name ("C5"), or nil when the cell is empty.
    subscript(_ name: String) -> CellValue? {
        guard let (row, column) = CellReference.parse(name) else { return nil }
        return rows.first { $0.number == row }?.cells.first { $0.column == column }?.value
    }
}

/// A day for expectations.
func day(_ year: Int, _ month: Int, _ day: Int) -> CellValue {
    .date(try! CalendarDate(year: year, month: month, day: day))
}

/// The clerk-facing text of the error reading `data` gives.
func readFailure(_ data: Data, display: String = "ds.xlsx", limits: WorkbookLimits = .standard) -> String? {
    failure { try Workbook.read(data: data, display: display, limits: limits) }
}
