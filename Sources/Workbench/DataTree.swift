import DataInput
import Foundation

/// A data file's values as the workbench edits them: texts, lists and maps in the file's order,
/// without the places they were read from. Made from a `DataNode`, written back as YAML.
public indirect enum DataTree: Sendable, Equatable {
    case null
    case text(String)
    case list([DataTree])
    case map([(key: String, value: DataTree)])

    public init(_ node: DataNode) {
        switch node.kind {
        case .null: self = .null
        case .scalar(let text): self = .text(text)
        case .list(let items): self = .list(items.map(DataTree.init))
        case .map(let entries): self = .map(entries.map { ($0.key, DataTree($0.value)) })
        }
    }

    public static func == (a: DataTree, b: DataTree) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.text(x), .text(y)): return x == y
        case let (.list(x), .list(y)): return x == y
        case let (.map(x), .map(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The value of `key` in a map (nil when absent, or when this is not a map).
    public subscript(key: String) -> DataTree? {
        guard case .map(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// The text of a scalar; nil for anything else.
    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    public var items: [DataTree] {
        if case .list(let items) = self { return items }
        return []
    }

    public var isEmpty: Bool {
        switch self {
        case .null: return true
        case .text(let value): return value.isEmpty
        case .list(let items): return items.isEmpty
        case .map(let entries): return entries.allSatisfy { $0.value.isEmpty }
        }
    }

    /// This map with `key` set to `value` (kept in its place when present, appended when not),
    /// or removed when `value` is nil.
    public func setting(_ key: String, to value: DataTree?) -> DataTree {
        var entries: [(key: String, value: DataTree)] = []
        if case .map(let existing) = self { entries = existing }
        if let index = entries.firstIndex(where: { $0.key == key }) {
            if let value { entries[index].value = value } else { entries.remove(at: index) }
        } else if let value {
            entries.append((key, value))
        }
        return .map(entries)
    }

    /// The keys of a map, in order.
    public var keys: [String] {
        guard case .map(let entries) = self else { return [] }
        return entries.map(\.key)
    }
}
