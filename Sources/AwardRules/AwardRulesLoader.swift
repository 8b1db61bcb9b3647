import DataInput
import Foundation
import LegalRegister
import VietnameseText

/// Loading the rules table from YAML (Data/award-rules.yaml). Keys are Vietnamese without
/// diacritics, as the clerks who maintain the file read them; every row is dated and sourced:
///
/// ```yaml
/// lam_tron:
///   - buoc: 10000                  # round up to a multiple of this (1: no rounding)
///     tu_ngay: 2017-10-01
///     can_cu: khoản 2 Điều 68 Nghị định số 91/2017/NĐ-CP
///     doi_chieu: what the row was checked against
/// muc_luong_co_so:
///   - so_tien: 2530000             # or "2.530.000"
///     ten_goi: mức lương cơ sở     # or: mức lương tối thiểu chung (optional)
///     tu_ngay: 2026-07-01          # or 01/7/2026
///     den_ngay:                    # optional: empty = still in force
///     can_cu: khoản 2 Điều 3 Nghị định số 161/2026/NĐ-CP
///     doi_chieu: ...
///     can_xac_minh: ...            # optional: what is not yet verified (marks the row)
/// he_so_tien_thuong:
///   - hinh_thuc: Giấy khen
///     doi_tuong: ca_nhan           # ca_nhan | tap_the | ho_gia_dinh
///     he_so: 0.3                   # or "0,3"
///     tu_ngay: 2025-07-01
///     can_cu: điểm e khoản 1 Điều 54 Nghị định số 152/2025/NĐ-CP
///     doi_chieu: ...
/// ten_goi_khac:                    # optional: other spelling → name used in he_so_tien_thuong
///   Bằng khen của Bộ trưởng Bộ …: Bằng khen cấp bộ, tỉnh
/// ```
extension AwardRulesTable {
    /// Reads the table from a file; `path` as given is named in every message. Given the
    /// register, every row is checked against the documents it cites. `cache` keeps the table
    /// built and checked (under the register's file too), and the parsed file (`ReadingCache`).
    public init(contentsOfFile path: String, displayPath: String? = nil, register: LegalRegister? = nil,
                cache: ReadingCache? = nil) throws(AwardRulesError) {
        let display = displayPath ?? path
        let url = URL(fileURLWithPath: path)
        let data: Data
        do { data = try DataLoader.bytes(of: url, displayPath: display) } catch { throw .invalidTable(error) }
        func build() throws(AwardRulesError) -> AwardRulesTable {
            let root: DataNode
            do { root = try DataLoader.load(url, data: data, displayPath: display, cache: cache) } catch { throw .invalidTable(error) }
            return try AwardRulesTable(root, sourceName: display, register: register)
        }
        // A file naming shared files is built from theirs too, which its bytes do not say.
        guard let cache, !DataLoader.mayNameSharedFiles(data) else { self = try build(); return }
        var sources = [data]
        if let register {
            // Checked against a register, the table is kept only with the register's file in its key.
            guard let digest = register.sourceDigest else { self = try build(); return }
            sources.append(withUnsafeBytes(of: digest.littleEndian) { Data($0) })
        }
        self = try cache.value(of: sources, kind: AwardTableCoding.kind, display: display,
                               encode: AwardTableCoding.encode, decode: AwardTableCoding.decode, make: build)
    }

    /// Reads the table from YAML text; `sourceName` (a file name) is named in messages.
    public init(yaml: String, sourceName: String? = nil, register: LegalRegister? = nil) throws(AwardRulesError) {
        let root: DataNode
        do { root = try DataLoader.parse(yaml, file: sourceName ?? "bảng hệ số") } catch { throw .invalidTable(error) }
        try self.init(root, sourceName: sourceName, register: register)
    }

    init(_ root: DataNode, sourceName: String?, register: LegalRegister?) throws(AwardRulesError) {
        let parts: RulesTableReader.Parts
        do { parts = try RulesTableReader.read(root) } catch { throw .invalidTable(error) }
        try self.init(coefficientRules: parts.coefficients, baseSalaryRules: parts.baseSalaries, roundingRules: parts.rounding,
                      aliases: parts.aliases, aliasLocations: parts.aliasLocations, sourceName: sourceName, register: register)
    }
}

