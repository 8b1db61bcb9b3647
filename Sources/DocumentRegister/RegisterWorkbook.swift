import CivilCalendar
import Foundation
import VietnameseText
import ZIPFoundation

/// The register as an Excel workbook (.xlsx, SpreadsheetML written here): one sheet with the
/// title rows, the two header rows frozen and repeated on every printed page, A4 landscape,
/// dates as real dates (dd/mm/yyyy) and copies as numbers, so the clerk can sort and sum.
enum RegisterWorkbook {
    /// Style indices into `styles`' cellXfs.
    enum Style: Int { case plain = 0, title, subtitle, header, text, date, number, columnNumber }

    static let titleRows = 4   // title, year, issuers, a blank row
    static let columnWidths: [Double] = [16, 12, 50, 20, 36, 18, 9, 24]

    static func data(_ table: RegisterTable) throws -> Data {
        let sheetName = sheetName(table.subtitle)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook(sheetName: sheetName)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            ("xl/worksheets/sheet1.xml", worksheet(table)),
        ]
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: Date(timeIntervalSince1970: 1_577_836_800), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// Excel allows 31 characters and none of []:*?/\ in a sheet's name.
    static func sheetName(_ subtitle: String) -> String {
        let name = subtitle.isEmpty ? "Sổ đăng ký" : "Sổ đăng ký \(subtitle.replacingOccurrences(of: "Năm ", with: ""))"
        return String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    }

    // MARK: - The sheet

    static func worksheet(_ table: RegisterTable) -> String {
        let columns = RegisterTable.headers.count
        let lastColumn = columnName(columns)
        var rows: [String] = []
        var merges: [String] = []
        let titles: [(String, Style)] = [(table.title, .title), (table.subtitle, .subtitle),
                                         (table.issuers.joined(separator: "; "), .subtitle)]
        for (index, title) in titles.enumerated() where !title.0.isEmpty {
            let row = index + 1
            rows.append("<row r=\"\(row)\">" + textCell("A\(row)", title.0, title.1) + "</row>")
            merges.append("A\(row):\(lastColumn)\(row)")
        }
        let headerRow = titleRows + 1
        rows.append("<row r=\"\(headerRow)\" ht=\"32\" customHeight=\"1\">"
                    + RegisterTable.headers.enumerated().map { textCell("\(columnName($0 + 1))\(headerRow)", $1, .header) }.joined()
                    + "</row>")
        rows.append("<row r=\"\(headerRow + 1)\">"
                    + (1...columns).map { textCell("\(columnName($0))\(headerRow + 1)", "(\($0))", .columnNumber) }.joined()
                    + "</row>")
        for (offset, row) in table.rows.enumerated() {
            let r = headerRow + 2 + offset
            let texts = row.texts
            var cells = textCell("A\(r)", texts[0], .text)
            cells += "<c r=\"B\(r)\" s=\"\(Style.date.rawValue)\"><v>\(serial(row.date))</v></c>"
            for column in 2..<6 { cells += textCell("\(columnName(column + 1))\(r)", texts[column], .text) }
            cells += row.copies.map { "<c r=\"G\(r)\" s=\"\(Style.number.rawValue)\"><v>\($0)</v></c>" }
                ?? "<c r=\"G\(r)\" s=\"\(Style.number.rawValue)\"/>"
            cells += textCell("H\(r)", texts[7], .text)
            rows.append("<row r=\"\(r)\">" + cells + "</row>")
        }
        let cols = columnWidths.enumerated().map { "<col min=\"\($0 + 1)\" max=\"\($0 + 1)\" width=\"\($1)\" customWidth=\"1\"/>" }.joined()
        let frozen = headerRow + 1
        return xmlHeader + """
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>\
        <sheetViews><sheetView workbookViewId="0"><pane ySplit="\(frozen)" topLeftCell="A\(frozen + 1)" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
        <sheetFormatPr defaultRowHeight="15"/><cols>\(cols)</cols>\
        <sheetData>\(rows.joined())</sheetData>\
        <mergeCells count="\(merges.count)">\(merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined())</mergeCells>\
        <pageMargins left="0.6" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>\
        <pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>\
        </worksheet>
        """
    }

    static func textCell(_ reference: String, _ text: String, _ style: Style) -> String {
        "<c r=\"\(reference)\" s=\"\(style.rawValue)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escaped(text))</t></is></c>"
    }

    /// "A" for 1, "H" for 8 (the register has fewer than 27 columns).
    static func columnName(_ column: Int) -> String {
        String(UnicodeScalar(UInt8(64 + column)))
    }

    /// Excel's day number (1900 system): days since 30/12/1899.
    static func serial(_ date: CalendarDate) -> Int {
        CivilDays.days(year: date.year, month: date.month, day: date.day) - CivilDays.days(year: 1899, month: 12, day: 30)
    }

    /// XML text: the five escapes, and control characters XML cannot carry dropped.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && !(0xFFFE...0xFFFF).contains(scalar.value) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    // MARK: - The package's fixed parts

    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes = xmlHeader + """
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
    </Types>
    """

    static let rootRelationships = xmlHeader + """
    <Relationships xmlns="\(relationships)">\
    <Relationship Id="rId1" Type="\(officeRelationships)/officeDocument" Target="xl/workbook.xml"/>\
    </Relationships>
    """

    static let workbookRelationships = xmlHeader + """
    <Relationships xmlns="\(relationships)">\
    <Relationship Id="rId1" Type="\(officeRelationships)/worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="\(officeRelationships)/styles" Target="styles.xml"/>\
    </Relationships>
    """

    static func workbook(sheetName: String) -> String {
        let quoted = "'" + sheetName.replacingOccurrences(of: "'", with: "''") + "'"
        let header = titleRows + 1
        return xmlHeader + """
        <workbook xmlns="\(main)" xmlns:r="\(officeRelationships)">\
        <sheets><sheet name="\(escaped(sheetName))" sheetId="1" r:id="rId1"/></sheets>\
        <definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">\(escaped(quoted))!$\(header):$\(header + 1)</definedName></definedNames>\
        </workbook>
        """
    }

    static let styles = xmlHeader + """
    <styleSheet xmlns="\(main)">\
    <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
    <fonts count="4">\
    <font><sz val="12"/><name val="Times New Roman"/></font>\
    <font><b/><sz val="12"/><name val="Times New Roman"/></font>\
    <font><b/><sz val="14"/><name val="Times New Roman"/></font>\
    <font><i/><sz val="11"/><name val="Times New Roman"/></font>\
    </fonts>\
    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
    <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
    <border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="8">\
    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>\
    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>\
    <xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
    <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
    <xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>\
    <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>\
    <xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center"/></xf>\
    </cellXfs>\
    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
    </styleSheet>
    """
}
