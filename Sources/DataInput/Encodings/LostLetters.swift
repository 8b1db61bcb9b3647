import InputGuards
import Foundation

/// Letters a save has already lost: Excel's plain "CSV" on a Windows whose code page has no
/// Vietnamese writes "?" for every letter it cannot hold ("Nguy?n Th? H?ng Nhung"). No
/// decoding brings them back, so such a file is refused rather than read.
///
/// A "?" between two letters of one word is the sign; words that look like web addresses
/// ("trang.php?id=3": with / = & : @) are not taken for it. A "?" ending a word is a question.
enum LostLetters {
    static func first(in text: String) -> (line: Int, word: String)? {
        var line = 1
        var word: [Unicode.Scalar] = []
        var wordLine = 1
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if isSeparator(scalar) {
                if isLossy(word) { return (wordLine, String(String.UnicodeScalarView(word))) }
                word.removeAll()
                if scalar == "\n" && !previousWasCR || scalar == "\r" { line += 1 }
                previousWasCR = scalar == "\r"
                continue
            }
            previousWasCR = false
            if word.isEmpty { wordLine = line }
            word.append(scalar)
        }
        return isLossy(word) ? (wordLine, String(String.UnicodeScalarView(word))) : nil
    }

    static func message(_ word: String) -> String {
        "tệp đã mất chữ khi lưu: trong \(Excerpt.quoted(word)) có dấu «?» thay cho chữ không lưu được (Excel lưu kiểu «CSV (Comma delimited)» trên máy Windows không dùng bảng mã tiếng Việt); cần lưu lại từ bảng tính gốc"
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\r", "\n", ",", ";", "\"", "(", ")": true
        default: false
        }
    }

    private static func isLossy(_ word: [Unicode.Scalar]) -> Bool {
        guard word.count >= 3, !word.contains(where: { "/=&:@".unicodeScalars.contains($0) }) else { return false }
        for index in word.indices.dropFirst().dropLast() where word[index] == "?" {
            if word[index - 1].properties.isAlphabetic && word[index + 1].properties.isAlphabetic { return true }
        }
        return false
    }
}

/// Line numbers (from 1) as the CSV reader counts them: LF, CRLF and a lone CR each end a line.
enum ByteLines {
    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        count(bytes.prefix(offset).map { UInt16($0) })
    }

    static func line(ofUnit offset: Int, in units: [UInt16]) -> Int {
        count(Array(units.prefix(offset)))
    }

    private static func count(_ units: [UInt16]) -> Int {
        var line = 1
        for (index, unit) in units.enumerated() {
            if unit == 0x0D || (unit == 0x0A && (index == 0 || units[index - 1] != 0x0D)) { line += 1 }
        }
        return line
    }
}
