import VietnameseText

/// The dated rules for award money: coefficients per award form and recipient kind, and the
/// base salary. It is data (see `init(yaml:sourceName:)`); nothing here knows a figure.
public struct AwardRulesTable: Hashable, Sendable {
    public let coefficientRules: [CoefficientRule]
    public let baseSalaryRules: [BaseSalaryRule]
    /// Other spellings of a form → its canonical name ("Bằng khen UBND tỉnh" → "Bằng khen của
    /// Chủ tịch UBND tỉnh").
    public let aliases: [String: String]
    /// Amounts are rounded up to a multiple of this (10.000 đồng).
    public let roundingStep: Int
    /// The file the table came from, named in error messages.
    public let sourceName: String?
    /// Folded name (of a form or an alias) → canonical form: folding is costly, so it is done
    /// once here rather than for every row at every look-up.
    private let canonicalByKey: [String: String]
    /// The folded form name of each coefficient row, in row order.
    private let ruleKeys: [String]

    /// Builds and checks a table: no two rows for the same form and kind (or two base salary
    /// rows) may be in force on the same day, and every alias must name a form in the table.
    public init(coefficientRules: [CoefficientRule], baseSalaryRules: [BaseSalaryRule],
                aliases: [String: String] = [:], roundingStep: Int = 10_000,
                sourceName: String? = nil) throws(AwardRulesError) {
        // Folding a name is costly and the rows repeat a handful of names: fold each once.
        var folded: [String: String] = [:]
        func key(_ name: String) -> String {
            if let known = folded[name] { return known }
            let value = AwardFormKey.key(name)
            folded[name] = value
            return value
        }
        guard roundingStep > 0 else {
            throw .invalidTable(TableProblem(location: nil, field: "lam_tron_len",
                                             message: "bước làm tròn phải là số dương"))
        }
        try Self.checkNoOverlap(coefficientRules.map {
            DatedRow(period: $0.period, location: $0.location,
                     group: key($0.awardForm) + "|" + $0.kind.rawValue,
                     label: "hệ số của “\($0.awardForm)” (\($0.kind.vietnameseName))")
        })
        try Self.checkNoOverlap(baseSalaryRules.map {
            DatedRow(period: $0.period, location: $0.location, group: "", label: "mức lương cơ sở")
        })
        let formKeys = Set(coefficientRules.map { key($0.awardForm) })
        var normalisedAliases: [String: String] = [:]
        for (alias, target) in aliases.sorted(by: { $0.key < $1.key }) {
            guard formKeys.contains(key(target)) else {
                throw .invalidTable(TableProblem(location: nil, field: "ten_goi_khac",
                    message: "tên gọi khác “\(alias)” trỏ tới “\(target)”, không có trong bảng hệ số"))
            }
            normalisedAliases[normalizedSpacing(alias)] = normalizedSpacing(target)
        }
        self.coefficientRules = coefficientRules
        self.baseSalaryRules = baseSalaryRules
        self.aliases = normalisedAliases
        let keys = coefficientRules.map { key($0.awardForm) }
        var canonical: [String: String] = [:]
        for (key, rule) in zip(keys, coefficientRules) where canonical[key] == nil { canonical[key] = rule.awardForm }
        for (alias, target) in normalisedAliases {
            let aliasKey = key(alias)
            if canonical[aliasKey] == nil { canonical[aliasKey] = canonical[key(target)] }
        }
        self.canonicalByKey = canonical
        self.ruleKeys = keys
        self.roundingStep = roundingStep
        self.sourceName = sourceName
    }

    /// Canonical award form names, in table order.
    public var awardForms: [String] {
        var seen = Set<String>()
        return coefficientRules.map(\.awardForm).filter { seen.insert(AwardFormKey.key($0)).inserted }
    }

    /// The canonical name of a form given by name or alias, in any case, NFC or NFD, hòa or hoà.
    public func canonicalForm(_ name: String) throws(AwardRulesError) -> String {
        if let form = canonicalByKey[AwardFormKey.key(name)] { return form }
        throw .unknownAwardForm(normalizedSpacing(name), knownForms: awardForms, table: sourceName)
    }

    /// The base salary row in force on `date`.
    public func baseSalary(on date: CalendarDate) throws(AwardRulesError) -> BaseSalaryRule {
        guard let rule = baseSalaryRules.first(where: { $0.period.contains(date) }) else {
            throw .noBaseSalary(date: date, rows: baseSalaryRules, table: sourceName)
        }
        return rule
    }

    /// The coefficient row for a form and kind in force on `date`.
    public func coefficient(for form: String, kind: RecipientKind, on date: CalendarDate)
        throws(AwardRulesError) -> CoefficientRule
    {
        let canonical = try canonicalForm(form)
        let key = AwardFormKey.key(canonical)
        let rows = zip(ruleKeys, coefficientRules).filter { $0.0 == key && $0.1.kind == kind }.map(\.1)
        guard !rows.isEmpty else { throw .awardFormNotForKind(canonical, kind: kind, table: sourceName) }
        guard let rule = rows.first(where: { $0.period.contains(date) }) else {
            throw .noCoefficient(form: canonical, kind: kind, date: date, rows: rows, table: sourceName)
        }
        return rule
    }

    /// The money for one recipient of `form` under a decision dated `decisionDate`:
    /// coefficient × base salary in force that day, rounded up to `roundingStep`.
    public func award(_ form: String, for kind: RecipientKind, decisionDate: CalendarDate)
        throws(AwardRulesError) -> AwardAmount
    {
        let coefficientRule = try coefficient(for: form, kind: kind, on: decisionDate)
        let salaryRule = try baseSalary(on: decisionDate)
        return AwardAmount(
            decisionDate: decisionDate, coefficientRule: coefficientRule, baseSalaryRule: salaryRule,
            amount: AwardMoney.amount(coefficient: coefficientRule.coefficient, baseSalary: salaryRule.amount,
                                      roundingStep: roundingStep))
    }

    /// What the overlap check needs to know of a row of either table.
    private struct DatedRow {
        let period: ValidityPeriod
        let location: TableLocation?
        /// Rows of the same group may not overlap (same form and kind; all base salary rows).
        let group: String
        let label: String

        var reference: String { (location.map { "dòng \($0.line) " } ?? "") + "(\(period))" }
    }

    private static func checkNoOverlap(_ rows: [DatedRow]) throws(AwardRulesError) {
        for (i, a) in rows.enumerated() {
            for b in rows[(i + 1)...] where a.group == b.group && a.period.overlaps(b.period) {
                throw .invalidTable(TableProblem(
                    location: b.location, field: "tu_ngay",
                    message: "hai dòng \(a.label) trùng thời gian áp dụng: \(a.reference) và \(b.reference); "
                        + "mỗi ngày chỉ được có một dòng"))
            }
        }
    }
}
