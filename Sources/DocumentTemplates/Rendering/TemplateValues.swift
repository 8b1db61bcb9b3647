import Foundation
import Mustache
import VietnameseText

// The values below print themselves through `MustacheCustomRenderable`: swift-mustache asks
// for that protocol first, so a value found by `{{name}}` is printed without the further
// run-time checks (optional, `String(describing:)`) it makes for any other type. A money value's
// text is computed once, when it is made: the same value is printed in every row of an annex.
// Dates and counts are printed a few times, if at all: their text is made when asked for (a
// first number format costs a million instructions, for nothing if the template never prints it).

/// A date in a template: `{{ngay}}` prints "ngày 06 tháng 3 năm 2023"; `{{ngay.ngan}}` "6/3/2023";
/// `{{ngay.ngay}}`, `{{ngay.thang}}`, `{{ngay.nam}}` the parts as NĐ 30 writes them.
struct DateValue: MustacheParent, MustacheCustomRenderable, CustomStringConvertible {
    let date: CalendarDate

    var description: String { date.longForm }
    var renderText: String { description }
    var isNull: Bool { false }

    func child(named name: String) -> Any? {
        switch name {
        case "day_du": return description
        case "ngan": return date.shortForm
        case "ngay": return date.dayField
        case "thang": return date.monthField
        case "nam": return String(date.year)
        default: return nil
        }
    }
}

/// An amount of money: `{{tien}}` prints "1.760.000"; `{{tien.chu}}` "Một triệu bảy trăm sáu mươi nghìn đồng".
struct MoneyValue: MustacheParent, MustacheCustomRenderable, CustomStringConvertible {
    let amount: Int
    let settings: NumberWordsSettings
    let description: String

    init(amount: Int, settings: NumberWordsSettings) {
        self.amount = amount
        self.settings = settings
        description = NumberText.grouped(amount)
    }

    var renderText: String { description }
    var isNull: Bool { false }

    func child(named name: String) -> Any? {
        switch name {
        case "so": return description
        case "chu": return NumberWords.money(amount, settings: settings)
        case "chu_thuong": return NumberWords.words(amount, settings: settings) + " đồng"
        default: return nil
        }
    }
}

/// A count as award decisions write it: `{{so}}` prints "04" below ten, `{{so.chu}}` "bốn".
struct CountValue: MustacheParent, MustacheCustomRenderable, CustomStringConvertible {
    let count: Int

    var description: String { NumberText.twoDigitCount(count) }
    var renderText: String { description }
    var isNull: Bool { false }

    func child(named name: String) -> Any? {
        switch name {
        case "so": return String(count)
        case "chu": return NumberWords.words(count)
        case "co": return count > 0
        default: return nil
        }
    }
}
