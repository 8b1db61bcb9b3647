import Foundation
import Testing
@testable import DocumentMarkup

@Suite("Source positions")
struct PositionTests {
    @Test func blocksCarryFileLineColumn() throws {
        let source = """
        Đoạn một
        tiếp.

          #điều Phạm vi
        - mục
        | a | b |
        ::: cùng-trang
        Trong khối
        :::
        """
        let document = try parse(source)
        let positions = document.blocks.map { ($0.position.line, $0.position.column) }
        #expect(positions.map(\.0) == [1, 4, 5, 6, 7])
        #expect(positions.map(\.1) == [1, 3, 1, 1, 1])
        #expect(document.blocks.allSatisfy { $0.position.file == testFile })
        guard case .keepTogether(let inner) = document.blocks[4].kind else { Issue.record("not keep-together"); return }
        #expect(inner[0].position == SourceLocation(file: testFile, line: 8, column: 1))
    }

    @Test func inlinesCarryPositions() throws {
        let content = try paragraphContent("Ông *Nguyễn Văn An*\nký _ngày_ 05^[x]<br>y")
        let positions = content.map { ($0.position.line, $0.position.column) }
        // A text starts at its first non-space character: " ký " at (2,1), " 05" at (2,11).
        #expect(content.outline == #""Ông " b["Nguyễn Văn An"] " ký " i["ngày"] " 05" fn["x"] br "y""#)
        #expect(positions.map(\.0) == [1, 1, 2, 2, 2, 2, 2, 2])
        #expect(positions.map(\.1) == [1, 5, 1, 4, 11, 13, 17, 21])
        guard case .bold(let inner) = content[1].kind else { Issue.record("not bold"); return }
        #expect(inner[0].position == SourceLocation(file: testFile, line: 1, column: 6))
    }

    @Test func columnsCountCharactersNotBytesOrScalars() throws {
        // "Quyết định" in NFD has more scalars than characters; columns follow characters.
        let nfd = "Quyết định *x".decomposedStringWithCanonicalMapping
        let error = try #require(parseError(nfd))
        #expect(error.position.column == 14)
        #expect(error.message.contains("ở dòng 1, cột 12"))
    }

    @Test func combiningMarkThatDoesNotComposeStaysInOneColumn() throws {
        // x + U+0301 has no precomposed form: one character, two scalars.
        let error = try #require(parseError("x\u{0301}x\u{0301} *a"))
        #expect(error.position.column == 6)
        #expect(error.message.contains("cột 4"))
    }

    @Test func lineOffsetShiftsAllLines() throws {
        let document = try parse("A\n\nB *c*", lineOffset: 41)
        #expect(document.blocks.map(\.position.line) == [42, 44])
        guard case .paragraph(let p) = document.blocks[1].kind else { Issue.record("not a paragraph"); return }
        #expect(p.content[1].position == SourceLocation(file: testFile, line: 44, column: 3))
    }

    @Test func tableRowsAndCellsCarryPositions() throws {
        let document = try parse("Mở đầu\n\n{cột=\"1* 2*\"}\n| TT | {giữa} Tên |\n|---|---|\n{tổng} | 1 | 2 |")
        guard case .table(let t) = document.blocks[1].kind else { Issue.record("not a table"); return }
        #expect(document.blocks[1].position == SourceLocation(file: testFile, line: 4, column: 1))
        #expect(t.header[0].position.line == 4)
        #expect(t.header[0].cells.map(\.position.column) == [3, 8])
        #expect(t.body[0].position == SourceLocation(file: testFile, line: 6, column: 1))
        #expect(t.body[0].cells.map(\.position.column) == [10, 14])
        #expect(t.header[0].cells[1].content[0].position.column == 15)
    }

    @Test func listItemsAndSignatureCellsCarryPositions() throws {
        let document = try parse("- a\n  + b\n::: chữ-ký\n  | x | y | z |\n:::")
        guard case .list(let list) = document.blocks[0].kind else { Issue.record("not a list"); return }
        #expect(list.items.map { [$0.position.line, $0.position.column] } == [[1, 1], [2, 3]])
        guard case .signatureGrid(let grid) = document.blocks[1].kind else { Issue.record("not a grid"); return }
        #expect(document.blocks[1].position.line == 3)
        #expect(grid.cells[0].position == SourceLocation(file: testFile, line: 4, column: 3))
        #expect(grid.cells[0].name[0].position.column == 13)
    }

    @Test func equalityIncludesPositions() throws {
        let a = try parse("A")
        let b = try parse("\nA")
        #expect(a.outline() == b.outline())
        #expect(a != b)
        let expected = MarkupDocument(sourceName: testFile, blocks: [
            Block(.paragraph(Paragraph(content: [Inline(.text("A"), at: SourceLocation(file: testFile, line: 1, column: 1))])),
                  at: SourceLocation(file: testFile, line: 1, column: 1)),
        ])
        #expect(a == expected)
    }
}
