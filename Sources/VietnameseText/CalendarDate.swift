import Foundation
import InputGuards

/// A day in the proleptic Gregorian calendar, with no time and no time zone.
///
/// Administrative documents are dated by the calendar day printed on them; a `Date` (an instant)
/// would make "05/01/2023" depend on the machine's time zone. Values are always valid: the
/// initialiser rejects 31/02 and 29/02 outside leap years.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) throws(CalendarDateError) {
        guard (1...9999).contains(year) else { throw .yearOutOfRange(year) }
        guard (1...12).contains(month) else { throw .invalidMonth(month) }
        let last = CalendarDate.daysIn(month: month, year: year)
        guard (1...last).contains(day) else {
            throw .invalidDay(day: day, month: month, year: year, daysInMonth: last)
        }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The following day (31/12 → 01/01 of the next year).
    public var nextDay: CalendarDate {
        if day < CalendarDate.daysIn(month: month, year: year) {
            return CalendarDate(unchecked: year, month, day + 1)
        }
        if month < 12 { return CalendarDate(unchecked: year, month + 1, 1) }
        return CalendarDate(unchecked: year + 1, 1, 1)
    }

    /// ISO 8601 "2023-01-05", the form data files use.
    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public var description: String { iso }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}

/// Why a date was rejected. Descriptions are Vietnamese: they reach the clerk who typed the date.
public enum CalendarDateError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    case yearOutOfRange(Int)
    case invalidMonth(Int)
    case invalidDay(day: Int, month: Int, year: Int, daysInMonth: Int)
    case unrecognisedFormat(String)

    public var description: String {
        switch self {
        case .yearOutOfRange(let year):
            "Năm \(year) không hợp lệ (phải từ 1 đến 9999)."
        case .invalidMonth(let month):
            "Tháng \(month) không hợp lệ (phải từ 1 đến 12)."
        case .invalidDay(let day, let month, let year, let last):
            "Ngày \(day) không có trong tháng \(month) năm \(year) (tháng này có \(last) ngày)."
        case .unrecognisedFormat(let text):
            "Không đọc được ngày “\(Excerpt.shortened(text))”: cần dạng năm-tháng-ngày (2023-01-05) hoặc ngày/tháng/năm (05/01/2023)."
        }
    }

    public var errorDescription: String? { description }
}
