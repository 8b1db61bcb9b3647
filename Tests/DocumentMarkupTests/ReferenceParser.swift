// A verbatim copy of the markup parser as it was before the performance work (commit 6f71bc5),
// kept in the test target as the reference for the differential tests: the optimised parser
// must give exactly the same tree, positions and errors. Only `public` was removed and the
// declarations were put inside `Reference`; Counters (Numbering.swift) and MarkupEscaper are
// copied too. The input bounds added since (nesting, table width, counted numbers, from
// InputLimits) are written into it in the same words.
import Foundation
import InputGuards
import UnicodeNormalization
@testable import DocumentMarkup

enum Reference {}

// MARK: - SourceText.swift

extension Reference {
    /// One line of the (NFC) source, as Unicode scalars, with the editor column of each scalar.
    struct SourceLine {
        let number: Int
        let scalars: [Unicode.Scalar]
        /// `columns[i]` is the 1-based character column of `scalars[i]`; one extra entry holds the
        /// column just after the line's last character.
        let columns: [Int]

        init(number: Int, scalars: [Unicode.Scalar]) {
            self.number = number
            self.scalars = scalars
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            var columns: [Int] = []
            columns.reserveCapacity(scalars.count + 1)
            var column = 1
            for character in String(view) {
                for _ in character.unicodeScalars { columns.append(column) }
                column += 1
            }
            columns.append(column)
            self.columns = columns
        }

        var count: Int { scalars.count }

        /// First and last non-whitespace index, or `nil` for a blank line.
        var trimmed: (start: Int, end: Int)? {
            var start = 0
            while start < scalars.count, Chars.isSpace(scalars[start]) { start += 1 }
            if start == scalars.count { return nil }
            var end = scalars.count - 1
            while end > start, Chars.isSpace(scalars[end]) { end -= 1 }
            return (start, end)
        }

        func text(_ from: Int, _ through: Int) -> String {
            guard from <= through else { return "" }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[from...through])
            return String(view)
        }
    }

    enum SourceText {
        /// NFC-normalises, drops a leading byte order mark and splits at LF, CR LF and CR.
        static func lines(_ source: String, lineOffset: Int) -> [SourceLine] {
            let normalized = nfcNormalized(source)
            var scalars = Array(normalized.unicodeScalars)
            if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
            var lines: [SourceLine] = []
            var current: [Unicode.Scalar] = []
            var i = 0
            while i < scalars.count {
                let s = scalars[i]
                if s == "\n" || s == "\r" {
                    lines.append(SourceLine(number: lineOffset + lines.count + 1, scalars: current))
                    current = []
                    if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                } else {
                    current.append(s)
                }
                i += 1
            }
            lines.append(SourceLine(number: lineOffset + lines.count + 1, scalars: current))
            return lines
        }
    }

    /// Character classes of the markup.
    enum Chars {
        /// Whitespace that collapses: tab, line feed, vertical tab, form feed, carriage return,
        /// space, NEL, line separator, paragraph separator. U+00A0 and the other Unicode spaces are
        /// ordinary characters.
        static func isSpace(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x09...0x0D, 0x20, 0x85, 0x2028, 0x2029: return true
            default: return false
            }
        }

        static func isASCIIPunctuation(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
            default: return false
            }
        }

        static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

        /// Letters, combining marks and digits: the characters of a word.
        static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
            if s.properties.isAlphabetic { return true }
            switch s.properties.generalCategory {
            case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }

        /// Characters of a tag, directive or attribute name: word characters, "-" and "_".
        static func isNameCharacter(_ s: Unicode.Scalar) -> Bool {
            s == "-" || s == "_" || isWordCharacter(s)
        }

        /// How a character is shown in a message.
        static func describe(_ s: Unicode.Scalar?) -> String {
            guard let s else { return "hết dòng" }
            if isSpace(s) { return "dấu cách" }
            return q(String(Character(s)))
        }
    }

    enum Names {
        /// Case- and diacritic-insensitive form of a keyword: "Điều" → "dieu", "không_thụt" →
        /// "khong-thut".
        static func fold(_ s: String) -> String {
            var out = String.UnicodeScalarView()
            for scalar in s.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                switch scalar.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: continue
                default: break
                }
                switch scalar {
                case "\u{0111}": out.append("d")
                case "_": out.append("-")
                default: out.append(scalar)
                }
            }
            return String(out)
        }
    }
}

// MARK: - Attributes.swift

extension Reference {
    /// One attribute: a flag (`giữa`) or a name with a value (`cột="10mm 3*"`).
    struct Attribute {
        /// As written.
        var name: String
        /// Folded (`Names.fold`) for matching.
        var key: String
        var value: String?
        var position: SourceLocation
    }

    /// Reads attributes: inside `{…}` or after a directive name up to the end of the line.
    ///
    ///     attributes := (separator* attribute)* separator*
    ///     separator  := whitespace | ","
    ///     attribute  := name ( "=" value )?
    ///     name       := (letter | digit | "-" | "_")+
    ///     value      := '"' quoted '"' | bare
    ///     quoted     := any characters; \X gives X for ASCII punctuation X; {} gives nothing;
    ///                   whitespace collapses to one space; leading/trailing spaces dropped
    ///     bare       := characters other than whitespace , " { }
    struct AttributeScanner {
        let line: SourceLine
        let file: String
        /// `true` inside `{…}`: stop at the closing brace.
        let braced: Bool

        func position(_ i: Int) -> SourceLocation {
            SourceLocation(file: file, line: line.number, column: line.columns[min(i, line.count)])
        }

