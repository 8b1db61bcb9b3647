import DataInput
import VietnameseText

/// The register as a `ReadingCache` keeps it once built and checked: its documents, field by
/// field, and the indexes built from them, so that a run that finds it reads no YAML, folds no
/// name and checks no link. What is read back is what was written; a damaged entry is nil.
enum RegisterCoding {
    static let kind = "register"

    static func encode(_ register: LegalRegister, into writer: inout CompactWriter) {
        writer.array(register.documents) { $0.legalDocument($1) }
        writer.optional(register.sourceName) { $0.string($1) }
        writer.optional(register.sourceDigest) { $0.integer(Int(bitPattern: UInt($1))) }
        writer.dictionary(register.indexByNumber) { $0.word($1) }
        writer.array(register.scanner.named) { writer, named in
            writer.array(named.words) { $0.string($1) }
            writer.date(named.issueDate)
            writer.word(named.index)
        }
    }

    static func decode(_ reader: inout CompactReader) -> LegalRegister? {
        guard let documents = reader.array({ $0.legalDocument() }),
              let sourceName = reader.optional({ $0.string() }),
              let digest = reader.optional({ $0.integer() }),
              let index = reader.dictionary({ reader in reader.word().flatMap { $0 < documents.count ? $0 : nil } }),
              let named = reader.array({ reader -> CitationScanner.NamedDocument? in
                  guard let words = reader.array({ $0.string() }), let date = reader.date(),
                        let position = reader.word(), position < documents.count else { return nil }
                  return CitationScanner.NamedDocument(words: words, issueDate: date, index: position)
              })
        else { return nil }
        return LegalRegister(documents: documents, sourceName: sourceName, indexByNumber: index,
                             scanner: CitationScanner(indexByNumber: index, named: named),
                             sourceDigest: digest.map { UInt64(UInt(bitPattern: $0)) })
    }
}

/// The law's values as the register's and the award table's entries hold them.
extension CompactWriter {
    public mutating func date(_ date: CalendarDate) {
        word(date.year)
        word(date.month)
        word(date.day)
    }

    public mutating func period(_ period: ValidityPeriod) {
        date(period.start)
        optional(period.end) { $0.date($1) }
    }

    public mutating func provenance(_ provenance: Provenance) {
        string(provenance.legalSource)
        string(provenance.checkedAgainst)
        optional(provenance.unverified) { $0.string($1) }
        optional(provenance.location) { $0.location($1) }
    }

    mutating func legalDocument(_ document: LegalDocument) {
        string(document.number)
        string(document.type)
        optional(document.name) { $0.string($1) }
        optional(document.subject) { $0.string($1) }
        optional(document.issuer) { $0.string($1) }
        date(document.issueDate)
        period(document.inForce)
        optional(document.replacedBy) { $0.string($1) }
        array(document.amends) { $0.string($1) }
        array(document.fields) { $0.string($1) }
        provenance(document.provenance)
    }
}

extension CompactReader {
    public mutating func date() -> CalendarDate? {
        guard let year = word(), let month = word(), let day = word() else { return nil }
        return try? CalendarDate(year: year, month: month, day: day)
    }

    public mutating func period() -> ValidityPeriod? {
        guard let start = date(), let end = optional({ $0.date() }) else { return nil }
        return ValidityPeriod(start: start, end: end)
    }

    public mutating func provenance() -> Provenance? {
        guard let source = string(), let checked = string(), let unverified = optional({ $0.string() }),
              let location = optional({ $0.location() }) else { return nil }
        return Provenance(legalSource: source, checkedAgainst: checked, unverified: unverified, location: location)
    }

    mutating func legalDocument() -> LegalDocument? {
        guard let number = string(), let type = string(), let name = optional({ $0.string() }),
              let subject = optional({ $0.string() }), let issuer = optional({ $0.string() }),
              let issueDate = date(), let inForce = period(), let replacedBy = optional({ $0.string() }),
              let amends = array({ $0.string() }), let fields = array({ $0.string() }), let provenance = provenance()
        else { return nil }
        return LegalDocument(number: number, type: type, name: name, subject: subject, issuer: issuer, issueDate: issueDate,
                             inForce: inForce, replacedBy: replacedBy, amends: amends, fields: fields, provenance: provenance)
    }
}
