import DataInput

/// What the list harnesses (CSV, XLSX) ask of a list and check of what they read.
public enum FuzzLists {
    static let columns = [
        ListColumn(key: "ho_ten", headers: ["Họ và tên", "Họ tên"]),
        ListColumn(key: "don_vi", headers: ["Đơn vị", "Đơn vị công tác"], required: false),
        ListColumn(key: "hinh_thuc", headers: ["Hình thức"], required: false),
        ListColumn(key: "so_tien", headers: ["Số tiền"], required: false),
    ]

    /// A plain list, or (odd `selector`) one of individuals whose headings set the award form
    /// and whose total line may state an amount.
    public static func request(choosing selector: UInt8) -> ListRequest {
        selector & 1 == 0
            ? ListRequest(name: "ca_nhan", columns: columns)
            : ListRequest(name: "ca_nhan", columns: columns, kind: .individual, headingField: "hinh_thuc", amountField: "so_tien")
    }

    /// Every accessor on every row; every notice held to the messages' invariants.
    public static func exercise(_ contents: ListContents, file: String) {
        contents.rows.forEach { TreeWalk.exercise($0, file: file) }
        for notice in contents.notices { Invariants.check(DataError(location: notice.location, message: notice.message), file: file) }
    }
}
