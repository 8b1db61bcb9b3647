import Foundation

/// A Vietnamese personal name split as lists sort it: họ (family, first word), tên đệm
/// (middle, the words between) and tên (given name, last word).
public struct PersonName: Hashable, Sendable, CustomStringConvertible {
    public let family: String
    public let middle: String
    public let given: String

    /// Splits a full name on whitespace ("Nguyễn Thị Ngọc Giàu" → Nguyễn | Thị Ngọc | Giàu).
    /// A one-word name is all given name.
    public init(_ fullName: String) {
        let words = normalizedSpacing(fullName).split(separator: " ").map(String.init)
        given = words.last ?? ""
        family = words.count > 1 ? words[0] : ""
        middle = words.count > 2 ? words[1..<(words.count - 1)].joined(separator: " ") : ""
    }

    public var fullName: String { [family, middle, given].filter { !$0.isEmpty }.joined(separator: " ") }
    public var description: String { fullName }

    /// Given name first, then middle, then family, each part compared whole with Vietnamese
    /// collation. Part by part (not as one joined string) so that all "An" come before any
    /// "Án" whatever their family names, as in a list sorted by the "Tên" column.
    public static func compare(_ lhs: PersonName, _ rhs: PersonName) -> ComparisonResult {
        for (a, b) in [(lhs.given, rhs.given), (lhs.middle, rhs.middle), (lhs.family, rhs.family)] {
            let result = VietnameseCollation.compare(a, b)
            if result != .orderedSame { return result }
        }
        return .orderedSame
    }
}

extension Sequence {
    /// Sorts by Vietnamese personal name (given, middle, family); equal names keep their input
    /// order, so sorting is stable and repeatable.
    public func sortedByVietnameseName(_ name: (Element) -> String) -> [Element] {
        let keyed = enumerated().map { (offset: $0.offset, name: PersonName(name($0.element)), element: $0.element) }
        return keyed.sorted { a, b in
            switch PersonName.compare(a.name, b.name) {
            case .orderedAscending: true
            case .orderedDescending: false
            case .orderedSame: a.offset < b.offset
            }
        }.map(\.element)
    }
}

extension Sequence where Element == String {
    /// Sorts full names by given name, then middle, then family, with Vietnamese collation.
    public func sortedByVietnameseName() -> [String] {
        sortedByVietnameseName { $0 }
    }
}
