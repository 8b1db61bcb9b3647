import Foundation

extension CalendarDate {
    /// Today in Vietnam (UTC+7), whatever the machine's zone: a server in UTC must not date a
    /// document signed at 06:30 in Hà Nội the day before. `VANBAN_HOM_NAY` (2026-12-01) fixes the
    /// day, for tests and for preparing documents ahead.
    public static func today() -> CalendarDate {
        if let fixed = getenv("VANBAN_HOM_NAY").map({ String(cString: $0) }), let date = try? CalendarDate(parsing: fixed) {
            return date
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        // The calendar only gives valid days.
        return (try? CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)) ?? CalendarDate.epoch
    }

    /// 01/01/1970, never needed but for a calendar that failed.
    static var epoch: CalendarDate { try! CalendarDate(year: 1970, month: 1, day: 1) }
}
