import Foundation
import InputGuards

/// libyaml's problems (scanner.c, parser.c, reader.c of the copy Yams vendors) in Vietnamese:
/// what a clerk should do about each. The English original is added to the message only when
/// VANBAN_DEBUG=1 is set.
enum YAMLProblems {
    /// Which of libyaml's two marks a message points at: where the problem was noticed, or
    /// where the construct it belongs to began (an unclosed quote is reported at its end).
    enum Place { case problem, context }

    struct Explanation {
        var text: String
        var place: Place = .problem
    }

    /// The explanation of `problem` (libyaml's text), for a file of `format`; `offending` is the
    /// character at the problem's mark, when there is one.
    static func explain(_ problem: String, context: String?, format: YAMLReader.Format,
                        offending: Unicode.Scalar?) -> Explanation {
        let name = format.name
        if let special = special(problem, context: context, format: format, offending: offending) { return special }
        if let text = table[problem] { return Explanation(text: text.replacingOccurrences(of: "{định dạng}", with: name)) }
        if let text = contextTable[context ?? ""] { return Explanation(text: text, place: .context) }
        return Explanation(text: unknown(format))
    }

    /// Problems whose explanation depends on the character, the context or the format.
    private static func special(_ problem: String, context: String?, format: YAMLReader.Format,
                                offending: Unicode.Scalar?) -> Explanation? {
        let tab = "có ký tự Tab; \(format.name) chỉ dùng dấu cách để thụt lề"
        switch problem {
        case "found character that cannot start any token":
            if offending == "\t" { return Explanation(text: tab) }
            let shown = offending.map { Excerpt.quoted(String(Character($0))) + " " } ?? ""
            return Explanation(text: "ký tự \(shown)không được đứng đầu một giá trị; hãy đặt cả giá trị trong ngoặc kép")
        case "found unexpected end of stream" where context == "while scanning a quoted scalar":
            return Explanation(text: "dấu ngoặc mở ở đây không được đóng; hãy thêm dấu ngoặc đóng cuối giá trị", place: .context)
        case "could not find expected ':'":
            return Explanation(text: "thiếu dấu hai chấm «:» sau tên trường", place: format == .yaml ? .context : .problem)
        case "did not find expected comment or line break" where context == "while scanning a block scalar":
            return Explanation(text: "sau dấu «|» hoặc «>» (khối chữ nhiều dòng) chỉ được ghi số thụt lề, «+» hoặc «-», rồi xuống dòng; nếu giá trị bắt đầu bằng «|» hay «>», hãy đặt cả giá trị trong ngoặc kép", place: .context)
        case "found a tab character where an indentation space is expected", "found a tab character that violates indentation":
            return Explanation(text: tab)
        default:
            return nil
        }
    }

    /// For a problem the table does not know (a later libyaml).
    static func unknown(_ format: YAMLReader.Format) -> String { "cú pháp \(format.name) không đúng ở đây" }

    static let directive = "dòng bắt đầu bằng «%» là chỉ thị YAML viết sai; tệp dữ liệu không cần chỉ thị: hãy xoá dòng này (nếu đó là một giá trị, hãy đặt nó trong ngoặc kép)"
    static let tag = "thẻ kiểu «!…» viết sai; dữ liệu VanBan không dùng thẻ kiểu: hãy bỏ nó (nếu giá trị bắt đầu bằng «!», hãy đặt cả giá trị trong ngoặc kép)"
    static let nesting = "dữ liệu lồng nhau quá \(InputLimits.nestingDepth) tầng (danh sách trong nhóm trường trong danh sách…)"
    static let notUTF8 = "tệp không phải văn bản UTF-8; hãy mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8"

