import Foundation
import Mustache
import Testing
import VietnameseText
@testable import DocumentTemplates

/// The context handed to Mustache is made of `TemplateObject`s and value types that print
/// themselves; templates must see exactly what they saw when it was made of dictionaries and
/// of values printed through `CustomStringConvertible`.
@Suite struct TemplateContextTests {
    /// The values as they were before: a parent printed by `description` only.
    struct PlainMoney: MustacheParent, CustomStringConvertible {
        let amount: Int
        var description: String { NumberText.grouped(amount) }
        func child(named name: String) -> Any? {
            switch name {
            case "so": return NumberText.grouped(amount)
            case "chu": return NumberWords.money(amount, settings: .standard)
            default: return nil
            }
        }
    }

    static let template = """
    {{ten}}|{{so_tien}}|{{so_tien.chu}}|{{#so_tien}}[{{so}}/{{chu}}/{{ten}}]{{/so_tien}}|{{^so_tien}}none{{/so_tien}}
    {{#danh_sach}}{{tt}}{{#dau}}<{{/dau}}{{ten}}{{ghi_chu}}{{^cuoi}};{{/cuoi}}{{#cuoi}}.{{/cuoi}}{{/danh_sach}}
    {{#nhom}}{{tt}}:{{#danh_sach}}{{tt}}{{#cuoi}}!{{/cuoi}}{{ten}} {{/danh_sach}}{{/nhom}}
    {{#cum.ky_thay}}{{quyen_han}}{{ten}}{{/cum.ky_thay}}{{cum.ky_thay.thay_mat}}{{^khong_co}}-{{/khong_co}}
    {{#co_danh_sach}}yes{{/co_danh_sach}}{{count(danh_sach)}}{{#first(danh_sach)}}{{ten}}{{/first(danh_sach)}}
    """

    /// The same data twice: as dictionaries with plain values, and as the builder makes it.
    static func contexts() -> (old: [String: Any], new: TemplateObject) {
        let names = ["Một", "Hai *x*", "Ba"]
        let oldItems: [[String: Any]] = names.enumerated().map { index, name in
            var item: [String: Any] = ["ten": name, "tt": String(index + 1), "dau": index == 0, "cuoi": index == names.count - 1]
            if index == 1 { item["ghi_chu"] = "(ghi)" }
            return item
        }
        let newItems: [TemplateObject] = names.enumerated().map { index, name in
            var item = TemplateObject(["ten": name], position: ListPosition(index: index, count: names.count))
            if index == 1 { item["ghi_chu"] = "(ghi)" }
            return item
        }
        // Groups number their rows through and leave `dau`, `cuoi` to the group.
        var oldGroups: [[String: Any]] = []
        var newGroups: [TemplateObject] = []
        for group in 0..<2 {
            var oldRows: [[String: Any]] = []
            var newRows: [TemplateObject] = []
            for (index, name) in names.enumerated() {
                let number = group * 3 + index + 1
                oldRows.append(["ten": name, "tt": String(number)])
                newRows.append(TemplateObject(["ten": name], position: ListPosition(number: number)))
            }
            var oldGroup: [String: Any] = ["tt": String(group + 1), "dau": group == 0, "cuoi": group == 1]
            oldGroup["danh_sach"] = oldRows
            oldGroups.append(oldGroup)
            newGroups.append(TemplateObject(["danh_sach": newRows], position: ListPosition(index: group, count: 2)))
        }
        let old: [String: Any] = [
            "ten": "Gốc", "so_tien": PlainMoney(amount: 1_760_000), "danh_sach": oldItems, "co_danh_sach": true,
            "nhom": oldGroups, "cum": ["ky_thay": ["quyen_han": "KT.", "thay_mat": "Giám đốc"]] as [String: Any],
        ]
        let new = TemplateObject([
            "ten": "Gốc", "so_tien": MoneyValue(amount: 1_760_000, settings: .standard), "danh_sach": newItems, "co_danh_sach": true,
            "nhom": newGroups, "cum": TemplateObject(["ky_thay": TemplateObject(["quyen_han": "KT.", "thay_mat": "Giám đốc"])]),
        ])
        return (old, new)
    }

    @Test(arguments: ["VANBAN", "TEXT"])
    func rendersAsDictionariesDid(contentType: String) throws {
        let template = try TemplateDeclaration.mustache(Self.template, file: "test", contentType: contentType)
        let (old, new) = Self.contexts()
        let expected = template.render(old)
        #expect(template.render(new) == expected)
        #expect(expected.contains("760") && expected.contains("Hai"))
    }

    @Test func valuesPrintWhatTheyDescribe() {
        for amount in [0, 7, 1_760_000, -2_340_000] {
            let money = MoneyValue(amount: amount, settings: .standard)
            #expect(money.renderText == NumberText.grouped(amount))
            #expect(money.child(named: "so") as? String == NumberText.grouped(amount))
            #expect(!money.isNull)
        }
        for count in [0, 4, 13, 1200] {
            #expect(CountValue(count: count).renderText == NumberText.twoDigitCount(count))
        }
        let date = try! CalendarDate(year: 2023, month: 3, day: 6)
        #expect(DateValue(date: date).renderText == date.longForm)
    }

    @Test func positionAnswersBeforeFieldsAndOnlyWhatItKnows() {
        let item = TemplateObject(["ten": "A", "tt": "x", "dau": "y"], position: ListPosition(index: 0, count: 2))
        #expect(item.child(named: "tt") as? String == "1")
        #expect(item.child(named: "dau") as? Bool == true)
        #expect(item.child(named: "cuoi") as? Bool == false)
        #expect(item.child(named: "ten") as? String == "A")
        let numbered = TemplateObject(["ten": "B", "dau": "kept"], position: ListPosition(number: 7))
        #expect(numbered.child(named: "tt") as? String == "7")
        #expect(numbered.child(named: "dau") as? String == "kept")
        #expect(numbered.child(named: "cuoi") == nil)
        #expect(Set(numbered.allFields.keys) == ["ten", "dau", "tt"])
        #expect(MemoryLayout<TemplateObject>.size <= 3 * MemoryLayout<Int>.size)
    }

    @Test func titleJoinsWhatIsGiven() {
        #expect(AwardRecipient.joinedTitle("Chuyên viên", "Sở Nội vụ") == "Chuyên viên, Sở Nội vụ")
        #expect(AwardRecipient.joinedTitle("Chuyên viên", nil) == "Chuyên viên")
        #expect(AwardRecipient.joinedTitle("", "Sở Nội vụ") == "Sở Nội vụ")
        #expect(AwardRecipient.joinedTitle(nil, "") == "")
    }
}
