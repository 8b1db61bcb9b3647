/// Excel's A1 cell names: column letters (A … XFD) then the row number.
public enum CellReference {
    /// Excel's grid: 1,048,576 rows and 16,384 columns (A … XFD).
    public static let maximumRow = 1_048_576
    public static let maximumColumn = 16_384

    /// "C14" for row 14, column 3; "AA3" for row 3, column 27.
    public static func name(row: Int, column: Int) -> String {
        columnName(column) + String(row)
    }

    /// "A", "Z", "AA", "XFD".
    public static func columnName(_ column: Int) -> String { ExcelColumn.name(column) }

    /// "C14" → (14, 3). Letters in either case, then digits; nil for anything else or outside
    /// Excel's grid ("A0", "XFE1", "A1048577", "1A", "$A$1").
    public static func parse(_ text: String) -> (row: Int, column: Int)? {
        withBytes(text) { parse($0) }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (row: Int, column: Int)? {
        guard let (column, end) = parseColumn(bytes), end < bytes.count else { return nil }
        var row = 0
        for i in end..<bytes.count {
            let digit = bytes[i] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            row = row * 10 + Int(digit)
            if row > maximumRow { return nil }
        }
        guard row >= 1 else { return nil }
        return (row, column)
    }

    /// The column letters at the start of `bytes` and where they end; nil without letters or
    /// past XFD.
    static func parseColumn(_ bytes: UnsafeBufferPointer<UInt8>) -> (column: Int, end: Int)? {
        var column = 0
        var i = 0
        while i < bytes.count {
            let letter = (bytes[i] | 0x20) &- UInt8(ascii: "a")
            guard letter < 26 else { break }
            column = column * 26 + Int(letter) + 1
            if column > maximumColumn { return nil }
            i += 1
        }
        return i == 0 ? nil : (column, i)
    }

    /// "A1:C2" (or a single "B4") as a range; nil when either end is not a cell name or the
    /// ends are reversed.
    static func parseRange(_ text: String) -> CellRange? {
        withBytes(text) { parseRange($0) }
    }

    static func parseRange(_ bytes: UnsafeBufferPointer<UInt8>) -> CellRange? {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else {
            guard let cell = parse(bytes) else { return nil }
            return CellRange(firstRow: cell.row, firstColumn: cell.column, lastRow: cell.row, lastColumn: cell.column)
        }
        guard let first = parse(UnsafeBufferPointer(rebasing: bytes[..<colon])),
              let last = parse(UnsafeBufferPointer(rebasing: bytes[(colon + 1)...])),
              first.row <= last.row, first.column <= last.column else { return nil }
        return CellRange(firstRow: first.row, firstColumn: first.column, lastRow: last.row, lastColumn: last.column)
    }

    /// The text's UTF-8 bytes, without copying a native string.
    private static func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
