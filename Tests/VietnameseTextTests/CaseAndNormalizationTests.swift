import Foundation
import Testing
@testable import VietnameseText

@Suite("NFC, case, tone placement")
struct CaseAndNormalizationTests {
    @Test func nfcComposesDecomposedInput() {
        let decomposed = "Nguye\u{0302}\u{0303}n Thi\u{0323}" // "Nguyễn Thị" typed as NFD
        let composed = nfc(decomposed)
        #expect(composed.unicodeScalars.count == 10)
        #expect(Array(composed.unicodeScalars) == Array("Nguyễn Thị".unicodeScalars))
        #expect(nfd(composed).unicodeScalars.count == decomposed.unicodeScalars.count)
    }

    @Test func normalizedSpacingCollapsesAllWhitespace() {
        #expect(normalizedSpacing("  Sở\u{00A0}Nội \t vụ \n") == "Sở Nội vụ")
    }

    @Test(arguments: [
        ("cộng hòa xã hội chủ nghĩa việt nam", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("độc lập - tự do - hạnh phúc", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"),
        ("ủy ban nhân dân tỉnh thừa thiên huế", "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ"),
        ("đường ươn ướt ơ ờ ở ỡ ớ ợ", "ĐƯỜNG ƯƠN ƯỚT Ơ Ờ Ở Ỡ Ớ Ợ"),
        ("ă ằ ẳ ẵ ắ ặ â ầ ẩ ẫ ấ ậ ê ề ể ễ ế ệ ô ồ ổ ỗ ố ộ ư ừ ử ữ ứ ự ỳ ỷ ỹ ý ỵ đ",
         "Ă Ằ Ẳ Ẵ Ắ Ặ Â Ầ Ẩ Ẫ Ấ Ậ Ê Ề Ể Ễ Ế Ệ Ô Ồ Ổ Ỗ Ố Ộ Ư Ừ Ử Ữ Ứ Ự Ỳ Ỷ Ỹ Ý Ỵ Đ"),
    ])
    func uppercaseKeepsEveryMark(input: String, expected: String) {
        let upper = vietnameseUppercased(input)
        #expect(upper == expected)
        // Swift's == ignores normalisation; the scalars prove the result is NFC.
        #expect(Array(upper.unicodeScalars) == Array(nfc(expected).unicodeScalars))
        #expect(vietnameseLowercased(upper) == nfc(input))
    }

    @Test func uppercaseOfDecomposedInputIsComposed() {
        let upper = vietnameseUppercased(nfd("quyết định"))
        #expect(Array(upper.unicodeScalars) == Array("QUYẾT ĐỊNH".unicodeScalars))
    }

    @Test func sentenceCaseUppercasesOnlyTheFirstLetter() {
        #expect(sentenceCased("một triệu đồng") == "Một triệu đồng")
        #expect(sentenceCased("đồng chí") == "Đồng chí")
        #expect(sentenceCased("(ủy quyền)") == "(Ủy quyền)")
        #expect(sentenceCased("Ủy ban UBND") == "Ủy ban UBND")
        #expect(sentenceCased("") == "")
        #expect(sentenceCased("123") == "123")
    }

    @Test(arguments: [
        // modern → classic
        ("CỘNG HOÀ", "CỘNG HÒA"), ("Thanh Hoá", "Thanh Hóa"), ("khoẻ mạnh", "khỏe mạnh"),
        ("thuỷ lợi", "thủy lợi"), ("Uỷ ban", "Ủy ban"), ("hoạ sĩ", "họa sĩ"), ("xoá", "xóa"),
        ("hoà bình, hoà hợp", "hòa bình, hòa hợp"), ("QUỶ", "QUỶ"),
    ])
    func classicPlacementMovesToneToFirstVowel(input: String, expected: String) {
        let result = normalizingTonePlacement(input, to: .classic)
        #expect(Array(result.unicodeScalars) == Array(nfc(expected).unicodeScalars))
    }

    @Test func modernPlacementMovesToneToSecondVowel() {
        #expect(normalizingTonePlacement("CỘNG HÒA", to: .modern) == "CỘNG HOÀ")
        #expect(normalizingTonePlacement("Thủy, khỏe, Ủy, xóa", to: .modern) == "Thuỷ, khoẻ, Uỷ, xoá")
        #expect(normalizingTonePlacement(nfd("hòa"), to: .modern) == "hoà")
    }

    @Test(arguments: [
        "hoàn thành", "thuyết trình", "quý", "Quỳnh", "hoài", "khuya", "hoặc", "thuở", "huấn", "hoa", "tuy",
        "Nguyễn Thị Ngọc Giàu", "quà", "giúp",
    ])
    func unambiguousWordsAreUntouched(word: String) {
        // These either have a final consonant, a third vowel, a non-tone mark, "qu", or no
        // tone; both styles spell them the same.
        #expect(normalizingTonePlacement(word, to: .modern) == word)
        #expect(normalizingTonePlacement(word, to: .classic) == word)
    }

    @Test func bothSpellingsNormaliseToTheSameText() {
        let texts = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
        let normalised = Set(texts.map { normalizingTonePlacement($0) })
        #expect(normalised == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    }
}
