import Foundation
import Testing
@testable import VietnameseText

@Suite("Numbers and money in words")
struct NumberWordsTests {
    @Test(arguments: [
        (0, "không"), (1, "một"), (5, "năm"), (10, "mười"), (11, "mười một"), (14, "mười bốn"),
        (15, "mười lăm"), (20, "hai mươi"), (21, "hai mươi mốt"), (24, "hai mươi tư"), (25, "hai mươi lăm"),
        (31, "ba mươi mốt"), (55, "năm mươi lăm"), (99, "chín mươi chín"), (100, "một trăm"),
        (101, "một trăm linh một"), (104, "một trăm linh bốn"), (105, "một trăm linh năm"),
        (110, "một trăm mười"), (115, "một trăm mười lăm"), (121, "một trăm hai mươi mốt"),
        (1_000, "một nghìn"), (1_001, "một nghìn không trăm linh một"), (1_010, "một nghìn không trăm mười"),
        (1_100, "một nghìn một trăm"), (10_000, "mười nghìn"), (15_000, "mười lăm nghìn"),
        (105_000, "một trăm linh năm nghìn"), (702_000, "bảy trăm linh hai nghìn"),
        (710_000, "bảy trăm mười nghìn"),
        (1_000_000, "một triệu"), (1_005_000, "một triệu không trăm linh năm nghìn"),
        (1_000_005, "một triệu không trăm linh năm"), (1_050_000, "một triệu không trăm năm mươi nghìn"),
        (1_490_000, "một triệu bốn trăm chín mươi nghìn"), (1_800_000, "một triệu tám trăm nghìn"),
        (2_340_000, "hai triệu ba trăm bốn mươi nghìn"), (21_000_000, "hai mươi mốt triệu"),
        (1_000_000_000, "một tỷ"), (1_000_000_005, "một tỷ không trăm linh năm"),
        (1_001_000_000, "một tỷ không trăm linh một triệu"),
        (2_500_000_000, "hai tỷ năm trăm triệu"),
        (1_000_000_000_000, "một nghìn tỷ"),
        (1_000_000_000_000_000, "một triệu tỷ"),
        (1_000_000_000_000_000_000, "một tỷ tỷ"),
        (-5, "âm năm"),
    ])
    func defaultReading(value: Int, expected: String) {
        #expect(NumberWords.words(value) == expected)
    }

    @Test func moneySentenceCaseEndsInDong() {
        #expect(NumberWords.money(1_490_000) == "Một triệu bốn trăm chín mươi nghìn đồng")
        #expect(NumberWords.money(710_000) == "Bảy trăm mười nghìn đồng")
        #expect(NumberWords.money(1_005_000) == "Một triệu không trăm linh năm nghìn đồng")
        #expect(NumberWords.money(0) == "Không đồng")
        #expect(NumberWords.money(2_340_000, unit: "") == "Hai triệu ba trăm bốn mươi nghìn")
    }

    @Test func regionalSettingsEachChangeOnlyTheirWord() {
        var settings = NumberWordsSettings.standard
        settings.thousand = .ngan
        #expect(NumberWords.words(1_490_000, settings: settings) == "một triệu bốn trăm chín mươi ngàn")
        settings = .standard
        settings.zeroTens = .le
        #expect(NumberWords.words(105, settings: settings) == "một trăm lẻ năm")
        #expect(NumberWords.words(1_005_000, settings: settings) == "một triệu không trăm lẻ năm nghìn")
        settings = .standard
        settings.oneAfterTens = .motPlain
        #expect(NumberWords.words(21, settings: settings) == "hai mươi một")
        #expect(NumberWords.words(11, settings: settings) == "mười một")
        settings = .standard
        settings.fourAfterTens = .bon
        #expect(NumberWords.words(24, settings: settings) == "hai mươi bốn")
        #expect(NumberWords.words(104, settings: settings) == "một trăm linh bốn")
        settings = .standard
        settings.fiveAfterTens = .nham
        #expect(NumberWords.words(25, settings: settings) == "hai mươi nhăm")
        #expect(NumberWords.words(15, settings: settings) == "mười lăm")
        #expect(NumberWords.words(105, settings: settings) == "một trăm linh năm")
        settings.fiveAfterTens = .nam
        #expect(NumberWords.words(95, settings: settings) == "chín mươi năm")
        settings = .standard
        settings.billion = .ti
        #expect(NumberWords.words(3_000_000_000, settings: settings) == "ba tỉ")
    }

