import DataInput
import FuzzSupport

let columns = [
    CSVColumn(key: "ho_ten", headers: ["Họ và tên", "Họ tên"]),
    CSVColumn(key: "don_vi", headers: ["Đơn vị", "Đơn vị công tác"], required: false),
    CSVColumn(key: "so_tien", headers: ["Số tiền"], required: false),
    CSVColumn(key: "_tt", headers: ["TT", "STT"], required: false),
]

/// CSV through the list reader, with and without unknown columns allowed, then every accessor.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let ignoreUnknown = size > 0 && data[0] & 1 == 1
    do {
        let rows = try CSVList.parse(text(data, size), file: "ds.csv", listName: "ca_nhan", columns: columns,
                                     ignoreUnknownColumns: ignoreUnknown)
        rows.forEach { TreeWalk.exercise($0, file: "ds.csv") }
    } catch {
        Invariants.check(error, file: "ds.csv")
    }
    return 0
}
