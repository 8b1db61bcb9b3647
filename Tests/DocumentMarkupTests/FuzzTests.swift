import Foundation
import Testing
@testable import DocumentMarkup

@Suite("Robustness")
struct FuzzTests {
    static let pieces: [String] = EscapingPropertyTests.pieces + [
        "\n", "\n", "\n\n", "::: cùng-trang\n", "::: chữ-ký cột=2\n", "::: phụ-lục tiêu-đề=\"A\"\n", ":::\n",
        "{giữa}\n", "{cột=\"10mm 2*\"}\n", "| a | b |\n", "|---|\n", "{tổng} | {gộp=2} x |\n", "#điều ", "Điều #. ",
        "#. ", "#) ", "- ", "+ ", "# ", "## ", "### ", "#giữa ", "#ngắt-trang\n", "^[", "]", "{số=5}\n",
    ]

    /// Random unescaped markup never crashes the parser: it parses, or it throws an error whose
    /// position lies inside the source.
    @Test(arguments: [11, 12, 13])
    func randomMarkupParsesOrFailsCleanly(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        var failures = 0
        for _ in 0..<600 {
            var source = ""
            for _ in 0..<Int.random(in: 0...40, using: &rng) { source += Self.pieces.randomElement(using: &rng)! }
            let lineCount = source.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).count
            do {
                let document = try MarkupParser.parse(source, sourceName: "fuzz", lineOffset: 100)
                _ = document.outline()
            } catch {
                failures += 1
                #expect(error.position.file == "fuzz")
                #expect(error.position.line >= 101 && error.position.line <= 100 + max(lineCount, 1), "\(error) in \(source.debugDescription)")
                #expect(error.position.column >= 1)
                #expect(!error.message.isEmpty)
            }
        }
        #expect(failures > 0)  // the generator does reach the error paths
    }

    @Test func largeDocumentParses() throws {
        var source = "{cột=\"10mm 4* 4* 25mm\" căn=\"giữa trái trái phải\"}\n| TT | Họ và tên | Đơn vị | Số tiền |\n|---|\n"
        for i in 1...2000 {
            source += "| \(i) | \(MarkupEscaper.escape("Nguyễn Văn \(i)")) | Sở *\(i)* | 702.000 |\n"
        }
        source += "\n" + String(repeating: "Một dòng dài của đoạn văn có *đậm* và _nghiêng_.\n", count: 3000)
        let document = try parse(source)
        guard case .table(let t) = document.blocks[0].kind else { Issue.record("not a table"); return }
        #expect(t.body.count == 2000)
        guard case .paragraph(let p) = document.blocks[1].kind else { Issue.record("not a paragraph"); return }
        #expect(p.content.count == 3000 * 4 + 1)
    }
}