        /// Scans from `start` (just after `{`, or after a directive name). Returns the attributes and
        /// the index just after the closing `}` (braced) or the line's length.
        /// `limit` (exclusive) ends the scan before the end of the line (a table cell).
        func scan(from start: Int, openBrace: Int? = nil, limit: Int? = nil) throws(MarkupError) -> (attributes: [Attribute], end: Int) {
            let sc = line.scalars.prefix(limit ?? line.count)
            var i = start
            var attributes: [Attribute] = []
            while true {
                while i < sc.count, Chars.isSpace(sc[i]) || sc[i] == "," { i += 1 }
                if i == sc.count {
                    if braced {
                        let where_ = openBrace.map { " mở ở cột \(line.columns[$0])" } ?? ""
                        throw MarkupError(.badAttributeSyntax, at: position(i),
                                          "thiếu \(q("}")) đóng nhóm thuộc tính\(where_)")
                    }
                    return (attributes, i)
                }
                if braced, sc[i] == "}" { return (attributes, i + 1) }
                // name
                let nameStart = i
                while i < sc.count, Chars.isNameCharacter(sc[i]) { i += 1 }
                if i == nameStart {
                    throw MarkupError(.badAttributeSyntax, at: position(i),
                                      "cần tên thuộc tính (ví dụ \(q("giữa")) hoặc \(q("cột=\"15mm 3*\""))), gặp \(Chars.describe(sc[i]))")
                }
                let name = line.text(nameStart, i - 1)
                var value: String? = nil
                var j = i
                while j < sc.count, Chars.isSpace(sc[j]) { j += 1 }
                if j < sc.count, sc[j] == "=" {
                    j += 1
                    while j < sc.count, Chars.isSpace(sc[j]) { j += 1 }
                    if j < sc.count, sc[j] == "\"" {
                        let (text, after) = try quoted(from: j, name: name, in: sc)
                        value = text
                        i = after
                    } else {
                        let valueStart = j
                        while j < sc.count, !Chars.isSpace(sc[j]), sc[j] != ",", sc[j] != "\"",
                              sc[j] != "{", sc[j] != "}" { j += 1 }
                        if j == valueStart {
                            throw MarkupError(.badAttributeSyntax, at: position(j),
                                              "thiếu giá trị sau \(q(name + "=")), gặp \(Chars.describe(j < sc.count ? sc[j] : nil))")
                        }
                        value = line.text(valueStart, j - 1)
                        i = j
                    }
                }
                if i < sc.count, !(Chars.isSpace(sc[i]) || sc[i] == "," || (braced && sc[i] == "}")) {
                    throw MarkupError(.badAttributeSyntax, at: position(i),
                                      "sau thuộc tính \(q(name)) cần dấu cách\(braced ? " hoặc \(q("}"))" : ""), gặp \(Chars.describe(sc[i]))")
                }
                let key = Names.fold(name)
                if let earlier = attributes.first(where: { $0.key == key }) {
                    throw MarkupError(.duplicateAttribute, at: position(nameStart),
                                      "thuộc tính \(q(name)) được ghi hai lần (lần đầu ở cột \(earlier.position.column))")
                }
                attributes.append(Attribute(name: name, key: key, value: value, position: position(nameStart)))
            }
        }

        /// A quoted value starting at the opening quote. Returns the value and the index after the
        /// closing quote.
        private func quoted(from open: Int, name: String, in sc: ArraySlice<Unicode.Scalar>) throws(MarkupError) -> (String, Int) {
            var out = String.UnicodeScalarView()
            var i = open + 1
            var lastWasSpace = true
            func add(_ s: Unicode.Scalar) {
                if Chars.isSpace(s) {
                    if !lastWasSpace { out.append(" ") }
                    lastWasSpace = true
                } else {
                    out.append(s)
                    lastWasSpace = false
                }
            }
            while i < sc.count {
                let c = sc[i]
                if c == "\"" {
                    if out.last == " " { out.removeLast() }
                    return (nfcNormalized(String(out)), i + 1)
                }
                if c == "\\", i + 1 < sc.count, Chars.isASCIIPunctuation(sc[i + 1]) {
                    add(sc[i + 1])
                    i += 2
                    continue
                }
                if c == "{", i + 1 < sc.count, sc[i + 1] == "}" {
                    i += 2
                    continue
                }
                add(c)
                i += 1
            }
            throw MarkupError(.badAttributeSyntax, at: position(sc.count),
                              "thiếu dấu \(q("\"")) đóng giá trị của thuộc tính \(q(name)) (mở ở cột \(line.columns[open]))")
        }
    }

    /// Checks a set of attributes against what a block accepts.
    struct AttributeRules {
        /// "đoạn văn", "bảng", "khối «phụ-lục»" …
        let blockName: String
        /// Folded key → display name, for flags (no value).
        let flags: [String: String]
        /// Folded key → display name, for attributes that need a value.
        let valued: [String: String]

        var allowedList: String {
            let names = (Array(flags.values) + Array(valued.values)).sorted()
            return names.isEmpty ? "không có thuộc tính nào" : names.joined(separator: ", ")
        }

        func check(_ attributes: [Attribute]) throws(MarkupError) {
            for a in attributes {
                if let display = flags[a.key] {
                    if a.value != nil {
                        throw MarkupError(.badAttributeValue, at: a.position,
                                          "\(q(display)) không nhận giá trị; chỉ ghi \(q(display))")
                    }
                } else if let display = valued[a.key] {
                    if a.value == nil {
                        throw MarkupError(.badAttributeValue, at: a.position,
                                          "thuộc tính \(q(display)) cần giá trị, ví dụ \(q(display + "=\"…\""))")
                    }
                } else {
                    throw MarkupError(.unknownAttribute, at: a.position,
                                      "thuộc tính \(q(a.name)) không dùng được cho \(blockName); dùng được: \(allowedList)")
                }
            }
        }
    }
}

extension Array where Element == Reference.Attribute {
    func named(_ key: String) -> Reference.Attribute? { first { $0.key == key } }
}


// MARK: - InlineParser.swift

extension Reference {
    /// The text of one inline context (a paragraph, a title, a list item, a table cell …): slices
    /// of source lines joined by line ends, each scalar with its position.
    struct InlineSource {
        var scalars: [Unicode.Scalar] = []
        var lines: [Int] = []
        var columns: [Int] = []
        private(set) var startLine: Int
        private(set) var startColumn: Int
        private(set) var endLine: Int
        private(set) var endColumn: Int
        private var slices = 0

        init(line: Int, column: Int) {
            startLine = line
            startColumn = column
            endLine = line
            endColumn = column
        }

        /// Appends `line[from...through]` (may be empty); slices after the first are preceded by a
        /// line end.
        mutating func append(_ line: SourceLine, from: Int, through: Int) {
            if slices > 0 {
                scalars.append("\n")
                lines.append(endLine)
                columns.append(endColumn)
            } else {
                startLine = line.number
                startColumn = line.columns[min(from, line.count)]
            }
            slices += 1
            if from <= through {
                for i in from...through {
                    scalars.append(line.scalars[i])
                    lines.append(line.number)
                    columns.append(line.columns[i])
                }
                endColumn = line.columns[through + 1]
            } else {
                endColumn = line.columns[min(from, line.count)]
            }
            endLine = line.number
        }
    }

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
        private var buffer = String.UnicodeScalarView()
        private var bufferPosition: SourceLocation?
        private var bufferHasText = false

        static func parse(_ source: InlineSource, file: String) throws(MarkupError) -> [Inline] {
            var parser = InlineParser(source: source, file: file)
            try parser.run()
            return InlineNormalizer.normalize(parser.stack[0].children)
        }

        private init(source: InlineSource, file: String) {
            self.source = source
            self.file = file
            self.stack = [Frame(kind: .root, position: SourceLocation(file: file, line: source.startLine, column: source.startColumn))]
        }

        private func position(_ i: Int) -> SourceLocation {
            if i >= source.scalars.count {
                return SourceLocation(file: file, line: source.endLine, column: source.endColumn)
            }
            return SourceLocation(file: file, line: source.lines[i], column: source.columns[i])
        }

        private var endPosition: SourceLocation {
            SourceLocation(file: file, line: source.endLine, column: source.endColumn)
        }

        private func at(_ p: SourceLocation) -> String { "dòng \(p.line), cột \(p.column)" }

        // MARK: text buffer

        private mutating func appendText(_ s: Unicode.Scalar, at i: Int) {
            let isSpace = s == " "
            if bufferPosition == nil || (!bufferHasText && !isSpace) { bufferPosition = position(i) }
            if !isSpace { bufferHasText = true }
            buffer.append(s)
        }

