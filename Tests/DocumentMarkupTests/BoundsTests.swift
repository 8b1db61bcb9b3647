import Foundation
import Testing
@testable import DocumentMarkup

/// Markup that would make the tree too deep, a table too wide, or a counter overflow is an
/// error with its place (`{số=9223372036854775807}` then two articles crashed the parser).
@Suite struct BoundsTests {
    @Test func aHugeFixedNumberIsPrintedAsWrittenAndCountingGoesOn() throws {
        let document = try parse("{số=9223372036854775807}\n#điều Một\n#điều Hai\n")
        #expect(document.outline() == "heading article \"9223372036854775807\": \"Một\"\nheading article 1: \"Hai\"")
        #expect(try parse("{số=9999}\n#điều Một\n#điều Hai\n").outline().contains("heading article 10000: \"Hai\""))
    }

    @Test func blocksNestSixteenDeepAtMost() throws {
        let sixteen = String(repeating: "::: cùng-trang\n", count: 16) + "Đoạn.\n" + String(repeating: ":::\n", count: 16)
        #expect(throws: Never.self) { try parse(sixteen) }
        let deep = String(repeating: "::: cùng-trang\n", count: 100_000) + "Đoạn.\n" + String(repeating: ":::\n", count: 100_000)
        let error = try #require(parseError(deep))
        #expect(error.code == .blockTooDeep)
        #expect(error.description == "Templates/thu.mustache, dòng 17, cột 1: các khối «:::» lồng nhau quá 16 tầng; hãy đóng bớt khối trước khi mở khối mới")
    }

    @Test func spansAndColumnsAreBounded() throws {
        let huge = "| {gộp=9223372036854775807} a | {gộp=9223372036854775807} b |\n"
        #expect(parseError(huge)?.description == "Templates/thu.mustache, dòng 1, cột 4: gộp=9223372036854775807 không hợp lệ: cần số cột là số nguyên từ 1 đến 64, ví dụ {gộp=3}")
        let wide = "|" + String(repeating: " x |", count: 65) + "\n"
        #expect(parseError(wide)?.code == .tableTooWide)
        let spec = "{cột=\"" + Array(repeating: "1*", count: 65).joined(separator: " ") + "\"}\n| a |\n"
        #expect(parseError(spec)?.code == .tableTooWide)
        #expect(throws: Never.self) { try parse("|" + String(repeating: " x |", count: 64) + "\n") }
    }

    /// Found by FuzzMarkup: a share of 2,2 × 10¹²⁹ parsed, and the outline (and anything
    /// converting it to a whole number) overflowed. Widths are bounded at 1000mm or 1000*.
    @Test func hugeColumnWidthsAreRefused() throws {
        let share = "{cột=\"12mm " + String(repeating: "2", count: 130) + "*\"}\n| a | b |\n"
        #expect(parseError(share)?.description == "Templates/thu.mustache, dòng 1, cột 2: «" + String(repeating: "2", count: 60) + "…» quá rộng cho một cột; độ rộng cột tối đa là 1000mm, hoặc 1000* khi chia theo tỉ lệ")
        #expect(parseError("{cột=\"1001mm\"}\n| a |\n")?.code == .badColumnSpec)
        #expect(parseError("{cột=\"100,1cm 1*\"}\n| a | b |\n")?.code == .badColumnSpec)
        #expect(throws: Never.self) { try parse("{cột=\"1000mm 1000*\"}\n| a | b |\n").outline() }
    }

    /// The fuzzer's input itself (fuzz-out/crashes/FuzzMarkup/crash-5942…), as bytes.
    @Test func theFuzzerInputParsesOrFailsCleanly() throws {
        let base64 = "e2Phu5l0PSIxMm1tIDQqIDUqIDMwbW0gMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIqIiBjxINuPSJnaeG7r2EgdHLDoWkgdHLDoWkgcGjhuqNpIGdp4buvYSJ9CnxeVFQgfCBI4buNjHbDoCB0w6puIHwgQ2jhu6ljIHbhu6UsIMSRxqFuIHbhu4sgY8O0bmcgdMOhYyB8IFPhu5EgdGnhu4FuICjEkeG7k25nKSB8IEdoaSBjaMO6IHwKfC0tLXwtLS18LS0tfC0tLXwtLS18CntuaMOzbX0gfCB7Z+G7mXA9NSB0csOhaX0kKkkuIFThhqxQIFRI4buCKiB8CnwgMSB8IFBow7JuZyBU4buVIGMBAAAAAAABAAAAAAAFnZkgfCBT4bufIE7hu5lpIHbhu6UgfCAyLjgxMC4wMDAgfCB8Cnt04buVbmd9IHwge2fhu5lwPTN9ICpU4buVbmcgY+G7mW5nKiB8ICoyLjgxMC4wMDAqIHwgfAo="
        let bytes = try #require(Data(base64Encoded: base64))
        let source = String(decoding: bytes, as: UTF8.self)
        do {
            _ = try MarkupParser.parse(source, sourceName: testFile).outline()
        } catch {
            #expect(error.code == .badColumnSpec)
        }
    }
}
