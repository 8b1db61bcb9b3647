import DataInput
import LegalRegister

/// The award table as a `ReadingCache` keeps it once built and checked (against the register
/// too, whose file is part of the entry's key): its rows field by field and the look-ups built
/// from them, so that a run that finds it reads no YAML, folds no form name and checks no row
/// again. What is read back is what was written; a damaged entry is nil.
enum AwardTableCoding {
    static let kind = "award-table"

    static func encode(_ table: AwardRulesTable, into writer: inout CompactWriter) {
        writer.array(table.coefficientRules) { writer, rule in
            writer.string(rule.awardForm)
            writer.string(rule.kind.rawValue)
            writer.integer(rule.coefficient.thousandths)
            writer.period(rule.period)
            writer.provenance(rule.provenance)
            writer.optional(rule.note) { $0.string($1) }
        }
        writer.array(table.baseSalaryRules) { writer, rule in
            writer.integer(rule.amount)
            writer.string(rule.name)
            writer.period(rule.period)
            writer.provenance(rule.provenance)
        }
        writer.array(table.roundingRules) { writer, rule in
            writer.integer(rule.step)
            writer.period(rule.period)
            writer.provenance(rule.provenance)
        }
        writer.optional(table.sourceName) { $0.string($1) }
        writer.dictionary(table.aliases) { $0.string($1) }
        writer.dictionary(table.canonicalByKey) { $0.string($1) }
        writer.array(table.canonicalByPrefix) { writer, entry in
            writer.string(entry.prefix)
            writer.string(entry.form)
        }
        writer.array(table.ruleKeys) { $0.string($1) }
    }

    static func decode(_ reader: inout CompactReader) -> AwardRulesTable? {
        let coefficients = reader.array { reader -> CoefficientRule? in
            guard let form = reader.string(), let kind = reader.string().flatMap(RecipientKind.init(rawValue:)),
                  let thousandths = reader.integer(), let period = reader.period(), let provenance = reader.provenance(),
                  let note = reader.optional({ $0.string() }) else { return nil }
            return CoefficientRule(spacedAwardForm: form, kind: kind, coefficient: Coefficient(thousandths: thousandths),
                                   period: period, provenance: provenance, spacedNote: note)
        }
        let salaries = reader.array { reader -> BaseSalaryRule? in
            guard let amount = reader.integer(), let name = reader.string(), let period = reader.period(),
                  let provenance = reader.provenance() else { return nil }
            return BaseSalaryRule(amount: amount, name: name, period: period, provenance: provenance)
        }
        let rounding = reader.array { reader -> RoundingRule? in
            guard let step = reader.integer(), let period = reader.period(), let provenance = reader.provenance() else { return nil }
            return RoundingRule(step: step, period: period, provenance: provenance)
        }
        guard let coefficients, let salaries, let rounding, let sourceName = reader.optional({ $0.string() }),
              let aliases = reader.dictionary({ $0.string() }), let canonical = reader.dictionary({ $0.string() }),
              let prefixes = reader.array({ reader -> (prefix: String, form: String)? in
                  guard let prefix = reader.string(), let form = reader.string() else { return nil }
                  return (prefix, form)
              }),
              let keys = reader.array({ $0.string() }), keys.count == coefficients.count
        else { return nil }
        return AwardRulesTable(coefficientRules: coefficients, baseSalaryRules: salaries, roundingRules: rounding, aliases: aliases,
                               sourceName: sourceName, canonicalByKey: canonical, canonicalByPrefix: prefixes, ruleKeys: keys)
    }
}
