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

extension IssueDate {
    /// A date as a data file writes it ("2023-01-05", "05/01/2023"), or the part of a date a
    /// draft knows: a month and year ("11/2020", "tháng 11/2020", "tháng 11 năm 2020") or a year
    /// ("2020"); the rest is left blank for the signer.
    public init(parsing text: String) throws(CalendarDateError) {
        if let date = try? CalendarDate(parsing: text) { self = .fixed(date); return }
        let words = vietnameseLowercased(text).split { $0 == " " || $0 == "/" || $0 == "-" }.filter { $0 != "tháng" && $0 != "năm" }
        let numbers = words.compactMap { Int($0) }
        guard numbers.count == words.count else { throw .unrecognisedFormat(text) }
        switch numbers.count {
        case 1 where (1900...2200).contains(numbers[0]):
            self = .draft(year: numbers[0], month: nil)
        case 2 where (1...12).contains(numbers[0]) && (1900...2200).contains(numbers[1]):
            self = .draft(year: numbers[1], month: numbers[0])
        default:
            // A full date that failed (31/02/2023) says why.
            _ = try CalendarDate(parsing: text)
            throw .unrecognisedFormat(text)
        }
    }

    /// The year, known even on a draft.
    public var year: Int {
        switch self {
        case .fixed(let date): date.year
        case .draft(let year, _): year
        }
    }

    /// The last day the document can bear: its date, or the end of a draft's month or year
    /// (what a check of the law in force on the date goes by).
    public var latestDay: CalendarDate {
        switch self {
        case .fixed(let date): return date
        case .draft(let year, let month):
            let lastMonth = month ?? 12
            return (try? CalendarDate(year: year, month: lastMonth, day: CalendarDate.daysIn(month: lastMonth, year: year)))
                ?? CalendarDate.today()
        }
    }

    /// The day, when the date is known.
    public var day: CalendarDate? {
        if case .fixed(let date) = self { return date }
        return nil
    }
}
