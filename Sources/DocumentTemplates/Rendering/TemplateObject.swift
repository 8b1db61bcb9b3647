import Mustache

/// A group of named values as a template sees it: `{{ten}}` inside `{{#cum_thi_dua}}` finds
/// `fields["ten"]`. It stands where a `[String: Any]` would, and answers every name the same,
/// for a cost: swift-mustache asks at run time, for each object on its stack and each name it
/// looks up, whether the object is a `MustacheParent`; for a dictionary the runtime must then
/// check the conformance's condition (`Key == String`) each time, for this struct it finds the
/// conformance in its cache.
struct TemplateObject: MustacheParent, CustomStringConvertible {
    var fields: [String: Any]
    /// A list item's place, for `tt`, `dau` and `cuoi`: answered before the fields, as if it
    /// were stored in them, and kept apart so that numbering a list copies no item's fields.
    var position: ListPosition?

    init(_ fields: [String: Any] = [:], position: ListPosition? = nil) {
        self.fields = fields
        self.position = position
    }

    /// The items of a list, each with its place (`tt`, `dau`, `cuoi`).
    static func numbered(_ items: [[String: Any]]) -> [TemplateObject] {
        items.enumerated().map { TemplateObject($0.element, position: ListPosition(index: $0.offset, count: items.count)) }
    }

    subscript(name: String) -> Any? {
        get { fields[name] }
        set { fields[name] = newValue }
    }

    func child(named name: String) -> Any? {
        if let position, let value = position.value(named: name) { return value }
        return fields[name]
    }

    /// What `{{name}}` printed when the object was a dictionary (a template has no reason to
    /// print a whole object, but if it does, nothing changes).
    var description: String { allFields.description }

    /// The fields with the position's names written in.
    var allFields: [String: Any] {
        guard let position else { return fields }
        var all = fields
        for name in ListPosition.names { if let value = position.value(named: name) { all[name] = value } }
        return all
    }
}

/// Where an item stands in its list: `tt` (its number, "1", "2"…), `dau` (first), `cuoi` (last).
///
/// Small on purpose: with it a `TemplateObject` fits in the three words of an `Any`, so that
/// swift-mustache, which holds every object it visits as an `Any`, never boxes one on the heap.
struct ListPosition {
    static let names = ["tt", "dau", "cuoi"]

    var number: Int
    /// nil leaves `dau` to an enclosing object (the annex numbers its groups' rows through and
    /// lets `dau`, `cuoi` name the group's place).
    var isFirst: Bool?
    var isLast: Bool?

    /// The item at `index` (from 0) of a list of `count`.
    init(index: Int, count: Int) {
        number = index + 1
        isFirst = index == 0
        isLast = index == count - 1
    }

    /// Numbered only.
    init(number: Int) {
        self.number = number
    }

    func value(named name: String) -> Any? {
        switch name {
        case "tt": return String(number)
        case "dau": return isFirst.map { $0 as Any }
        case "cuoi": return isLast.map { $0 as Any }
        default: return nil
        }
    }
}
