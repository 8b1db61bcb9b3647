import Foundation
import Typesetting

/// The register printed: the entries of a year (or any filter) as the PDF book, an Excel
/// workbook or a CSV, as bytes, for a file or a web response.
public enum RegisterExport {
    /// - Parameter fonts: asked for only by the PDF (loading them is the slow part).
    public static func data(_ entries: [RegisterEntry], year: Int?, format: RegisterFormat,
                            fonts: () throws -> FontLibrary) throws(RegisterError) -> Data {
        let table = RegisterTable(entries: entries, year: year)
        do {
            switch format {
            case .pdf: return try RegisterPDF.data(table, fonts: fonts())
            case .xlsx: return try RegisterWorkbook.data(table)
            case .csv: return RegisterCSV.data(table)
            }
        } catch {
            throw .cannotWrite(path: "sổ đăng ký .\(format.rawValue)", detail: "\(error)")
        }
    }
}
