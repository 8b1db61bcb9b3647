import DataInput
import FuzzSupport


/// CSV through the list reader, as a plain list or one whose headings set the award form and
/// whose total line states an amount, then every accessor on every row.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    do {
        let contents = try CSVList.parse(text(data, size), file: "ds.csv", request: FuzzLists.request(choosing: size > 0 ? data[0] : 0))
        FuzzLists.exercise(contents, file: "ds.csv")
    } catch {
        Invariants.check(error, file: "ds.csv")
    }
    return 0
}