        private mutating func flush() {
            guard !buffer.isEmpty, let p = bufferPosition else { return }
            stack[stack.count - 1].children.append(Inline(.text(String(buffer)), at: p))
            buffer = String.UnicodeScalarView()
            bufferPosition = nil
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
                    appendText(Chars.isSpace(c) ? " " : c, at: i)
                    i += 1
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

    /// Whitespace rules for an inline context: spaces at the edges of a bold, italic or underlined
    /// span move outside it; runs of spaces collapse to one across span boundaries; spaces at the
    /// start and end of the context and around hard line breaks go; line breaks at the start or
    /// end go; empty spans and empty footnotes go; adjacent texts merge (and are NFC).
    enum InlineNormalizer {
        static func normalize(_ nodes: [Inline]) -> [Inline] {
            var previousIsSpace = true
            var emitted = false
            let forward = collapse(hoist(nodes), previousIsSpace: &previousIsSpace, emitted: &emitted)
            var atEnd = true
            var stripSpace = true
            return merge(trimEnd(forward, atEnd: &atEnd, stripSpace: &stripSpace))
        }

        /// Moves spaces at the edges of spans outside them: `* a *` → " " b["a"] " ".
        private static func hoist(_ nodes: [Inline]) -> [Inline] {
            var out: [Inline] = []
            for node in nodes {
                switch node.kind {
                case .bold(let c), .italic(let c), .underline(let c):
                    var children = hoist(c)
                    var leading = false
                    var trailing = false
                    while let first = children.first, case .text(let t) = first.kind, t.unicodeScalars.first == " " {
                        leading = true
                        let rest = String(t.unicodeScalars.drop(while: { $0 == " " }))
                        if rest.isEmpty { children.removeFirst() } else { children[0] = Inline(.text(rest), at: first.position) }
                    }
                    while let last = children.last, case .text(let t) = last.kind, t.unicodeScalars.last == " " {
                        trailing = true
                        var view = t.unicodeScalars
                        while view.last == " " { view.removeLast() }
                        if view.isEmpty { children.removeLast() } else { children[children.count - 1] = Inline(.text(String(view)), at: last.position) }
                    }
                    if leading { out.append(Inline(.text(" "), at: node.position)) }
                    out.append(Inline(rewrap(node.kind, children), at: node.position))
                    if trailing { out.append(Inline(.text(" "), at: node.position)) }
                default:
                    out.append(node)
                }
            }
            return out
        }

        private static func collapse(_ nodes: [Inline], previousIsSpace: inout Bool, emitted: inout Bool) -> [Inline] {
            var out: [Inline] = []
            for node in nodes {
                switch node.kind {
                case .text(let s):
                    var text = String.UnicodeScalarView()
                    for scalar in s.unicodeScalars {
                        if scalar == " " {
                            if previousIsSpace { continue }
                            previousIsSpace = true
                        } else {
                            previousIsSpace = false
                        }
                        text.append(scalar)
                    }
                    if !text.isEmpty {
                        out.append(Inline(.text(String(text)), at: node.position))
                        emitted = true
                    }
                case .bold(let c), .italic(let c), .underline(let c):
                    let children = collapse(c, previousIsSpace: &previousIsSpace, emitted: &emitted)
                    if !children.isEmpty { out.append(Inline(rewrap(node.kind, children), at: node.position)) }
                case .lineBreak:
                    if !emitted { continue }
                    out.append(node)
                    previousIsSpace = true
                case .footnote(let c):
                    if c.isEmpty { continue }
                    out.append(node)
                    previousIsSpace = false
                    emitted = true
                }
            }
            return out
        }

        /// `atEnd`: nothing follows; `stripSpace`: nothing or a line break follows.
        private static func trimEnd(_ nodes: [Inline], atEnd: inout Bool, stripSpace: inout Bool) -> [Inline] {
            var out: [Inline] = []
            for node in nodes.reversed() {
                switch node.kind {
                case .text(var s):
                    if stripSpace, s.unicodeScalars.last == " " { s.unicodeScalars.removeLast() }
                    if s.isEmpty { continue }
                    out.append(Inline(.text(s), at: node.position))
                    atEnd = false
                    stripSpace = false
                case .bold(let c), .italic(let c), .underline(let c):
                    let children = trimEnd(c, atEnd: &atEnd, stripSpace: &stripSpace)
                    if !children.isEmpty { out.append(Inline(rewrap(node.kind, children), at: node.position)) }
                case .lineBreak:
                    if atEnd { continue }
                    out.append(node)
                    stripSpace = true
                case .footnote:
                    out.append(node)
                    atEnd = false
                    stripSpace = false
                }
            }
            return out.reversed()
        }

        private static func merge(_ nodes: [Inline]) -> [Inline] {
            var out: [Inline] = []
            for node in nodes {
                switch node.kind {
                case .text(let s):
                    if let last = out.last, case .text(let previous) = last.kind {
                        out[out.count - 1] = Inline(.text(nfcNormalized(previous + s)),
                                                    at: last.position)
                    } else {
                        out.append(Inline(.text(nfcNormalized(s)), at: node.position))
                    }
                case .bold(let c), .italic(let c), .underline(let c):
                    out.append(Inline(rewrap(node.kind, merge(c)), at: node.position))
                case .lineBreak, .footnote:
                    out.append(node)
                }
            }
            return out
        }

        private static func rewrap(_ kind: Inline.Kind, _ children: [Inline]) -> Inline.Kind {
            switch kind {
            case .bold: return .bold(children)
            case .italic: return .italic(children)
            case .underline: return .underline(children)
            default: return kind
            }
        }
    }
}

// MARK: - MarkupParser.swift

extension Reference {
    /// Parses document markup (the output of a template) into a `MarkupDocument`.
    enum MarkupParser {
        /// - Parameters:
        ///   - source: the markup. It is NFC-normalised first; a leading byte order mark is dropped;
        ///     lines end at LF, CR LF or CR.
        ///   - sourceName: names the source in positions and error messages (the template file).
        ///   - lineOffset: added to every line number (the first line is `lineOffset + 1`).
        /// - Throws: `MarkupError` at the first error, with a Vietnamese message.
        static func parse(_ source: String, sourceName: String, lineOffset: Int = 0) throws(MarkupError) -> MarkupDocument {
            var parser = BlockParser(file: sourceName, lines: SourceText.lines(source, lineOffset: lineOffset))
            return try parser.run()
        }
    }

    struct BlockParser {
        private enum ContainerKind {
            case root
            case keepTogether
            case annex(title: String, number: String?, orientation: Annex.Orientation)
            case signatureGrid(columns: Int?)
        }

        private struct Container {
            var kind: ContainerKind
            /// The directive name as written, for messages.
            var name: String
            var position: SourceLocation
            var blocks: [Block] = []
            var cells: [SignatureCell] = []
        }

        private struct Pending {
            var attributes: [Attribute]
            var position: SourceLocation
        }

        private enum TextKind {
            case paragraph(Alignment, indent: Bool)
            case numbered(DivisionLevel, Numbering)
            case listItem(ListItem.Marker)
        }

        private struct OpenText {
            var kind: TextKind
            var source: InlineSource
            var position: SourceLocation
        }

        private struct TableBuilder {
            var position: SourceLocation
            var columns: [TableColumn]?
            var borders: Bool
            var header: [TableRow] = []
            var body: [TableRow] = []
            var sawSeparator = false
        }

        private struct RunIn {
            var level: DivisionLevel
            var literal: String?
            var contentStart: Int
            /// The marker as written, for messages.
            var marker: String
        }

        private let file: String
        private let lines: [SourceLine]
        private var containers: [Container]
        private var counters: [Counters] = [Counters()]
        private var pending: Pending?
        private var openText: OpenText?
        private var openTable: TableBuilder?

        init(file: String, lines: [SourceLine]) {
            self.file = file
            self.lines = lines
            let start = SourceLocation(file: file, line: lines.first?.number ?? 1, column: 1)
            self.containers = [Container(kind: .root, name: "", position: start)]
        }

        mutating func run() throws(MarkupError) -> MarkupDocument {
            for line in lines { try process(line) }
            try flushOpen()
            if let p = pending {
                throw MarkupError(.danglingAttributes, at: p.position,
                                  "dòng thuộc tính phải đứng ngay trên khối nó áp dụng, nhưng sau nó là hết văn bản")
            }
            if containers.count > 1 {
                let c = containers[containers.count - 1]
                throw MarkupError(.unclosedBlock, at: endOfInput,
                                  "thiếu \(q(":::")) đóng khối \(q(c.name)) mở ở dòng \(c.position.line)")
            }
            return MarkupDocument(sourceName: file, blocks: containers[0].blocks)
        }

        // MARK: - helpers

        private func position(_ line: SourceLine, _ i: Int) -> SourceLocation {
            SourceLocation(file: file, line: line.number, column: line.columns[min(max(i, 0), line.count)])
        }

