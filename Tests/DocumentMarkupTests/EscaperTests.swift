import Foundation
import Testing
@testable import DocumentMarkup

/// Fills a template: every `{X}` becomes `MarkupEscaper.escape(value)`, as Mustache would.
func fill(_ template: String, _ value: String) -> String {
    template.replacingOccurrences(of: "{X}", with: MarkupEscaper.escape(value))
}

/// What inserted text must come out as, computed independently of the parser: NFC, every
/// whitespace character a space, runs of spaces collapsed, spaces at both ends dropped.
func expectedText(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var previousIsSpace = true
    for scalar in s.precomposedStringWithCanonicalMapping.unicodeScalars {
        let isSpace = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0x2028, 0x2029].contains(scalar.value)
        if isSpace {
            if !previousIsSpace { out.append(" ") }
            previousIsSpace = true
        } else {
            out.append(scalar)
            previousIsSpace = false
        }
    }
    if out.last == " " { out.removeLast() }
    return String(out).precomposedStringWithCanonicalMapping
}

/// The outline of one text node, or of nothing.
func textOutline(_ s: String) -> String { s.isEmpty ? "" : Outline.quote(s) }

@Suite("Escaping")
struct EscaperTests {
    @Test func plainTextIsUnchanged() {
        #expect(MarkupEscaper.escape("Sở Nội vụ") == "Sở Nội vụ")
        #expect(MarkupEscaper.escape("Phòng Tổ chức - Hành chính") == "Phòng Tổ chức - Hành chính")
        #expect(MarkupEscaper.escape("8:00, ngày 05/01/2023; 1+1") == "8:00, ngày 05/01/2023; 1+1")
    }

    @Test func specialCharactersGetABackslash() {
        #expect(MarkupEscaper.escape(##"a*b_c~d^e[f]g<h>i{j}k|l"m#n.o)p\q"##) ==
            ##"a\*b\_c\~d\^e\[f\]g\<h\>i\{j\}k\|l\"m\#n\.o\)p\\q"##)
        #expect(MarkupEscaper.escape("TP. Hồ Chí Minh (Việt Nam)") == #"TP\. Hồ Chí Minh (Việt Nam\)"#)
        #expect(MarkupEscaper.escape("{{ten_don_vi}}") == #"\{\{ten\_don\_vi\}\}"#)
    }

    @Test func lineMarkersAreEscapedOnlyAtTheStart() {
        #expect(MarkupEscaper.escape("- Lưu: VT") == #"\- Lưu: VT"#)
        #expect(MarkupEscaper.escape("  + cộng") == #"  \+ cộng"#)
        #expect(MarkupEscaper.escape(":::") == #"\:::"#)
        #expect(MarkupEscaper.escape("1. Mục") == #"1\. Mục"#)
        #expect(MarkupEscaper.escape("a) Điểm") == #"a\) Điểm"#)
    }

    @Test func whitespaceBecomesSpacesAndEmptyBecomesTheEmptyGroup() {
        #expect(MarkupEscaper.escape("a\nb\tc\r\nd\u{2028}e") == "a b c  d e")
        #expect(MarkupEscaper.escape("") == "{}")
        #expect(MarkupEscaper.escape(" \n ") == "   {}")
        #expect(MarkupEscaper.escape("a\u{00A0}b") == "a\u{00A0}b")
    }

    @Test func outputIsNFCWithoutLineBreaksAndNeverEmpty() {
        let nfd = "Nguyễn Thị Hương".decomposedStringWithCanonicalMapping
        let escaped = MarkupEscaper.escape(nfd)
        #expect(Array(escaped.unicodeScalars) == Array("Nguyễn Thị Hương".unicodeScalars))
        for s in ["", "\n", "\r", "\n\n\n", "a\nb"] {
            let e = MarkupEscaper.escape(s)
            #expect(!e.isEmpty)
            #expect(!e.unicodeScalars.contains("\n") && !e.unicodeScalars.contains("\r"))
        }
    }

