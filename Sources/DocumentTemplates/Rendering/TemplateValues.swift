import Foundation
import Mustache
import VietnameseText

/// A date in a template: `{{ngay}}` prints "ngày 06 tháng 3 năm 2023"; `{{ngay.ngan}}` "6/3/2023";
/// `{{ngay.ngay}}`, `{{ngay.thang}}`, `{{ngay.nam}}` the parts as NĐ 30 writes them.
struct DateValue: MustacheParent, CustomStringConvertible {
    let date: CalendarDate

    var description: String { date.longForm }

    func child(named name: String) -> Any? {
        switch name {
        case "day_du": return date.longForm
        case "ngan": return date.shortForm
        case "ngay": return date.dayField
        case "thang": return date.monthField
        case "nam": return String(date.year)
        default: return nil
        }
    }
}

/// An amount of money: `{{tien}}` prints "1.760.000"; `{{tien.chu}}` "Một triệu bảy trăm sáu mươi nghìn đồng".
struct MoneyValue: MustacheParent, CustomStringConvertible {
    let amount: Int
    let settings: NumberWordsSettings

    var description: String { NumberText.grouped(amount) }

    func child(named name: String) -> Any? {
        switch name {
        case "so": return NumberText.grouped(amount)
        case "chu": return NumberWords.money(amount, settings: settings)
        case "chu_thuong": return NumberWords.words(amount, settings: settings) + " đồng"
        default: return nil
        }
    }
}

/// A count as award decisions write it: `{{so}}` prints "04" below ten, `{{so.chu}}` "bốn".
struct CountValue: MustacheParent, CustomStringConvertible {
    let count: Int

    var description: String { NumberText.twoDigitCount(count) }

    func child(named name: String) -> Any? {
        switch name {
        case "so": return String(count)
        case "chu": return NumberWords.words(count)
        case "co": return count > 0
        default: return nil
        }
    }
}
