import Foundation
import Testing
@testable import DataInput

/// Numbers read from data are bounded, so that nothing computed from them can overflow.
@Suite struct NumberBoundsTests {
    func value(_ text: String) throws -> DataNode { try yaml("x: \"\(text)\"\n").required("x") }

    @Test func wholeNumbersStopAtFifteenDigits() throws {
        #expect(try value("999.999.999.999.999").int() == 999_999_999_999_999)
        #expect(try value("-999999999999999").int() == -999_999_999_999_999)
        for text in ["1000000000000000", "9223372036854775807", "-9223372036854775808", "99999999999999999999999"] {
            #expect(failure { try value(text).int() } == "du-lieu.yaml, dòng 1, cột 4, trường «x»: số «\(text)» quá lớn (lớn nhất 999.999.999.999.999)")
        }
    }

    @Test func decimalsStopAtFifteenDigitsBeforeTheMark() throws {
        #expect(try value("999999999999999,25").decimal() == Decimal(string: "999999999999999.25"))
        #expect(try value("000000000000000000001,5").decimal() == Decimal(string: "1.5"))
        #expect(failure { try value("10000000000000000000").decimal() }?.hasSuffix("số «10000000000000000000» quá lớn (lớn nhất 999.999.999.999.999)") == true)
    }

    @Test func yearsAreFrom1900To2200() throws {
        #expect(try value("2024").year() == 2024)
        for text in ["1899", "2201", "9223372036854775807", "-1", "20x4", "2024,5"] {
            #expect(failure { try value(text).year() } == "du-lieu.yaml, dòng 1, cột 4, trường «x»: cần một năm từ 1900 đến 2200, gặp «\(text)»")
        }
    }

    @Test func datesAreInThoseYears() throws {
        #expect(try value("01/01/1900").date().year == 1900)
        #expect(failure { try value("01/01/0001").date() }
            == "du-lieu.yaml, dòng 1, cột 4, trường «x»: năm 1 của ngày «01/01/0001» nằm ngoài khoảng 1900–2200")
    }
}