    @Test func leadingByteOrderMarkAndCombiningMarkAreShielded() {
        #expect(MarkupEscaper.escape("\u{FEFF}A") == "{}\u{FEFF}A")
        #expect(MarkupEscaper.escape("\u{0301}a") == "{}\u{0301}a")
    }

    // The names from the brief, each inserted at the start of a line, mid-paragraph, in a
    // table cell and in a title: always literal text.
    static let awkwardNames: [String] = [
        "Phòng *Tổ chức* _cán bộ_", "Sở #1", "Đội <xung kích>", "{{ten}} và }}", "Tổ | Nhóm",
        #"Ban \ Ngành\"#, "[Văn phòng]", "Trường ^[x] THPT", "Khu~phố", ":::", "::: chu-ky",
        "- Phòng A", "+ Phòng B", "1. Phòng C", "12. Tổ", "a) Nhóm", "Điều 1. Đơn vị", "Điều #. X",
        "#. Y", "#) Z", "   Cách đầu", "Dòng một\nDòng hai", "Tab\tgiữa", "\n\nHai dòng trống\n\n",
        "|---|", "{giữa}", "{tổng} | a |", "# Đề mục", "#điều Giả", "#ngắt-trang", "Có \\ ở cuối\\",
        "<br>", "f) lỗi", "__gạch__", "***", "____", "\"trích dẫn\"", "",
    ]

    @Test(arguments: awkwardNames)
    func awkwardNamesStayLiteral(name: String) throws {
        let want = expectedText(name)
        // paragraph on its own
        let alone = try parse(fill("Đoạn trước.\n\n{X}\n\nĐoạn sau.", name))
        #expect(alone.outline() == ["paragraph: \"Đoạn trước.\"", want.isEmpty ? nil : "paragraph: \(Outline.quote(want))",
                                    "paragraph: \"Đoạn sau.\""].compactMap { $0 }.joined(separator: "\n"))
        // start of a continuation line
        #expect(try outline(fill("Kính gửi\n{X}\nđể biết.", name)) ==
            "paragraph: \(Outline.quote(expectedText("Kính gửi " + name + " để biết.")))")
        // table cell
        #expect(try outline(fill("| {X} | b |", name)) ==
            "table columns=[auto, auto] borders\n  row | \(want.isEmpty ? "\"\"" : Outline.quote(want)) | \"b\" |")
        // title
        #expect(try outline(fill("#điều Đơn vị {X}", name)) ==
            "heading article 1: \(Outline.quote(expectedText("Đơn vị " + name)))")
        // bold: the whole paragraph reads as the data, and the bold span holds exactly the data
        let content = try paragraphContent(fill("Tặng *{X}*.", name))
        #expect(content.plainText == expectedText("Tặng " + name + "."))
        let bold = content.compactMap { inline -> [Inline]? in
            if case .bold(let c) = inline.kind { return c }
            return nil
        }
        #expect(bold.map(\.outline) == (want.isEmpty ? [] : [Outline.quote(want)]))
    }
}

@Suite("Whitespace in inserted text")
struct WhitespaceTests {
    @Test func newlineInDataIsASpace() throws {
        #expect(try outline(fill("Ông {X} ký.", "Nguyễn\nVăn\r\nAn")) == #"paragraph: "Ông Nguyễn Văn An ký.""#)
    }

    @Test func runsOfSpacesCollapse() throws {
        #expect(try outline(fill("Ông {X} ký.", "  Nguyễn   Văn \t An  ")) == #"paragraph: "Ông Nguyễn Văn An ký.""#)
    }

    @Test func spacesAtTheEdgesOfAContextGo() throws {
        #expect(try outline(fill("| {X} |", "  An  ")) == "table columns=[auto] borders\n  row | \"An\" |")
        #expect(try outline(fill("*{X}* ký", " An ")) == #"paragraph: b["An"] " ký""#)
    }

