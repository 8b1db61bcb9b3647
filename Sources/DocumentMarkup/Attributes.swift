import Foundation
import UnicodeNormalization

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
        SourceLocation(file: file, line: line.number, column: line.column(min(i, line.count)))
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
                    let where_ = openBrace.map { " mở ở cột \(line.column($0))" } ?? ""
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
                          "thiếu dấu \(q("\"")) đóng giá trị của thuộc tính \(q(name)) (mở ở cột \(line.column(open)))")
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

extension Array where Element == Attribute {
    func named(_ key: String) -> Attribute? { first { $0.key == key } }
}
