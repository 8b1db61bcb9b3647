import Foundation

/// Line starts of a text, counted as libyaml counts them (LF, CR, CRLF, NEL, LS, PS), to turn
/// libyaml's scalar columns into the character columns an editor shows.
struct LineIndex {
    let text: String
    /// Index (in unicodeScalars) of the first scalar of each line; line 1 at [0].
    fileprivate let starts: [String.Index]
    /// Per line: its length in scalars without the line break, and the offset of its first
    /// scalar that may not be a character by itself (Int.max if none): anything but ASCII,
    /// Latin-1, Latin Extended-A/B and the precomposed letters of Latin Extended Additional.
    /// Before that offset, scalar and character columns agree: every node's location is
    /// converted, and so most need no walk along the line.
    fileprivate let contentLengths: [Int]
    fileprivate let firstCombiningOffsets: [Int]

    init(_ text: String) {
        self.text = text
        // Over the UTF-8 bytes: a scalar is counted at its lead byte; the line breaks are LF, CR,
        // CR LF, NEL (C2 85), LS and PS (E2 80 A8/A9); a lead byte at or above CC starts a scalar
        // from U+0300 on, of which only Latin Extended Additional (E1 B8–BB) is one character.
        let bytes = text.utf8
        var starts = [bytes.startIndex]
        var contentLengths: [Int] = []
        var firstCombiningOffsets: [Int] = []
        var offset = 0
        var firstCombining = Int.max
        func endLine(nextStart: String.Index) {
            contentLengths.append(offset)
            firstCombiningOffsets.append(firstCombining)
            offset = 0
            firstCombining = Int.max
            starts.append(nextStart)
        }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            var next = bytes.index(after: i)
            switch byte {
            case 0x0A:
                endLine(nextStart: next)
            case 0x0D:
                if next < bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
                endLine(nextStart: next)
            case 0x80...0xBF:
                break    // continuation byte
            default:
                if byte == 0xC2, next < bytes.endIndex, bytes[next] == 0x85 {
                    endLine(nextStart: bytes.index(after: next))
                    next = bytes.index(after: next)
                } else if byte == 0xE2, next < bytes.endIndex, bytes[next] == 0x80,
                          case let third = bytes.index(after: next), third < bytes.endIndex,
                          bytes[third] == 0xA8 || bytes[third] == 0xA9 {
                    next = bytes.index(after: third)
                    endLine(nextStart: next)
                } else {
                    if firstCombining == Int.max && byte >= 0xCC
                        && !(byte == 0xE1 && next < bytes.endIndex && (0xB8...0xBB).contains(bytes[next])) {
                        firstCombining = offset
                    }
                    offset += 1
                }
            }
            i = next
        }
        contentLengths.append(offset)
        firstCombiningOffsets.append(firstCombining)
        self.starts = starts
        self.contentLengths = contentLengths
        self.firstCombiningOffsets = firstCombiningOffsets
    }

    /// Where `line`'s content ends (before its line break).
    private func lineEnd(_ line: Int) -> String.Index {
        let scalars = text.unicodeScalars
        guard line < starts.count else { return scalars.endIndex }
        let start = starts[line - 1]
        var e = starts[line]
        if e > start { e = scalars.index(before: e) }
        if e > start, scalars[e] == "\n", scalars[scalars.index(before: e)] == "\r" {
            e = scalars.index(before: e)
        }
        return e
    }

    /// The position of the `scalarColumn`-th scalar (1-based) of `line`, clamped to the line.
    func index(line: Int, scalarColumn: Int) -> String.Index? {
        guard line >= 1, line <= starts.count else { return nil }
        let end = lineEnd(line)
        return text.unicodeScalars.index(starts[line - 1], offsetBy: max(0, scalarColumn - 1), limitedBy: end) ?? end
    }

    func scalar(atLine line: Int, scalarColumn: Int) -> Unicode.Scalar? {
        guard let i = index(line: line, scalarColumn: scalarColumn), i < lineEnd(line) else { return nil }
        return text.unicodeScalars[i]
    }

    /// 1-based character column for libyaml's 1-based scalar column (they differ when the
    /// line holds decomposed letters: NFD "ễ" is three scalars and one character).
    func characterColumn(line: Int, scalarColumn: Int) -> Int {
        if line >= 1, line <= starts.count {
            let target = max(0, scalarColumn - 1)
            if target <= firstCombiningOffsets[line - 1] { return min(target, contentLengths[line - 1]) + 1 }
        }
        guard let i = index(line: line, scalarColumn: scalarColumn) else { return scalarColumn }
        let prefix = text.unicodeScalars[starts[line - 1]..<i]
        // Fast path: ASCII and precomposed text have one scalar per character.
        if prefix.allSatisfy({ $0.value < 0x300 }) { return prefix.count + 1 }
        return String(prefix).count + 1
    }

    /// Line and character column (1-based) of a UTF-8 byte offset from the start of the text
    /// (libyaml's reader counts bytes); nil past the end or inside a character.
    func position(ofByteOffset offset: Int) -> (line: Int, column: Int)? {
        guard let target = text.utf8.index(text.utf8.startIndex, offsetBy: offset, limitedBy: text.utf8.endIndex),
              target.samePosition(in: text.unicodeScalars) != nil else { return nil }
        var line = 1
        var lo = 0, hi = starts.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= target { line = mid + 1; lo = mid + 1 } else { hi = mid - 1 }
        }
        return (line, text[starts[line - 1]..<target].count + 1)
    }
}

/// Character columns of positions met in reading order, each walked on from the one before:
/// the columns of a file's values, which libyaml gives in order. (A single line holding half
/// a million values after a decomposed letter would otherwise be walked from its start for
/// each, in scalars and again in characters.)
struct ColumnCursor {
    let lines: LineIndex
    private var line = 0
    /// A position on `line`: its scalar offset from the line's start and index, and the
    /// character boundary at or after it with its 1-based character column.
    private var scalarOffset = 0
    private var scalarIndex: String.Index
    private var characterIndex: String.Index
    private var column = 1

    init(_ lines: LineIndex) {
        self.lines = lines
        scalarIndex = lines.text.startIndex
        characterIndex = lines.text.startIndex
    }

    /// As `LineIndex.characterColumn`.
    mutating func characterColumn(line: Int, scalarColumn: Int) -> Int {
        guard line >= 1, line <= lines.starts.count else { return scalarColumn }
        let target = max(0, scalarColumn - 1)
        if target <= lines.firstCombiningOffsets[line - 1] { return min(target, lines.contentLengths[line - 1]) + 1 }
        let clamped = min(target, lines.contentLengths[line - 1])
        if line != self.line || clamped < scalarOffset {
            self.line = line
            scalarOffset = 0
            scalarIndex = lines.starts[line - 1]
            characterIndex = scalarIndex
            column = 1
        }
        let text = lines.text
        scalarIndex = text.unicodeScalars.index(scalarIndex, offsetBy: clamped - scalarOffset)
        scalarOffset = clamped
        // Characters that start before the position, counted on from the last one.
        while characterIndex < scalarIndex {
            characterIndex = text.index(after: characterIndex)
            column += 1
        }
        return column
    }
}
