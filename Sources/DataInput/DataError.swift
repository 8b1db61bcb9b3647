import Foundation
import InputGuards

/// A problem in the user's data, told in Vietnamese: where, which field, and what was expected.
///
/// `description` is the line a clerk reads:
/// `du-lieu.yaml, dòng 12, cột 5, trường «nguoi_ky.ho_ten»: cần một chuỗi, gặp một danh sách`.
public struct DataError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    public var location: SourceLocation?
    /// Path of the field from the root: "nguoi_ky.ho_ten", "ca_nhan[3].so_tien" (list indices
    /// count from 1, as a clerk counts). `nil` for the root or for file-level problems.
    public var field: String?
    /// The explanation, in Vietnamese, starting in lower case (it follows a colon).
    public var message: String

    public init(location: SourceLocation?, field: String? = nil, message: String) {
        self.location = location
        self.field = (field?.isEmpty ?? true) ? nil : field
        self.message = message
    }

    public var description: String {
        var prefix: [String] = []
        if let location { prefix.append(location.description) }
        if let field { prefix.append("trường \(Excerpt.quotedPath(field))") }
        return prefix.isEmpty ? message : prefix.joined(separator: ", ") + ": " + message
    }

    public var errorDescription: String? { description }

    /// The same problem, said of the field at `path` (unless it names one already).
    public func inField(_ path: String) -> DataError {
        DataError(location: location, field: field ?? path, message: message)
    }
}

/// Something the clerk should know that does not stop the document: a warning (money resting on
/// an unverified row of the law tables, a căn cứ no longer in force) or a note (title rows of a
/// list skipped, a column ignored). Located and worded like a `DataError`.
public struct DataNotice: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: Sendable, Hashable { case warning, note }

    public var severity: Severity
    public var location: SourceLocation?
    public var field: String?
    public var message: String

    public init(_ severity: Severity, location: SourceLocation?, field: String? = nil, message: String) {
        self.severity = severity
        self.location = location
        self.field = (field?.isEmpty ?? true) ? nil : field
        self.message = message
    }

    /// "du-lieu.yaml, dòng 14, trường «can_cu[2]»: cảnh báo: …".
    public var description: String {
        let place = DataError(location: location, field: field, message: "").description
        let word = severity == .warning ? "cảnh báo: " : "ghi chú: "
        return (place.isEmpty ? "" : place) + word + message
    }
}

extension DataNode {
    /// A warning or note located at this node.
    public func notice(_ severity: DataNotice.Severity, _ message: String) -> DataNotice {
        DataNotice(severity, location: location, field: path, message: message)
    }
}