    @Test func southernPreset() {
        #expect(NumberWords.money(1_024_105_000, settings: .southern)
            == "Một tỷ không trăm hai mươi bốn triệu một trăm lẻ năm ngàn đồng")
        #expect(NumberWords.money(1_024_105_000)
            == "Một tỷ không trăm hai mươi tư triệu một trăm linh năm nghìn đồng")
    }

    @Test func unitFourAfterMuoiOnly() {
        // "tư" only after "mươi" (tens ≥ 2): 14 and 104 keep "bốn", 4 alone is "bốn".
        for n in [4, 14, 104, 1_004, 4_000] {
            #expect(!NumberWords.words(n).split(separator: " ").contains("tư"), "\(n)")
        }
        for n in [24, 34, 44, 94, 124, 24_000] {
            #expect(NumberWords.words(n).split(separator: " ").contains("tư"), "\(n)")
        }
    }

    /// An independent reader of Vietnamese number words, to check every reading sums back to
    /// its number: no group dropped or duplicated, whatever the settings.
    static func value(of words: String) -> Int? {
        let digitWords: [String: Int] = [
            "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
            "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
        ]
        var total = 0, group = 0
        var pending: Int?
        for word in words.split(separator: " ").map(String.init) {
            if let digit = digitWords[word] {
                if pending != nil { return nil }
                pending = digit
                continue
            }
            switch word {
            case "trăm": group += (pending ?? -1000) * 100; pending = nil
            case "mươi": group += (pending ?? -1000) * 10; pending = nil
            case "mười": group += 10
            case "linh", "lẻ": break
            case "nghìn", "ngàn": total += (group + (pending ?? 0)) * 1_000; group = 0; pending = nil
            case "triệu": total += (group + (pending ?? 0)) * 1_000_000; group = 0; pending = nil
            case "tỷ", "tỉ": total = (total + group + (pending ?? 0)) * 1_000_000_000; group = 0; pending = nil
            default: return nil
            }
        }
        return total + group + (pending ?? 0)
    }

    @Test func everyNumberUpToOneHundredThousandReadsBack() {
        for settings in [NumberWordsSettings.standard, .southern] {
            // The first number whose words do not read back (checking every one through #expect
            // would record 200,000 expectations).
            let wrong = (0...100_000).first { Self.value(of: NumberWords.words($0, settings: settings)) != $0 }
            #expect(wrong == nil, "\(wrong.map { "\($0) → \(NumberWords.words($0, settings: settings))" } ?? "")")
        }
    }

    @Test func largeNumbersReadBack() {
        var generator = SystemRandomNumberGenerator()
        var samples = [1_000_000_000_000_000, 999_999_999_999_999_999, Int.max, 1_000_001_000_001_000, 10_000_000_005]
        for _ in 0..<2_000 { samples.append(Int.random(in: 0...Int.max, using: &generator)) }
        for n in samples {
            let words = NumberWords.words(n)
            #expect(Self.value(of: words) == n, "\(n) → \(words)")
        }
    }

    @Test func innerGroupsAlwaysSayTheirHundreds() {
        // After the first non-zero group, each non-zero group has three spoken places.
        for n in stride(from: 1_000_001, to: 1_100_000, by: 997) {
            let words = NumberWords.words(n)
            let afterMillion = (words.components(separatedBy: "triệu ").last ?? "").split(separator: " ")
            #expect(afterMillion.count >= 2 && afterMillion[1] == "trăm", "\(n) → \(words)")
        }
    }

    /// Foundation's ICU spell-out uses "lẻ" and is right below one million; there our reading
    /// (with `zeroTens: .le`) must agree with it word for word.
    @Test func agreesWithFoundationBelowOneMillion() {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "vi_VN")
        formatter.numberStyle = .spellOut
        var settings = NumberWordsSettings.standard
        settings.zeroTens = .le
        var disagreements: [String] = []
        for n in stride(from: 0, through: 999_999, by: 7) {
            let ours = NumberWords.words(n, settings: settings)
            let icu = formatter.string(from: NSNumber(value: n)) ?? ""
            if ours != icu { disagreements.append("\(n): \(ours) ≠ \(icu)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// Why we do not use Foundation's spell-out: it drops "không trăm linh" in inner groups.
    @Test func foundationSpellOutDropsInnerZeroHundreds() {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "vi_VN")
        formatter.numberStyle = .spellOut
        let icu = formatter.string(from: 1_005_000)
        #expect(icu != NumberWords.words(1_005_000))
        #expect(NumberWords.words(1_005_000).contains("không trăm linh năm nghìn"))
    }
}
