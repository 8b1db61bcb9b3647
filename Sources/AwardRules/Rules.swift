import LegalRegister
import VietnameseText

/// One row of the coefficient table: an award form for one kind of recipient, paid
/// `coefficient` × the base salary, for decisions dated within `period`.
public struct CoefficientRule: Hashable, Sendable {
    /// Canonical name of the award form, e.g. "Bằng khen của Chủ tịch UBND tỉnh".
    public let awardForm: String
    public let kind: RecipientKind
    public let coefficient: Coefficient
    public let period: ValidityPeriod
    /// The citation ("điểm e khoản 1 Điều 54 Nghị định số 152/2025/NĐ-CP"), what it was checked
    /// against, and whether it still needs verifying.
    public let provenance: Provenance
    /// Free remark from the table (`ghi_chu`).
    public let note: String?

    public init(awardForm: String, kind: RecipientKind, coefficient: Coefficient, period: ValidityPeriod,
                provenance: Provenance, note: String? = nil) {
        self.init(spacedAwardForm: normalizedSpacing(awardForm), kind: kind, coefficient: coefficient, period: period,
                  provenance: provenance, spacedNote: note.map(normalizedSpacing))
    }

    /// A row whose texts are already spaced as the table keeps them (`AwardTableCoding`).
    init(spacedAwardForm awardForm: String, kind: RecipientKind, coefficient: Coefficient, period: ValidityPeriod,
         provenance: Provenance, spacedNote note: String?) {
        self.awardForm = awardForm
        self.kind = kind
        self.coefficient = coefficient
        self.period = period
        self.provenance = provenance
        self.note = note
    }

    public var legalSource: String { provenance.legalSource }

    /// "hệ số «Giấy khen» (cá nhân) từ 01/7/2025", for messages.
    public var label: String { "hệ số «\(awardForm)» (\(kind.vietnameseName)) \(period)" }
}

/// One row of the base salary table, in đồng per month: the mức lương cơ sở (before 2013 the
/// mức lương tối thiểu chung, which the decrees of those years multiply instead).
public struct BaseSalaryRule: Hashable, Sendable {
    public let amount: Int
    /// What the decree calls it: "mức lương cơ sở" or "mức lương tối thiểu chung".
    public let name: String
    public let period: ValidityPeriod
    public let provenance: Provenance

    public init(amount: Int, name: String = "mức lương cơ sở", period: ValidityPeriod, provenance: Provenance) {
        self.amount = amount
        self.name = name
        self.period = period
        self.provenance = provenance
    }

    public var legalSource: String { provenance.legalSource }
    public var label: String { "\(name) \(NumberText.grouped(amount)) đồng \(period)" }
}

/// One row of the rounding table: amounts are rounded up to a multiple of `step` đồng.
public struct RoundingRule: Hashable, Sendable {
    public let step: Int
    public let period: ValidityPeriod
    public let provenance: Provenance

    public init(step: Int, period: ValidityPeriod, provenance: Provenance) {
        self.step = step
        self.period = period
        self.provenance = provenance
    }

    public var label: String {
        (step > 1 ? "làm tròn lên bội số \(NumberText.grouped(step)) đồng" : "không làm tròn") + " \(period)"
    }
}

/// Award form names are matched ignoring case, spacing, NFC/NFD and "hòa"/"hoà" tone placement,
/// so "BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH" typed in a spreadsheet finds its row.
enum AwardFormKey {
    static func key(_ name: String) -> String {
        vietnameseLowercased(normalizingTonePlacement(normalizedSpacing(name), to: .classic))
    }
}
