/// One place where a laid-out document departs from Nghị định 30/2020 (or from a convention
/// of this project where the decree is silent, said as such in the message).
public struct ConformanceViolation: Sendable, Equatable, CustomStringConvertible {
    /// The rule's short id: "quoc-hieu", "so-trang" (docs/conformance.md lists them).
    public var rule: String
    /// The page, counted from 1 through the whole PDF as a viewer counts; 0 when the finding
    /// is about the document as a whole (a setting of its style).
    public var page: Int
    /// In Vietnamese: what is wrong, and what the decree asks, with its clause.
    public var message: String

    public init(rule: String, page: Int, message: String) {
        self.rule = rule; self.page = page; self.message = message
    }

    /// "trang 2 [so-trang]: …", or "[kieu-trinh-bay]: …" for the whole document.
    public var description: String { page > 0 ? "trang \(page) [\(rule)]: \(message)" : "[\(rule)]: \(message)" }
}
