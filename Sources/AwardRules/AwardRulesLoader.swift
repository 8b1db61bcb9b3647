import Foundation
import VietnameseText
import Yams

/// Loading the rules table from YAML. Keys are Vietnamese without diacritics, snake_case, as
/// the clerks who maintain the file read them:
///
/// ```yaml
/// lam_tron_len: 10000            # optional, default 10000
/// muc_luong_co_so:
///   - so_tien: 2340000           # or "2.340.000"
///     tu_ngay: 2024-07-01        # or 01/7/2024
///     den_ngay:                  # optional: empty = still in force
///     can_cu: Nghị định 73/2024/NĐ-CP, Điều 3, khoản 2
///     ghi_chu: ...               # optional
/// he_so_tien_thuong:
///   - hinh_thuc: Giấy khen
///     doi_tuong: ca_nhan         # ca_nhan | tap_the
///     he_so: 0.3                 # or "0,3"
///     tu_ngay: 2024-01-01
///     den_ngay: 2025-06-30
///     can_cu: Nghị định 98/2023/NĐ-CP
/// ten_goi_khac:                  # optional: other spelling → name used in he_so_tien_thuong
///   Bằng khen UBND tỉnh: Bằng khen của Chủ tịch UBND tỉnh
/// ```
extension AwardRulesTable {
    /// Reads the table from a file; `path` as given is named in every message.
    public init(contentsOfFile path: String) throws(AwardRulesError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .cannotReadFile(path: path, reason: "tệp không tồn tại hoặc không mở được")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .cannotReadFile(path: path, reason: "tệp không phải văn bản UTF-8 (hãy lưu lại với bảng mã Unicode UTF-8)")
        }
        try self.init(yaml: text, sourceName: path)
    }

    /// Reads the table from YAML text; `sourceName` (a file name) is named in messages.
    public init(yaml: String, sourceName: String? = nil) throws(AwardRulesError) {
        let reader = RulesYAMLReader(file: sourceName)
        let parts = try reader.read(yaml)
        try self.init(coefficientRules: parts.coefficients, baseSalaryRules: parts.baseSalaries,
                      aliases: parts.aliases, roundingStep: parts.roundingStep, sourceName: sourceName)
    }
}

/// Walks the Yams node tree, so that every value keeps its line and column for messages.
struct RulesYAMLReader {
    let file: String?

    static let topKeys = ["lam_tron_len", "muc_luong_co_so", "he_so_tien_thuong", "ten_goi_khac"]
    static let salaryKeys = ["so_tien", "tu_ngay", "den_ngay", "can_cu", "ghi_chu"]
    static let coefficientKeys = ["hinh_thuc", "doi_tuong", "he_so", "tu_ngay", "den_ngay", "can_cu", "ghi_chu"]

