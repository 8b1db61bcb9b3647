import Foundation

/// The register as CSV the way Excel on a Vietnamese Windows opens it by a double click:
/// UTF-8 with a byte-order mark (without it Excel reads Windows-1258), fields separated by
/// «;» (the list separator there, since «,» is the decimal mark), lines ended CRLF. No «sep=»
/// line: with one, Excel ignores the byte-order mark.
enum RegisterCSV {
    static func data(_ table: RegisterTable) -> Data {
        var lines = [RegisterTable.headers.map(field).joined(separator: ";")]
        for row in table.rows {
            lines.append(row.texts.map(field).joined(separator: ";"))
        }
        return Data("\u{FEFF}".utf8) + Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// Quoted when it holds the separator, a quote or a line break; quotes doubled.
    static func field(_ text: String) -> String {
        let text = text.replacingOccurrences(of: "\n", with: "\r\n")
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
