import Foundation
import InputGuards
import VietnameseText

/// A problem found in the rules table itself: where it is, which field, what was expected.
public struct TableProblem: Hashable, Sendable, CustomStringConvertible {
    public let location: TableLocation?
    /// The YAML key concerned ("he_so"), if any.
    public let field: String?
    /// What is wrong and what was expected, in Vietnamese.
    public let message: String

    public init(location: TableLocation?, field: String?, message: String) {
        self.location = location
        self.field = field
        self.message = message
    }

    /// "award-rules.yaml, dòng 12, cột 13, trường “he_so”: ..."
    public var description: String {
        let place = [location?.description, field.map { "trường “\($0)”" }].compactMap { $0 }.joined(separator: ", ")
        return (place.isEmpty ? "" : place + ": ") + message
    }
}

/// Every way computing award money can fail. Descriptions are Vietnamese and name the award
/// form, the date and the table (file and line) concerned: they are shown to the clerk.
public enum AwardRulesError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// The table has no award form of that name (nor alias).
    case unknownAwardForm(String, knownForms: [String], table: String?)
    /// The form exists, but not for this kind of recipient (e.g. "Cờ thi đua" for a cá nhân).
    case awardFormNotForKind(String, kind: RecipientKind, table: String?)
    /// The form exists for this kind, but no row is in force on the decision date.
    case noCoefficient(form: String, kind: RecipientKind, date: CalendarDate, rows: [CoefficientRule], table: String?)
    /// No base salary row is in force on the decision date.
    case noBaseSalary(date: CalendarDate, rows: [BaseSalaryRule], table: String?)
    /// The table is malformed (YAML syntax, missing or wrong field, overlapping periods…).
    case invalidTable(TableProblem)
    /// The file could not be read at all.
    case cannotReadFile(path: String, reason: String)

    public var description: String {
        switch self {
        case let .unknownAwardForm(name, known, table):
            return "Không có hình thức khen thưởng “\(Excerpt.shortened(name))” trong bảng hệ số\(inTable(table)). "
                + "Các hình thức có trong bảng: \(known.joined(separator: "; "))."
        case let .awardFormNotForKind(name, kind, table):
            return "Hình thức “\(Excerpt.shortened(name))” không áp dụng cho \(kind.vietnameseName): bảng hệ số\(inTable(table)) "
                + "không có dòng nào cho \(kind.vietnameseName)."
        case let .noCoefficient(form, kind, date, rows, table):
            return "Không có hệ số tiền thưởng của “\(Excerpt.shortened(form))” (\(kind.vietnameseName)) áp dụng vào ngày "
                + "\(date.shortForm) trong bảng hệ số\(inTable(table)). Các dòng hiện có: "
                + rows.map { row in "\(row.period)\(atLine(row.location))" }.joined(separator: "; ")
                + ". Cần bổ sung dòng có căn cứ pháp lý cho thời gian này."
        case let .noBaseSalary(date, rows, table):
            return "Không có mức lương cơ sở áp dụng vào ngày \(date.shortForm) trong bảng\(inTable(table)). "
                + "Các dòng hiện có: "
                + rows.map { row in "\(NumberText.grouped(row.amount)) đồng \(row.period)\(atLine(row.location))" }
                    .joined(separator: "; ")
                + ". Cần bổ sung dòng có căn cứ pháp lý cho thời gian này."
        case let .invalidTable(problem):
            return "Bảng hệ số khen thưởng không hợp lệ: \(problem)"
        case let .cannotReadFile(path, reason):
            return "Không đọc được tệp bảng hệ số “\(path)”: \(reason)"
        }
    }

    public var errorDescription: String? { description }

    private func inTable(_ table: String?) -> String { table.map { " (tệp \($0))" } ?? "" }
    private func atLine(_ location: TableLocation?) -> String { location.map { " (dòng \($0.line))" } ?? "" }
}