        /// Just after the last character of the last non-blank line.
        private var endOfInput: SourceLocation {
            for line in lines.reversed() {
                if let t = line.trimmed { return position(line, t.end + 1) }
            }
            return SourceLocation(file: file, line: lines.first?.number ?? 1, column: 1)
        }

        private func inlineSource(_ line: SourceLine, from: Int, through: Int) -> InlineSource {
            var f = from
            var t = through
            while f <= t, Chars.isSpace(line.scalars[f]) { f += 1 }
            while t >= f, Chars.isSpace(line.scalars[t]) { t -= 1 }
            var source = InlineSource(line: line.number, column: line.columns[min(f, line.count)])
            source.append(line, from: f, through: t)
            return source
        }

        private func inlines(_ line: SourceLine, from: Int, through: Int) throws(MarkupError) -> [Inline] {
            try InlineParser.parse(inlineSource(line, from: from, through: through), file: file)
        }

        private mutating func appendBlock(_ block: Block) {
            containers[containers.count - 1].blocks.append(block)
        }

        private mutating func takePending() -> [Attribute] {
            defer { pending = nil }
            return pending?.attributes ?? []
        }

        private mutating func noAttributes(_ what: String) throws(MarkupError) {
            if let p = pending {
                throw MarkupError(.attributesNotAllowed, at: p.position,
                                  "\(what) không nhận thuộc tính; bỏ dòng {…} ở trên")
            }
        }

        private func isFence(_ line: SourceLine, _ s: Int, _ e: Int) -> Bool {
            s + 2 <= e && line.scalars[s] == ":" && line.scalars[s + 1] == ":" && line.scalars[s + 2] == ":"
        }

        // MARK: - lines

        private mutating func process(_ line: SourceLine) throws(MarkupError) {
            guard let (s, e) = line.trimmed else {
                try flushOpen()
                if let p = pending {
                    throw MarkupError(.danglingAttributes, at: p.position,
                                      "dòng thuộc tính phải đứng ngay trên khối nó áp dụng, không để dòng trống ở giữa")
                }
                return
            }
            if case .signatureGrid = containers[containers.count - 1].kind {
                try signatureLine(line, s, e)
                return
            }
            let sc = line.scalars
            if isFence(line, s, e) {
                try fence(line, s, e)
                return
            }
            if sc[s] == "{", try braceLine(line, s, e) { return }
            if sc[s] == "|" {
                try tableRow(line, pipe: s, e, rowAttributes: [], rowStart: s)
                return
            }
            if let runIn = try runInMarker(line, s, e) {
                try numbered(line, runIn, s, e)
                return
            }
            if sc[s] == "#" {
                try hashtag(line, s, e)
                return
            }
            if sc[s] == "-" || sc[s] == "+", s == e || Chars.isSpace(sc[s + 1]) {
                try listItem(line, s, e)
                return
            }
            try textLine(line, s, e)
        }

        private mutating func flushOpen() throws(MarkupError) {
            if let table = openTable {
                openTable = nil
                let columns = table.columns ?? []
                appendBlock(Block(.table(Table(columns: columns, header: table.header, body: table.body,
                                               borders: table.borders)), at: table.position))
            }
            guard let text = openText else { return }
            openText = nil
            let content = try InlineParser.parse(text.source, file: file)
            switch text.kind {
            case .paragraph(let alignment, let indent):
                if content.isEmpty { return }
                appendBlock(Block(.paragraph(Paragraph(content: content, alignment: alignment, firstLineIndent: indent)),
                                  at: text.position))
            case .numbered(let level, let number):
                appendBlock(Block(.numberedParagraph(NumberedParagraph(level: level, number: number, content: content)),
                                  at: text.position))
            case .listItem(let marker):
                let item = ListItem(marker: marker, content: content, position: text.position)
                let top = containers.count - 1
                if let last = containers[top].blocks.last, case .list(var list) = last.kind {
                    list.items.append(item)
                    containers[top].blocks[containers[top].blocks.count - 1] = Block(.list(list), at: last.position)
                } else {
                    appendBlock(Block(.list(BulletList(items: [item])), at: text.position))
                }
            }
        }

        private mutating func textLine(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) {
            if openText != nil {
                openText!.source.append(line, from: s, through: e)
                return
            }
            try flushOpen()
            let attributes = takePending()
            try AttributeRules(blockName: "đoạn văn",
                               flags: ["giua": "giữa", "phai": "phải", "trai": "trái", "deu": "đều", "khong-thut": "không-thụt"],
                               valued: ["can": "căn"]).check(attributes)
            var alignment: Alignment? = nil
            var indent = true
            for a in attributes {
                let chosen: Alignment?
                switch a.key {
                case "khong-thut": indent = false; chosen = nil
                case "can": chosen = try Self.alignment(a.value ?? "", attribute: a)
                default: chosen = try Self.alignment(a.key, attribute: a)
                }
                if let chosen {
                    if alignment != nil {
                        throw MarkupError(.badAttributeValue, at: a.position, "đoạn văn chỉ chọn một cách căn lề")
                    }
                    alignment = chosen
                }
            }
            var source = InlineSource(line: line.number, column: line.columns[s])
            source.append(line, from: s, through: e)
            openText = OpenText(kind: .paragraph(alignment ?? .justified, indent: indent), source: source,
                                position: position(line, s))
        }

        private static func alignment(_ value: String, attribute: Attribute) throws(MarkupError) -> Alignment {
            switch Names.fold(value) {
            case "trai": return .left
            case "giua": return .center
            case "phai": return .right
            case "deu": return .justified
            default:
                throw MarkupError(.badAttributeValue, at: attribute.position,
                                  "\(q(value)) không phải cách căn lề; dùng trái, giữa, phải hoặc đều")
            }
        }

        // MARK: attribute lines

