/// One column a list may have.
public struct ListColumn: Sendable {
    /// The data key the column's values get ("ho_ten").
    public var key: String
    /// Header texts accepted for it ("Họ và tên", "Họ tên"). The key itself is always accepted
    /// too. Matching ignores case, diacritics (đ ~ d), spacing, punctuation and a remark in
    /// parentheses ("Số tiền (đồng)").
    public var headers: [String]
    public var required: Bool

    public init(key: String, headers: [String], required: Bool = true) {
        self.key = key
        self.headers = headers
        self.required = required
    }

    /// The name shown in messages: the first header text.
    var displayName: String { headers.first ?? key }
}

/// Who the rows of a list are, where a template tells collectives, individuals and households
/// apart: a heading "I. TẬP THỂ" sets it for the rows under it.
public enum ListKind: String, Sendable, CaseIterable {
    case collective = "tap_the"
    case individual = "ca_nhan"
    case household = "ho_gia_dinh"

    /// "tập thể", "cá nhân", "gia đình": the nouns of a count.
    public var countNoun: String {
        switch self {
        case .collective: "tập thể"
        case .individual: "cá nhân"
        case .household: "gia đình"
        }
    }
}

/// What a template asks of a list file.
public struct ListRequest: Sendable {
    /// The data path of the list ("ca_nhan"): rows are "ca_nhan[3]".
    public var name: String
    public var columns: [ListColumn]
    /// The kind of recipient the list holds, when the template tells kinds apart: rows under a
    /// heading of another kind are left to that kind's list.
    public var kind: ListKind?
    /// The field a heading naming an award form sets on the rows under it ("hinh_thuc").
    public var headingField: String?
    /// The field holding an amount a total line may state ("so_tien").
    public var amountField: String?

    public init(name: String, columns: [ListColumn], kind: ListKind? = nil, headingField: String? = nil, amountField: String? = nil) {
        self.name = name
        self.columns = columns
        self.kind = kind
        self.headingField = headingField
        self.amountField = amountField
    }

    /// The columns of a list as Excel exports usually number them: accepted and dropped.
    static let numberingColumn = ListColumn(key: "_tt", headers: ["TT", "STT", "Số TT", "Số thứ tự"], required: false)
}

/// What a list file holds for a template: the rows, what the reader did and skipped, and the
/// amounts its total lines state (checked once the money is computed).
public struct ListContents: Sendable {
    public var rows: [DataNode]
    public var notices: [DataNotice]
    public var statedAmounts: [StatedAmount]

    public init(rows: [DataNode], notices: [DataNotice] = [], statedAmounts: [StatedAmount] = []) {
        self.rows = rows
        self.notices = notices
        self.statedAmounts = statedAmounts
    }
}

/// An amount a total line of a list states ("Tổng cộng … 140.400.000"), with the rows it sums:
/// the rows' places, whichever list (collectives, individuals) they were read into.
public struct StatedAmount: Sendable, Hashable {
    public var location: SourceLocation
    public var amount: Int
    public var rows: [SourceLocation]

    public init(location: SourceLocation, amount: Int, rows: [SourceLocation]) {
        self.location = location
        self.amount = amount
        self.rows = rows
    }
}
