import Foundation
import InputGuards

/// A list a data value names by file: "danh-sach.csv", "danh-sach.xlsx", or one sheet of a
/// workbook, "danh-sach.xlsx#Bằng khen".
public enum ListFile {
    static let textExtensions: Set<String> = ["csv", "tsv", "txt"]
    static let workbookExtensions: Set<String> = ["xlsx", "xlsm"]
    /// Formats a clerk may try, each answered with how to save the file as .xlsx.
    static let otherSpreadsheetExtensions: Set<String> = ["xls", "ods", "xlsb", "numbers"]

    /// Whether a value names a list file (by its extension, before any "#sheet").
    public static func names(_ value: String) -> Bool {
        let ext = fileExtension(of: split(value).path)
        return textExtensions.contains(ext) || workbookExtensions.contains(ext) || otherSpreadsheetExtensions.contains(ext)
    }

    /// Reads the list `value` names, found as `sources` finds the files data names (beside the
    /// naming data file, within the folders it may read); `node` is the naming value.
    public static func read(_ value: String, sources: DataSources, request: ListRequest, at node: DataNode) throws(DataError) -> ListContents {
        let (path, sheet) = split(value)
        let ext = fileExtension(of: path)
        guard textExtensions.contains(ext) || workbookExtensions.contains(ext) else {
            throw node.error(advice(forExtension: ext))
        }
        let (url, shownFile) = try sources.file(named: path, by: node, role: .list)
        if textExtensions.contains(ext) {
            if sheet != nil {
                throw node.error("«#…» chọn một trang của tệp Excel; tệp \(Excerpt.quotedPath(path)) là văn bản, không có trang")
            }
            return try CSVList.read(url, request: request, displayPath: shownFile)
        }
        return try WorkbookList.read(url, display: shownFile, sheet: sheet, request: request, at: node)
    }

    /// "ds.xlsx#Bằng khen" → ("ds.xlsx", "Bằng khen").
    static func split(_ value: String) -> (path: String, sheet: String?) {
        guard let hash = value.lastIndex(of: "#") else { return (value, nil) }
        let sheet = String(value[value.index(after: hash)...]).trimmedWhitespace
        return (String(value[..<hash]).trimmedWhitespace, sheet.isEmpty ? nil : sheet)
    }

    static func fileExtension(of path: String) -> String {
        (path as NSString).pathExtension.lowercased()
    }

    static func advice(forExtension ext: String) -> String {
        switch ext {
        case "ods": return "tệp .ods (LibreOffice) chưa đọc được; trong LibreOffice hãy chọn «Lưu thành» (Save As), kiểu tệp «Excel 2007-365 (.xlsx)», rồi ghi tên tệp .xlsx vào dữ liệu"
        case "numbers": return "tệp Numbers chưa đọc được; hãy xuất ra Excel (.xlsx)"
        default: return "tệp .\(ext) (Excel đời cũ hoặc dạng nhị phân) chưa đọc được; trong Excel hãy chọn «Lưu thành» (Save As), kiểu tệp «Excel Workbook (*.xlsx)», rồi ghi tên tệp .xlsx vào dữ liệu"
        }
    }
}