        /// A line starting with "{". Returns `false` when it is ordinary text.
        private mutating func braceLine(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) -> Bool {
            let sc = line.scalars
            let scanned: (attributes: [Attribute], end: Int)
            do throws(MarkupError) {
                scanned = try AttributeScanner(line: line, file: file, braced: true).scan(from: s + 1, openBrace: s)
            } catch {
                // A line that also ends with "}" was meant as attributes: report; else it is text.
                if sc[e] == "}" { throw error }
                return false
            }
            var k = scanned.end
            while k <= e, Chars.isSpace(sc[k]) { k += 1 }
            if k > e {
                if scanned.attributes.isEmpty { return false }  // "{}" alone: nothing
                try flushOpen()
                if var p = pending {
                    for a in scanned.attributes {
                        if p.attributes.contains(where: { $0.key == a.key }) {
                            throw MarkupError(.duplicateAttribute, at: a.position,
                                              "thuộc tính \(q(a.name)) đã ghi ở dòng \(p.position.line)")
                        }
                        p.attributes.append(a)
                    }
                    pending = p
                } else {
                    pending = Pending(attributes: scanned.attributes, position: position(line, s))
                }
                return true
            }
            if sc[k] == "|" {
                try tableRow(line, pipe: k, e, rowAttributes: scanned.attributes, rowStart: s)
                return true
            }
            if scanned.attributes.isEmpty { return false }
            throw MarkupError(.attributesOnSameLine, at: position(line, s),
                              "thuộc tính {…} phải nằm riêng trên một dòng, ngay trên khối nó áp dụng; muốn in dấu \(q("{")) thì viết \(q("\\{"))")
        }

        // MARK: directives

        private mutating func fence(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) {
            let sc = line.scalars
            var j = s
            while j <= e, sc[j] == ":" { j += 1 }
            try flushOpen()
            while j <= e, Chars.isSpace(sc[j]) { j += 1 }
            if let p = pending {
                if j > e {
                    throw MarkupError(.danglingAttributes, at: p.position,
                                      "dòng thuộc tính phải đứng ngay trên khối nó áp dụng, nhưng sau nó là dòng \(q(":::")) đóng khối")
                }
                throw MarkupError(.attributesNotAllowed, at: p.position,
                                  "thuộc tính của khối ghi ngay trên dòng \(q("::: tên …")), không ghi trên dòng riêng")
            }
            if j > e {
                try closeContainer(line, s)
            } else {
                try openDirective(line, fence: s, name: j, e)
            }
        }

        private mutating func closeContainer(_ line: SourceLine, _ s: Int) throws(MarkupError) {
            guard containers.count > 1 else {
                throw MarkupError(.unexpectedClosingFence, at: position(line, s),
                                  "\(q(":::")) đóng khối nhưng không có khối nào đang mở")
            }
            let c = containers.removeLast()
            let kind: Block.Kind
            switch c.kind {
            case .keepTogether:
                kind = .keepTogether(c.blocks)
            case .signatureGrid(let columns):
                kind = .signatureGrid(SignatureGrid(columns: columns, cells: c.cells))
            case .annex(let title, let number, let orientation):
                counters.removeLast()
                kind = .annex(Annex(title: title, number: number, orientation: orientation, blocks: c.blocks))
            case .root:
                return
            }
            appendBlock(Block(kind, at: c.position))
        }

        private static let directiveList = "cùng-trang, chữ-ký, phụ-lục"

        private mutating func openDirective(_ line: SourceLine, fence s: Int, name k: Int, _ e: Int) throws(MarkupError) {
            let sc = line.scalars
            var j = k
            while j <= e, Chars.isNameCharacter(sc[j]) { j += 1 }
            if j == k {
                throw MarkupError(.missingDirectiveName, at: position(line, k),
                                  "sau \(q(":::")) cần tên khối (\(Self.directiveList)), gặp \(Chars.describe(sc[k])); dòng \(q(":::")) đứng một mình để đóng khối")
            }
            let name = line.text(k, j - 1)
            if j <= e, !Chars.isSpace(sc[j]) {
                throw MarkupError(.badAttributeSyntax, at: position(line, j),
                                  "sau tên khối \(q(name)) cần dấu cách, gặp \(Chars.describe(sc[j]))")
            }
            let attributes = try AttributeScanner(line: line, file: file, braced: false).scan(from: j).attributes
            let here = position(line, s)
            if containers.count > InputLimits.markupBlockDepth {
                throw MarkupError(.blockTooDeep, at: here,
                                  "các khối \(q(":::")) lồng nhau quá \(InputLimits.markupBlockDepth) tầng; hãy đóng bớt khối trước khi mở khối mới")
            }
            switch Names.fold(name) {
            case "cung-trang":
                try AttributeRules(blockName: "khối \(q(name))", flags: [:], valued: [:]).check(attributes)
                containers.append(Container(kind: .keepTogether, name: name, position: here))
            case "chu-ky":
                try AttributeRules(blockName: "khối \(q(name))", flags: [:], valued: ["cot": "cột"]).check(attributes)
                var columns: Int? = nil
                if let a = attributes.named("cot") {
                    guard let n = Int(a.value ?? ""), n == 2 || n == 3 else {
                        throw MarkupError(.badAttributeValue, at: a.position,
                                          "số ô chữ ký mỗi hàng \(q(a.name)) phải là 2 hoặc 3, không phải \(q(a.value ?? ""))")
                    }
                    columns = n
                }
                containers.append(Container(kind: .signatureGrid(columns: columns), name: name, position: here))
            case "phu-luc":
                if containers.count > 1 {
                    let outer = containers[containers.count - 1]
                    throw MarkupError(.directiveNotAllowedHere, at: here,
                                      "phụ lục phải đứng ngoài cùng, không đặt trong khối \(q(outer.name)) mở ở dòng \(outer.position.line)")
                }
                try AttributeRules(blockName: "khối \(q(name))", flags: [:],
                                   valued: ["tieu-de": "tiêu-đề", "so": "số", "huong": "hướng"]).check(attributes)
                guard let titleAttribute = attributes.named("tieu-de") else {
                    throw MarkupError(.missingAttribute, at: here,
                                      "khối \(q(name)) cần thuộc tính tiêu-đề=\"…\" (tên phụ lục)")
                }
                let title = titleAttribute.value ?? ""
                if title.isEmpty {
                    throw MarkupError(.badAttributeValue, at: titleAttribute.position, "tiêu-đề của phụ lục không được để trống")
                }
                var orientation = Annex.Orientation.portrait
                if let a = attributes.named("huong") {
                    switch Names.fold(a.value ?? "") {
                    case "ngang": orientation = .landscape
                    case "doc": orientation = .portrait
                    default:
                        throw MarkupError(.badAttributeValue, at: a.position,
                                          "hướng trang \(q(a.value ?? "")) không hợp lệ; dùng \(q("ngang")) hoặc \(q("dọc"))")
                    }
                }
                var number = attributes.named("so")?.value
                if number?.isEmpty == true { number = nil }
                containers.append(Container(kind: .annex(title: title, number: number, orientation: orientation),
                                            name: name, position: here))
                counters.append(Counters())
            default:
                throw MarkupError(.unknownDirective, at: position(line, k),
                                  "không có khối \(q(name)); các khối: \(Self.directiveList)")
            }
        }

        private mutating func signatureLine(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) {
            let sc = line.scalars
            let grid = containers[containers.count - 1]
            if isFence(line, s, e) {
                var j = s
                while j <= e, sc[j] == ":" || Chars.isSpace(sc[j]) { j += 1 }
                if j > e {
                    try closeContainer(line, s)
                    return
                }
                throw MarkupError(.directiveNotAllowedHere, at: position(line, s),
                                  "không mở khối khác trong khối \(q(grid.name)); đóng nó bằng dòng \(q(":::")) trước")
            }
            guard sc[s] == "|" else {
                throw MarkupError(.unexpectedLineInSignatureGrid, at: position(line, s),
                                  "trong khối \(q(grid.name)) (mở ở dòng \(grid.position.line)) mỗi dòng là một ô: \(q("| tên đơn vị | chức vụ | họ tên |")); đóng khối bằng \(q(":::"))")
            }
            let cells = try splitCells(line, pipe: s, e)
            guard cells.count == 3 else {
                throw MarkupError(.signatureCellFields, at: position(line, s),
                                  "mỗi ô chữ ký có 3 phần \(q("| tên đơn vị | chức vụ | họ tên |")), dòng này có \(cells.count)")
            }
            let unit = try inlines(line, from: cells[0].from, through: cells[0].through)
            let title = try inlines(line, from: cells[1].from, through: cells[1].through)
            let name = try inlines(line, from: cells[2].from, through: cells[2].through)
            containers[containers.count - 1].cells.append(
                SignatureCell(unit: unit, title: title, name: name, position: position(line, s)))
        }

        // MARK: tables

        /// Splits `| a | b |` at unescaped pipes. `pipe` is the index of the leading pipe.
        private func splitCells(_ line: SourceLine, pipe: Int, _ e: Int) throws(MarkupError) -> [(from: Int, through: Int)] {
            let sc = line.scalars
            var cells: [(from: Int, through: Int)] = []
            var i = pipe + 1
            var cellStart = pipe + 1
            var lastPipe = pipe
            while i <= e {
                let c = sc[i]
                if c == "\\" {
                    i += (i + 1 <= e && Chars.isASCIIPunctuation(sc[i + 1])) ? 2 : 1
                    continue
                }
                if c == "|" {
                    cells.append((cellStart, i - 1))
                    cellStart = i + 1
                    lastPipe = i
                }
                i += 1
            }
            guard lastPipe == e, !cells.isEmpty else {
                throw MarkupError(.tableRowNotClosed, at: position(line, e + 1),
                                  "hàng phải kết thúc bằng \(q("|")), ví dụ \(q("| 1 | Nguyễn Văn A |")); muốn in dấu \(q("|")) trong ô thì viết \(q("\\|"))")
            }
            return cells
        }

        private mutating func tableRow(_ line: SourceLine, pipe: Int, _ e: Int, rowAttributes: [Attribute],
                                       rowStart: Int) throws(MarkupError) {
            let sc = line.scalars
            if openTable == nil {
                try flushOpen()
                openTable = try makeTable(takePending(), at: position(line, rowStart))
            }
            let cells = try splitCells(line, pipe: pipe, e)

            // Header separator |---|---|
            var isSeparator = true
            var hasColon = false
            for cell in cells {
                var any = false
                var i = cell.from
                while i <= cell.through {
                    let c = sc[i]
                    if c == "-" { any = true } else if c == ":" { hasColon = true } else if !Chars.isSpace(c) {
                        isSeparator = false
                        break
                    }
                    i += 1
                }
                if !any { isSeparator = false }
                if !isSeparator { break }
            }
            if isSeparator {
                if hasColon {
                    throw MarkupError(.badColumnSpec, at: position(line, pipe),
                                      "căn lề cột ghi bằng {căn=\"…\"} trên bảng, không ghi dấu \(q(":")) trong hàng \(q("|---|"))")
                }
                if !rowAttributes.isEmpty {
                    throw MarkupError(.attributesNotAllowed, at: position(line, rowStart),
                                      "hàng phân cách \(q("|---|")) không nhận thuộc tính")
                }
                if openTable!.sawSeparator {
                    throw MarkupError(.misplacedHeaderSeparator, at: position(line, pipe),
                                      "bảng chỉ có một hàng phân cách \(q("|---|")) (dưới các hàng tiêu đề)")
                }
                if openTable!.body.isEmpty {
                    throw MarkupError(.misplacedHeaderSeparator, at: position(line, pipe),
                                      "hàng phân cách \(q("|---|")) phải nằm ngay dưới (các) hàng tiêu đề của bảng")
                }
                for row in openTable!.body where row.role != .normal {
                    throw MarkupError(.attributesNotAllowed, at: row.position,
                                      "hàng tiêu đề (trên \(q("|---|"))) không dùng {tổng} hay {nhóm}")
                }
                openTable!.header = openTable!.body
                openTable!.body = []
                openTable!.sawSeparator = true
                return
            }

            // Row attributes
            try AttributeRules(blockName: "hàng bảng", flags: ["tong": "tổng", "nhom": "nhóm"], valued: [:]).check(rowAttributes)
            if rowAttributes.count > 1 {
                throw MarkupError(.badAttributeValue, at: rowAttributes[1].position,
                                  "một hàng chỉ là {tổng} hoặc {nhóm}, không cả hai")
            }
            let role: TableRow.Role = rowAttributes.first.map { $0.key == "tong" ? .total : .group } ?? .normal

            // Cells
            var row: [TableCell] = []
            let cellRules = AttributeRules(blockName: "ô bảng",
                                           flags: ["giua": "giữa", "phai": "phải", "trai": "trái", "deu": "đều"],
                                           valued: ["gop": "gộp", "can": "căn"])
            for cell in cells {
                var a = cell.from
                var b = cell.through
                while a <= b, Chars.isSpace(sc[a]) { a += 1 }
                while b >= a, Chars.isSpace(sc[b]) { b -= 1 }
                let cellPosition = position(line, a <= b ? a : cell.from)
                var span = 1
                var alignment: Alignment? = nil
                var contentStart = a
                if a <= b, sc[a] == "{" {
                    let scanned = try AttributeScanner(line: line, file: file, braced: true)
                        .scan(from: a + 1, openBrace: a, limit: b + 1)
                    try cellRules.check(scanned.attributes)
                    for attribute in scanned.attributes {
                        switch attribute.key {
                        case "gop":
                            guard let n = Int(attribute.value ?? ""), (1...InputLimits.tableColumns).contains(n) else {
                                throw MarkupError(.badAttributeValue, at: attribute.position,
                                                  "gộp=\(Excerpt.shortened(attribute.value ?? "")) không hợp lệ: cần số cột là số nguyên từ 1 đến \(InputLimits.tableColumns), ví dụ {gộp=3}")
                            }
                            span = n
                        case "can":
                            alignment = try Self.alignment(attribute.value ?? "", attribute: attribute)
                        default:
                            if alignment != nil {
                                throw MarkupError(.badAttributeValue, at: attribute.position, "ô bảng chỉ chọn một cách căn lề")
                            }
                            alignment = try Self.alignment(attribute.key, attribute: attribute)
                        }
                    }
                    contentStart = scanned.end
                }
                let content = try inlines(line, from: contentStart, through: b)
                row.append(TableCell(content: content, columnSpan: span, alignment: alignment, position: cellPosition))
            }

            // Column count
            let total = row.reduce(0) { $0 + $1.columnSpan }
            if total > InputLimits.tableColumns {
                throw MarkupError(.tableTooWide, at: position(line, pipe),
                                  "hàng có \(total) cột, quá \(InputLimits.tableColumns) cột một bảng có thể có")
            }
            if let columns = openTable!.columns {
                let n = columns.count
                var column = 1
                for cell in row {
                    if column > n {
                        throw MarkupError(.tableColumnCount, at: cell.position,
                                          "hàng có \(total) cột nhưng bảng có \(n) cột: thừa ô từ đây")
                    }
                    if column + cell.columnSpan - 1 > n {
                        throw MarkupError(.tableSpanOverflow, at: cell.position,
                                          "ô gộp \(cell.columnSpan) cột bắt đầu ở cột \(column) vượt quá \(n) cột của bảng")
                    }
                    column += cell.columnSpan
                }
                if total < n {
                    throw MarkupError(.tableColumnCount, at: position(line, e),
                                      "hàng có \(total) cột nhưng bảng có \(n) cột: thiếu \(n - total) ô (ô trống viết \(q("| |")))")
                }
            } else {
                openTable!.columns = Array(repeating: TableColumn(), count: total)
            }
            openTable!.body.append(TableRow(role: role, cells: row, position: position(line, rowStart)))
        }

        private func makeTable(_ attributes: [Attribute], at position: SourceLocation) throws(MarkupError) -> TableBuilder {
            try AttributeRules(blockName: "bảng", flags: [:], valued: ["cot": "cột", "can": "căn", "vien": "viền"]).check(attributes)
            var widths: [ColumnWidth]? = nil
            var alignments: [Alignment]? = nil
            var borders = true
            if let a = attributes.named("cot") {
                var list: [ColumnWidth] = []
                for token in try Self.tokens(a) { list.append(try Self.columnWidth(token, attribute: a)) }
                widths = list
            }
            if let a = attributes.named("can") {
                var list: [Alignment] = []
                for token in try Self.tokens(a) { list.append(try Self.alignment(token, attribute: a)) }
                alignments = list
            }
            for (name, count) in [("cot", widths?.count), ("can", alignments?.count)] where (count ?? 0) > InputLimits.tableColumns {
                throw MarkupError(.tableTooWide, at: attributes.named(name)!.position,
                                  "bảng ghi \(count!) cột, quá \(InputLimits.tableColumns) cột một bảng có thể có")
            }
            if let w = widths, let al = alignments, w.count != al.count {
                let a = attributes.named("can")!
                throw MarkupError(.columnSpecMismatch, at: a.position,
                                  "\(q("cột")) ghi \(w.count) cột nhưng \(q("căn")) ghi \(al.count) cột")
            }
            if let a = attributes.named("vien") {
                switch Names.fold(a.value ?? "") {
                case "co": borders = true
                case "khong": borders = false
                default:
                    throw MarkupError(.badAttributeValue, at: a.position,
                                      "viền=\(a.value ?? "") không hợp lệ; dùng viền=có hoặc viền=không")
                }
            }
            var columns: [TableColumn]? = nil
            if let w = widths {
                columns = w.enumerated().map { TableColumn(width: $0.element, alignment: alignments?[$0.offset]) }
            } else if let al = alignments {
                columns = al.map { TableColumn(width: .auto, alignment: $0) }
            }
            return TableBuilder(position: position, columns: columns, borders: borders)
        }

        /// Space-separated list; a comma at the end of an item is dropped ("10mm, 3*").
        private static func tokens(_ attribute: Attribute) throws(MarkupError) -> [String] {
            let parts = (attribute.value ?? "").split(whereSeparator: { $0 == " " }).map { part -> String in
                var p = String(part)
                while p.hasSuffix(",") { p.removeLast() }
                return p
            }.filter { !$0.isEmpty }
            if parts.isEmpty {
                throw MarkupError(.badColumnSpec, at: attribute.position,
                                  "\(q(attribute.name)) cần ít nhất một cột, ví dụ \(q(attribute.name + "=\"15mm 3* 2*\"")))")
            }
            return parts
        }

