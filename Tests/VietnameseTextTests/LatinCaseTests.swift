import Testing
@testable import VietnameseText

/// The quick case mapping against the standard library's, scalar by scalar over every range it
/// answers for, and on whole texts.
@Suite struct LatinCaseTests {
    static let ranges: [ClosedRange<UInt32>] = [0...0x24F, 0x300...0x36F, 0x1E00...0x1EFF, 0x2000...0x206F]

    @Test func everyScalarAnsweredMapsAsTheStandardLibraryDoes() {
        var answered = 0
        for range in Self.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = String(Character(scalar))
                if let lower = LatinCase.lower(value) {
                    answered += 1
                    #expect(String(Unicode.Scalar(lower)!) == text.lowercased(), "lower U+\(String(value, radix: 16))")
                }
                if let upper = LatinCase.upper(value) {
                    #expect(String(Unicode.Scalar(upper)!) == text.uppercased(), "upper U+\(String(value, radix: 16))")
                }
            }
        }
        // Every Vietnamese letter, and more, is answered here.
        #expect(answered > 700)
        for letter in "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ".unicodeScalars {
            #expect(LatinCase.upper(letter.value) != nil && LatinCase.lower(LatinCase.upper(letter.value)!) == letter.value)
        }
    }

    @Test func textsCaseMapAsTheStandardLibraryDoes() {
        let texts = ["Sở Nội vụ tỉnh Bạc Liêu", "ĐẶNG THỊ MỸ DUNG", "Bằng khen của Thủ tướng Chính phủ", "hoà, HÒA, thuỷ",
                     "Straße", "İstanbul", "ŉ", "µ", "Ω", "x\u{0345}", "", "123 – Điều 1."]
        for text in texts {
            #expect(vietnameseUppercased(text) == nfc(nfc(text).uppercased()), "\(text)")
            #expect(vietnameseLowercased(text) == nfc(nfc(text).lowercased()), "\(text)")
        }
        // Texts the quick path leaves to the standard library.
        #expect(LatinCase.mapped("Straße", LatinCase.upper) == nil)
        #expect(LatinCase.mapped("İ", LatinCase.lower) == nil)
        #expect(LatinCase.mapped("Sở Nội vụ", LatinCase.upper) == "SỞ NỘI VỤ")
    }
}
