import DataInput
import VietnameseText

/// Reading the rows of VanBan's law tables (the register, the money table): every row is dated
/// and sourced the same way, so it is read the same way.
public enum TableFields {
    /// `tu_ngay` … `den_ngay` (inclusive; an empty end is "still in force").
    public static func period(_ row: DataNode, start: String = "tu_ngay", end: String = "den_ngay") throws(DataError) -> ValidityPeriod {
        let first = try row.required(start).date()
        let last = try row[end]?.date()
        guard let period = ValidityPeriod(start: first, end: last) else {
            throw (row[end] ?? row).error("ngày kết thúc \(last?.shortForm ?? "") trước ngày bắt đầu \(first.shortForm)")
        }
        return period
    }

    /// The citation (`can_cu` unless given), what it was checked against (`doi_chieu`) and what
    /// remains unverified (`can_xac_minh`, which marks the row).
    public static func provenance(_ row: DataNode, legalSource: String? = nil) throws(DataError) -> Provenance {
        let source: String
        if let legalSource { source = legalSource } else { source = try text(row, "can_cu") }
        return Provenance(legalSource: source,
                   checkedAgainst: try text(row, "doi_chieu"),
                   unverified: try optionalText(row, "can_xac_minh"),
                   location: row.location)
    }

    /// A required, non-empty text, spacing normalised.
    public static func text(_ row: DataNode, _ key: String) throws(DataError) -> String {
        let node = try row.required(key)
        let value = normalizedSpacing(try node.string())
        guard !value.isEmpty else { throw node.error("không được để trống") }
        return value
    }

    public static func optionalText(_ row: DataNode, _ key: String) throws(DataError) -> String? {
        guard let node = row[key] else { return nil }
        let value = normalizedSpacing(try node.string())
        return value.isEmpty ? nil : value
    }

    /// An optional list of texts (a single text is taken as a list of one here: these are
    /// maintainers' tables, not clerks' lists).
    public static func texts(_ row: DataNode, _ key: String) throws(DataError) -> [String] {
        guard let node = row[key] else { return [] }
        if node.scalarText != nil { return [normalizedSpacing(try node.string())] }
        var result: [String] = []
        for item in try node.list() { result.append(normalizedSpacing(try item.string())) }
        return result
    }

    /// The rows of a required, non-empty list.
    public static func rows(_ top: DataNode, _ key: String) throws(DataError) -> [DataNode] {
        let node = try top.required(key)
        let rows = try node.list()
        guard !rows.isEmpty else { throw node.error("danh sách trống") }
        return rows
    }
}
