import DataInput
import LegalRegister
import VietnameseText

/// The dated rules for award money: coefficients per award form and recipient kind, the base
/// salary, the rounding rule. It is data (see `init(yaml:sourceName:register:)`); nothing here
/// knows a figure.
public struct AwardRulesTable: Sendable {
    public let coefficientRules: [CoefficientRule]
    public let baseSalaryRules: [BaseSalaryRule]
    public let roundingRules: [RoundingRule]
    /// Other spellings of a form → its canonical name ("Bằng khen UBND tỉnh" → "Bằng khen của
    /// Chủ tịch UBND tỉnh"). A spelling ending in "…" names every form starting so ("Bằng khen
    /// của Bộ trưởng Bộ …").
    public let aliases: [String: String]
    /// The file the table came from, named in error messages.
    public let sourceName: String?
    /// Folded name (of a form or an alias) → canonical form: folding is costly, so it is done
    /// once here rather than for every row at every look-up.
    let canonicalByKey: [String: String]
    /// Folded prefixes of the "…" aliases → canonical form, longest first.
    let canonicalByPrefix: [(prefix: String, form: String)]
    /// The folded form name of each coefficient row, in row order.
    let ruleKeys: [String]

    /// A table already built and checked (`AwardTableCoding`), with the look-ups built from it.
    init(coefficientRules: [CoefficientRule], baseSalaryRules: [BaseSalaryRule], roundingRules: [RoundingRule],
         aliases: [String: String], sourceName: String?, canonicalByKey: [String: String],
         canonicalByPrefix: [(prefix: String, form: String)], ruleKeys: [String]) {
        self.coefficientRules = coefficientRules
        self.baseSalaryRules = baseSalaryRules
        self.roundingRules = roundingRules
        self.aliases = aliases
        self.sourceName = sourceName
        self.canonicalByKey = canonicalByKey
        self.canonicalByPrefix = canonicalByPrefix
        self.ruleKeys = ruleKeys
    }

