import InputGuards
import Foundation

/// Reads a workbook in phases: what the file is; the zip directory; the package's parts found
/// through relationships (`_rels/.rels` → the workbook → its `.rels` → styles, shared strings,
/// sheets), never by assumed names; then each sheet.
struct WorkbookReader {
    let data: Data
    let limits: WorkbookLimits

    func read() throws(WorkbookProblem) -> Workbook {
        guard !data.isEmpty else { throw .empty }
        guard data.count <= limits.fileBytes else { throw .fileTooLarge(size: data.count, limits: limits) }
        if let problem = FileKind.of(data).problem { throw problem }
        var parts = PartReader(zip: try ZipDirectory(data: data, limits: limits), limits: limits)
        let workbookPart = try parts.workbookPart()

        var workbook = WorkbookHandler(part: workbookPart)
        _ = try parts.parse(workbookPart, &workbook)
        let relationshipsPart = PackagePath.relationships(of: workbookPart)
        var relationships = RelationshipsHandler(part: relationshipsPart, source: workbookPart)
        guard try parts.parse(relationshipsPart, &relationships) else {
            throw .missingPart(relationshipsPart, for: "danh sách các phần của sổ làm việc")
        }
        let related = relationships.relationships

        var dateStyles: [Bool] = []
        if let styles = related.first(where: { $0.kind == "styles" }) {
            var handler = StylesHandler(part: styles.target, limits: limits)
            if try parts.parse(styles.target, &handler) { dateStyles = handler.dateStyles }
        }
        var budget = ReadingBudget(limits: limits)
        var sharedStrings: [String] = []
        if let strings = related.first(where: { $0.kind == "sharedStrings" }) {
            var handler = SharedStringsHandler(part: strings.target, budget: budget)
            guard try parts.parse(strings.target, &handler) else { throw .missingPart(strings.target, for: "các chuỗi chữ của bảng tính") }
            sharedStrings = handler.strings
            budget = handler.budget
        }

        let context = WorkbookContext(sharedStrings: sharedStrings, dateStyles: dateStyles, usesDate1904: workbook.usesDate1904)
        var sheets: [Worksheet] = []
        for entry in workbook.sheets {
            guard let relationship = related.first(where: { $0.id == entry.relationship }) else {
                throw .damaged("trang tính \(Excerpt.quoted(entry.name)) không trỏ tới phần nào")
            }
            // Chart sheets, dialog sheets and macro sheets have no cells to read.
            guard relationship.kind == "worksheet" else { continue }
            var handler = WorksheetHandler(part: relationship.target, sheet: entry.name, context: context, budget: budget)
            guard try parts.parse(relationship.target, &handler) else {
                throw .missingPart(relationship.target, for: "trang tính \(Excerpt.quoted(entry.name))")
            }
            budget = handler.budget
            sheets.append(Worksheet(name: entry.name, isHidden: entry.isHidden, rows: handler.rows,
                                    hiddenColumns: handler.hiddenColumns, merges: handler.merges))
        }
        return Workbook(sheets: sheets, usesDate1904: workbook.usesDate1904)
    }
}

/// Inflates the package's parts and parses them, all drawing on one budget of inflated bytes.
struct PartReader {
    let zip: ZipDirectory
    let limits: WorkbookLimits
    private var inflateBudget: Int

    init(zip: ZipDirectory, limits: WorkbookLimits) {
        self.zip = zip
        self.limits = limits
        inflateBudget = limits.inflatedBytes
    }

    /// Parses the part into `handler`; false when the zip has no such part.
    mutating func parse<H: XMLHandler>(_ part: String, _ handler: inout H) throws(WorkbookProblem) -> Bool {
        guard let entry = zip.entry(part) else { return false }
        let xml = try zip.contents(of: entry, budget: &inflateBudget)
        try XMLPart.parse(xml, part: part, limits: limits, into: &handler)
        return true
    }

    /// The workbook part's name, from the package relationships (`xl/workbook.xml` when the
    /// file has none); a problem naming the format when the zip is an .ods, an .xlsb, a .docx
    /// or no workbook at all.
    mutating func workbookPart() throws(WorkbookProblem) -> String {
        if let mimetype = zip.entry("mimetype"), mimetype.uncompressedSize < 200 {
            let text = String(decoding: try zip.contents(of: mimetype, budget: &inflateBudget), as: UTF8.self)
            if text.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") { throw .openDocument }
        }
        var part = "xl/workbook.xml"
        var relationships = RelationshipsHandler(part: "_rels/.rels", source: "")
        if try parse("_rels/.rels", &relationships),
           let document = relationships.relationships.first(where: { $0.kind == "officeDocument" }) {
            part = document.target
        }
        if zip.entry(part) == nil || part.hasSuffix(".bin") {
            if part.hasSuffix(".bin") || zip.entry("xl/workbook.bin") != nil { throw .binaryWorkbook }
            throw .zipWithoutWorkbook(wordDocument: zip.entry("word/document.xml") != nil)
        }
        return part
    }
}
