import Foundation
import Testing
@testable import VietnameseText

/// `normalizingTonePlacement` skips the word-by-word algorithm when a quick scan finds no tone
/// that could move: the two must always agree.
@Suite("Tone placement: quick scan agrees with the full algorithm")
struct TonePlacementFastPathTests {
    /// The scan's vowel lists, derived here from each scalar's decomposition the way `Letter`
    /// reads a letter (base, tone marks, other marks), for every scalar the scan accepts.
    @Test func vowelRolesMatchTheDecompositionOfEveryAcceptedScalar() {
        var mismatches: [String] = []
        for value in UInt32(0)..<0x1F00 where value < 0x300 || (0x1E00...0x1EFF).contains(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let letter = Letter(Character(scalar))
            var expected = TonePlacementScan.PairRole.none
            if !letter.hasModifier {
                switch letter.base {
                case "o": expected = .oFamily
                case "u": expected = .uFamily
                case "a", "e": expected = .aOrEFamily
                case "y": expected = .yFamily
                default: break
                }
            }
            let role = TonePlacementScan.role(value)
            if "\(role)" != "\(expected)" { mismatches.append(String(format: "U+%04X %@ %@", value, "\(role)", "\(expected)")) }
            // The scan takes a listed vowel beyond ASCII for a toned one.
            if expected != .none && (value >= 0x80) != (letter.tone != nil) {
                mismatches.append(String(format: "U+%04X tone", value))
            }
        }
        #expect(mismatches.isEmpty)
    }

    static let samples = [
        "", "a", "hòa", "hoà", "HÒA", "HOÀ", "Thanh Hoá", "khoẻ", "khỏe", "thủy", "thuỷ", "Ủy ban", "Uỷ ban",
        "Cờ thi đua của Bộ Nội vụ", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hoà xã hội chủ nghĩa Việt Nam",
        "hoàn thành", "quý", "Quỳnh", "hoài", "khuya", "hoặc", "thuở", "tuy", "hoa", "của", "ủa", "QUỶ",
        "Nguyễn Thị Ngọc Giàu", "xoá, xóa; họa-sĩ (hoạ)", "ṍa ṹy", "Ôa ơe ưy", "oà oè uỳ óà",
        "Sở Nội vụ tỉnh Hòa Bình\u{00A0}và Thừa Thiên Huế", "tab\thoà\nnewline",
        "ho\u{0300}a", "Ho\u{0301}a", "hòa\u{0301}", "日本 hoà", "hoà🙂", "e\u{0301}o\u{0301}a",
    ]

    @Test(arguments: samples)
    func quickPathGivesTheFullResult(text: String) {
        for placement in [TonePlacement.classic, .modern] {
            let fast = normalizingTonePlacement(text, to: placement)
            let full = normalizingTonePlacementByWords(text, to: placement, checkingWordsQuickly: false)
            #expect(Array(fast.unicodeScalars) == Array(full.unicodeScalars), "\(text) \(placement)")
        }
    }

    /// Random words from letters that do and do not form the ambiguous pairs, in both cases,
    /// with and without tones, NFC and NFD.
    @Test func quickPathAgreesOnRandomText() {
        let letters = Array("oOòóỏõọÒỌaAàáảãạeèéẻẽẹuUùúủũụyYỳýỷỹỵqQhHkKnNtTôơưâăêđ ,.-\u{00A0}\u{0301}\u{0323}")
        var generator = SplitMix64(seed: 0x5EED)
        for _ in 0..<3000 {
            let length = Int(generator.next() % 12)
            let text = String((0..<length).map { _ in letters[Int(generator.next() % UInt64(letters.count))] })
            for input in [text, nfd(text)] {
                for placement in [TonePlacement.classic, .modern] {
                    let fast = normalizingTonePlacement(input, to: placement)
                    let full = normalizingTonePlacementByWords(input, to: placement, checkingWordsQuickly: false)
                    #expect(Array(fast.unicodeScalars) == Array(full.unicodeScalars), "\(input.debugDescription)")
                }
            }
        }
    }

    @Test func scanLettersAreLettersForSwift() {
        for value in UInt32(0)..<0x1F00 where TonePlacementScan.isLetter(value) {
            #expect(Character(Unicode.Scalar(value)!).isLetter, "U+\(String(value, radix: 16))")
        }
    }

    @Test func quickScanLetsUnchangeableTextThrough() {
        #expect(TonePlacementScan.hasNoMovableTone("Bằng khen của Bộ trưởng Bộ Nội vụ"))
        #expect(TonePlacementScan.hasNoMovableTone("Nguyễn Văn An, Huỳnh Quyết, hoàn toàn, khoa, hoa, tuy"))
        #expect(!TonePlacementScan.hasNoMovableTone("hòa."))
        #expect(!TonePlacementScan.hasNoMovableTone("Hòa"))
        #expect(!TonePlacementScan.hasNoMovableTone("Uỷ"))
        #expect(!TonePlacementScan.hasNoMovableTone(nfd("Nguyễn")))
    }
}

/// A small deterministic generator, so that a failure can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
