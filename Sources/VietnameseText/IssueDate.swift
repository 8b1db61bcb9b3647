/// The date of a document: known, or left for the signer to write in by hand on a draft
/// (the year, and sometimes the month, are printed).
public enum IssueDate: Hashable, Sendable {
    case fixed(CalendarDate)
    case draft(year: Int, month: Int?)

    /// "ngày 05 tháng 01 năm 2023", or "ngày ··· tháng ··· năm 2026".
    public func longForm(blank: Blank = .dateField) -> String {
        switch self {
        case .fixed(let date): date.longForm
        case .draft(let year, let month): CalendarDate.draftLongForm(year: year, month: month, blank: blank)
        }
    }

    /// "15/7/2020", or "···/···/2026" for a draft.
    public func shortForm(blank: Blank = .dateField) -> String {
        switch self {
        case .fixed(let date): date.shortForm
        case .draft(let year, let month): "\(blank.text)/\(month.map(String.init) ?? blank.text)/\(year)"
        }
    }

    /// "Hà Nội, ngày 05 tháng 01 năm 2023".
    public func placeAndDateLine(place: String, blank: Blank = .dateField) -> String {
        "\(normalizedSpacing(place)), \(longForm(blank: blank))"
    }
}
