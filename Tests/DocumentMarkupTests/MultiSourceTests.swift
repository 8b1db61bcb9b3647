import Testing
@testable import DocumentMarkup

/// A body read from the template's sections and from markup a data file wrote: the articles
/// are numbered through, and each block's position names the source it came from.
@Suite struct MultiSourceTests {
    @Test func numberingRunsOnAndPositionsNameTheirSource() throws {
        let document = try MarkupParser.parse([
            MarkupSource("Điều #. Tặng Bằng khen.\n\nĐiều #. Tiền thưởng.", name: "Templates/qd/phan/dieu.mustache"),
            MarkupSource("Điều #. Quyết định này có hiệu lực từ ngày ký.", name: "qd.yaml", lineOffset: 40),
        ])
        #expect(document.outline().contains("numbered article 3: \"Quyết định này có hiệu lực từ ngày ký.\""))
        #expect(document.blocks.map(\.position.file) == ["Templates/qd/phan/dieu.mustache", "Templates/qd/phan/dieu.mustache", "qd.yaml"])
        #expect(document.blocks[2].position.line == 41)
    }

    /// A paragraph never runs on from one source into the next, nor does an error's place.
    @Test func sourcesAreSeparate() throws {
        let document = try MarkupParser.parse([MarkupSource("Đoạn một", name: "a"), MarkupSource("đoạn hai", name: "b")])
        #expect(document.blocks.count == 2)
        do {
            _ = try MarkupParser.parse([MarkupSource("Đoạn", name: "a"), MarkupSource("| ô |\n|--|\n**mở", name: "b", lineOffset: 9)])
            Issue.record("expected an error")
        } catch {
            #expect(error.position.file == "b")
            #expect(error.position.line >= 10)
        }
    }
}
