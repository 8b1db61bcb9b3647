import Foundation
import Testing
@testable import VietnameseText

@Suite("Vietnamese syllables: onset + rhyme + one tone")
struct VietnameseSyllableTests {
    static let valid = [
        "a", "à", "ủy", "Ủy", "uỷ", "ở", "yêu", "yết", "ước", "ông", "anh", "ách",
        "nghiêng", "nghĩa", "ngoài", "người", "nguyễn", "Nguyễn", "NGUYỄN", "nhất", "nhung",
        "giữa", "gì", "gìn", "giếng", "giấy", "già", "ghi", "ghế", "gương", "gà",
        "quốc", "quyết", "quỳnh", "quý", "qua", "quê", "quân", "quen", "quở", "quanh",
        "khuya", "khuỷu", "thuở", "huơ", "huých", "huynh", "tuyết", "chuyện", "luật", "xuân", "hoạch", "khoẻ", "khỏe",
        "hòa", "hoà", "thủy", "thuỷ", "toán", "xoăn", "hoặc", "ngoằn", "boong", "xoong", "soóc",
        "kỹ", "kiểm", "kênh", "cụm", "của", "cuốc", "tịch", "tỉnh", "đua", "Đồng", "ĐỒNG", "Việt", "việc",
        "thưởng", "trường", "hươu", "rượu", "gửi", "ngửi", "hừm", "bữa",
        "Đắk", "Lắk", "Kon", "Tum",                    // province names of the Central Highlands
        "e\u{0301}", "ho\u{0300}a",                   // NFD
    ]

    static let invalid = [
        "", "b", "ng", "Đăk", "ko", "ka", "ce", "gê", "nge", "ngha", "qua\u{0301}c\u{0301}",
        "quoa", "quu", "cyên", "ất\u{0300}", "hát\u{0300}", "bạt\u{0301}", "máp\u{0300}",
        "hello", "world", "street", "café", "Hélène", "Müller", "naïve", "Zoë", "Straße", "José", "fa", "jo", "wa", "zê",
        // Legacy spellings: TCVN3, VNI, UTF-8 read as Windows-1252.
        "Ph¹m", "NguyÔn", "ThÞ", "Hång", "tØnh", "Së", "Néi", "Nguyeãn", "Vieät", "Tröôøng", "Noäi", "tænh",
        "Nguyá»…n", "Há»“ng", "PhÃ²ng",
        "aa", "ăa", "âu\u{0301}\u{0300}", "ơn\u{0302}", "a1", "a-b",
    ]

    @Test(arguments: valid)
    func isASyllable(word: String) {
        #expect(VietnameseSyllable.isValid(word))
    }

    @Test(arguments: invalid)
    func isNoSyllable(word: String) {
        #expect(!VietnameseSyllable.isValid(word))
    }
}