        private static func columnWidth(_ token: String, attribute: Attribute) throws(MarkupError) -> ColumnWidth {
            let t = Names.fold(token)
            func number(_ s: Substring) -> Double? {
                guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
                guard let v = Double(s.replacingOccurrences(of: ",", with: ".")), v > 0, v.isFinite else { return nil }
                return v
            }
            func bounded(_ width: ColumnWidth, _ value: Double) throws(MarkupError) -> ColumnWidth {
                guard value <= InputLimits.largestColumnWidth else {
                    throw MarkupError(.badColumnSpec, at: attribute.position,
                                      "\(q(token)) quá rộng cho một cột; độ rộng cột tối đa là \(Int(InputLimits.largestColumnWidth))mm, hoặc \(Int(InputLimits.largestColumnWidth))* khi chia theo tỉ lệ")
                }
                return width
            }
            if t == "auto" || t == "tu-dong" { return .auto }
            if t.hasSuffix("mm"), let v = number(t.dropLast(2)) { return try bounded(.fixed(millimetres: v), v) }
            if t.hasSuffix("cm"), let v = number(t.dropLast(2)) { return try bounded(.fixed(millimetres: v * 10), v * 10) }
            if t == "*" { return .relative(1) }
            if t.hasSuffix("*"), let v = number(t.dropLast(1)) { return try bounded(.relative(v), v) }
            throw MarkupError(.badColumnSpec, at: attribute.position,
                              "\(q(token)) không phải độ rộng cột; dùng \(q("15mm")), \(q("1,5cm")), \(q("3*")) (phần chia theo tỉ lệ) hoặc \(q("tự-động")); các cột cách nhau bằng dấu cách")
        }

