import Foundation
import Testing
@testable import DataInput

/// The byte tables checked against sources we did not write: glibc's iconv for Windows-1258,
/// Windows-1252 and TCVN 5712 (all 256 bytes), and the VNI table published with xvnkb (VNI has
/// no iconv module).
@Suite("Code page tables against iconv and published tables")
struct CodePageTableTests {
    @Test(.enabled(if: Iconv.isAvailable), arguments: [("CP1258", WindowsCodePage.cp1258), ("CP1252", .cp1252)])
    func windowsCodePageMatchesIconvForEveryByte(name: String, page: WindowsCodePage) throws {
        let reference = try Iconv.table(name)
        #expect(reference.count >= 246)          // all but LF and the (at most nine) undefined bytes
        var mismatches: [String] = []
        for byte in UInt8.min...UInt8.max where byte != 0x0A {
            let ours = page.scalar(byte).map { [$0] }
            if ours != reference[byte] {
                mismatches.append(String(format: "0x%02X: ours %@, iconv %@", byte, "\(ours ?? [])", "\(reference[byte] ?? [])"))
            }
        }
        #expect(page.scalar(0x0A) == "\n")
        #expect(mismatches.isEmpty)
    }

    /// glibc's TCVN5712-1 is VN1, the full table. TCVN3 (VN3) must agree with it on every byte it
    /// has, and leave out exactly VN1's capitals with tones and its five combining tone marks.
    @Test(.enabled(if: Iconv.isAvailable))
    func tcvn3IsTheLowercaseSubsetOfGlibcTCVN5712() throws {
        let reference = try Iconv.table("TCVN5712-1")
        #expect(reference.count == 255)
        var mismatches: [String] = []
        var leftOut: [UInt8] = []
        for byte in UInt8.min...UInt8.max where byte != 0x0A {
            let vn1 = String(String.UnicodeScalarView(reference[byte] ?? []))
            if let ours = TCVN3.decoding[byte] {
                if String(ours) != vn1 { mismatches.append(String(format: "0x%02X: ours %@, iconv %@", byte, String(ours), vn1)) }
            } else if Array(vn1.unicodeScalars.map(\.value)) != [UInt32(byte)] {
                leftOut.append(byte)
                let isCapital = vn1.count == 1 && vn1.first!.isUppercase
                let isToneMark = vn1.unicodeScalars.count == 1 && [0x300, 0x301, 0x303, 0x309, 0x323].contains(vn1.unicodeScalars.first!.value)
                if !isCapital && !isToneMark { mismatches.append(String(format: "0x%02X: VN1 %@ left out", byte, vn1)) }
            }
        }
        #expect(mismatches.isEmpty)
        // 67 lowercase letters and Ă Â Ê Ô Ơ Ư Đ, as VN3 has them.
        #expect(TCVN3.decoding.count == 74)
        #expect(TCVN3.decoding.values.filter(\.isUppercase).count == 7)
        let expectedLeftOut: [UInt8] = [0x01, 0x02, 0x04, 0x05, 0x06, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17]
            + Array(0x80...0x9F) + [0xAF, 0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xBA, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5,
                                    0xCD, 0xD9, 0xDA, 0xDB, 0xE0, 0xF0, 0xFF]
        #expect(leftOut == expectedLeftOut)
    }

    /// Whole Windows-1258 sentences as Windows writes them (tone bytes after the vowel):
    /// glibc composes them itself, we compose with NFC; the texts must be equal.
    @Test(.enabled(if: Iconv.isAvailable))
    func windows1258SentencesDecodeAsIconvDecodesThem() throws {
        for sentence in Alphabet.sentences + [Alphabet.all.map(String.init).joined(separator: " ")] {
            for decomposingAll in [false, true] {
                let bytes = try #require(Encode.windows1258(sentence, decomposingAll: decomposingAll))
                let glibc = try Iconv.run(["-f", "CP1258", "-t", "UTF-8"], bytes)
                let ours = try TextDecoding.decode(bytes, display: "t.csv").text
                #expect(Array(ours.unicodeScalars) == Array(glibc.precomposedStringWithCanonicalMapping.unicodeScalars), "\(sentence)")
                #expect(Array(ours.unicodeScalars) == Array(sentence.unicodeScalars))
            }
        }
    }

