import InputGuards

/// Where a value came from: the file as the user named it, and a 1-based line and column. One
/// type for every message that names a place: data files and lists (DataInput), the markup a
/// template produces (DocumentMarkup), the text the engine lays out (Typesetting).
///
/// `line == 0` means the file as a whole (it could not be opened or decoded); `column == 0`
/// means the whole line. For the markup, the column counts characters of the filled text. For CSV files the column is the field number (Excel's column: A = 1),
/// for YAML/JSON it is the character on the line (counted in characters as an editor shows
/// them, not in bytes or Unicode scalars). A place in a workbook names its sheet, and its line
/// and column are the sheet's row and column, shown as Excel shows them ("ô C14").
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The sheet of a workbook (nil for text files).
    public var sheet: String?

    public init(file: String, line: Int, column: Int = 0, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// "du-lieu.yaml, dòng 12, cột 5"; "du-lieu.yaml, dòng 12"; "du-lieu.yaml";
    /// "ds.xlsx, trang «Bằng khen», ô C14"; "ds.xlsx, trang «Bằng khen», dòng 14".
    public var description: String {
        var parts = [Excerpt.path(file)]
        if let sheet {
            parts.append("trang " + Excerpt.quoted(sheet))
            if line > 0 { parts.append(column > 0 ? "ô " + ExcelColumn.name(column) + String(line) : "dòng \(line)") }
            return parts.joined(separator: ", ")
        }
        if line > 0 { parts.append("dòng \(line)") }
        if line > 0 && column > 0 { parts.append("cột \(column)") }
        return parts.joined(separator: ", ")
    }
}

/// Excel's column letters: "A", "Z", "AA", "XFD" (bijective base 26).
public enum ExcelColumn {
    public static func name(_ column: Int) -> String {
        var n = max(1, column)
        var letters: [UInt8] = []
        while n > 0 {
            letters.append(UInt8(ascii: "A") + UInt8((n - 1) % 26))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }
}
