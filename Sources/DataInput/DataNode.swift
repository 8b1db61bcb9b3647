import Foundation
import InputGuards
import VietnameseText

/// One value of a data file (YAML, JSON or a CSV row) with the place it came from.
///
/// Scalars are kept as text (already NFC): YAML's own typing (`no` → false, `012` → 10,
/// `1.490.000` → a string, `2023-01-05` → a timestamp) never applies; the typed accessors
/// below read the text by VanBan's rules and fail with a message that names the file, the
/// line, the column and the field.
public struct DataNode: Sendable {
    public enum Kind: Sendable {
        case null
        case scalar(String)
        case list([DataNode])
        /// Entries in the order the file gives them.
        case map([DataEntry])
    }

    public var kind: Kind
    public var location: SourceLocation
    /// Field path from the root, for messages: "nguoi_ky.ho_ten", "ca_nhan[3].so_tien".
    /// List indices count from 1. The root's path is "".
    public var path: String

    public init(kind: Kind, location: SourceLocation, path: String) {
        self.kind = kind
        self.location = location
        self.path = path
    }

    // MARK: - Shape

    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// The raw scalar text (NFC, untrimmed), or nil for a null, a list or a map.
    public var scalarText: String? {
        if case .scalar(let text) = kind { return text }
        return nil
    }

    /// "giá trị trống", "một danh sách", "một nhóm trường", "«12a»": what was found, for messages.
    var foundDescription: String {
        if case .scalar(let text) = kind { return Excerpt.quoted(text.trimmedWhitespace) }
        return kindDescription
    }

    /// What kind of value this is, without showing it: "một chuỗi", "một danh sách" …
    var kindDescription: String {
        switch kind {
        case .null: "giá trị trống"
        case .scalar: "một chuỗi"
        case .list: "một danh sách"
        case .map: "một nhóm trường"
        }
    }

    // MARK: - Access

    /// The value of `key` in a map; nil if the key is absent, its value is null, or this is not
    /// a map.
    public subscript(key: String) -> DataNode? {
        guard case .map(let entries) = kind else { return nil }
        guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else { return nil }
        return entry.value
    }

    /// Whether `self[key]` would give a value: the same test, without copying the value out.
    public func hasValue(_ key: String) -> Bool {
        guard case .map(let entries) = kind else { return false }
        return entries.contains { $0.key == key && !$0.value.isNull }
    }

    /// The entry for `key` (even if its value is null), or nil.
    public func entry(_ key: String) -> DataEntry? {
        guard case .map(let entries) = kind else { return nil }
        return entries.first(where: { $0.key == key })
    }

    /// The value of a field that must be present and not empty.
    public func required(_ key: String) throws(DataError) -> DataNode {
        let entries = try self.entries()
        guard let entry = entries.first(where: { $0.key == key }) else {
            throw error("thiếu trường bắt buộc \(Excerpt.quoted(key))")
        }
        if entry.value.isNull {
            throw entry.value.error("trường bắt buộc này chưa có giá trị")
        }
        return entry.value
    }

    /// The text of a scalar: NFC, with surrounding spaces and line breaks removed.
    public func string() throws(DataError) -> String {
        guard case .scalar(let text) = kind else { throw mismatch("một chuỗi") }
        return text.trimmedWhitespace
    }

    /// A whole number: "12", "012", "-3", or grouped the Vietnamese way "1.490.000".
    public func int() throws(DataError) -> Int {
        guard case .scalar = kind else { throw mismatch("một số nguyên") }
        let text = try string()
        switch NumberRules.integer(text) {
        case .value(let value): return value
        case .tooLarge: throw error("số \(Excerpt.quoted(text)) quá lớn (lớn nhất \(NumberText.grouped(InputLimits.largestWholeNumber)))")
        case .invalid, .ambiguous: throw error("cần một số nguyên, gặp \(Excerpt.quoted(text))")
        }
    }

    /// A year: a whole number from 1900 to 2200 (`InputLimits.years`).
    public func year() throws(DataError) -> Int {
        guard case .scalar = kind else { throw mismatch("một năm (ví dụ 2024)") }
        let text = try string()
        guard case .value(let value) = NumberRules.integer(text), InputLimits.years.contains(value) else {
            throw error("cần một năm từ \(InputLimits.years.lowerBound) đến \(InputLimits.years.upperBound), gặp \(Excerpt.quoted(text))")
        }
        return value
    }

