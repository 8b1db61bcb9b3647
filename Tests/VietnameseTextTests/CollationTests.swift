import Foundation
import Testing
@testable import VietnameseText

/// First question: does Foundation on Linux collate Vietnamese correctly with vi_VN?
/// (Answer on Swift 6.3.1 / Linux: yes: it carries ICU's Vietnamese tailoring. These tests pin
/// that; if a toolchain ever loses it, they fail here rather than in a printed list.)
@Suite("Vietnamese collation")
struct CollationTests {
    func sorted(_ words: [String]) -> [String] {
        words.sorted(by: VietnameseCollation.areInIncreasingOrder)
    }

    @Test func modifiedLettersAreSeparateLettersInAlphabetOrder() {
        // a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư; each later letter sorts after every
        // word with the earlier one, whatever follows ("az" < "ă").
        let pairs: [(String, String)] = [
            ("az", "ă"), ("ăz", "â"), ("dz", "đ"), ("ez", "ê"), ("oz", "ô"), ("ôz", "ơ"), ("uz", "ư"),
            ("âz", "b"), ("đz", "e"), ("ơz", "p"), ("ưz", "v"),
        ]
        for (a, b) in pairs {
            #expect(VietnameseCollation.compare(a, b) == .orderedAscending, "\(a) < \(b)")
            #expect(VietnameseCollation.compare(b, a) == .orderedDescending, "\(b) > \(a)")
        }
        #expect(sorted(["ư", "ơ", "đ", "ê", "â", "ô", "ă", "a", "d", "e", "o", "u"])
            == ["a", "ă", "â", "d", "đ", "e", "ê", "o", "ô", "ơ", "u", "ư"])
    }

    @Test func tonesAreASecondaryDifference() {
        // The tone decides only between otherwise equal words ("ùa" < "ub"), and then in
        // dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
        #expect(VietnameseCollation.compare("ùa", "ub") == .orderedAscending)
        #expect(VietnameseCollation.compare("ụa", "ua") == .orderedDescending)
        #expect(sorted(["ạ", "á", "ã", "ả", "à", "a"]) == ["a", "à", "ả", "ã", "á", "ạ"])
        #expect(sorted(["Thịnh", "Thìn", "Thị", "thì", "Thi"]) == ["Thi", "thì", "Thị", "Thìn", "Thịnh"])
    }

    @Test func caseIsTertiaryAndNormalisationIsIgnored() {
        #expect(VietnameseCollation.compare("anh", "Anh") == .orderedAscending)
        #expect(VietnameseCollation.compare("Anh", "ánh") == .orderedAscending)
        #expect(VietnameseCollation.compare(nfd("Đặng"), "Đặng") == .orderedSame)
    }

    @Test func otherComparisonsAreNotGoodEnough() {
        // Why the vi_VN locale is pinned. Another locale (a server's is usually en_US or POSIX)
        // treats "ô" and "ơ" as one letter with different accents, compared only after all the
        // letters, so "ôz" sorts after "ơa".
        #expect("ôz".compare("ơa", options: [], range: nil, locale: Locale(identifier: "en_US")) == .orderedDescending)
        #expect(VietnameseCollation.compare("ôz", "ơa") == .orderedAscending)
        // Without a locale, comparison is by code point: "Đ" (U+0110) sorts after "Y".
        #expect("Đào".compare("Yến") == .orderedDescending)
        #expect(VietnameseCollation.compare("Đào", "Yến") == .orderedAscending)
    }

    // MARK: names

    @Test func personNameParts() {
        let name = PersonName("  Nguyễn  Thị Ngọc Giàu ")
        #expect(name.family == "Nguyễn")
        #expect(name.middle == "Thị Ngọc")
        #expect(name.given == "Giàu")
        #expect(name.fullName == "Nguyễn Thị Ngọc Giàu")
        let two = PersonName("Lê Lợi")
        #expect(two.family == "Lê" && two.middle == "" && two.given == "Lợi")
        let one = PersonName("Hùng")
        #expect(one.family == "" && one.given == "Hùng")
    }

    @Test func namesSortByGivenThenMiddleThenFamily() {
        let names = [
            "Nguyễn Thị Thu", "Ngô Quang Chiến", "Phan Thanh Duy", "Vũ Đăng Minh", "Ngô Công Hầu",
            "Nguyễn Văn Lân", "Nguyễn Thị Ngọc Giàu", "Trần Văn An", "Lê Văn An", "Lê Thị An", "Đỗ Ánh",
            "Hoàng Ân", "Bùi Ăn", "Phạm Đức", "Phạm Dũng", "Lý Ơn", "Mai Ôn",
        ]
        #expect(names.sortedByVietnameseName() == [
            "Lê Thị An", "Lê Văn An", "Trần Văn An", "Đỗ Ánh", "Bùi Ăn", "Hoàng Ân",
            "Ngô Quang Chiến", "Phạm Dũng", "Phan Thanh Duy", "Phạm Đức", "Nguyễn Thị Ngọc Giàu",
            "Ngô Công Hầu", "Nguyễn Văn Lân", "Vũ Đăng Minh", "Mai Ôn", "Lý Ơn", "Nguyễn Thị Thu",
        ])
    }

    @Test func givenNameIsComparedWholeBeforeTheMiddleName() {
        // Every "An" comes before any "Án", even when the family or middle name would say
        // otherwise if the parts were joined into one string.
        let names = ["Lê Án", "Trần An", "Bùi Văn Án", "Vũ Thị An"]
        #expect(names.sortedByVietnameseName() == ["Trần An", "Vũ Thị An", "Lê Án", "Bùi Văn Án"])
    }

    @Test func equalNamesKeepInputOrder() {
        struct Person: Equatable { let name: String; let unit: String }
        let people = [
            Person(name: "Nguyễn Văn An", unit: "Sở Nội vụ"),
            Person(name: "Lê Bình", unit: "Sở Tài chính"),
            Person(name: "Nguyễn  Văn An", unit: "Sở Y tế"),
            Person(name: nfd("Nguyễn Văn An"), unit: "Sở Tư pháp"),
        ]
        let sorted = people.sortedByVietnameseName(\.name)
        #expect(sorted.map(\.unit) == ["Sở Nội vụ", "Sở Y tế", "Sở Tư pháp", "Sở Tài chính"])
    }
}