    /// The VNI-Windows table of xvnkb (lamdao/xvnkb, vni.h), transcribed: letter, then its bytes.
    /// (VBKey's VNI_WINDOWS_TABLE, khiemdoan/VBKey, agrees with it on all 134 toned letters.)
    static let publishedVNI = [
        "á 61F9 à 61F8 ả 61FB ã 61F5 ạ 61EF â 61E2 ấ 61E1 ầ 61E0 ẩ 61E5 ẫ 61E3",
        "ậ 61E4 ă 61EA ắ 61E9 ằ 61E8 ẳ 61FA ẵ 61FC ặ 61EB é 65F9 è 65F8 ẻ 65FB",
        "ẽ 65F5 ẹ 65EF ê 65E2 ế 65E1 ề 65E0 ể 65E5 ễ 65E3 ệ 65E4 ó 6FF9 ò 6FF8",
        "ỏ 6FFB õ 6FF5 ọ 6FEF ô 6FE2 ố 6FE1 ồ 6FE0 ổ 6FE5 ỗ 6FE3 ộ 6FE4 ơ F4",
        "ớ F4F9 ờ F4F8 ở F4FB ỡ F4F5 ợ F4EF ú 75F9 ù 75F8 ủ 75FB ũ 75F5 ụ 75EF",
        "ư F6 ứ F6F9 ừ F6F8 ử F6FB ữ F6F5 ự F6EF í ED ì EC ỉ E6 ĩ F3",
        "ị F2 ý 79F9 ỳ 79F8 ỷ 79FB ỹ 79F5 ỵ EE đ F1",
        "Á 41D9 À 41D8 Ả 41DB Ã 41D5 Ạ 41CF Â 41C2 Ấ 41C1 Ầ 41C0 Ẩ 41C5 Ẫ 41C3",
        "Ậ 41C4 Ă 41CA Ắ 41C9 Ằ 41C8 Ẳ 41DA Ẵ 41DC Ặ 41CB É 45D9 È 45D8 Ẻ 45DB",
        "Ẽ 45D5 Ẹ 45CF Ê 45C2 Ế 45C1 Ề 45C0 Ể 45C5 Ễ 45C3 Ệ 45C4 Ó 4FD9 Ò 4FD8",
        "Ỏ 4FDB Õ 4FD5 Ọ 4FCF Ô 4FC2 Ố 4FC1 Ồ 4FC0 Ổ 4FC5 Ỗ 4FC3 Ộ 4FC4 Ơ D4",
        "Ớ D4D9 Ờ D4D8 Ở D4DB Ỡ D4D5 Ợ D4CF Ú 55D9 Ù 55D8 Ủ 55DB Ũ 55D5 Ụ 55CF",
        "Ư D6 Ứ D6D9 Ừ D6D8 Ử D6DB Ữ D6D5 Ự D6CF Í CD Ì CC Ỉ C6 Ĩ D3",
        "Ị D2 Ý 59D9 Ỳ 59D8 Ỷ 59DB Ỹ 59D5 Ỵ CE Đ D1",
    ]

    @Test func vniTableMatchesThePublishedTable() throws {
        let fields = Self.publishedVNI.joined(separator: " ").split(separator: " ")
        var published: [Character: [UInt8]] = [:]
        for index in stride(from: 0, to: fields.count, by: 2) {
            let hex = Array(fields[index + 1])
            published[Character(String(fields[index]))] = stride(from: 0, to: hex.count, by: 2).map { UInt8(String(hex[$0...$0 + 1]), radix: 16)! }
        }
        // Every letter beyond ASCII: 12 × 6 × 2 less the 12 toneless ASCII vowels, and đ Đ.
        #expect(published.count == 134)
        var ours: [Character: [UInt8]] = [:]
        for (bytes, letter) in VNIWindows.decoding { ours[letter] = bytes }
        #expect(ours == published)
        // The test-side encoder, written from the scheme, agrees too.
        for (letter, bytes) in published { #expect(Encode.vni(String(letter)) == bytes, "\(letter)") }
    }
}