    /// A number: "994", "1,5", "1.5", "1.490.000", "1.490.000,5", "1,490,000.5".
    /// See `NumberRules` for when a "." or "," is read as a thousands separator.
    public func decimal() throws(DataError) -> Decimal {
        guard case .scalar = kind else { throw mismatch("một số") }
        let text = try string()
        switch NumberRules.decimal(text) {
        case .value(let value): return value
        case .tooLarge: throw error("số \(Excerpt.quoted(text)) quá lớn (lớn nhất \(NumberText.grouped(InputLimits.largestWholeNumber)))")
        case .invalid: throw error("cần một số, gặp \(Excerpt.quoted(text))")
        case .ambiguous(let grouped, let fractional):
            throw error("\(Excerpt.quoted(text)) không rõ là \(grouped) (dấu phân cách hàng nghìn) hay \(fractional) (dấu thập phân); hãy viết \(grouped) hoặc \(fractional)")
        }
    }

    /// có/co/không/khong/đúng/sai/true/false/yes/no/x/1/0, in any case.
    public func bool() throws(DataError) -> Bool {
        guard case .scalar = kind else { throw mismatch("có hoặc không") }
        let text = try string()
        if let value = BoolRules.value(text) { return value }
        throw error("cần «có» hoặc «không», gặp \(Excerpt.quoted(text))")
    }

    /// A calendar day: "2023-01-05", "05/01/2023" or "5/1/2023" (day/month/year), in a year of
    /// `InputLimits.years`.
    public func date() throws(DataError) -> CalendarDate {
        guard case .scalar = kind else { throw mismatch("một ngày (ví dụ 05/01/2023)") }
        let text = try string()
        let date: CalendarDate
        do {
            date = try CalendarDate(parsing: text)
        } catch {
            throw self.error(error.description)
        }
        guard InputLimits.years.contains(date.year) else {
            throw error("năm \(date.year) của ngày \(Excerpt.quoted(text)) nằm ngoài khoảng \(InputLimits.years.lowerBound)–\(InputLimits.years.upperBound)")
        }
        return date
    }

    /// A document's date, or the month and year (or the year) a draft knows: "05/01/2023",
    /// "11/2020", "2020".
    public func issueDate() throws(DataError) -> IssueDate {
        guard case .scalar = kind else { throw mismatch("một ngày (ví dụ 05/01/2023, hoặc 11/2020 cho bản dự thảo)") }
        let text = try string()
        do {
            return try IssueDate(parsing: text)
        } catch {
            throw self.error(error.description)
        }
    }

    /// The items of a list. A single value is not taken as a one-item list.
    public func list() throws(DataError) -> [DataNode] {
        guard case .list(let items) = kind else { throw mismatch("một danh sách") }
        return items
    }

    /// The entries of a map, in file order.
    public func entries() throws(DataError) -> [DataEntry] {
        guard case .map(let entries) = kind else { throw mismatch("một nhóm trường (dạng tên_trường: giá trị)") }
        return entries
    }

    /// Fails on the first key not in `allowed`, at that key's location, suggesting the closest
    /// allowed key when one is near ("ho_tn" → "ho_ten", "họ_tên" → "ho_ten").
    public func checkKeys(allowed: Set<String>) throws(DataError) {
        for entry in try entries() where !allowed.contains(entry.key) {
            var message = "trường \(Excerpt.quoted(entry.key)) không có trong mẫu"
            if let suggestion = KeySuggestion.closest(to: entry.key, among: allowed) {
                message += "; có phải ý bạn là «\(suggestion)»?"
            } else if !allowed.isEmpty {
                message += "; các trường dùng được: " + allowed.sorted().joined(separator: ", ")
            } else {
                message += "; ở đây không có trường nào"
            }
            throw DataError(location: entry.keyLocation, field: entry.value.path, message: message)
        }
    }

    /// An error located at this node, for validations done by callers. About the root (a
    /// field missing from the file, a file that is not a map) it names the whole file: the
    /// root's own line and column, where its first value starts, would point at nothing.
    public func error(_ message: String) -> DataError {
        DataError(location: path.isEmpty ? SourceLocation(file: location.file, line: 0) : location, field: path, message: message)
    }

    func mismatch(_ expected: String) -> DataError {
        error("cần \(expected), gặp \(foundDescription)")
    }
}

/// One `key: value` of a map, with the key's own location (for "unknown key" messages).
public struct DataEntry: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: DataNode

    public init(key: String, keyLocation: SourceLocation, value: DataNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

extension DataNode {
    /// The path of a child field: "" + "ho_ten" → "ho_ten"; "nguoi_ky" + "ho_ten" → "nguoi_ky.ho_ten".
    static func childPath(_ parent: String, key: String) -> String {
        parent.isEmpty ? key : parent + "." + key
    }

    /// The path of a list item, 0-based `index` shown 1-based: "ca_nhan" + 2 → "ca_nhan[3]".
    static func itemPath(_ parent: String, index: Int) -> String {
        parent + "[\(index + 1)]"
    }
}

// Trees compare field by field: what a test of the tree cache needs to hold one tree to another.
extension DataNode: Equatable {}
extension DataNode.Kind: Equatable {}
extension DataEntry: Equatable {}
