import Foundation
import Testing
@testable import DocumentMarkup

/// The parser's whole output (every node, attribute and position, or the error and its place)
/// for corpora of inputs, against reviewed snapshots in Tests/Snapshots/. The snapshots were
/// first written from the parser before its performance work, which this one matched input for
/// input; a change to the parser shows as the inputs whose tree changed.
@Suite("Parser output against reviewed snapshots")
struct ParserSnapshotTests {
    static func dump(_ source: String, name: String = testFile, lineOffset: Int = 0) -> String {
        ExactDump.result { () throws(MarkupError) in
            try MarkupParser.parse(source, sourceName: name, lineOffset: lineOffset)
        }
    }

    /// Each source with its tree, keyed by the source written on one line.
    static func entries(_ sources: [String], name: String = testFile, lineOffset: Int = 0) -> [(key: String, output: String)] {
        let prefix = name == testFile && lineOffset == 0 ? "" : "\(ExactDump.text(name)) +\(lineOffset) "
        return sources.map { (prefix + ExactDump.text($0), dump($0, name: name, lineOffset: lineOffset)) }
    }

    // MARK: corpora

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The ```text examples of docs/markup.md, and its `inline code` (markup snippets).
    static func documentationExamples() throws -> [String] {
        let doc = try String(contentsOf: repository.appendingPathComponent("docs/markup.md"), encoding: .utf8)
        var examples: [String] = []
        var current: [Substring]? = nil
        for line in doc.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.hasPrefix("```text") {
                current = []
            } else if current != nil, line.hasPrefix("```") {
                examples.append(current!.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
                if current == nil {
                    let spans = line.split(separator: "`", omittingEmptySubsequences: false)
                    examples += spans.indices.filter { $0 % 2 == 1 && $0 < spans.count - 1 }.map { String(spans[$0]) }
                }
            }
        }
        return examples
    }

    /// Every string literal of this test target (roughly unescaped: any text is a valid input).
    static func literalsOfTheTestSuite() throws -> [String] {
        let folder = repository.appendingPathComponent("Tests/DocumentMarkupTests")
        var literals: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where name.hasSuffix(".swift") {
            let code = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            literals += multiLineLiterals(code) + singleLineLiterals(code)
        }
        return literals
    }

    private static func multiLineLiterals(_ code: String) -> [String] {
        var out: [String] = []
        let lines = code.components(separatedBy: "\n")
        var start: Int? = nil
        for (index, line) in lines.enumerated() where line.trimmingCharacters(in: .whitespaces).hasSuffix("\"\"\"") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let s = start {
                if trimmed == "\"\"\"" {
                    let indent = line.prefix(while: { $0 == " " }).count
                    let body = lines[(s + 1)..<index].map { $0.count >= indent ? String($0.dropFirst(indent)) : "" }
                    out.append(unescape(body.joined(separator: "\n")))
                    start = nil
                }
            } else if !trimmed.hasPrefix("\"\"\"") || trimmed == "\"\"\"" {
                start = index
            }
        }
        return out
    }

    private static func singleLineLiterals(_ code: String) -> [String] {
        var out: [String] = []
        for line in code.components(separatedBy: "\n") where !line.contains("\"\"\"") {
            var current: String? = nil
            var escaped = false
            for ch in line {
                if var c = current {
                    if escaped { c.append(ch); escaped = false; current = c; continue }
                    if ch == "\\" { c.append(ch); escaped = true; current = c; continue }
                    if ch == "\"" { out.append(unescape(c)); current = nil; continue }
                    c.append(ch)
                    current = c
                } else if ch == "\"" {
                    current = ""
                }
            }
        }
        return out
    }

    /// Swift escapes \n \r \t \" \\ \u{…}; `\(` interpolations are left as they are.
    private static func unescape(_ s: String) -> String {
        var out = ""
        var scalars = Array(s.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            guard c == "\\", let next = scalars.first else { out.unicodeScalars.append(c); continue }
            switch next {
            case "n": out += "\n"; scalars.removeFirst()
            case "r": out += "\r"; scalars.removeFirst()
            case "t": out += "\t"; scalars.removeFirst()
            case "0": out += "\0"; scalars.removeFirst()
            case "\"", "\\", "'": out.unicodeScalars.append(next); scalars.removeFirst()
            case "u":
                let rest = String(String.UnicodeScalarView(scalars))
                if rest.hasPrefix("u{"), let close = rest.firstIndex(of: "}"),
                   let value = UInt32(rest[rest.index(rest.startIndex, offsetBy: 2)..<close], radix: 16),
                   let scalar = Unicode.Scalar(value) {
                    out.unicodeScalars.append(scalar)
                    scalars.removeFirst(rest.unicodeScalars.distance(from: rest.unicodeScalars.startIndex,
                                                                     to: close) + 1)
                } else {
                    out.unicodeScalars.append(c)
                }
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    // MARK: generated inputs

    static let pieces: [String] = FuzzTests.pieces + [
        "Nguyễn Văn An", "Phòng Tổ chức \\- Hành chính", "Sở Nội vụ", "Quyết định".decomposedStringWithCanonicalMapping,
        "x\u{0301}", "\u{1F1FB}\u{1F1F3}", "👨\u{200D}👩", "\u{0915}\u{094D}\u{0937}", "\u{1100}\u{1161}", "©\u{200D}",
        "\r\n", "\r", "\t", "\u{00A0}", "\u{FEFF}", "~", "\\\n", "\\ \n", "<br />", "<Br/>", "\\<br>", "\\*", "\\_",
        "\\|", "\\]", "\\{\\}", "\\#", "\\:::", "1\\.", "a\\)", "{}", " {gộp=3} ", "{gộp=0}", "{gộp=x}", "{giữa}", "{căn=phải}",
        "{căn=xa}", "{giữa phải}", "{tong}", "{nhóm} ", "{nhom, tong}", "| ", " |", " | ", "|\n", "{cột=\"12mm 5* 5* 20mm\" căn=\"giữa trái trái giữa\"}\n",
        "{cột=\"1,5cm 3x\"}\n", "{cột=\"auto tự-động *\"}\n", "{viền=không}\n", "{viền=xx}\n", "{cột=\"10mm\" căn=\"trái phải\"}\n",
        "{căn=\"giữa, trái\"}\n", "{cột=\"\"}\n", "{cột=\"10mm", "{số=III}\n", "{số=\"c1\"}\n", "{số=}\n", "{số=\"\"}\n",
        "::: chữ-ký cột=3\n", "::: chữ-ký cột=4\n", "::: CUNG-TRANG\n", "::: phụ-lục số=I tiêu-đề=\"Danh sách \\\"x\\\" {}\" hướng=ngang\n",
        "::: phụ-lục\n", "::: phụ-lục tiêu-đề=\"\"\n", "::: phu-luc tieu-de=\"A\" huong=doc\n", "::: xyz\n", "::: =\n", ":::: \n",
        "#phần ", "#chương ", "#mục ", "#khoản ", "#điểm ", "#DIEU ", "#dieuu ", "#giữa\n", "#ngắt-trang x\n", "#### ",
        "#x", "#.", "#)", "Điều 5. ", "Dieu #. ", "ĐIỀU 12.", "Điều 1234. ", "5. ", "123. ", "1234. ", "a) ", "đ) ", "f) ",
        "y) ", "- ", "-x", "+ ", "  ", "\t\t", "*", "_", "__", "___", "****", "____", "^[", "]", "Luật^[Luật số 06/2022/QH15.]",
        "*_", "_*", "x", "X", "1", "ệ", "Ư", "ờ", "đ", "Đ", "{x}", "{x=\"y\"} ", "{x=y z}", "{,}", "{ }", "{=}", "{a=\"b}",
    ]

    static func piecesInput(_ rng: inout SeededGenerator, maxPieces: Int) -> String {
        var source = ""
        for _ in 0..<Int.random(in: 0...maxPieces, using: &rng) { source += pieces.randomElement(using: &rng)! }
        return source
    }

    static let soupAlphabet: [String] = [
        "a", "b", "e", "n", "A", "Đ", "đ", "ệ", "ữ", "Ơ", "0", "1", "9", " ", " ", " ", "\t", "\n", "\n", "\r\n", "\r",
        "*", "_", "~", "^", "[", "]", "<", ">", "{", "}", "|", "\"", "#", ".", ")", "-", "+", ":", "=", ",", "\\", "/",
        "b", "r", "B", "R", "\u{00A0}", "\u{0301}", "\u{0323}", "\u{0302}", "\u{031B}", "\u{2028}", "\u{0085}", "\u{000B}",
        "\u{FEFF}", "\u{200D}", "👍", "\u{1F3FB}", "Điều", "#.", "#)", ":::", "|---|", "<br>", "^[", "{}", "{giữa}", "{gộp=2}",
    ]

    static func soupInput(_ rng: inout SeededGenerator, maxLength: Int) -> String {
        var source = ""
        for _ in 0..<Int.random(in: 0...maxLength, using: &rng) { source += soupAlphabet.randomElement(using: &rng)! }
        return source
    }

    static let cellTexts: [String] = [
        "", " ", "1", "12", "Nguyễn Văn An", "Phòng Tổ chức \\- Hành chính", "Sở *Nội vụ*", "_nghiêng_ và *đậm*",
        "__gạch__", "*_đậm nghiêng_*", "x^[chú thích]", "dòng<br>hai", "2.340.000~đồng", "\\|", "a \\| b", "{}", "{giữa} giữa",
        "{gộp=2} hai", "{gộp=2 trái} *I. TẬP THỂ*", "{căn=phải} 3", "{gộp=9} x", "{x} y", "*mở", "]", "\\\\", "x\u{0301}y",
        "Quyết định".decomposedStringWithCanonicalMapping, "\t tab \t", "Tổng cộng: 01", "---", ":--", "\u{00A0}",
        "Sở – Phòng", "“Cờ thi đua”", "1.490.000₫", "a\u{2028}b", "x\u{2060}y", "e\u{0301}",
    ]

    static func tableInput(_ rng: inout SeededGenerator) -> String {
        var lines: [String] = []
        if Bool.random(using: &rng) { lines.append(pieces.randomElement(using: &rng)!) }
        let columns = Int.random(in: 1...5, using: &rng)
        switch Int.random(in: 0...3, using: &rng) {
        case 0: lines.append("{cột=\"" + (0..<columns).map { _ in ["12mm", "3*", "*", "auto", "1,5cm"].randomElement(using: &rng)! }.joined(separator: " ") + "\"}")
        case 1: lines.append("{căn=\"" + (0..<columns).map { _ in ["giữa", "trái", "phải", "đều"].randomElement(using: &rng)! }.joined(separator: " ") + "\" viền=không}")
        default: break
        }
        let rows = Int.random(in: 1...8, using: &rng)
        for r in 0..<rows {
            if r == 1, Bool.random(using: &rng) { lines.append("|" + String(repeating: "---|", count: columns)); continue }
            var cellCount = columns
            if Int.random(in: 0...9, using: &rng) == 0 { cellCount += Int.random(in: -1...1, using: &rng) }
            let cells = (0..<max(cellCount, 1)).map { _ in cellTexts.randomElement(using: &rng)! }
            var row = "| " + cells.joined(separator: " | ") + " |"
            switch Int.random(in: 0...9, using: &rng) {
            case 0: row = "{tổng} " + row
            case 1: row = "{nhóm}" + row
            case 2: row = "  " + row + "\t"
            case 3: row = String(row.dropLast())
            default: break
            }
            lines.append(row)
        }
        let separator = ["\n", "\r\n", "\r"].randomElement(using: &rng)!
        var source = lines.joined(separator: separator)
        if Bool.random(using: &rng) { source += separator + "\n" + piecesInput(&rng, maxPieces: 6) }
        return source
    }

    /// Mostly valid markup, so that comparisons go past the first error: documents of random
    /// blocks whose inline content nests spans and footnotes over several lines, with random
    /// line ends, indentation, NFD text and combining marks; now and then a random piece.
    struct DocumentGenerator {
        var rng: SeededGenerator

        mutating func pick<T>(_ options: [T]) -> T { options.randomElement(using: &rng)! }
        mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }

        static let words = [
            "Nguyễn", "Văn", "An", "Sở", "Nội", "vụ", "Quyết", "định", "tặng", "Bằng", "khen", "2.340.000", "đồng",
            "x\u{0301}", "e\u{0302}\u{0323}", "Quyết".decomposedStringWithCanonicalMapping, "👍\u{1F3FB}", "🇻🇳", "ĐIỀU",
            "1.", "a)", "-", "+", "(có", "danh", "sách)", "\\*", "\\_", "\\|", "\\]", "\\#", "\\{\\}", "\\<br>", "\\ ",
            "a\u{00A0}b", "~", "{}", "<", ">", "[", "\\^", "x{", "}x", ":", "=", ",", "\"", "#", "ắ", "ử", "Ỹ", "\u{2003}",
            "–", "“trích”", "…", "5.000₫", "\u{2028}", "\u{200B}", "\u{0323}",
        ]

        mutating func space() -> String {
            pick([" ", " ", " ", "  ", "\t", " \t ", "", "\u{00A0}", "~"])
        }

        /// Balanced inline content; `lines` allows line ends (paragraph-like contexts), `depth`
        /// bounds nesting.
        mutating func inline(lines: Bool, footnote: Bool = true, open: Set<String> = [], depth: Int = 0) -> String {
            // Delimiters next to each other would merge ("_" "__" → "___"): keep them apart.
            func span(_ delimiter: String, _ content: String) -> String {
                let edge: Set<Character> = ["*", "_"]
                if content.isEmpty { return delimiter + "{}" + delimiter }
                let head = content.first.map(edge.contains) == true ? "{}" : ""
                let tail = content.last.map(edge.contains) == true ? "{}" : ""
                return delimiter + head + content + tail + delimiter
            }
            var out = ""
            for _ in 0..<Int.random(in: 0...6, using: &rng) {
                switch Int.random(in: 0..<14, using: &rng) {
                case 0 where depth < 3 && !open.contains("*"):
                    out += span("*", space() + inline(lines: lines, footnote: footnote, open: open.union(["*"]), depth: depth + 1) + space())
                case 1 where depth < 3 && !open.contains("_"):
                    out += span("_", inline(lines: lines, footnote: footnote, open: open.union(["_"]), depth: depth + 1))
                case 2 where depth < 3 && !open.contains("__"):
                    out += span("__", inline(lines: lines, footnote: footnote, open: open.union(["__"]), depth: depth + 1))
                case 3 where footnote && depth < 3:
                    out += "^[" + inline(lines: lines, footnote: false, open: open, depth: depth + 1) + "]"
                case 4:
                    out += pick(["<br>", "<BR/>", "<br />", "{}"])
                case 5 where lines:
                    // A line end inside the context; the next line must not start a block.
                    let next = ["y", "ệ", "{}"] + (open.contains("*") ? [] : ["*z*"]) + (open.contains("_") ? [] : ["_w_"])
                        + (footnote ? ["^[f]"] : [])
                    out += pick(["", " ", "\\", " \\ "]) + "\n" + pick(["", "  ", "\t"]) + pick(next)
                case 6:
                    out += space()
                default:
                    out += pick(Self.words)
                }
                out += chance(50) ? " " : "{}"
            }
            return out
        }

        mutating func cell() -> String {
            var prefix = ""
            switch Int.random(in: 0..<8, using: &rng) {
            case 0: prefix = "{giữa} "
            case 1: prefix = "{gộp=2} "
            case 2: prefix = "{căn=phải}"
            default: break
            }
            return space() + prefix + inline(lines: false) + " "
        }

        mutating func block(inDirective: Bool) -> [String] {
            switch Int.random(in: 0..<12, using: &rng) {
            case 0:
                return [pick(["", "{giữa}", "{không-thụt, phải}", "{căn=trái}"]), pick(Self.words) + " " + inline(lines: true)].filter { !$0.isEmpty }
            case 1:
                return [pick(["# ", "## ", "### ", "#điều ", "#khoản ", "#giữa ", "#phần ", "#chương "]) + pick(Self.words) + " " + inline(lines: false)]
            case 2:
                return [pick(["Điều #. ", "#. ", "#) ", "Điều 12. ", "3. ", "đ) "]) + inline(lines: true)]
            case 3:
                return (0..<Int.random(in: 1...4, using: &rng)).map { _ in pick(["- ", "+ "]) + pick(Self.words) + " " + inline(lines: true) }
            case 4, 5:
                let columns = Int.random(in: 1...4, using: &rng)
                var rows: [String] = []
                if chance(50) { rows.append("{cột=\"" + (0..<columns).map { _ in pick(["10mm", "2*", "auto"]) }.joined(separator: " ") + "\"}") }
                for r in 0..<Int.random(in: 1...6, using: &rng) {
                    if r == 1, chance(40) { rows.append("|" + String(repeating: "---|", count: columns)); continue }
                    var cells: [String] = []
                    var covered = 0
                    while covered < columns {
                        var c = cell()
                        if c.contains("{gộp=2}") {
                            if covered + 2 > columns { c = c.replacingOccurrences(of: "{gộp=2}", with: "") } else { covered += 1 }
                        }
                        covered += 1
                        cells.append(c)
                    }
                    rows.append((r < 2 ? "" : pick(["", "", "{tổng} ", "{nhóm}", "  "])) + "|" + cells.joined(separator: "|") + "|" + pick(["", " ", "\t"]))
                }
                return rows
            case 6 where !inDirective:
                var lines = [pick(["::: cùng-trang", "::: phụ-lục tiêu-đề=\"Danh sách {}\" số=I", "::: PHU-LUC tieu-de=\"X\" hướng=ngang"])]
                for _ in 0..<Int.random(in: 0...3, using: &rng) { lines += block(inDirective: true) + [""] }
                return lines + [pick([":::", "::::", " ::: "])]
            case 7 where !inDirective:
                var lines = [pick(["::: chữ-ký", "::: chữ-ký cột=2"])]
                for _ in 0..<Int.random(in: 0...3, using: &rng) {
                    lines.append("| " + inline(lines: false) + " | " + pick(Self.words) + "<br>x | " + inline(lines: false) + " |")
                    if chance(30) { lines.append("") }
                }
                return lines + [":::"]
            case 8:
                return ["#ngắt-trang"]
            default:
                return [inline(lines: true)]
            }
        }

        mutating func document() -> String {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 0...8, using: &rng) {
                lines += block(inDirective: false).map { pick(["", "", "  ", "\t"]) + $0 + pick(["", "", " ", "\t "]) }
                if chance(70) { lines.append(pick(["", " ", "\t"])) }
            }
            if chance(10), !lines.isEmpty {
                lines[Int.random(in: 0..<lines.count, using: &rng)] += ParserSnapshotTests.pieces.randomElement(using: &rng)!
            }
            let lineEnd = pick(["\n", "\n", "\r\n", "\r"])
            var source = (chance(5) ? "\u{FEFF}" : "") + lines.joined(separator: lineEnd) + (chance(50) ? lineEnd : "")
            if chance(10) { source = source.decomposedStringWithCanonicalMapping }
            return source
        }
    }

    // MARK: tests

    static func snapshot(_ name: String, _ what: String) -> Snapshot {
        Snapshot(name: "markup-\(name).txt", title: "MarkupParser.parse of \(what) (Tests/DocumentMarkupTests/ParserSnapshotTests.swift)")
    }

    @Test func documentationExamples() throws {
        let examples = try Self.documentationExamples()
        #expect(examples.count > 300)
        let differences = try Self.snapshot("docs", "the examples of docs/markup.md").differences(Self.entries(examples))
        #expect(differences == nil, "\(differences ?? "")")
    }

    /// Every string literal of this test target, alone and inside a paragraph, a table cell, a
    /// title and between CR LF line ends.
    @Test func testLiterals() throws {
        let literals = try Self.literalsOfTheTestSuite()
        #expect(literals.count > 300)
        let placed = literals + literals.map { "Mở đầu " + $0 } + literals.map { "| a | " + $0 + " |" }
            + literals.map { "# " + $0 } + literals.map { "x\r\n" + $0 + "\r\ny" }
        let differences = try Self.snapshot("literals", "the string literals of its tests, in five places").differences(Self.entries(placed))
        #expect(differences == nil, "\(differences ?? "")")
    }

    /// Generated inputs: whole documents (mostly valid, so trees are compared and not only first
    /// errors), runs of pieces, character soup, tables, numbering, source names and offsets.
    @Test func generatedInputs() throws {
        var generator = DocumentGenerator(rng: SeededGenerator(seed: 5000))
        let documents = (0..<300).map { _ in generator.document() }
        let parsed = documents.filter { (try? MarkupParser.parse($0, sourceName: testFile)) != nil }.count
        #expect(parsed * 2 > documents.count)
        var rng = SeededGenerator(seed: 1000)
        let pieces = (0..<300).map { _ in Self.piecesInput(&rng, maxPieces: 30) }
        let soup = (0..<300).map { _ in Self.soupInput(&rng, maxLength: 60) }
        let tables = (0..<200).map { _ in Self.tableInput(&rng) }
        var entries = Self.entries(documents + pieces + soup + tables + Self.numberingInputs(&rng) + [Self.awardDecision(recipients: 60)])
        for offset in [1, 41, 100_000] {
            entries += Self.entries((0..<30).map { _ in Self.piecesInput(&rng, maxPieces: 20) }, name: "Templates/x/than.mustache", lineOffset: offset)
        }
        let differences = try Self.snapshot("generated", "generated inputs").differences(entries)
        #expect(differences == nil, "\(differences ?? "")")
    }

    /// The same inputs give the same trees with CR LF line ends as with LF, but for positions.
    @Test func lineEndsDoNotChangeTheTree() throws {
        let source = Self.awardDecision(recipients: 200)
        let lf = try MarkupParser.parse(source, sourceName: testFile)
        let crlf = try MarkupParser.parse(source.replacingOccurrences(of: "\n", with: "\r\n"), sourceName: testFile)
        #expect(lf.outline() == crlf.outline())
    }

    /// Long runs of headings and numbered paragraphs: counters, resets, fixed numbers, annexes,
    /// more than 23 points.
    static func numberingInputs(_ rng: inout SeededGenerator) -> [String] {
        let lines = [
            "#phần P", "#chương C", "#mục M", "#điều Đ", "# I", "## K", "### Đ", "#khoản K", "#điểm Đ", "Điều #. x", "#. x",
            "#) x", "#) x", "#) x", "#) x", "{số=5}\n#. x", "{số=c}\n#) x", "{số=IV}\n# x", "{số=\"c1\"}\n## x", "{số=đ}\n### x",
            "a) x", "đ) x", "12. x", "Điều 7. x", "{số=7}\n#chương C", "{số=XL}\n#phần P", "{số=}\n# x", "{số=3}\n3. x",
            "::: phụ-lục tiêu-đề=\"P\"", ":::", "::: cùng-trang", "", "văn bản",
        ]
        return (0..<60).map { _ in (0..<Int.random(in: 0...70, using: &rng)).map { _ in lines.randomElement(using: &rng)! }.joined(separator: "\n") }
    }

    static func awardDecision(recipients: Int) -> String {
        var source = """
        _Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;_

        #giữa QUYẾT ĐỊNH:

        Điều #. Tặng Bằng khen cho \(recipients) cá nhân.

        ::: phụ-lục tiêu-đề="Danh sách cá nhân được tặng Bằng khen" hướng=ngang
        {cột="12mm 5* 5* 20mm" căn="giữa trái trái giữa"}
        | TT | Họ và tên | Chức vụ, đơn vị công tác | Ghi chú |
        |---|---|---|---|
        {nhóm} | {gộp=4 trái} *I. CÁ NHÂN* |

        """
        for i in 1...recipients {
            source += "| \(i) | \(MarkupEscaper.escape("Nguyễn Thị Hồng \(i)")) | \(MarkupEscaper.escape("Phó Trưởng phòng, Sở Tài chính - Kế hoạch (TP. HCM)")) | |\n"
        }
        return source + "{tổng} | {gộp=3} Tổng cộng: \(recipients) | |\n:::\n"
    }
}
