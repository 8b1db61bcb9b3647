import Foundation
import Testing
@testable import DataInput

/// `LineIndex.characterColumn` answers most columns from per-line counts; it must give what
/// counting the characters before the column gives.
@Suite struct LineIndexTests {
    /// Characters from the line's start to the `scalarColumn`-th scalar (clamped to the line).
    static func reference(_ text: String, line: Int, scalarColumn: Int) -> Int {
        let lines = text.unicodeScalars.split(omittingEmptySubsequences: false, whereSeparator: { _ in false })
        _ = lines
        // Split by the same line breaks as libyaml: CRLF, CR, LF, NEL, LS, PS.
        var starts: [String.UnicodeScalarView.Index] = [text.unicodeScalars.startIndex]
        var ends: [String.UnicodeScalarView.Index] = []
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let next = scalars.index(after: i)
            switch scalars[i] {
            case "\r":
                ends.append(i)
                if next < scalars.endIndex, scalars[next] == "\n" {
                    i = scalars.index(after: next); starts.append(i); continue
                }
                starts.append(next)
            case "\n", "\u{85}", "\u{2028}", "\u{2029}":
                ends.append(i); starts.append(next)
            default: break
            }
            i = next
        }
        ends.append(scalars.endIndex)
        let start = starts[line - 1], end = ends[line - 1]
        let upTo = scalars.index(start, offsetBy: max(0, scalarColumn - 1), limitedBy: end) ?? end
        return String(scalars[start..<upTo]).count + 1
    }

    @Test(arguments: [
        "ten: Sở Nội vụ\nho_ten: Nguyễn Văn An\n",
        "a: \(String("Nguyễn Thị Ngọc Giàu".decomposedStringWithCanonicalMapping))\nb: [x, y]\n",
        "x: ễ\u{0301}b\r\ny: 日本語 z\rz: \u{1F600}q\u{2028}w: é\u{0323}e\u{85}end",
        "", "\n\n", "only one line without break", "a\u{0300}\u{0301}bc\n\u{0301}start",
    ])
    func columnsMatchCountedCharacters(text: String) {
        let index = LineIndex(text)
        let lineCount = text.unicodeScalars.filter { ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains($0) }.count
            - text.components(separatedBy: "\r\n").count + 1 + 1
        for line in 1...max(1, lineCount) {
            for column in 0...40 {
                #expect(index.characterColumn(line: line, scalarColumn: column)
                        == Self.reference(text, line: line, scalarColumn: column), "line \(line) column \(column)")
            }
        }
    }
}

@Suite struct ColumnCursorTests {
    /// Columns asked in reading order, and again out of order, are those the index gives.
    @Test(arguments: [
        "a: \(String("Nguyễn Thị Ngọc Giàu".decomposedStringWithCanonicalMapping)), b, c\nb: [x, y]\n",
        "x: ễ\u{0301}b\r\ny: 日本語 z\rz: \u{1F600}q\u{2028}w: é\u{0323}e\u{85}end",
        "a\u{0300}\u{0301}bc\n\u{0301}start", "e\u{0301}" + String(repeating: " x\u{0301}y", count: 30),
    ])
    func agreesWithTheIndex(text: String) {
        let index = LineIndex(text)
        var cursor = ColumnCursor(index)
        var disagreeing: [(Int, Int)] = []
        for line in 1...4 {
            for column in Array(0...60) + [7, 3, 50, 2] where cursor.characterColumn(line: line, scalarColumn: column)
                != index.characterColumn(line: line, scalarColumn: column) {
                disagreeing.append((line, column))
            }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(5))")
    }
}
