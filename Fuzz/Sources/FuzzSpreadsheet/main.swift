import DataInput
import Foundation
import FuzzSupport

/// Workbook bytes (zip, XML parts, shared strings, styles) through the .xlsx reader and the
/// list reader, the sheet found or (odd last byte) named, then every accessor on every row.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpreadsheet(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let sheet = size > 0 && data[size - 1] & 1 == 1 ? "Bằng khen" : nil
    do {
        let contents = try WorkbookList.parse(bytes, display: "ds.xlsx", sheet: sheet, request: FuzzLists.request(choosing: size > 0 ? data[0] : 0))
        FuzzLists.exercise(contents, file: "ds.xlsx")
    } catch {
        Invariants.check(error, file: "ds.xlsx")
    }
    return 0
}
