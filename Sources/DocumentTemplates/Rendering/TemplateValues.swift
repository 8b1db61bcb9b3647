import Foundation
import Mustache
import VietnameseText

// The values below print themselves through `MustacheCustomRenderable`: swift-mustache asks
// for that protocol first, so a value found by `{{name}}` is printed without the further
// run-time checks (optional, `String(describing:)`) it makes for any other type. Their text is
// computed once, when the value is made, not at every insertion.

/// A date in a template: `{{ngay}}` prints "ngày 06 tháng 3 năm 2023"; `{{ngay.ngan}}` "6/3/2023";
/// `{{ngay.ngay}}`, `{{ngay.thang}}`, `{{ngay.nam}}` the parts as NĐ 30 writes them.
struct DateValue: MustacheParent, MustacheCustomRenderable, CustomStringConvertible {
    let date: CalendarDate
    let description: String

    init(date: CalendarDate) {
        self.date = date
        description = date.longForm
    }

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
    let description: String

    init(count: Int) {
        self.count = count
        description = NumberText.twoDigitCount(count)
    }

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
