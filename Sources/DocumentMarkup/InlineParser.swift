import Foundation
import UnicodeNormalization

/// Parses inline markup: `*bold*`, `_italic_`, `__underline__`, `^[footnote]`, `~`, `<br>`,
/// `\` at the end of a line, `\X` escapes and the empty group `{}`.
struct InlineParser {
    private enum FrameKind: Equatable {
        case root, bold, italic, underline, footnote

        var name: String {
            switch self {
            case .root: return "đoạn"
            case .bold: return "chữ đậm"
            case .italic: return "chữ nghiêng"
            case .underline: return "chữ gạch chân"
            case .footnote: return "chú thích"
            }
        }

        var closer: String {
            switch self {
            case .root: return ""
            case .bold: return "*"
            case .italic: return "_"
            case .underline: return "__"
            case .footnote: return "]"
            }
        }
    }

    private struct Frame {
        var kind: FrameKind
        var position: SourceLocation
        var children: [Inline] = []
    }

    private let source: InlineSource
    private let file: String
    private var stack: [Frame]
    /// Text not yet made into a node; a String is built once per node, not grown per scalar.
    private var buffer: [Unicode.Scalar] = []
    /// Where the buffered text's node starts: its first non-space scalar, or its first scalar
    /// while it holds only spaces.
    private var bufferStart = 0
    private var bufferHasText = false

    static func parse(_ source: InlineSource, file: String) throws(MarkupError) -> [Inline] {
        if let plain = plainText(source.scalars[...]) {
            guard let start = plain.start else { return [] }
            let (line, column) = source.location(start)
            return [Inline(.text(plain.text), at: SourceLocation(file: file, line: line, column: column))]
        }
        var parser = InlineParser(source: source, file: file)
        try parser.run()
        return InlineNormalizer.normalize(parser.stack[0].children)
    }