    /// Builds and checks a table: no two rows for the same form and kind (or two base salary or
    /// rounding rows) in force on the same day, every alias naming a form in the table, and —
    /// given the register — every row resting on a registered document and ending when it does.
    public init(coefficientRules: [CoefficientRule], baseSalaryRules: [BaseSalaryRule], roundingRules: [RoundingRule],
                aliases: [String: String] = [:], aliasLocations: [String: SourceLocation] = [:],
                sourceName: String? = nil, register: LegalRegister? = nil) throws(AwardRulesError) {
        // Rows share their forms and their sources: each is folded, and scanned, once.
        var keyOf: [String: String] = [:]
        let keys = coefficientRules.map { rule in
            if let key = keyOf[rule.awardForm] { return key }
            let key = AwardFormKey.key(rule.awardForm)
            keyOf[rule.awardForm] = key
            return key
        }
        try TableConsistency.checkNoOverlap(zip(keys, coefficientRules).map { key, rule in
            .init(period: rule.period, location: rule.provenance.location, group: key + "|" + rule.kind.rawValue, label: { rule.label })
        })
        try TableConsistency.checkNoOverlap(baseSalaryRules.map { .init(period: $0.period, location: $0.provenance.location, group: "", label: { "mức lương cơ sở" }) })
        try TableConsistency.checkNoOverlap(roundingRules.map { .init(period: $0.period, location: $0.provenance.location, group: "", label: { "quy tắc làm tròn" }) })
        if let register {
            let rows: [(label: () -> String, period: ValidityPeriod, provenance: Provenance)] =
                coefficientRules.map { rule in ({ rule.label }, rule.period, rule.provenance) }
                + baseSalaryRules.map { rule in ({ rule.label }, rule.period, rule.provenance) }
                + roundingRules.map { rule in ({ rule.label }, rule.period, rule.provenance) }
            var citedBy: [String: LegalDocument?] = [:]
            for (label, period, provenance) in rows {
                let source = provenance.legalSource
                let cited = citedBy[source] ?? register.cited(in: source).first
                citedBy[source] = cited
                try TableConsistency.check(label: label, period: period, provenance: provenance, citing: cited, in: register)
            }
        }
        var canonical: [String: String] = [:]
        for (key, rule) in zip(keys, coefficientRules) where canonical[key] == nil { canonical[key] = rule.awardForm }
        var prefixes: [(prefix: String, form: String)] = []
        var normalisedAliases: [String: String] = [:]
        // In a fixed order (the keys are NFC, so their bytes sort as the strings do, for less).
        for (alias, target) in aliases.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            guard let form = canonical[AwardFormKey.key(target)] else {
                throw .invalidTable(DataError(location: aliasLocations[alias], field: "ten_goi_khac",
                    message: "tên gọi khác “\(alias)” trỏ tới “\(target)”, không có trong bảng hệ số"))
            }
            normalisedAliases[normalizedSpacing(alias)] = form
            if let prefix = Self.prefix(ofPattern: alias) {
                prefixes.append((AwardFormKey.key(prefix), form))
                continue
            }
            if keys.contains(AwardFormKey.key(alias)) {
                throw .invalidTable(DataError(location: aliasLocations[alias], field: "ten_goi_khac",
                    message: "“\(alias)” đã là tên một hình thức trong he_so_tien_thuong, không thể là tên gọi khác"))
            }
            canonical[AwardFormKey.key(alias)] = form
        }
        self.coefficientRules = coefficientRules
        self.baseSalaryRules = baseSalaryRules
        self.roundingRules = roundingRules
        self.aliases = normalisedAliases
        self.sourceName = sourceName
        self.canonicalByKey = canonical
        // Longest first; each length counted once (counting Characters walks the whole string).
        self.canonicalByPrefix = prefixes.map { ($0, $0.prefix.count) }.sorted { $0.1 > $1.1 }.map(\.0)
        self.ruleKeys = keys
    }

    /// "Bằng khen của Bộ trưởng Bộ …" → "Bằng khen của Bộ trưởng Bộ"; nil for a plain name.
    static func prefix(ofPattern alias: String) -> String? {
        let trimmed = normalizedSpacing(alias)
        for marker in ["…", "..."] where trimmed.hasSuffix(marker) {
            return normalizedSpacing(String(trimmed.dropLast(marker.count)))
        }
        return nil
    }

    /// Canonical award form names, in table order.
    public var awardForms: [String] {
        var seen = Set<String>()
        return coefficientRules.map(\.awardForm).filter { seen.insert(AwardFormKey.key($0)).inserted }
    }

    /// The canonical name of a form given by name or alias, in any case, NFC or NFD, hòa or hoà.
    public func canonicalForm(_ name: String) throws(AwardRulesError) -> String {
        let key = AwardFormKey.key(name)
        if let form = canonicalByKey[key] { return form }
        if let match = canonicalByPrefix.first(where: { key.hasPrefix($0.prefix + " ") }) { return match.form }
        let names = awardForms + aliases.keys.filter { Self.prefix(ofPattern: $0) == nil }.sorted()
        throw .unknownAwardForm(normalizedSpacing(name), nearest: KeySuggestion.nearest(to: name, among: names), table: sourceName)
    }

    /// The base salary row in force on `date`.
    public func baseSalary(on date: CalendarDate) throws(AwardRulesError) -> BaseSalaryRule {
        guard let rule = baseSalaryRules.first(where: { $0.period.contains(date) }) else {
            throw .noBaseSalary(date: date, rows: baseSalaryRules, table: sourceName)
        }
        return rule
    }

    /// The rounding rule in force on `date`.
    public func rounding(on date: CalendarDate) throws(AwardRulesError) -> RoundingRule {
        guard let rule = roundingRules.first(where: { $0.period.contains(date) }) else {
            throw .noRounding(date: date, table: sourceName)
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
    /// coefficient × base salary in force that day, rounded up by the rule in force that day.
    public func award(_ form: String, for kind: RecipientKind, decisionDate: CalendarDate)
        throws(AwardRulesError) -> AwardAmount
    {
        let coefficientRule = try coefficient(for: form, kind: kind, on: decisionDate)
        let salaryRule = try baseSalary(on: decisionDate)
        let roundingRule = try rounding(on: decisionDate)
        return AwardAmount(
            decisionDate: decisionDate, coefficientRule: coefficientRule, baseSalaryRule: salaryRule, roundingRule: roundingRule,
            amount: AwardMoney.amount(coefficient: coefficientRule.coefficient, baseSalary: salaryRule.amount,
                                      roundingStep: roundingRule.step))
    }
}
