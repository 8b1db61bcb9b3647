import Foundation
import Testing
@testable import DocumentMarkup

/// One sample per error: the source, where the error must point and what the message must say.
struct ErrorSample: Sendable, CustomTestStringConvertible {
    let code: MarkupError.Code
    let source: String
    let line: Int
    let column: Int
    let says: [String]

    var testDescription: String { code.rawValue }
}

let errorSamples: [ErrorSample] = [
    ErrorSample(code: .unclosedBlock, source: "Mở đầu\n\n::: chu-ky\n| A | B | C |\n", line: 4, column: 14,
                says: ["thiếu «:::» đóng khối «chu-ky» mở ở dòng 3"]),
    ErrorSample(code: .unexpectedClosingFence, source: "Một\n:::", line: 2, column: 1,
                says: ["«:::» đóng khối nhưng không có khối nào đang mở"]),
    ErrorSample(code: .unknownDirective, source: "::: chuky\n:::", line: 1, column: 5,
                says: ["không có khối «chuky»", "cùng-trang, chữ-ký, phụ-lục"]),
    ErrorSample(code: .missingDirectiveName, source: "::: =x\n:::", line: 1, column: 5,
                says: ["sau «:::» cần tên khối", "gặp «=»"]),
    ErrorSample(code: .directiveNotAllowedHere, source: "::: cùng-trang\n::: phụ-lục tiêu-đề=\"A\"\n:::\n:::", line: 2, column: 1,
                says: ["phụ lục phải đứng ngoài cùng", "«cùng-trang» mở ở dòng 1"]),
    ErrorSample(code: .unexpectedLineInSignatureGrid, source: "::: chữ-ký\nNguyễn Văn A\n:::", line: 2, column: 1,
                says: ["trong khối «chữ-ký» (mở ở dòng 1) mỗi dòng là một ô", "| tên đơn vị | chức vụ | họ tên |"]),
    ErrorSample(code: .signatureCellFields, source: "::: chữ-ký\n| Sở Nội vụ | Nguyễn Văn A |\n:::", line: 2, column: 1,
                says: ["3 phần", "dòng này có 2"]),
    ErrorSample(code: .unknownMarker, source: "Đoạn\n\n#dieuu Phạm vi", line: 3, column: 1,
                says: ["không có thẻ «#dieuu»", "#điều", "\\#"]),
    ErrorSample(code: .missingTitle, source: "#điều", line: 1, column: 1,
                says: ["«#điều» cần tiêu đề", "Điều #. nội dung"]),
    ErrorSample(code: .unexpectedText, source: "#ngắt-trang rồi", line: 1, column: 13,
                says: ["«#ngắt-trang» đứng một mình trên dòng"]),
    ErrorSample(code: .headingTooDeep, source: "#### Cấp bốn", line: 1, column: 1,
                says: ["đề mục chỉ có ba cấp"]),
    ErrorSample(code: .invalidPointLetter, source: "#) a\n  f) sai", line: 2, column: 3,
                says: ["«f)» không dùng để đánh số điểm", "không có f, j, w, z"]),
    ErrorSample(code: .numberingOverflow, source: Array(repeating: "#) x", count: 24).joined(separator: "\n"), line: 24, column: 1,
                says: ["quá 23 điểm (a đến y)"]),
    ErrorSample(code: .conflictingNumber, source: "{số=3}\n5. Năm", line: 1, column: 2,
                says: ["«5.» đã ghi số ngay đầu dòng"]),
    ErrorSample(code: .badAttributeSyntax, source: "{cột=\"10mm 3*}\n| a |", line: 1, column: 15,
                says: ["thiếu dấu «\"» đóng giá trị của thuộc tính «cột»", "mở ở cột 6"]),
    ErrorSample(code: .unknownAttribute, source: "{giữaa}\nĐoạn", line: 1, column: 2,
                says: ["thuộc tính «giữaa» không dùng được cho đoạn văn", "dùng được: căn, giữa, không-thụt, phải, trái, đều"]),
    ErrorSample(code: .duplicateAttribute, source: "{giữa căn=giữa giữa}\nĐoạn", line: 1, column: 16,
                says: ["thuộc tính «giữa» được ghi hai lần"]),
    ErrorSample(code: .badAttributeValue, source: "{căn=xa}\nĐoạn", line: 1, column: 2,
                says: ["«xa» không phải cách căn lề", "trái, giữa, phải hoặc đều"]),
    ErrorSample(code: .missingAttribute, source: "Đoạn\n::: phụ-lục số=I\n:::", line: 2, column: 1,
                says: ["khối «phụ-lục» cần thuộc tính tiêu-đề"]),
    ErrorSample(code: .danglingAttributes, source: "{giữa}\n\nĐoạn", line: 1, column: 1,
                says: ["dòng thuộc tính phải đứng ngay trên khối", "không để dòng trống"]),
    ErrorSample(code: .attributesNotAllowed, source: "{giữa}\n- mục", line: 1, column: 1,
                says: ["mục liệt kê «- » không nhận thuộc tính"]),
    ErrorSample(code: .attributesOnSameLine, source: "{giữa} Nội dung", line: 1, column: 1,
                says: ["phải nằm riêng trên một dòng", "\\{"]),
    ErrorSample(code: .tableRowNotClosed, source: "| a | b |\n| c | d", line: 2, column: 8,
                says: ["hàng phải kết thúc bằng «|»", "\\|"]),
    ErrorSample(code: .tableColumnCount, source: "| a | b | c |\n| d | e |", line: 2, column: 9,
                says: ["hàng có 2 cột nhưng bảng có 3 cột", "thiếu 1 ô"]),
    ErrorSample(code: .tableSpanOverflow, source: "| a | b | c |\n| x | {gộp=3} y |", line: 2, column: 7,
                says: ["ô gộp 3 cột bắt đầu ở cột 2 vượt quá 3 cột của bảng"]),
    ErrorSample(code: .badColumnSpec, source: "{cột=\"10mm 3x\"}\n| a | b |", line: 1, column: 2,
                says: ["«3x» không phải độ rộng cột", "«15mm»", "«3*»", "«tự-động»"]),
    ErrorSample(code: .columnSpecMismatch, source: "{cột=\"1* 1*\" căn=\"trái phải giữa\"}\n| a | b |", line: 1, column: 14,
                says: ["«cột» ghi 2 cột nhưng «căn» ghi 3 cột"]),
    ErrorSample(code: .misplacedHeaderSeparator, source: "|---|\n| a |", line: 1, column: 1,
                says: ["hàng phân cách «|---|» phải nằm ngay dưới (các) hàng tiêu đề"]),
    ErrorSample(code: .unclosedInline, source: "Chữ *đậm chưa\nđóng", line: 2, column: 5,
                says: ["thiếu «*» đóng chữ đậm mở bằng «*» ở dòng 1, cột 5"]),
    ErrorSample(code: .misnestedInline, source: "*a _b* c_", line: 1, column: 6,
                says: ["«*» đóng chữ đậm (mở ở dòng 1, cột 1)", "chữ nghiêng mở ở dòng 1, cột 4 chưa đóng", "cần «_» trước «*»"]),
    ErrorSample(code: .nestedFootnote, source: "a^[b^[c]]", line: 1, column: 5,
                says: ["không đặt chú thích trong chú thích"]),
    ErrorSample(code: .tooManyDelimiters, source: "***a***", line: 1, column: 1,
                says: ["3 dấu «*» liền nhau", "*_…_*"]),
    ErrorSample(code: .blockTooDeep, source: String(repeating: "::: cùng-trang\n", count: 17) + "a\n" + String(repeating: ":::\n", count: 17),
                line: 17, column: 1, says: ["lồng nhau quá 16 tầng"]),
    ErrorSample(code: .tableTooWide, source: "|" + String(repeating: " x |", count: 65), line: 1, column: 1,
                says: ["hàng có 65 cột, quá 64 cột"]),
]

