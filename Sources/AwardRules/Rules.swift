import VietnameseText

/// One row of the coefficient table: an award form for one kind of recipient, paid
/// `coefficient` × the base salary, for decisions dated within `period`.
public struct CoefficientRule: Hashable, Sendable {
    /// Canonical name of the award form, e.g. "Bằng khen của Chủ tịch UBND tỉnh".
    public let awardForm: String
    public let kind: RecipientKind
    public let coefficient: Coefficient
    public let period: ValidityPeriod
    /// Legal citation, e.g. "Nghị định 152/2025/NĐ-CP, Điều 54, khoản 1".
    public let legalSource: String
    /// Free remark from the table (`ghi_chu`), e.g. that a figure still needs verifying.
    public let note: String?
    public let location: TableLocation?

    public init(awardForm: String, kind: RecipientKind, coefficient: Coefficient, period: ValidityPeriod,
                legalSource: String, note: String? = nil, location: TableLocation? = nil) {
        self.awardForm = normalizedSpacing(awardForm)
        self.kind = kind
        self.coefficient = coefficient
        self.period = period
        self.legalSource = normalizedSpacing(legalSource)
        self.note = note.map(normalizedSpacing)
        self.location = location
    }
}

/// One row of the base salary table (mức lương cơ sở), in đồng per month.
public struct BaseSalaryRule: Hashable, Sendable {
    public let amount: Int
    public let period: ValidityPeriod
    /// e.g. "Nghị định 73/2024/NĐ-CP, Điều 3, khoản 2".
    public let legalSource: String
    public let note: String?
    public let location: TableLocation?

    public init(amount: Int, period: ValidityPeriod, legalSource: String, note: String? = nil,
                location: TableLocation? = nil) {
        self.amount = amount
        self.period = period
        self.legalSource = normalizedSpacing(legalSource)
        self.note = note.map(normalizedSpacing)
        self.location = location
    }
}

/// Award form names are matched ignoring case, spacing, NFC/NFD and "hòa"/"hoà" tone placement,
/// so "BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH" typed in a spreadsheet finds its row.
enum AwardFormKey {
    static func key(_ name: String) -> String {
        vietnameseLowercased(normalizingTonePlacement(normalizedSpacing(name), to: .classic))
    }
}
