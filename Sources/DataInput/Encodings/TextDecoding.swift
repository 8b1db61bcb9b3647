import InputGuards
import Foundation
import VietnameseText

/// The bytes of a CSV/text file decoded, and what was done to them.
public struct DecodedText: Sendable, Equatable {
    /// NFC, without a byte-order mark.
    public var text: String
    public var encoding: SourceEncoding
    /// What was done, in Vietnamese, for the clerk ("tệp được đọc theo bảng mã Windows-1258 …").
    /// Empty for plain UTF-8 that needed nothing.
    public var notes: [String]
}

public enum SourceEncoding: String, Sendable {
    case utf8, utf8WithBOM, utf16LE, utf16BE, windows1258, windows1252
}

public enum TextDecoding {
    /// The end of every refusal from Excel's point of view: how to save the file again.
    public static let excelAdvice = "trong Excel hãy chọn «Lưu thành» (Save As) và kiểu tệp «CSV UTF-8 (Comma delimited) (*.csv)»"

    /// UTF-8 with or without BOM; UTF-16 with BOM (Excel's "Unicode Text", tab-separated);
    /// Windows-1258 (what Excel's plain "CSV" writes on Vietnamese Windows: tone marks as
    /// separate combining bytes) composed to NFC; Windows-1252 when the bytes can only be that
    /// (Western Windows, or TCVN3/VNI bytes one per character, which `LegacyVietnamese` then
    /// converts). Anything else, or a file whose encoding cannot be told with confidence, is a
    /// DataError naming the file and the line of the first byte that decides, ending in `advice`.
    ///
    /// Also refused: a file that lost its letters when saved («Nguy?n»: Excel's plain "CSV" on a
    /// Windows without the Vietnamese code page writes "?" for them), NUL bytes (UTF-16 without
    /// BOM, or not text), an Excel workbook given as CSV.
    public static func decode(_ bytes: [UInt8], display: String,
                              advice: String = excelAdvice) throws(DataError) -> DecodedText {
        let refusal = Refusal(file: display, advice: advice)
        if let container = Container(bytes) { throw refusal.whole(container.message) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw refusal.whole("tệp được lưu dạng UTF-32")
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes.dropFirst(2), bigEndian: false, refusal) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes.dropFirst(2), bigEndian: true, refusal) }
        if let nul = bytes.firstIndex(of: 0) {
            throw refusal.at(ByteLines.line(of: nul, in: bytes),
                             "tệp có byte 0 (NUL) nên không phải văn bản CSV: có thể là tệp UTF-16 thiếu dấu BOM, hoặc không phải tệp văn bản")
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) {
            if !body.contains(where: { $0 >= 0x80 }), let lost = LostLetters.first(in: text) {
                throw refusal.at(lost.line, LostLetters.message(lost.word))
            }
            let normalized = nfc(text)
            var notes: [String] = []
            if !normalized.unicodeScalars.elementsEqual(text.unicodeScalars) {
                notes.append("chữ tổ hợp (NFD) đã được chuyển sang dạng dựng sẵn (NFC)")
            }
            return DecodedText(text: normalized, encoding: hasBOM ? .utf8WithBOM : .utf8, notes: notes)
        }
        if hasBOM {
            throw refusal.at(ByteLines.line(of: 3 + firstInvalidUTF8(body), in: bytes),
                             "tệp bắt đầu bằng dấu BOM của UTF-8 nhưng từ dòng này không còn là UTF-8 (có thể được ghép từ hai tệp khác bảng mã)")
        }
        if isMostlyUTF8(body) {
            throw refusal.at(ByteLines.line(of: firstInvalidUTF8(body), in: bytes),
                             "tệp có chữ không phải UTF-8 ở dòng này, dù phần còn lại là UTF-8 (có thể được ghép từ hai tệp khác bảng mã, hoặc bị hỏng)")
        }
        return try windows(bytes, refusal)
    }

    private static func windows(_ bytes: [UInt8], _ refusal: Refusal) throws(DataError) -> DecodedText {
        switch WindowsReading(bytes: bytes).outcome() {
        case .notWindows(let offset, let what):
            throw refusal.at(ByteLines.line(of: offset, in: bytes),
                             "tệp không phải văn bản UTF-8, và \(what) ở dòng này không có nghĩa trong bảng mã Windows-1258 hay Windows-1252 (có thể được lưu bằng bảng mã của DOS hoặc máy Mac)")
        case .undecided(let offset, let readings):
            let shown = readings.map { "\(Excerpt.quoted($0))" }.joined(separator: " hay ")
            throw refusal.at(ByteLines.line(of: offset, in: bytes),
                             "tệp không phải văn bản UTF-8 và không xác định chắc chắn được bảng mã: chữ ở dòng này đọc thành \(shown) tùy bảng mã (Windows-1258, Windows-1252, TCVN3, VNI)")
        case .read(let text, let encoding, let legacy):
            if let lost = LostLetters.first(in: text) { throw refusal.at(lost.line, LostLetters.message(lost.word)) }
            var notes: [String] = []
            switch (encoding, legacy) {
            case (.windows1258, _):
                let composed = bytes.contains(where: WindowsCodePage.toneBytes.contains)
                notes.append("tệp được đọc theo bảng mã Windows-1258 (Excel lưu kiểu «CSV (Comma delimited)» trên Windows tiếng Việt)"
                             + (composed ? "; dấu thanh viết rời đã được ghép vào chữ (NFC)" : ""))
            case (_, .some(let legacy)):
                notes.append("tệp được đọc mỗi byte một ký tự (Windows-1252); chữ trong tệp có dạng bảng mã \(legacy.displayName), cần chuyển sang Unicode")
            default:
                notes.append("tệp được đọc theo bảng mã Windows-1252 (Windows tiếng Anh hoặc Tây Âu)")
            }
            if WindowsReading.differingWords(bytes).isEmpty {
                notes.append("các byte ngoài ASCII trong tệp đọc như nhau theo Windows-1258 và Windows-1252")
            }
            return DecodedText(text: text, encoding: encoding, notes: notes)
        }
    }

    private static func utf16(_ body: ArraySlice<UInt8>, bigEndian: Bool, _ refusal: Refusal) throws(DataError) -> DecodedText {
        let name = bigEndian ? "UTF-16 BE" : "UTF-16 LE"
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let (high, low) = (UInt16(body[index]), UInt16(body[index + 1]))
            units.append(bigEndian ? high << 8 | low : low << 8 | high)
            index += 2
        }
        if body.count % 2 == 1 {
            throw refusal.at(ByteLines.line(ofUnit: units.count, in: units), "tệp \(name) bị cắt cụt: số byte lẻ")
        }
        if let broken = firstUnpairedSurrogate(units) {
            throw refusal.at(ByteLines.line(ofUnit: broken, in: units), "tệp \(name) bị hỏng ở dòng này (một nửa cặp mã thay thế đứng riêng)")
        }
        return DecodedText(text: nfc(String(decoding: units, as: UTF16.self)), encoding: bigEndian ? .utf16BE : .utf16LE,
                           notes: ["tệp Unicode \(name) (Excel lưu kiểu «Văn bản Unicode», các cột cách nhau bằng Tab); đã chuyển sang UTF-8"])
    }

    private static func firstUnpairedSurrogate(_ units: [UInt16]) -> Int? {
        var i = 0
        while i < units.count {
            switch units[i] {
            case 0xD800...0xDBFF:
                guard i + 1 < units.count, (0xDC00...0xDFFF).contains(units[i + 1]) else { return i }
                i += 2
            case 0xDC00...0xDFFF: return i
            default: i += 1
            }
        }
        return nil
    }

    /// UTF-8 with a few bad bytes rather than a Windows file: more valid multi-byte sequences
    /// than bytes outside one. (In Windows text, bytes above ASCII rarely happen to form UTF-8.)
    static func isMostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var i = 0, sequences = 0, bad = 0
        while i < bytes.count {
            let length: Int
            switch bytes[i] {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: bad += 1; i += 1; continue
            }
            if i + length <= bytes.count, String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil {
                sequences += 1
                i += length
            } else {
                bad += 1
                i += 1
            }
        }
        return sequences > bad
    }

    /// Offset of the first byte that is not part of valid UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let length: Int
            switch bytes[i] {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count, String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil else { return i }
            i += length
        }
        return i
    }
}

extension LegacyVietnamese.Encoding {
    /// As a clerk knows it.
    public var displayName: String {
        switch self {
        case .tcvn3: "TCVN3 (ABC, phông .VnTime)"
        case .vniWindows: "VNI-Windows (phông VNI-Times)"
        case .utf8ReadAsWindows1252: "UTF-8 bị đọc nhầm thành Windows-1252"
        }
    }
}

/// The errors `decode` throws, all ending in the same advice.
private struct Refusal {
    var file: String
    var advice: String

    func at(_ line: Int, _ message: String) -> DataError {
        DataError(location: SourceLocation(file: file, line: line), message: message + "; " + advice)
    }

    func whole(_ message: String) -> DataError { at(0, message) }
}

/// An Excel workbook given where a CSV is expected: say so rather than "not UTF-8".
private enum Container {
    case xlsx, xls

    init?(_ bytes: [UInt8]) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { self = .xlsx; return }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { self = .xls; return }
        return nil
    }

    var message: String {
        switch self {
        case .xlsx: "đây là tệp bảng tính Excel (.xlsx, hoặc một tệp nén ZIP), không phải tệp CSV"
        case .xls: "đây là tệp bảng tính Excel 97–2003 (.xls), không phải tệp CSV"
        }
    }
}
