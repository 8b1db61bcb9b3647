import OfficialDocuments
import Testing
import Typesetting

/// The engine's warnings reach the clerk in Vietnamese, naming where the text came from.
@Suite struct MessageTests {
    static let source = SourceLocation(file: "du-lieu.yaml", line: 7, column: 3)

    @Test(arguments: [
        (LayoutWarning.Kind.missingGlyph(character: "\u{E123}", context: "Đơn vị \u{E123} số 1"),
         "Không phông chữ nào có ký tự U+E123 «\u{E123}» (trong «Đơn vị \u{E123} số 1»)."),
        (.wordBrokenAcrossLines(word: "Thànhphố"), "Từ «Thànhphố» dài hơn dòng: đã ngắt giữa các ký tự."),
        (.overfullLine(excess: 3.14, text: "Sở Nội vụ"), "Dòng tràn lề 3.1 pt: «Sở Nội vụ»."),
        (.contentTallerThanPage(height: 900.5, bodyHeight: 728.5), "Một khối cao 900 pt, hơn chiều cao trang (728 pt): phần thừa bị tràn."),
        (.keepRuleBroken, "Khối giữ liền nhau dài hơn một trang: buộc phải ngắt trang trong khối."),
        (.unreadableImage(path: "chu-ky.png"), "Không đọc được ảnh «chu-ky.png»."),
        (.tooManyCells(row: 4, columns: 3), "Dòng 4 của bảng có nhiều ô hơn số cột: ô thừa bị bỏ."),
    ])
    func layoutWarningsAreWordedInVietnamese(kind: LayoutWarning.Kind, text: String) {
        #expect(LayoutWarning(kind).vietnameseDescription == text)
        #expect(LayoutWarning(kind, source: Self.source).vietnameseDescription == "du-lieu.yaml, dòng 7, cột 3: " + text)
    }

    /// A text from the data reaches a message as `Excerpt` quotes it: control and bidi
    /// characters shown as escapes, a long text shortened.
    @Test func textsFromTheDataAreQuotedSafely() {
        let overfull = LayoutWarning(.overfullLine(excess: 2, text: "Sở\u{202E}Nội vụ\u{1B}[31m")).vietnameseDescription
        #expect(!overfull.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{1B}" })
        #expect(overfull.hasPrefix("Dòng tràn lề 2.0 pt: «Sở"))
        let long = LayoutWarning(.wordBrokenAcrossLines(word: String(repeating: "ư", count: 5000))).vietnameseDescription
        #expect(long.count < 400)
    }

    @Test func aSourceWithoutAColumnNamesTheLine() {
        #expect(SourceLocation(file: "a.csv", line: 2).description == "a.csv, dòng 2")
    }
}