    @Test func whitespaceOnlyDataBetweenWordsLeavesOneSpace() throws {
        #expect(try outline(fill("a{X}b", "   ")) == #"paragraph: "a b""#)
        #expect(try outline(fill("a{X}b", "")) == #"paragraph: "ab""#)
    }

    @Test func emptyDataNeverSplitsAParagraph() throws {
        #expect(try outline(fill("Dòng một\n{X}\nDòng ba", "")) == #"paragraph: "Dòng một Dòng ba""#)
        #expect(try outline(fill("Dòng một\n{X}\nDòng ba", " \n\n ")) == #"paragraph: "Dòng một Dòng ba""#)
        #expect(try outline(fill("- Một\n{X}\n- Hai", "")) == "list\n  - \"Một\"\n  - \"Hai\"")
    }

    @Test func nonBreakingSpacesInDataAreKept() throws {
        #expect(try outline(fill("{X}", "2.340.000\u{00A0}\u{00A0}đồng")) == #"paragraph: "2.340.000\u{A0}\u{A0}đồng""#)
    }
}

@Suite("Escaping properties")
struct EscapingPropertyTests {
    /// Pieces random data is built from: every special character and marker of the syntax,
    /// whitespace of every kind, combining marks, Vietnamese letters.
    static let pieces: [String] = [
        "\\", "*", "**", "_", "__", "___", "~", "^", "^[", "[", "]", "<", ">", "<br>", "<BR/>", "{", "}", "{}",
        "{{", "}}", "|", "\"", "#", "##", "#.", "#)", ".", ")", "-", "+", ":", ":::", "=", ",", "`", "'", "!",
        "a", "đ", "Điều", "Điều 1.", "ĐIỀU #.", "1.", "12.", "a)", "đ)", "f)", "z)", "Ư", "ệ", "x", "0", "9",
        " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\u{2028}", "\u{2029}", "\u{0085}", "\u{000B}", "\u{000C}",
        "\u{00A0}", "\u{2003}", "\u{FEFF}", "\u{0301}", "\u{0323}", "\u{0338}", "e\u{0302}", "u\u{031B}",
        "Sở Nội vụ", "---", "|---|", "{giữa}", "{gộp=2}", "{tổng}", "#điều", "#giữa", "#ngắt-trang", "# ", "- ",
        "+ ", "\\\\", "\\n", "&nbsp;", "{X}", "\u{0000}", "/", "(", "%",
    ]

    /// Templates with one or more insertions, and how to build the expected outline from the
    /// expected text `t` of the value.
    static let contexts: [(template: String, expected: @Sendable (String) -> String)] = [
        ("Mở đầu {X} kết thúc", { "paragraph: \(Outline.quote(expectedText("Mở đầu " + $0 + " kết thúc")))" }),
        ("{X}", { let t = expectedText($0); return t.isEmpty ? "" : "paragraph: \(Outline.quote(t))" }),
        ("Dòng một\n{X}\nDòng ba", { "paragraph: \(Outline.quote(expectedText("Dòng một " + $0 + " Dòng ba")))" }),
        ("{X}{X}", { let t = expectedText($0 + $0); return t.isEmpty ? "" : "paragraph: \(Outline.quote(t))" }),
        ("*{X}*", { let t = expectedText($0); return t.isEmpty ? "" : "paragraph: b[\(Outline.quote(t))]" }),
        ("_{X}_", { let t = expectedText($0); return t.isEmpty ? "" : "paragraph: i[\(Outline.quote(t))]" }),
        ("__{X}__", { let t = expectedText($0); return t.isEmpty ? "" : "paragraph: u[\(Outline.quote(t))]" }),
        ("Ghi chú^[{X}]", { let t = expectedText($0); return "paragraph: \"Ghi chú\"" + (t.isEmpty ? "" : " fn[\(Outline.quote(t))]") }),
        ("# Tiêu đề {X}", { "heading romanSection I: \(Outline.quote(expectedText("Tiêu đề " + $0)))" }),
        ("#giữa {X} QUYẾT ĐỊNH:", { "centered: \(Outline.quote(expectedText($0 + " QUYẾT ĐỊNH:")))" }),
        ("#. {X}", { let t = expectedText($0); return "numbered clause 1:" + (t.isEmpty ? "" : " " + Outline.quote(t)) }),
        ("Điều #. {X}", { let t = expectedText($0); return "numbered article 1:" + (t.isEmpty ? "" : " " + Outline.quote(t)) }),
        ("- {X}\n+ {X}", { let t = expectedText($0); let c = t.isEmpty ? "" : " " + Outline.quote(t); return "list\n  -\(c)\n  +\(c)" }),
        ("| {X} | {X} |", { let t = expectedText($0); let c = t.isEmpty ? "\"\"" : Outline.quote(t)
            return "table columns=[auto, auto] borders\n  row | \(c) | \(c) |" }),
        ("::: chữ-ký\n| {X} | {X} | {X} |\n:::", { let t = expectedText($0); let c = t.isEmpty ? "" : Outline.quote(t)
            return "signature-grid\n  cell \(c) / \(c) / \(c)" }),
        ("::: phụ-lục tiêu-đề=\"Phụ lục {X}\"\n:::", { "annex title=\(Outline.quote(expectedText("Phụ lục " + $0)))" }),
        ("Trước\n\n{X}\n\n- mục", { let t = expectedText($0)
            return "paragraph: \"Trước\"\n" + (t.isEmpty ? "" : "paragraph: \(Outline.quote(t))\n") + "list\n  - \"mục\"" }),
    ]