@Suite("Errors")
struct ErrorTests {
    @Test(arguments: errorSamples)
    func errorNamesFileLineColumnAndExpectation(sample: ErrorSample) throws {
        let error = try #require(parseError(sample.source, file: "Templates/quyet-dinh.mustache"))
        #expect(error.code == sample.code, "\(error)")
        #expect(error.position == SourceLocation(file: "Templates/quyet-dinh.mustache", line: sample.line, column: sample.column),
                "\(error)")
        for phrase in sample.says {
            #expect(error.message.contains(phrase), "«\(phrase)» not in: \(error.message)")
        }
        #expect(error.description.hasPrefix("Templates/quyet-dinh.mustache, dòng \(sample.line), cột \(sample.column): "))
        #expect(error.localizedDescription == error.description)
    }

    @Test func everyErrorCodeHasASample() {
        let covered = Set(errorSamples.map(\.code))
        for code in MarkupError.Code.allCases {
            #expect(covered.contains(code), "no sample for \(code)")
        }
    }

    @Test func exampleFromTheBrief() throws {
        let source = """
        #giữa QUYẾT ĐỊNH:

        Điều #. Tặng Bằng khen.

        Điều #. Hiệu lực.


        ::: chu-ky cột=3
        | Sở Nội vụ | Giám đốc | Nguyễn Văn A |
        | Sở Tài chính | Giám đốc | Trần Thị B |
        | Sở Y tế | Giám đốc | Lê Văn C |
            | Sở Xây dựng | Giám đốc | Phạm Thị D |

        """
        let error = try #require(parseError(source, file: "Templates/quyet-dinh.mustache"))
        #expect(error.description ==
            "Templates/quyet-dinh.mustache, dòng 12, cột 44: thiếu «:::» đóng khối «chu-ky» mở ở dòng 8")
    }

    @Test func moreErrorVariants() throws {
        let cases: [(String, MarkupError.Code, String)] = [
            ("#1 trong khu vực", .unknownMarker, "không có thẻ «#1»"),
            ("#! trong khu vực", .unknownMarker, "không hiểu «#!»: sau «#» cần dấu cách"),
            ("#điều: Phạm vi", .unknownMarker, "sau «#điều» cần dấu cách"),
            ("##điều Phạm vi", .unknownMarker, "không hiểu «##đ"),
            ("# {}", .missingTitle, "«#» cần tiêu đề"),
            ("#giữa", .missingTitle, "#giữa QUYẾT ĐỊNH:"),
            ("{a=}\nĐoạn", .badAttributeSyntax, "thiếu giá trị sau «a=»"),
            ("{giữa phải}\nĐoạn", .badAttributeValue, "chỉ chọn một cách căn lề"),
            ("{giữa=1}\nĐoạn", .badAttributeValue, "«giữa» không nhận giá trị"),
            ("{số}\n# A", .badAttributeValue, "«số» cần giá trị"),
            ("{số=\"\"}\n# A", .badAttributeValue, "{số=…} không được để trống"),
            ("{giữa}", .danglingAttributes, "hết văn bản"),
            ("::: cùng-trang\n{giữa}\n:::", .danglingAttributes, "sau nó là dòng «:::» đóng khối"),
            ("{giữa}\n::: cùng-trang\n:::", .attributesNotAllowed, "ngay trên dòng «::: tên …»"),
            ("{giữa}\n#ngắt-trang", .attributesNotAllowed, "«#ngắt-trang» không nhận thuộc tính"),
            ("{cột=\"1*\"}\n# A", .unknownAttribute, "không dùng được cho đề mục «#»"),
            ("{tổng}\n| a |", .unknownAttribute, "không dùng được cho bảng"),
            ("{x} | a |", .unknownAttribute, "không dùng được cho hàng bảng"),
            ("{tổng nhóm} | a |", .badAttributeValue, "{tổng} hoặc {nhóm}"),
            ("| {gộp=0} a |", .badAttributeValue, "gộp=0 không hợp lệ"),
            ("| {gộp=x} a |", .badAttributeValue, "gộp=x không hợp lệ"),
            ("| {gộp=2 a |", .badAttributeSyntax, "thiếu «}»"),
            ("| {màu=đỏ} a |", .unknownAttribute, "không dùng được cho ô bảng"),
            ("{viền=mỏng}\n| a |", .badAttributeValue, "viền=có hoặc viền=không"),
            ("{cột=\"0mm\"}\n| a |", .badColumnSpec, "«0mm» không phải độ rộng cột"),
            ("{cột=\"10mm,3*\"}\n| a |", .badColumnSpec, "cách nhau bằng dấu cách"),
            ("{cột=\" \"}\n| a |", .badColumnSpec, "cần ít nhất một cột"),
            ("| a | b |\n| c | d | e |", .tableColumnCount, "hàng có 3 cột nhưng bảng có 2 cột"),
            ("{cột=\"1* 1*\"}\n| a | b | c |", .tableColumnCount, "thừa ô"),
            ("| a |\n|:---|", .badColumnSpec, "{căn=\"…\"}"),
            ("| a |\n|---|\n|---|", .misplacedHeaderSeparator, "chỉ có một hàng phân cách"),
            ("{tổng} | a |\n|---|", .attributesNotAllowed, "hàng tiêu đề"),
            ("| a |\n{tổng} |---|", .attributesNotAllowed, "hàng phân cách"),
            ("|", .tableRowNotClosed, "kết thúc bằng «|»"),
            ("::: chữ-ký cột=4\n:::", .badAttributeValue, "2 hoặc 3"),
            ("::: chữ-ký\n::: cùng-trang\n:::", .directiveNotAllowedHere, "không mở khối khác"),
            ("::: cùng-trang x=1\n:::", .unknownAttribute, "không có thuộc tính nào"),
            ("::: phụ-lục tiêu-đề=\"{}\"\n:::", .badAttributeValue, "không được để trống"),
            ("::: phụ-lục tiêu-đề=A hướng=xiên\n:::", .badAttributeValue, "«ngang» hoặc «dọc»"),
            ("::: phụ-lục tiêu-đề=A\n::: phụ-lục tiêu-đề=B\n:::\n:::", .directiveNotAllowedHere, "phụ lục phải đứng ngoài cùng"),
            (":::cùng-trang!\n:::", .badAttributeSyntax, "sau tên khối «cùng-trang» cần dấu cách"),
            ("::: cùng-trang\n::: cùng-trang\n:::", .unclosedBlock, "mở ở dòng 1"),
            ("_a *b_ c*", .misnestedInline, "cần «*» trước «_»"),
            ("*a ^[b* c]", .misnestedInline, "cần «]» trước «*»"),
            ("^[a *b] c*", .misnestedInline, "cần «*» trước «]»"),
            ("_a ___", .misnestedInline, "_{}__"),
            ("a ^[chú thích", .unclosedInline, "thiếu «]» đóng chú thích mở bằng «^[»"),
            ("a __gạch", .unclosedInline, "thiếu «__» đóng chữ gạch chân"),
            ("a ____ b", .tooManyDelimiters, "4 dấu «_» liền nhau"),
            ("z) sai", .invalidPointLetter, "«z)»"),
            ("{số=2}\nĐiều 5. a", .conflictingNumber, "«Điều 5.»"),
        ]
        for (source, code, phrase) in cases {
            guard let error = parseError(source) else {
                Issue.record("no error for \(source.debugDescription)")
                continue
            }
            #expect(error.code == code, "\(source.debugDescription): \(error)")
            #expect(error.message.contains(phrase), "\(source.debugDescription): «\(phrase)» not in: \(error.message)")
        }
    }

    @Test func errorsInsideInlinesPointAtTheDelimiter() throws {
        let error = try #require(parseError("Đoạn một.\n\n| a | b *c |"))
        #expect(error.code == .unclosedInline)
        #expect(error.position.line == 3)
        #expect(error.position.column == 11)
        #expect(error.message.contains("mở bằng «*» ở dòng 3, cột 9"))
    }

    @Test func lineOffsetAppliesToErrors() throws {
        do {
            _ = try MarkupParser.parse("A\n\n*b", sourceName: "Templates/ke-hoach.mustache", lineOffset: 10)
            Issue.record("no error")
        } catch {
            #expect(error.position == SourceLocation(file: "Templates/ke-hoach.mustache", line: 13, column: 3))
            #expect(error.description.hasPrefix("Templates/ke-hoach.mustache, dòng 13, cột 3: thiếu «*»"))
        }
    }
}
