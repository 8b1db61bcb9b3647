import DataInput
import Foundation

/// How an issuer's numbers run through its year.
public enum SequenceMode: String, Sendable, Hashable, CaseIterable {
    /// One run for every type of document (05/QĐ-UBND, 06/KH-UBND, 07/BC-UBND): what most
    /// bodies keep, and the default.
    case common = "chung"
    /// One run per type (05/QĐ-SNV, 01/KH-SNV): for bodies whose register is kept by type.
    case perType = "theo_loai"
}

/// The workspace's numbering choices, from `.vanban/so-dang-ky.yaml`:
///
/// ```yaml
/// mac_dinh: chung            # issuers not named below (chung when absent)
/// co_quan:
///   UBND: chung
///   SNV: theo_loai
/// ```
///
/// Changing an issuer's mode within a year keeps every number unique: the next number is the
/// largest of that issuer's year (common) or of that type (per type), plus one.
public struct NumberingRules: Sendable, Hashable {
    public var defaultMode: SequenceMode
    public var issuers: [String: SequenceMode]

    public init(defaultMode: SequenceMode = .common, issuers: [String: SequenceMode] = [:]) {
        self.defaultMode = defaultMode
        self.issuers = issuers
    }

    public func mode(forIssuer key: String) -> SequenceMode { issuers[key] ?? defaultMode }

    /// The workspace's rules; the default ones when it has no file.
    public static func read(_ workspace: RegisterWorkspace) throws(RegisterError) -> NumberingRules {
        let url = workspace.configurationURL
        guard FileManager.default.fileExists(atPath: url.path) else { return NumberingRules() }
        do throws(DataError) {
            return try parse(DataLoader.load(url, displayPath: workspace.displayPath(".vanban/so-dang-ky.yaml")))
        } catch {
            throw .configuration(error)
        }
    }

    static func parse(_ root: DataNode) throws(DataError) -> NumberingRules {
        var rules = NumberingRules()
        if root.isNull { return rules }
        try root.checkKeys(allowed: ["mac_dinh", "co_quan"])
        if let node = root["mac_dinh"] { rules.defaultMode = try mode(node) }
        if let issuers = root["co_quan"] {
            for entry in try issuers.entries() {
                guard !entry.value.isNull else { continue }
                rules.issuers[entry.key] = try mode(entry.value)
            }
        }
        return rules
    }

    private static func mode(_ node: DataNode) throws(DataError) -> SequenceMode {
        let text = try node.string()
        guard let mode = SequenceMode(rawValue: text) else {
            throw node.error("cách đánh số «\(text)» không có; dùng «chung» (một dãy số cho mọi loại văn bản) hoặc «theo_loai» (mỗi loại một dãy)")
        }
        return mode
    }
}