    /// Text without inline markup: characters, whitespace and `\X` escapes of ASCII
    /// punctuation only (most table cells and titles). What `parse` makes of it is at most one
    /// text node: the text unescaped, whitespace collapsed to single spaces and trimmed, NFC,
    /// starting at the first character that is not whitespace. This finds it in one pass over
    /// the scalars, without the parser's buffers and nodes.
    ///
    /// Returns `nil` when the text has markup; otherwise the text and the index of its node's
    /// first character, `nil` when it is only whitespace.
    static func plainText(_ scalars: ArraySlice<Unicode.Scalar>) -> (text: String, start: Int?)? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * scalars.count) { bytes -> (String, Int?)? in
            var n = 0
            var start: Int? = nil
            var pendingSpace = false
            var isNFC = true
            var i = scalars.startIndex
            while i < scalars.endIndex {
                var c = scalars[i]
                var length = 1
                switch c.value {
                case 0x5C:  // a backslash before ASCII punctuation gives that character; else it is markup
                    guard i + 1 < scalars.endIndex, Chars.isASCIIPunctuation(scalars[i + 1]) else { return nil }
                    c = scalars[i + 1]
                    length = 2
                case 0x2A, 0x5F, 0x7E, 0x5E, 0x5D, 0x3C, 0x7B:  // * _ ~ ^ ] < {
                    return nil
                case 0x09...0x0D, 0x20, 0x85, 0x2028, 0x2029:  // Chars.isSpace
                    pendingSpace = start != nil
                    i += 1
                    continue
                case 0x21..<0x80:  // other ASCII: one byte
                    break
                default:
                    if !Chars.isAlwaysOwnCharacter(c) { isNFC = false }
                }
                if start == nil { start = i }
                if pendingSpace {
                    bytes[n] = 0x20
                    n += 1
                    pendingSpace = false
                }
                Chars.encodeUTF8(c, into: bytes, at: &n)
                i += length
            }
            guard let start else { return ("", nil) }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<n]), as: UTF8.self)
            return (isNFC ? text : nfcNormalized(text), start)
        }
    }

    private init(source: InlineSource, file: String) {
        self.source = source
        self.file = file
        self.stack = [Frame(kind: .root, position: SourceLocation(file: file, line: source.startLine, column: source.startColumn))]
        buffer.reserveCapacity(source.scalars.count)
    }

    private func position(_ i: Int) -> SourceLocation {
        let (line, column) = source.location(i)
        return SourceLocation(file: file, line: line, column: column)
    }

    private var endPosition: SourceLocation {
        SourceLocation(file: file, line: source.endLine, column: source.endColumn)
    }

    private func at(_ p: SourceLocation) -> String { "dòng \(p.line), cột \(p.column)" }

    // MARK: text buffer

    private mutating func appendText(_ s: Unicode.Scalar, at i: Int) {
        let isSpace = s == " "
        if buffer.isEmpty || (!bufferHasText && !isSpace) { bufferStart = i }
        if !isSpace { bufferHasText = true }
        buffer.append(s)
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        stack[stack.count - 1].children.append(Inline(.text(String(scalars: buffer)), at: position(bufferStart)))
        buffer.removeAll(keepingCapacity: true)
        bufferHasText = false
    }

    private mutating func append(_ kind: Inline.Kind, at i: Int) {
        flush()
        stack[stack.count - 1].children.append(Inline(kind, at: position(i)))
    }

    // MARK: main loop

    private mutating func run() throws(MarkupError) {
        let sc = source.scalars
        let n = sc.count
        var i = 0
        while i < n {
            let c = sc[i]
            switch c {
            case "\\":
                if i + 1 < n, Chars.isASCIIPunctuation(sc[i + 1]) {
                    appendText(sc[i + 1], at: i)
                    i += 2
                    continue
                }
                var j = i + 1
                while j < n, sc[j] != "\n", Chars.isSpace(sc[j]) { j += 1 }
                if j == n || sc[j] == "\n" {
                    append(.lineBreak, at: i)
                    i = j
                } else {
                    appendText("\\", at: i)
                    i += 1
                }
            case "*":
                var j = i
                while j < n, sc[j] == "*" { j += 1 }
                if j - i > 2 {
                    throw MarkupError(.tooManyDelimiters, at: position(i),
                                      "\(j - i) dấu \(q("*")) liền nhau: chữ đậm viết \(q("*…*")); đậm nghiêng viết \(q("*_…_*")); dấu sao thường viết \(q("\\*"))")
                }
                try toggle(.bold, at: i, delimiter: "*")
                i = j
            case "_":
                var j = i
                while j < n, sc[j] == "_" { j += 1 }
                switch j - i {
                case 1: try toggle(.italic, at: i, delimiter: "_")
                case 2: try toggle(.underline, at: i, delimiter: "__")
                case 3: try tripleUnderscore(at: i)
                default:
                    throw MarkupError(.tooManyDelimiters, at: position(i),
                                      "\(j - i) dấu \(q("_")) liền nhau: nghiêng viết \(q("_…_")), gạch chân \(q("__…__")); gạch dưới thường viết \(q("\\_"))")
                }
                i = j
            case "~":
                appendText("\u{00A0}", at: i)
                i += 1
            case "^":
                if i + 1 < n, sc[i + 1] == "[" {
                    try openFootnote(at: i)
                    i += 2
                } else {
                    appendText(c, at: i)
                    i += 1
                }
            case "]":
                if stack.contains(where: { $0.kind == .footnote }) {
                    try closeFootnote(at: i)
                } else {
                    appendText(c, at: i)
                }
                i += 1
            case "<":
                if let length = lineBreakTag(at: i) {
                    append(.lineBreak, at: i)
                    i += length
                } else {
                    appendText(c, at: i)
                    i += 1
                }
            case "{":
                if i + 1 < n, sc[i + 1] == "}" {
                    i += 2  // the empty group: nothing
                } else {
                    appendText(c, at: i)
                    i += 1
                }
            default:
                if Chars.isSpace(c) {
                    appendText(" ", at: i)
                    i += 1
                    continue
                }
                // A run of ordinary characters goes to the buffer in one piece.
                var j = i + 1
                while j < n, Self.isOrdinary(sc[j]) { j += 1 }
                if !bufferHasText { bufferStart = i }
                bufferHasText = true
                buffer.append(contentsOf: sc[i..<j])
                i = j
            }
        }
        flush()
        if stack.count > 1 {
            let open = stack[stack.count - 1]
            let opener = open.kind == .footnote ? "^[" : open.kind.closer
            throw MarkupError(.unclosedInline, at: endPosition,
                              "thiếu \(q(open.kind.closer)) đóng \(open.kind.name) mở bằng \(q(opener)) ở \(at(open.position))")
        }
    }

    /// Neither whitespace nor a character the loop above treats specially: text as it is.
    private static func isOrdinary(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\\", "*", "_", "~", "^", "]", "<", "{": return false
        default: return !Chars.isSpace(c)
        }
    }

    /// `<br>`, `<br/>`, `<br />` in any case: the number of scalars, or `nil`.
    private func lineBreakTag(at i: Int) -> Int? {
        let sc = source.scalars
        var j = i + 1
        func next(_ lower: Unicode.Scalar, _ upper: Unicode.Scalar) -> Bool {
            guard j < sc.count, sc[j] == lower || sc[j] == upper else { return false }
            j += 1
            return true
        }
        guard next("b", "B"), next("r", "R") else { return nil }
        while j < sc.count, sc[j] == " " { j += 1 }
        if j < sc.count, sc[j] == "/" { j += 1 }
        while j < sc.count, sc[j] == " " { j += 1 }
        guard j < sc.count, sc[j] == ">" else { return nil }
        return j + 1 - i
    }

    // MARK: spans

    private mutating func closeTop() {
        flush()
        let frame = stack.removeLast()
        let kind: Inline.Kind
        switch frame.kind {
        case .bold: kind = .bold(frame.children)
        case .italic: kind = .italic(frame.children)
        case .underline: kind = .underline(frame.children)
        case .footnote: kind = .footnote(InlineNormalizer.normalize(frame.children))
        case .root: return
        }
        stack[stack.count - 1].children.append(Inline(kind, at: frame.position))
    }

    private mutating func toggle(_ kind: FrameKind, at i: Int, delimiter: String) throws(MarkupError) {
        flush()
        if stack[stack.count - 1].kind == kind {
            closeTop()
            return
        }
        if let opened = stack.last(where: { $0.kind == kind }) {
            let inner = stack[stack.count - 1]
            throw MarkupError(.misnestedInline, at: position(i),
                              "\(q(delimiter)) đóng \(kind.name) (mở ở \(at(opened.position))) nhưng \(inner.kind.name) mở ở \(at(inner.position)) chưa đóng: cần \(q(inner.kind.closer)) trước \(q(delimiter))")
        }
        stack.append(Frame(kind: kind, position: position(i)))
    }

    /// `___`: opens underline and italic together, or closes both.
    private mutating func tripleUnderscore(at i: Int) throws(MarkupError) {
        flush()
        let italicOpen = stack.contains { $0.kind == .italic }
        let underlineOpen = stack.contains { $0.kind == .underline }
        if !italicOpen, !underlineOpen {
            stack.append(Frame(kind: .underline, position: position(i)))
            stack.append(Frame(kind: .italic, position: position(i + 2)))
            return
        }
        let n = stack.count
        if n >= 3 {
            let top = [stack[n - 1].kind, stack[n - 2].kind]
            if top == [.italic, .underline] || top == [.underline, .italic] {
                closeTop()
                closeTop()
                return
            }
        }
        throw MarkupError(.misnestedInline, at: position(i),
                          "không rõ \(q("___")) ở đây đóng hay mở chữ nghiêng và gạch chân; tách ra bằng \(q("{}")), ví dụ \(q("_{}__"))")
    }

    private mutating func openFootnote(at i: Int) throws(MarkupError) {
        flush()
        if let open = stack.last(where: { $0.kind == .footnote }) {
            throw MarkupError(.nestedFootnote, at: position(i),
                              "không đặt chú thích trong chú thích (chú thích mở ở \(at(open.position)) chưa đóng bằng \(q("]")))")
        }
        stack.append(Frame(kind: .footnote, position: position(i)))
    }

    private mutating func closeFootnote(at i: Int) throws(MarkupError) {
        flush()
        let top = stack[stack.count - 1]
        if top.kind != .footnote {
            throw MarkupError(.misnestedInline, at: position(i),
                              "\(q("]")) đóng chú thích nhưng \(top.kind.name) mở ở \(at(top.position)) chưa đóng: cần \(q(top.kind.closer)) trước \(q("]"))")
        }
        closeTop()
    }
}