    /// By problem text. `{định dạng}` is replaced by YAML or JSON.
    static let table: [String: String] = [
        // scanner.c
        "block sequence entries are not allowed in this context": "dấu gạch đầu dòng «-» đặt sai chỗ; mục danh sách phải xuống dòng riêng (nếu giá trị bắt đầu bằng «-», hãy đặt cả giá trị trong ngoặc kép)",
        "mapping keys are not allowed in this context": "dấu «?» đặt sai chỗ; nếu giá trị bắt đầu bằng «?», hãy đặt cả giá trị trong ngoặc kép",
        "mapping values are not allowed in this context": "dấu hai chấm «:» ở chỗ không được phép; nếu giá trị có dấu hai chấm, hãy đặt cả giá trị trong ngoặc kép; nếu không, hãy xem thụt lề của dòng này và dòng phía trên có thiếu «:» sau tên trường không",
        "found unexpected ':'": "dấu hai chấm «:» ở chỗ không được phép; nếu giá trị có dấu hai chấm, hãy đặt cả giá trị trong ngoặc kép",
        "did not find expected alphabetic or numeric character": "sau «&» hoặc «*» cần tên của neo (chữ, số, «-», «_»); nếu giá trị bắt đầu bằng «&» hay «*», hãy đặt cả giá trị trong ngoặc kép",
        "did not find expected '!'": tag,
        "did not find the expected '>'": tag,
        "did not find expected tag URI": tag,
        "did not find URI escaped octet": tag,
        "found an incorrect leading UTF-8 octet": tag,
        "found an incorrect trailing UTF-8 octet": tag,
        "did not find expected whitespace or line break": "sau thẻ kiểu «!…» hoặc chỉ thị «%…» cần một dấu cách; dữ liệu VanBan không dùng chúng: hãy bỏ đi, hoặc đặt cả giá trị trong ngoặc kép",
        "could not find expected directive name": directive,
        "found unexpected non-alphabetical character": directive,
        "found unknown directive name": directive,
        "did not find expected comment or line break": directive,
        "did not find expected digit or '.' character": directive,
        "did not find expected version number": directive,
        "found extremely long version number": directive,
        "did not find expected whitespace": directive,
        "found an indentation indicator equal to 0": "số thụt lề sau «|» hoặc «>» phải từ 1 đến 9",
        "found unexpected document indicator": "trong ngoặc có dòng bắt đầu bằng «---» hoặc «...»; hãy thụt lề dòng đó hoặc đóng ngoặc trước nó",
        "found unexpected end of stream": "tệp kết thúc giữa chừng (thiếu dấu ngoặc đóng «]» hoặc «}»?)",
        "found unknown escape character": "trong ngoặc kép, dấu «\\» phải đi với một ký tự thoát hợp lệ; hãy dùng ngoặc đơn ' ' hoặc viết «\\\\»",
        "did not find expected hexdecimal number": "sau «\\x», «\\u» hoặc «\\U» trong ngoặc kép cần chữ số hệ 16 (ví dụ «\\u00E9»)",
        "found invalid Unicode character escape code": "mã «\\u…» trong ngoặc kép không phải một ký tự Unicode",
        // parser.c
        "did not find expected <stream-start>": "không đọc được phần đầu tệp",
        "did not find expected <document start>": "sau chỉ thị «%…» hoặc dòng kết thúc «...» cần dòng «---»; tệp dữ liệu không cần những dòng đó: hãy xoá chúng",
        "found duplicate %YAML directive": directive,
        "found duplicate %TAG directive": directive,
        "found incompatible YAML document": "tệp ghi «%YAML» với phiên bản không đọc được; hãy xoá dòng «%YAML»",
        "Maximum nesting level reached, set with yaml_set_max_nest_level())": nesting,
        "did not find expected '-' indicator": "các mục của danh sách phải bắt đầu bằng «- » và thụt lề bằng nhau",
        "did not find expected key": "dòng này thụt lề không khớp với các trường phía trên, hoặc thiếu dấu hai chấm «:» sau tên trường",
        "did not find expected node content": "thiếu giá trị ở đây",
        "did not find expected ',' or '}'": "thiếu dấu phẩy «,» hoặc dấu đóng «}» trong nhóm trường",
        "did not find expected ',' or ']'": "thiếu dấu phẩy «,» hoặc dấu đóng «]» trong danh sách",
        "found undefined tag handle": tag,
        // reader.c (the text reaching libyaml is valid UTF-8 already: the first ones cannot occur)
        "invalid leading UTF-8 octet": notUTF8,
        "incomplete UTF-8 octet sequence": notUTF8,
        "invalid trailing UTF-8 octet": notUTF8,
        "invalid length of a UTF-8 sequence": notUTF8,
        "invalid Unicode character": notUTF8,
        "incomplete UTF-16 character": notUTF8,
        "incomplete UTF-16 surrogate pair": notUTF8,
        "expected low surrogate area": notUTF8,
        "unexpected low surrogate area": notUTF8,
        "input error": "không đọc được nội dung tệp",
        "input is too long": "tệp quá dài",
    ]

    /// When the problem text is unknown (a later libyaml), the construct it happened in.
    static let contextTable: [String: String] = [
        "while scanning a quoted scalar": "giá trị trong ngoặc bắt đầu ở đây viết sai",
        "while parsing a quoted scalar": "giá trị trong ngoặc bắt đầu ở đây viết sai",
        "while scanning a plain scalar": "giá trị bắt đầu ở đây viết sai; hãy đặt cả giá trị trong ngoặc kép",
        "while scanning a block scalar": "khối chữ nhiều dòng «|» hoặc «>» bắt đầu ở đây viết sai",
        "while scanning a simple key": "tên trường bắt đầu ở đây viết sai",
        "while scanning an anchor": "neo «&…» viết sai",
        "while scanning an alias": "bí danh «*…» viết sai",
        "while scanning a tag": tag, "while parsing a tag": tag,
        "while scanning a directive": directive, "while scanning a %YAML directive": directive,
        "while scanning a %TAG directive": directive, "while parsing a %TAG directive": directive,
        "while scanning a tag directive": directive, "while parsing a tag directive": directive,
        "while parsing a block mapping": "nhóm trường bắt đầu ở đây viết sai",
        "while parsing a flow mapping": "nhóm trường «{…}» bắt đầu ở đây viết sai",
        "while parsing a block collection": "danh sách bắt đầu ở đây viết sai",
        "while parsing a flow sequence": "danh sách «[…]» bắt đầu ở đây viết sai",
    ]

    /// The reader's problem with the offending character, if it gave one.
    static func readerExplanation(_ problem: String, value: Int32) -> String {
        if problem == "control characters are not allowed" {
            let code = value >= 0 ? " (mã U+\(String(value, radix: 16, uppercase: true).leftPadded(to: 4)))" : ""
            return "tệp có ký tự điều khiển không được phép\(code), thường do dán từ phần mềm khác; hãy xoá ký tự đó"
        }
        return table[problem] ?? "tệp có ký tự không đọc được"
    }

    /// " [libyaml: while scanning …: found …]" when VANBAN_DEBUG=1, else "".
    static func debugSuffix(problem: String, context: String?, enabled: Bool = debugging) -> String {
        guard enabled else { return "" }
        return " [libyaml: " + (context.map { $0 + ": " } ?? "") + problem + "]"
    }

    /// VANBAN_DEBUG=1: messages add what the library said, for whoever maintains VanBan.
    static var debugging: Bool {
        getenv("VANBAN_DEBUG").map { String(cString: $0) == "1" } ?? false
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
