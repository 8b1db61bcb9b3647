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
}
