import VietnameseText

/// The money for one recipient of one award, with everything needed to justify it.
public struct AwardAmount: Hashable, Sendable {
    public let decisionDate: CalendarDate
    public let coefficientRule: CoefficientRule
    public let baseSalaryRule: BaseSalaryRule
    /// In đồng, already rounded up.
    public let amount: Int

    public init(decisionDate: CalendarDate, coefficientRule: CoefficientRule, baseSalaryRule: BaseSalaryRule, amount: Int) {
        self.decisionDate = decisionDate
        self.coefficientRule = coefficientRule
        self.baseSalaryRule = baseSalaryRule
        self.amount = amount
    }

    public var awardForm: String { coefficientRule.awardForm }
    public var kind: RecipientKind { coefficientRule.kind }
    public var coefficient: Coefficient { coefficientRule.coefficient }
    public var baseSalary: Int { baseSalaryRule.amount }

    /// "710.000".
    public var amountText: String { NumberText.grouped(amount) }

    /// "Bảy trăm mười nghìn đồng".
    public func amountInWords(settings: NumberWordsSettings = .standard) -> String {
        NumberWords.money(amount, settings: settings)
    }

    /// The two citations behind the figure, coefficient first.
    public var legalSources: [String] { [coefficientRule.legalSource, baseSalaryRule.legalSource] }
}
