import DataInput
import VietnameseText

/// The same person (name and unit) or the same collective listed twice is an error naming both
/// rows: a decision must not pay anyone twice. The same name in different units is two people;
/// two namesakes in one unit are told apart by their positions.
enum DuplicateRecipients {
    static func find(in items: [DataNode], fields: [InputDeclaration]) -> [DataError] {
        let names = Set(fields.map(\.name))
        guard let nameKey = ["ho_ten", "ten", "don_vi"].first(where: names.contains) else { return [] }
        let unitKey = nameKey == "ho_ten" && names.contains("don_vi") ? "don_vi" : nil
        var first: [String: DataNode] = [:]
        var errors: [DataError] = []
        for item in items {
            guard let name = text(item, nameKey) else { continue }
            let identity = name + "|" + (unitKey.flatMap { text(item, $0) } ?? "")
            guard let earlier = first[identity] else { first[identity] = item; continue }
            let positions = (text(earlier, "chuc_vu"), text(item, "chuc_vu"))
            if let a = positions.0, let b = positions.1, a != b { continue }
            let unit = unitKey.flatMap { key in text(item, key).map { _ in ", " + shown(item, key) } } ?? ""
            let rule = nameKey == "ho_ten"
                ? "mỗi người chỉ được ghi một lần (nếu là hai người trùng tên cùng đơn vị, hãy ghi chức vụ để phân biệt)"
                : "mỗi đơn vị, tập thể chỉ được ghi một lần"
            errors.append(item.error("«\(shown(item, nameKey))»\(unit) đã có trong danh sách, ở \(place(earlier)); \(rule)"))
        }
        return errors
    }

    /// The value for comparing: case, spacing and tone placement do not matter; diacritics do
    /// ("Cường" and "Cương" are two people).
    private static func text(_ item: DataNode, _ key: String) -> String? {
        guard let value = try? item[key]?.string(), !value.isEmpty else { return nil }
        return vietnameseLowercased(normalizingTonePlacement(normalizedSpacing(value), to: .classic))
    }

    private static func shown(_ item: DataNode, _ key: String) -> String {
        (try? item[key]?.string()) ?? ""
    }

    /// "dòng 12" (same file) or "ds.xlsx, trang «Bằng khen», ô B12".
    private static func place(_ node: DataNode) -> String {
        "\(node.location) (\(node.path))"
    }
}