        // MARK: headings and numbered paragraphs

        private enum Tag {
            case heading(DivisionLevel, titleRequired: Bool)
            case centered
            case pageBreak
        }

        private static let tags: [String: Tag] = [
            "phan": .heading(.part, titleRequired: false),
            "chuong": .heading(.chapter, titleRequired: false),
            "muc": .heading(.section, titleRequired: false),
            "dieu": .heading(.article, titleRequired: true),
            "khoan": .heading(.clause, titleRequired: true),
            "diem": .heading(.point, titleRequired: true),
            "giua": .centered,
            "ngat-trang": .pageBreak,
        ]

        private static let tagList = "#phần, #chương, #mục, #điều, #khoản, #điểm, #giữa, #ngắt-trang"

        private mutating func hashtag(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) {
            let sc = line.scalars
            var j = s
            while j <= e, sc[j] == "#" { j += 1 }
            let hashes = j - s
            let here = position(line, s)
            let tag: Tag
            let written: String
            if j > e || Chars.isSpace(sc[j]) {
                guard hashes <= 3 else {
                    throw MarkupError(.headingTooDeep, at: here,
                                      "đề mục chỉ có ba cấp: \(q("#")) (I.), \(q("##")) (1.), \(q("###")) (a)); cấp dưới nữa dùng \(q("- ")) hoặc \(q("+ "))")
                }
                tag = .heading([DivisionLevel.romanSection, .clause, .point][hashes - 1], titleRequired: true)
                written = String(repeating: "#", count: hashes)
            } else if hashes == 1, Chars.isNameCharacter(sc[j]) {
                var k = j
                while k <= e, Chars.isNameCharacter(sc[k]) { k += 1 }
                written = "#" + line.text(j, k - 1)
                guard let found = Self.tags[Names.fold(line.text(j, k - 1))] else {
                    throw MarkupError(.unknownMarker, at: here,
                                      "không có thẻ \(q(written)); các thẻ: \(Self.tagList); muốn in dấu \(q("#")) thì viết \(q("\\#"))")
                }
                if k <= e, !Chars.isSpace(sc[k]) {
                    throw MarkupError(.unknownMarker, at: position(line, k),
                                      "sau \(q(written)) cần dấu cách rồi đến tiêu đề, gặp \(Chars.describe(sc[k]))")
                }
                tag = found
                j = k
            } else {
                throw MarkupError(.unknownMarker, at: here,
                                  "không hiểu \(q(line.text(s, min(e, j)))): sau \(q("#")) cần dấu cách (đề mục) hoặc tên thẻ (\(Self.tagList)); muốn in dấu \(q("#")) thì viết \(q("\\#"))")
            }
            try flushOpen()
            switch tag {
            case .heading(let level, let required):
                let attributes = takePending()
                try AttributeRules(blockName: "đề mục \(q(written))", flags: [:], valued: ["so": "số"]).check(attributes)
                let title = try inlines(line, from: j, through: e)
                if required, title.isEmpty {
                    let hint = level == .article ? "; điều không có tiêu đề viết \(q("Điều #. nội dung …"))" :
                        level == .clause ? "; khoản không có tiêu đề viết \(q("#. nội dung …"))" :
                        level == .point ? "; điểm không có tiêu đề viết \(q("#) nội dung …"))" : ""
                    throw MarkupError(.missingTitle, at: here, "\(q(written)) cần tiêu đề trên cùng dòng\(hint)")
                }
                let literal = attributes.named("so")?.value
                let number = try assign(level, literal: literal, at: here)
                appendBlock(Block(.heading(Heading(level: level, number: number, title: title)), at: here))
            case .centered:
                try noAttributes("dòng \(q(written))")
                let text = try inlines(line, from: j, through: e)
                if text.isEmpty {
                    throw MarkupError(.missingTitle, at: here, "\(q(written)) cần nội dung trên cùng dòng, ví dụ \(q("#giữa QUYẾT ĐỊNH:"))")
                }
                appendBlock(Block(.centeredLine(text), at: here))
            case .pageBreak:
                try noAttributes(q(written))
                var k = j
                while k <= e, Chars.isSpace(sc[k]) { k += 1 }
                if k <= e {
                    throw MarkupError(.unexpectedText, at: position(line, k),
                                      "\(q(written)) đứng một mình trên dòng; đưa nội dung xuống dòng sau")
                }
                appendBlock(Block(.pageBreak, at: here))
            }
        }

        private mutating func assign(_ level: DivisionLevel, literal: String?, at here: SourceLocation) throws(MarkupError) -> Numbering {
            if let literal, literal.isEmpty {
                throw MarkupError(.badAttributeValue, at: here, "{số=…} không được để trống")
            }
            guard let number = counters[counters.count - 1].assign(level, literal: literal) else {
                throw MarkupError(.numberingOverflow, at: here,
                                  "quá \(VietnameseNumbering.pointLetters.count) điểm (a đến y) trong cùng một mục; chia nhỏ mục hoặc ghi số bằng {số=…}")
            }
            return number
        }

        /// `Điều #.`, `Điều 5.`, `#.`, `12.`, `#)`, `đ)` at the start of a line.
        private func runInMarker(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) -> RunIn? {
            let sc = line.scalars
            func endsMarker(_ i: Int) -> Bool { i > e || Chars.isSpace(sc[i]) }
            if sc[s] == "#", s + 1 <= e, sc[s + 1] == "." || sc[s + 1] == ")", endsMarker(s + 2) {
                return RunIn(level: sc[s + 1] == "." ? .clause : .point, literal: nil, contentStart: s + 2,
                             marker: line.text(s, s + 1))
            }
            var j = s
            while j <= e, Chars.isDigit(sc[j]) { j += 1 }
            if j > s, j - s <= 3, j <= e, sc[j] == ".", endsMarker(j + 1) {
                return RunIn(level: .clause, literal: line.text(s, j - 1), contentStart: j + 1, marker: line.text(s, j))
            }
            if s + 1 <= e, sc[s + 1] == ")", endsMarker(s + 2),
               (sc[s].value >= 0x61 && sc[s].value <= 0x7A) || sc[s] == "\u{0111}" {
                let letter = String(Character(sc[s]))
                guard VietnameseNumbering.pointIndex(letter) != nil else {
                    throw MarkupError(.invalidPointLetter, at: position(line, s),
                                      "\(q(letter + ")")) không dùng để đánh số điểm: chữ cái tiếng Việt không có f, j, w, z (a, b, c, d, đ, e, g, h, i, k, …); muốn in nguyên văn thì viết \(q(letter + "\\)"))")
                }
                return RunIn(level: .point, literal: letter, contentStart: s + 2, marker: letter + ")")
            }
            j = s
            while j <= e, Chars.isWordCharacter(sc[j]), !Chars.isDigit(sc[j]) { j += 1 }
            if j > s, j <= e, Chars.isSpace(sc[j]), Names.fold(line.text(s, j - 1)) == "dieu" {
                var k = j
                while k <= e, Chars.isSpace(sc[k]) { k += 1 }
                var literal: String? = nil
                var after = k
                if k <= e, sc[k] == "#" {
                    after = k + 1
                } else {
                    while after <= e, Chars.isDigit(sc[after]) { after += 1 }
                    if after == k || after - k > 3 { return nil }
                    literal = line.text(k, after - 1)
                }
                if after <= e, sc[after] == ".", endsMarker(after + 1) {
                    return RunIn(level: .article, literal: literal, contentStart: after + 1, marker: line.text(s, after))
                }
            }
            return nil
        }

        private mutating func numbered(_ line: SourceLine, _ runIn: RunIn, _ s: Int, _ e: Int) throws(MarkupError) {
            try flushOpen()
            let here = position(line, s)
            let attributes = takePending()
            try AttributeRules(blockName: q(runIn.marker), flags: [:], valued: ["so": "số"]).check(attributes)
            var literal = runIn.literal
            if let a = attributes.named("so") {
                if literal != nil {
                    throw MarkupError(.conflictingNumber, at: a.position,
                                      "dòng \(q(runIn.marker)) đã ghi số ngay đầu dòng; bỏ {số=…} hoặc ghi số bằng \(q("#"))")
                }
                literal = a.value
            }
            let number = try assign(runIn.level, literal: literal, at: here)
            var f = runIn.contentStart
            while f <= e, Chars.isSpace(line.scalars[f]) { f += 1 }
            var source = InlineSource(line: line.number, column: line.columns[min(f, line.count)])
            source.append(line, from: f, through: e)
            openText = OpenText(kind: .numbered(runIn.level, number), source: source, position: here)
        }

        // MARK: lists

        private mutating func listItem(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) {
            try flushOpen()
            try noAttributes("mục liệt kê \(q(String(Character(line.scalars[s])) + " "))")
            var f = s + 1
            while f <= e, Chars.isSpace(line.scalars[f]) { f += 1 }
            var source = InlineSource(line: line.number, column: line.columns[min(f, line.count)])
            source.append(line, from: f, through: e)
            openText = OpenText(kind: .listItem(line.scalars[s] == "-" ? .dash : .plus), source: source,
                                position: position(line, s))
        }
    }
}

// MARK: - Numbering.swift (Counters)

extension Reference {
    /// The running counters of one numbering scope (the document, or one annex).
    struct Counters {
        private var values: [DivisionLevel: Int] = [:]

        /// The next number at `level`, or the literal one. Returns `nil` when generated numbering
        /// runs past its range (more than 23 points).
        mutating func assign(_ level: DivisionLevel, literal: String?) -> Numbering? {
            let numbering: Numbering
            if let literal {
                let value = Counters.value(of: literal, scheme: level.scheme)
                if let value { values[level] = value }
                numbering = Numbering(label: literal, value: value, isGenerated: false)
            } else {
                let next = (values[level] ?? 0) + 1
                guard let label = Counters.label(next, scheme: level.scheme) else { return nil }
                values[level] = next
                numbering = Numbering(label: label, value: next, isGenerated: true)
            }
            for lower in level.resets { values[lower] = nil }
            return numbering
        }

        static func label(_ n: Int, scheme: NumberingScheme) -> String? {
            switch scheme {
            case .roman: return VietnameseNumbering.roman(n)
            case .arabic: return String(n)
            case .letter: return VietnameseNumbering.pointLetter(n)
            }
        }

        static func value(of literal: String, scheme: NumberingScheme) -> Int? {
            guard literal.utf8.count <= 16 else { return nil }
            let value: Int?
            switch scheme {
            case .roman: value = VietnameseNumbering.romanValue(literal) ?? Int(literal)
            case .arabic: value = Int(literal)
            case .letter: value = VietnameseNumbering.pointIndex(literal.lowercased())
            }
            guard let value, (0...InputLimits.largestCountedNumber).contains(value) else { return nil }
            return value
        }
    }
}

// MARK: - MarkupEscaper.swift

extension Reference {
    enum MarkupEscaper {
        /// Escaped wherever they occur.
        static let alwaysEscaped: Set<Unicode.Scalar> = [
            "\\", "*", "_", "~", "^", "[", "]", "<", ">", "{", "}", "|", "\"", "#", ".", ")",
        ]
        /// Escaped when they are the first non-space character of the inserted text (they are line
        /// markers only at the start of a line, and inserted text has no line breaks).
        static let escapedAtStart: Set<Unicode.Scalar> = ["-", "+", ":"]

        static func escape(_ text: String) -> String {
            var out = String.UnicodeScalarView()
            var seenText = false
            let scalars = nfcNormalized(text).unicodeScalars
            if let first = scalars.first,
               first == "\u{FEFF}" || first.properties.canonicalCombiningClass != .notReordered {
                // Never a byte order mark; never composed with (or reordered against) what
                // precedes the insertion, e.g. an escaped "<" followed by U+0338.
                out.append(contentsOf: "{}".unicodeScalars)
            }
            for scalar in scalars {
                if Chars.isSpace(scalar) {
                    out.append(" ")
                    continue
                }
                if alwaysEscaped.contains(scalar) || (!seenText && escapedAtStart.contains(scalar)) {
                    out.append("\\")
                }
                out.append(scalar)
                seenText = true
            }
            if !seenText { out.append(contentsOf: "{}".unicodeScalars) }
            return String(out)
        }
    }
}
