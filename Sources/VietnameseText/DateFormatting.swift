/// Dates as Nghị định 30/2020 prints them (Phụ lục I, địa danh và thời gian ban hành).
extension CalendarDate {
    /// Day with a leading zero below 10: "05", "15".
    public var dayField: String { day < 10 ? "0\(day)" : "\(day)" }

    /// Month with a leading zero only for January and February ("01", "02", but "6", "11"):
    /// the decree's rule (usually explained as keeping "tháng 1"/"tháng 2" from being turned
    /// into "tháng 11"/"tháng 12" by hand).
    public var monthField: String { month <= 2 ? "0\(month)" : "\(month)" }

    /// "ngày 05 tháng 01 năm 2023".
    public var longForm: String { "ngày \(dayField) tháng \(monthField) năm \(year)" }

    /// The header's place-and-date line: "Hà Nội, ngày 05 tháng 01 năm 2023".
    public func placeAndDateLine(place: String) -> String {
        "\(normalizedSpacing(place)), \(longForm)"
    }

    /// The in-text form used when citing another document: "15/7/2020" (no leading zeros,
    /// as in "Quyết định số 487/QĐ-UBND ngày 15/7/2020").
    public var shortForm: String { "\(day)/\(month)/\(year)" }

    /// A draft's date with the day (and the month, unless given) left blank:
    /// "ngày␣···␣tháng␣···␣năm 2026" where ··· is `blank`.
    public static func draftLongForm(year: Int, month: Int? = nil, blank: Blank = .dateField) -> String {
        let monthText = month.map { $0 <= 2 ? "0\($0)" : "\($0)" } ?? blank.text
        return "ngày \(blank.text) tháng \(monthText) năm \(year)"
    }

    /// "Hà Nội, ngày ··· tháng ··· năm 2026" for a draft.
    public static func draftPlaceAndDateLine(place: String, year: Int, month: Int? = nil,
                                             blank: Blank = .dateField) -> String {
        "\(normalizedSpacing(place)), \(draftLongForm(year: year, month: month, blank: blank))"
    }
}
