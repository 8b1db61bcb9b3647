import DataInput
import LegalRegister
import VietnameseText

/// The checks that keep the money table honest: rows of one kind never overlap, and a row never
/// outlives (or precedes) the document it rests on.
enum TableConsistency {
    /// What the overlap check needs to know of a row of any of the tables.
    struct DatedRow {
        let period: ValidityPeriod
        let location: SourceLocation?
        /// Rows of the same group may not overlap (same form and kind; all base salary rows).
        let group: String
        /// Worded only when the row is wrong: every row has one, few are ever said.
        let label: () -> String

        var reference: String { (location.map { "dòng \($0.line) " } ?? "") + "(\(period))" }
    }

    static func checkNoOverlap(_ rows: [DatedRow]) throws(AwardRulesError) {
        var byGroup: [String: [DatedRow]] = [:]
        for row in rows { byGroup[row.group, default: []].append(row) }
        for group in byGroup.values {
            for (i, a) in group.enumerated() {
                for b in group[(i + 1)...] where a.period.overlaps(b.period) {
                    throw .invalidTable(DataError(location: b.location, field: "tu_ngay",
                        message: "hai dòng \(a.label()) trùng thời gian áp dụng: \(a.reference) và \(b.reference); mỗi ngày chỉ được có một dòng"))
                }
            }
        }
    }

    /// The row's citation names a registered document (`cited`, the first its source cites), and
    /// the row lies within its days in force: a decree that was replaced closes its rows.
    static func check(label: () -> String, period: ValidityPeriod, provenance: Provenance, citing cited: LegalDocument?,
                      in register: LegalRegister) throws(AwardRulesError) {
        func problem(_ message: String) -> AwardRulesError {
            .invalidTable(DataError(location: provenance.location, field: "can_cu", message: "dòng \(label()): \(message)"))
        }
        guard let document = cited else {
            throw problem("căn cứ «\(provenance.legalSource)» không có trong danh mục văn bản \(register.sourceName ?? ""); hãy thêm văn bản đó vào danh mục")
        }
        guard period.lies(within: document.inForce) else {
            if period.end == nil, let end = document.inForce.end {
                let replacement = register.successor(of: document, on: end.nextDay).map { " (thay bằng \($0.shortCitation))" } ?? ""
                throw problem("còn để trống «den_ngay» nhưng \(document.shortCitation) hết hiệu lực sau ngày \(end.shortForm)\(replacement); hãy ghi den_ngay: \(end.iso) và thêm dòng theo văn bản mới")
            }
            throw problem("thời gian áp dụng \(period) nằm ngoài thời gian có hiệu lực của \(document.shortCitation) (\(document.inForce))")
        }
    }
}