    /// How `value` failed to come out literally, in each insertion context (empty: it never did).
    static func failures(_ value: String) -> [String] {
        var found: [String] = []
        for context in contexts {
            let source = fill(context.template, value)
            let got: String
            do {
                got = try outline(source)
            } catch {
                found.append("value \(value.debugDescription) in \(context.template.debugDescription) → \(source.debugDescription): \(error)")
                continue
            }
            let want = context.expected(value)
            if got != want {
                found.append("value \(value.debugDescription) in \(context.template.debugDescription) → \(source.debugDescription)\n got: \(got)\nwant: \(want)")
            }
        }
        return found
    }

    /// Records every failure of `value` as an issue; true when there was none.
    static func check(_ value: String) -> Bool {
        let found = failures(value)
        for failure in found { Issue.record(Comment(rawValue: failure)) }
        return found.isEmpty
    }

    @Test func everyPieceAlone() {
        let failing = Self.pieces.filter { !Self.check($0) }
        #expect(failing.isEmpty, "pieces that change the structure: \(failing)")
    }

    @Test func everyPairOfPieces() {
        var failing: [String] = []
        for a in Self.pieces {
            for b in Self.pieces where !Self.check(a + b) { failing.append(a + b) }
        }
        #expect(failing.isEmpty, "pairs that change the structure: \(failing.prefix(10))")
    }

    @Test(arguments: [1, 2, 3, 4])
    func randomStrings(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        var failing: [String] = []
        for _ in 0..<500 {
            let count = Int.random(in: 0...14, using: &rng)
            var value = ""
            for _ in 0..<count { value += Self.pieces.randomElement(using: &rng)! }
            if !Self.check(value) { failing.append(value) }
        }
        #expect(failing.isEmpty, "values that change the structure: \(failing.prefix(10))")
    }

    @Test func randomScalarsIncludingControlsAndAstralCharacters() throws {
        var rng = SeededGenerator(seed: 99)
        let ranges: [ClosedRange<UInt32>] = [0x00...0x7F, 0xA0...0x24F, 0x300...0x36F, 0x1E00...0x1EFF, 0x2000...0x206F, 0x1F300...0x1F64F]
        for _ in 0..<400 {
            var value = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...10, using: &rng) {
                let range = ranges.randomElement(using: &rng)!
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &rng)) { value.append(scalar) }
            }
            #expect(Self.check(String(value)))
        }
    }
}