/// Reads the table's rows through DataInput, so that every message names the file, line and field.
enum RulesTableReader {
    static let topKeys: Set<String> = ["lam_tron", "muc_luong_co_so", "he_so_tien_thuong", "ten_goi_khac"]
    static let provenanceKeys: Set<String> = ["tu_ngay", "den_ngay", "can_cu", "doi_chieu", "can_xac_minh", "ghi_chu"]
    static let roundingKeys = provenanceKeys.union(["buoc"])
    static let salaryKeys = provenanceKeys.union(["so_tien", "ten_goi"])
    static let coefficientKeys = provenanceKeys.union(["hinh_thuc", "doi_tuong", "he_so"])

    struct Parts {
        var coefficients: [CoefficientRule] = []
        var baseSalaries: [BaseSalaryRule] = []
        var rounding: [RoundingRule] = []
        var aliases: [String: String] = [:]
        var aliasLocations: [String: SourceLocation] = [:]
    }

    static func read(_ root: DataNode) throws(DataError) -> Parts {
        guard !root.isNull else { throw root.error("tệp trống; cần các mục «lam_tron», «muc_luong_co_so» và «he_so_tien_thuong»") }
        try root.checkKeys(allowed: topKeys)
        var parts = Parts()
        for row in try TableFields.rows(root, "lam_tron") { parts.rounding.append(try rounding(row)) }
        for row in try TableFields.rows(root, "muc_luong_co_so") { parts.baseSalaries.append(try baseSalary(row)) }
        for row in try TableFields.rows(root, "he_so_tien_thuong") { parts.coefficients.append(try coefficient(row)) }
        if let aliases = root["ten_goi_khac"] {
            for entry in try aliases.entries() {
                parts.aliases[entry.key] = try TableFields.text(aliases, entry.key)
                parts.aliasLocations[entry.key] = entry.keyLocation
            }
        }
        return parts
    }

    private static func rounding(_ row: DataNode) throws(DataError) -> RoundingRule {
        try row.checkKeys(allowed: roundingKeys)
        return RoundingRule(step: try integer(row.required("buoc"), range: 1...10_000_000), period: try TableFields.period(row),
                            provenance: try TableFields.provenance(row))
    }

    private static func baseSalary(_ row: DataNode) throws(DataError) -> BaseSalaryRule {
        try row.checkKeys(allowed: salaryKeys)
        return BaseSalaryRule(amount: try integer(row.required("so_tien"), range: 1...1_000_000_000),
                              name: try TableFields.optionalText(row, "ten_goi") ?? "mức lương cơ sở",
                              period: try TableFields.period(row), provenance: try TableFields.provenance(row))
    }

    private static func coefficient(_ row: DataNode) throws(DataError) -> CoefficientRule {
        try row.checkKeys(allowed: coefficientKeys)
        let node = try row.required("he_so")
        let text = try node.string()
        let value: Coefficient
        do { value = try Coefficient(parsing: text) } catch {
            throw node.error("\(error.description) Ví dụ hợp lệ: 0.3 hoặc \"0,3\".")
        }
        guard value.thousandths > 0, value.thousandths <= 1_000_000 else {
            throw node.error("hệ số \(value) phải lớn hơn 0 và không quá 1000")
        }
        return CoefficientRule(awardForm: try TableFields.text(row, "hinh_thuc"), kind: try kind(row.required("doi_tuong")),
                               coefficient: value, period: try TableFields.period(row), provenance: try TableFields.provenance(row),
                               note: try TableFields.optionalText(row, "ghi_chu"))
    }

    private static func kind(_ node: DataNode) throws(DataError) -> RecipientKind {
        let value = try node.string()
        switch AwardFormKey.key(value) {
        case "ca_nhan", "cá nhân": return .individual
        case "tap_the", "tập thể": return .collective
        case "ho_gia_dinh", "hộ gia đình": return .household
        default: throw node.error("«\(value)» không hợp lệ; cần ca_nhan, tap_the hoặc ho_gia_dinh")
        }
    }

    private static func integer(_ node: DataNode, range: ClosedRange<Int>) throws(DataError) -> Int {
        let number = try node.int()
        guard range.contains(number) else {
            throw node.error("\(NumberText.grouped(number)) nằm ngoài khoảng cho phép (\(NumberText.grouped(range.lowerBound)) đến \(NumberText.grouped(range.upperBound)))")
        }
        return number
    }
}
