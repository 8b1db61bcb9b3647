import DataInput
import Foundation
import InputGuards
import VietnameseText

/// Every way computing award money can fail. Descriptions are Vietnamese and name the award
/// form, the date and the table (file and line) concerned: they are shown to the clerk.
public enum AwardRulesError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// The table has no award form of that name (nor alias); the nearest names are suggested.
    case unknownAwardForm(String, nearest: [String], table: String?)
    /// The form exists, but not for this kind of recipient (e.g. "Cờ thi đua" for a cá nhân).
    case awardFormNotForKind(String, kind: RecipientKind, table: String?)
    /// The form exists for this kind, but no row is in force on the decision date.
    case noCoefficient(form: String, kind: RecipientKind, date: CalendarDate, rows: [CoefficientRule], table: String?)
    /// No base salary row is in force on the decision date.
    case noBaseSalary(date: CalendarDate, rows: [BaseSalaryRule], table: String?)
    /// No rounding rule is in force on the decision date.
    case noRounding(date: CalendarDate, table: String?)
    /// The table is malformed (YAML, a missing or wrong field, overlapping periods, a row that
    /// outlives its decree…), with the place and field.
    case invalidTable(DataError)

    public var description: String {
        switch self {
        case let .unknownAwardForm(name, nearest, table):
            return "Không có hình thức khen thưởng “\(Excerpt.shortened(name))” trong bảng hệ số\(inTable(table))"
                + (nearest.isEmpty ? "." : ". Có phải ý bạn là: \(nearest.map { "“\($0)”" }.joined(separator: "; "))?")
                + " Nếu đây là một hình thức khác, hãy thêm nó (hoặc tên gọi khác của nó) vào bảng."
        case let .awardFormNotForKind(name, kind, table):
            return "Hình thức “\(Excerpt.shortened(name))” không áp dụng cho \(kind.vietnameseName): bảng hệ số\(inTable(table)) "
                + "không có dòng nào cho \(kind.vietnameseName)."
        case let .noCoefficient(form, kind, date, rows, table):
            return "Không có hệ số tiền thưởng của “\(Excerpt.shortened(form))” (\(kind.vietnameseName)) áp dụng vào ngày "
                + "\(date.shortForm) trong bảng hệ số\(inTable(table)). Các dòng hiện có: "
                + rows.map { row in "\(row.period)\(atLine(row.provenance.location))" }.joined(separator: "; ")
                + ". Cần bổ sung dòng có căn cứ pháp lý cho thời gian này."
        case let .noBaseSalary(date, rows, table):
            return "Không có mức lương cơ sở áp dụng vào ngày \(date.shortForm) trong bảng\(inTable(table)). "
                + "Các dòng hiện có: "
                + rows.map { row in "\(NumberText.grouped(row.amount)) đồng \(row.period)\(atLine(row.provenance.location))" }
                    .joined(separator: "; ")
                + ". Cần bổ sung dòng có căn cứ pháp lý cho thời gian này."
        case let .noRounding(date, table):
            return "Không có quy tắc làm tròn tiền thưởng áp dụng vào ngày \(date.shortForm) trong bảng\(inTable(table))."
        case let .invalidTable(problem):
            return "Bảng hệ số khen thưởng không hợp lệ: \(problem)"
        }
    }

    public var errorDescription: String? { description }

    private func inTable(_ table: String?) -> String { table.map { " (tệp \($0))" } ?? "" }
    private func atLine(_ location: SourceLocation?) -> String { location.map { " (dòng \($0.line))" } ?? "" }
}
