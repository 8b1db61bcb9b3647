import Foundation
import Testing
@testable import VietnameseText

@Suite("Dates (NĐ 30)")
struct CalendarDateTests {
    @Test func validDatesAreAccepted() throws {
        let date = try CalendarDate(year: 2023, month: 1, day: 5)
        #expect(date.year == 2023 && date.month == 1 && date.day == 5)
        #expect(date.iso == "2023-01-05")
        _ = try CalendarDate(year: 2024, month: 2, day: 29)
        _ = try CalendarDate(year: 2000, month: 2, day: 29)
        _ = try CalendarDate(year: 2023, month: 12, day: 31)
    }

    @Test func impossibleDatesAreRejected() {
        #expect(throws: CalendarDateError.invalidDay(day: 31, month: 2, year: 2023, daysInMonth: 28)) {
            try CalendarDate(year: 2023, month: 2, day: 31)
        }
        #expect(throws: CalendarDateError.invalidDay(day: 29, month: 2, year: 2023, daysInMonth: 28)) {
            try CalendarDate(year: 2023, month: 2, day: 29)
        }
        #expect(throws: CalendarDateError.invalidDay(day: 29, month: 2, year: 1900, daysInMonth: 28)) {
            try CalendarDate(year: 1900, month: 2, day: 29)
        }
        #expect(throws: CalendarDateError.invalidDay(day: 31, month: 4, year: 2024, daysInMonth: 30)) {
            try CalendarDate(year: 2024, month: 4, day: 31)
        }
        #expect(throws: CalendarDateError.invalidDay(day: 0, month: 1, year: 2024, daysInMonth: 31)) {
            try CalendarDate(year: 2024, month: 1, day: 0)
        }
        #expect(throws: CalendarDateError.invalidMonth(13)) { try CalendarDate(year: 2024, month: 13, day: 1) }
        #expect(throws: CalendarDateError.yearOutOfRange(0)) { try CalendarDate(year: 0, month: 1, day: 1) }
    }

    @Test func leapYearRule() {
        #expect(CalendarDate.isLeapYear(2024))
        #expect(!CalendarDate.isLeapYear(2023))
        #expect(!CalendarDate.isLeapYear(2100))
        #expect(CalendarDate.isLeapYear(2000))
        let lengths = (1...12).map { CalendarDate.daysIn(month: $0, year: 2023) }
        #expect(lengths.reduce(0, +) == 365)
        #expect((1...12).map { CalendarDate.daysIn(month: $0, year: 2024) }.reduce(0, +) == 366)
    }

    @Test func nextDayWalksAWholeYear() throws {
        var date = try CalendarDate(year: 2024, month: 1, day: 1)
        var count = 0
        while date.year == 2024 {
            date = date.nextDay
            count += 1
        }
        #expect(count == 366)
        #expect(date == (try CalendarDate(year: 2025, month: 1, day: 1)))
    }

    @Test func ordering() throws {
        let a = try CalendarDate(year: 2023, month: 12, day: 31)
        let b = try CalendarDate(year: 2024, month: 1, day: 1)
        let c = try CalendarDate(year: 2024, month: 1, day: 2)
        #expect(a < b && b < c && !(c < a))
        #expect([c, a, b].sorted() == [a, b, c])
    }

    // MARK: parsing

    @Test(arguments: [
        ("2023-01-05", 2023, 1, 5), ("05/01/2023", 2023, 1, 5), ("5/1/2023", 2023, 1, 5),
        ("15/7/2020", 2020, 7, 15), (" 2024-2-29 ", 2024, 2, 29), ("31/12/2024", 2024, 12, 31),
    ])
    func parsesIsoAndVietnameseForms(text: String, year: Int, month: Int, day: Int) throws {
        let date = try CalendarDate(parsing: text)
        #expect(date == (try CalendarDate(year: year, month: month, day: day)))
    }

    @Test(arguments: ["2023/01/05", "01-05-2023", "5.1.2023", "ngày 5", "", "2023-1", "123/1/2023", "5/1/23", "2023-01-05T00:00"])
    func rejectsOtherFormats(text: String) {
        #expect(throws: CalendarDateError.unrecognisedFormat(text)) { try CalendarDate(parsing: text) }
    }

    @Test func parsingValidatesTheDay() {
        // Day/month order: 31/02 is 31 February, never read as month 31 or as 2 March.
        #expect(throws: CalendarDateError.invalidDay(day: 31, month: 2, year: 2023, daysInMonth: 28)) {
            try CalendarDate(parsing: "31/02/2023")
        }
        #expect(throws: CalendarDateError.invalidMonth(13)) { try CalendarDate(parsing: "2023-13-01") }
    }

    @Test func errorsAreInVietnameseAndQuoteTheInput() {
        let message = CalendarDateError.unrecognisedFormat("5.1.2023").description
        #expect(message.contains("5.1.2023"))
        #expect(message.contains("Không đọc được ngày"))
        #expect(CalendarDateError.invalidDay(day: 31, month: 2, year: 2023, daysInMonth: 28).description
            == "Ngày 31 không có trong tháng 2 năm 2023 (tháng này có 28 ngày).")
    }

    // MARK: formatting

    @Test(arguments: [
        (2023, 1, 5, "ngày 05 tháng 01 năm 2023"),
        (2023, 2, 28, "ngày 28 tháng 02 năm 2023"),
        (2020, 3, 9, "ngày 09 tháng 3 năm 2020"),
        (2022, 6, 24, "ngày 24 tháng 6 năm 2022"),
        (2020, 12, 11, "ngày 11 tháng 12 năm 2020"),
        (2021, 10, 1, "ngày 01 tháng 10 năm 2021"),
        (2024, 11, 10, "ngày 10 tháng 11 năm 2024"),
    ])
    func longFormPadsDayAndOnlyJanuaryFebruary(year: Int, month: Int, day: Int, expected: String) throws {
        #expect(try CalendarDate(year: year, month: month, day: day).longForm == expected)
    }

    @Test func monthPaddingRuleOverTheWholeYear() throws {
        for month in 1...12 {
            let field = try CalendarDate(year: 2023, month: month, day: 1).monthField
            #expect(field.hasPrefix("0") == (month <= 2), "tháng \(month) → \(field)")
            #expect(Int(field) == month)
        }
        for day in 1...31 {
            let field = try CalendarDate(year: 2023, month: 1, day: day).dayField
            #expect(field.count == 2 && Int(field) == day)
        }
    }

    @Test func placeAndDateLine() throws {
        let date = try CalendarDate(year: 2023, month: 1, day: 5)
        #expect(date.placeAndDateLine(place: "Hà Nội") == "Hà Nội, ngày 05 tháng 01 năm 2023")
        #expect(date.placeAndDateLine(place: " Thừa  Thiên Huế ") == "Thừa Thiên Huế, ngày 05 tháng 01 năm 2023")
        #expect(IssueDate.fixed(date).placeAndDateLine(place: "Hà Nội") == "Hà Nội, ngày 05 tháng 01 năm 2023")
    }

    @Test func shortFormHasNoLeadingZeros() throws {
        #expect(try CalendarDate(year: 2020, month: 7, day: 15).shortForm == "15/7/2020")
        #expect(try CalendarDate(year: 2022, month: 3, day: 31).shortForm == "31/3/2022")
        #expect(try CalendarDate(year: 2023, month: 1, day: 5).shortForm == "5/1/2023")
    }

    @Test func draftLeavesDayAndMonthBlank() {
        let nbsp3 = "\u{00A0}\u{00A0}\u{00A0}"
        #expect(CalendarDate.draftLongForm(year: 2026) == "ngày \(nbsp3) tháng \(nbsp3) năm 2026")
        #expect(CalendarDate.draftLongForm(year: 2026, month: 1) == "ngày \(nbsp3) tháng 01 năm 2026")
        #expect(CalendarDate.draftLongForm(year: 2026, month: 6) == "ngày \(nbsp3) tháng 6 năm 2026")
        #expect(CalendarDate.draftPlaceAndDateLine(place: "Hà Nội", year: 2026)
            == "Hà Nội, ngày \(nbsp3) tháng \(nbsp3) năm 2026")
        let spaces = CalendarDate.draftLongForm(year: 2026, blank: Blank(width: 3, filler: " "))
        #expect(spaces == "ngày     tháng     năm 2026")
        #expect(IssueDate.draft(year: 2026, month: nil).shortForm(blank: Blank(width: 2, filler: "."))
            == "../../2026")
    }

    @Test func draftGapIsFiveCharactersWide() {
        let line = CalendarDate.draftLongForm(year: 2026)
        let gap = line.drop(while: { $0 != " " }).prefix(while: { !$0.isLetter })
        #expect(gap.count == 5)
        // No ordinary spaces inside the blank: only the single separators at each end.
        #expect(gap.filter { $0 == " " }.count == 2)
    }

    @Test func codableUsesTheIsoString() throws {
        let date = try CalendarDate(year: 2023, month: 1, day: 5)
        let json = try JSONEncoder().encode([date])
        #expect(String(decoding: json, as: UTF8.self) == "[\"2023-01-05\"]")
        let decoded = try JSONDecoder().decode([CalendarDate].self, from: Data("[\"05/01/2023\", \"2024-02-29\"]".utf8))
        #expect(decoded == [date, try CalendarDate(year: 2024, month: 2, day: 29)])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data("[\"31/02/2023\"]".utf8))
        }
    }
}
