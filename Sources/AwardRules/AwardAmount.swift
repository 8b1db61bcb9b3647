import LegalRegister
import VietnameseText

/// The money for one recipient of one award, with everything needed to justify it.
public struct AwardAmount: Hashable, Sendable {
    public let decisionDate: CalendarDate
    public let coefficientRule: CoefficientRule
    public let baseSalaryRule: BaseSalaryRule
    public let roundingRule: RoundingRule
    /// In đồng, already rounded up.
    public let amount: Int

    public init(decisionDate: CalendarDate, coefficientRule: CoefficientRule, baseSalaryRule: BaseSalaryRule,
                roundingRule: RoundingRule, amount: Int) {
        self.decisionDate = decisionDate
        self.coefficientRule = coefficientRule
        self.baseSalaryRule = baseSalaryRule
        self.roundingRule = roundingRule
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

    /// The citations behind the figure: coefficient, base salary, rounding.
    public var legalSources: [String] {
        [coefficientRule.legalSource, baseSalaryRule.legalSource, roundingRule.provenance.legalSource]
    }

    /// The rows behind the figure that were not checked against the law's text, each with a
    /// label and its provenance: money resting on them must say so.
    public var unverifiedRows: [(label: String, provenance: Provenance)] {
        [(coefficientRule.label, coefficientRule.provenance), (baseSalaryRule.label, baseSalaryRule.provenance),
         (roundingRule.label, roundingRule.provenance)].filter { !$0.provenance.isVerified }
    }
}