    /// The merge rule is a regular expression, compiled on first use and matched against every
    /// plain mapping key (Yams compares keys, tags included, for duplicates); a plain "<<" needs
    /// the characters "<<" in the text, so without them the basic resolver tags alike.
    static func resolver(for yaml: String) -> Resolver {
        func hasMergeMarker<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
            var previousWasLess = false
            for byte in bytes {
                let isLess = byte == UInt8(ascii: "<")
                if isLess && previousWasLess { return true }
                previousWasLess = isLess
            }
            return false
        }
        let hasMarker = yaml.utf8.withContiguousStorageIfAvailable(hasMergeMarker) ?? hasMergeMarker(yaml.utf8)
        return hasMarker ? mergeResolver : .basic
    }

    static let mergeResolver = Resolver.basic.appending(.merge)
    /// Unused by composing, but Yams' default argument builds one per call. (Its maps are
    /// constants: sharing it between threads is safe, though Yams does not mark it Sendable.)
    nonisolated(unsafe) static let constructor = Constructor.default

    struct Parts {
        var coefficients: [CoefficientRule] = []
        var baseSalaries: [BaseSalaryRule] = []
        var aliases: [String: String] = [:]
        var roundingStep = 10_000
    }

    func read(_ yaml: String) throws(AwardRulesError) -> Parts {
        let root: Node?
        do {
            // Values are read as text here (dates, decimals with a comma); only merge keys resolve.
            // UTF-8 is given: Yams' default reads the environment on every call to choose it.
            root = try Yams.compose(yaml: yaml, Self.resolver(for: yaml), Self.constructor, .utf8)
        } catch {
            throw translate(error)
        }
        guard let root else {
            throw problem(nil, nil, "tệp trống; cần các mục “muc_luong_co_so” và “he_so_tien_thuong”")
        }
        let top = try fields(of: root, what: "bảng hệ số", allowed: Self.topKeys)
        var parts = Parts()
        if let step = top["lam_tron_len"] {
            parts.roundingStep = try integer(step, field: "lam_tron_len", range: 1...10_000_000)
        }
        parts.baseSalaries = try rows(top, "muc_luong_co_so").map(baseSalary)
        parts.coefficients = try rows(top, "he_so_tien_thuong").map(coefficient)
        if let aliases = top["ten_goi_khac"] {
            parts.aliases = try self.aliases(aliases, forms: parts.coefficients.map(\.awardForm))
        }
        return parts
    }

    // MARK: rows

    private func baseSalary(_ node: Node) throws(AwardRulesError) -> BaseSalaryRule {
        let row = try fields(of: node, what: "dòng mức lương cơ sở", allowed: Self.salaryKeys)
        return BaseSalaryRule(
            amount: try integer(required(row, "so_tien", in: node), field: "so_tien", range: 1...1_000_000_000_000),
            period: try period(row, node),
            legalSource: try text(required(row, "can_cu", in: node), field: "can_cu"),
            note: try row["ghi_chu"].map { node throws(AwardRulesError) in try text(node, field: "ghi_chu") },
            location: location(node))
    }

    private func coefficient(_ node: Node) throws(AwardRulesError) -> CoefficientRule {
        let row = try fields(of: node, what: "dòng hệ số", allowed: Self.coefficientKeys)
        let coefficientNode = try required(row, "he_so", in: node)
        let coefficientText = try text(coefficientNode, field: "he_so")
        let value: Coefficient
        do {
            value = try Coefficient(parsing: coefficientText)
        } catch {
            throw problem(coefficientNode, "he_so", "\(error.description) Ví dụ hợp lệ: 0.3 hoặc \"0,3\".")
        }
        guard value.thousandths > 0, value.thousandths <= 1_000_000 else {
            throw problem(coefficientNode, "he_so", "hệ số \(value) phải lớn hơn 0 và không quá 1000")
        }
        return CoefficientRule(
            awardForm: try text(required(row, "hinh_thuc", in: node), field: "hinh_thuc"),
            kind: try kind(required(row, "doi_tuong", in: node)),
            coefficient: value,
            period: try period(row, node),
            legalSource: try text(required(row, "can_cu", in: node), field: "can_cu"),
            note: try row["ghi_chu"].map { node throws(AwardRulesError) in try text(node, field: "ghi_chu") },
            location: location(node))
    }

    private func aliases(_ node: Node, forms: [String]) throws(AwardRulesError) -> [String: String] {
        guard let mapping = node.mapping else {
            throw problem(node, "ten_goi_khac", "cần một bảng “tên gọi khác: tên trong he_so_tien_thuong”")
        }
        // The rows repeat a handful of names (one per kind and period): fold each name once.
        let formKeys = Set(Set(forms).map(AwardFormKey.key))
        var result: [String: String] = [:]
        for (key, value) in mapping {
            let alias = try text(key, field: "ten_goi_khac")
            let target = try text(value, field: "ten_goi_khac")
            guard formKeys.contains(AwardFormKey.key(target)) else {
                throw problem(value, "ten_goi_khac", "“\(target)” (tên gọi khác của “\(alias)”) không có trong he_so_tien_thuong")
            }
            guard !formKeys.contains(AwardFormKey.key(alias)) else {
                throw problem(key, "ten_goi_khac", "“\(alias)” đã là tên một hình thức trong he_so_tien_thuong, không thể là tên gọi khác")
            }
            result[alias] = target
        }
        return result
    }

    // MARK: fields

    private func period(_ row: [String: Node], _ node: Node) throws(AwardRulesError) -> ValidityPeriod {
        let start = try date(required(row, "tu_ngay", in: node), field: "tu_ngay")
        let end = try row["den_ngay"].flatMap { node throws(AwardRulesError) in
            isNull(node) ? nil : try date(node, field: "den_ngay")
        }
        do {
            return try ValidityPeriod(start: start, end: end)
        } catch {
            throw problem(row["den_ngay"], "den_ngay", "ngày kết thúc \(end?.shortForm ?? "") trước ngày bắt đầu \(start.shortForm)")
        }
    }

    private func kind(_ node: Node) throws(AwardRulesError) -> RecipientKind {
        let value = try text(node, field: "doi_tuong")
        switch AwardFormKey.key(value) {
        case "ca_nhan", "cá nhân": return .individual
        case "tap_the", "tập thể": return .collective
        default: throw problem(node, "doi_tuong", "“\(value)” không hợp lệ; cần ca_nhan hoặc tap_the")
        }
    }

    private func date(_ node: Node, field: String) throws(AwardRulesError) -> CalendarDate {
        let value = try text(node, field: field)
        do {
            return try CalendarDate(parsing: value)
        } catch {
            throw problem(node, field, error.description)
        }
    }

    private func integer(_ node: Node, field: String, range: ClosedRange<Int>) throws(AwardRulesError) -> Int {
        let value = try text(node, field: field)
        let number: Int
        do {
            number = try NumberText.parseInteger(value)
        } catch {
            throw problem(node, field, error.description)
        }
        guard range.contains(number) else {
            throw problem(node, field, "\(NumberText.grouped(number)) nằm ngoài khoảng cho phép (\(NumberText.grouped(range.lowerBound)) đến \(NumberText.grouped(range.upperBound)))")
        }
        return number
    }

    /// A non-empty scalar, NFC.
    private func text(_ node: Node, field: String) throws(AwardRulesError) -> String {
        guard let scalar = node.scalar else {
            throw problem(node, field, "cần một giá trị đơn (chữ hoặc số), không phải danh sách hay bảng")
        }
        let value = normalizedSpacing(scalar.string)
        guard !value.isEmpty, !isNull(node) else { throw problem(node, field, "không được để trống") }
        return value
    }

    private func required(_ row: [String: Node], _ key: String, in node: Node) throws(AwardRulesError) -> Node {
        guard let value = row[key], !isNull(value) else {
            throw problem(node, key, "thiếu trường bắt buộc “\(key)”")
        }
        return value
    }

    private func rows(_ top: [String: Node], _ key: String) throws(AwardRulesError) -> [Node] {
        guard let node = top[key] else { throw problem(nil, key, "thiếu mục bắt buộc “\(key)”") }
        guard let sequence = node.sequence else {
            throw problem(node, key, "cần một danh sách, mỗi dòng bắt đầu bằng “- ”")
        }
        guard !sequence.isEmpty else { throw problem(node, key, "danh sách trống") }
        return Array(sequence)
    }

    /// A mapping's keys and values, rejecting keys not in `allowed` (a mistyped key would
    /// otherwise be silently ignored).
    private func fields(of node: Node, what: String, allowed: [String]) throws(AwardRulesError) -> [String: Node] {
        guard let mapping = node.mapping else {
            throw problem(node, nil, "\(what) phải là một bảng “khóa: giá trị”")
        }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            guard allowed.contains(name) else {
                throw problem(key, name, "khóa “\(name)” không dùng được trong \(what); các khóa hợp lệ: \(allowed.joined(separator: ", "))")
            }
            result[name] = value
        }
        return result
    }

    private func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    // MARK: messages

    private func location(_ node: Node?) -> TableLocation? {
        node?.mark.map { TableLocation(file: file, line: $0.line, column: $0.column) }
    }

    private func problem(_ node: Node?, _ field: String?, _ message: String) -> AwardRulesError {
        .invalidTable(TableProblem(location: location(node) ?? (node == nil ? TableLocation(file: file, line: 1, column: 1) : nil),
                                   field: field, message: message))
    }

    private func translate(_ error: any Error) -> AwardRulesError {
        func at(_ mark: Mark, _ message: String) -> AwardRulesError {
            .invalidTable(TableProblem(location: TableLocation(file: file, line: mark.line, column: mark.column),
                                       field: nil, message: message))
        }
        switch error as? YamlError {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return at(mark, "lỗi cú pháp YAML (\(problem)); kiểm tra thụt lề, dấu “:” và dấu ngoặc kép")
        case let .duplicatedKeysInMapping(duplicates, context):
            return at(context.mark, "khóa bị lặp trong cùng một bảng: \(duplicates.joined(separator: ", "))")
        default:
            return .invalidTable(TableProblem(location: file.map { TableLocation(file: $0, line: 1, column: 1) },
                                              field: nil, message: "không đọc được YAML: \(error)"))
        }
    }
}
