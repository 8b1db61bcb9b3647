import InputGuards
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a part reader does with the XML of one part as Foundation's XMLParser reads it. Names
/// are local names (`<x:c>` is "c"); text is decoded (references, CDATA, line ends) and may
/// come in several calls for one element.
protocol XMLHandler {
    mutating func startElement(_ tag: XMLTag) throws(WorkbookProblem)
    mutating func endElement(_ name: String) throws(WorkbookProblem)
    mutating func text(_ text: String) throws(WorkbookProblem)
}

/// A start tag: its local name and its attributes, keyed as written (`r:id`).
struct XMLTag {
    let name: String
    let attributes: [String: String]

    func `is`(_ name: String) -> Bool {
        self.name == name
    }

    /// The attribute with this local name ("id" finds `r:id`), or nil.
    func attribute(_ local: String) -> XMLValue? {
        if let value = attributes[local] { return XMLValue(string: value) }
        for (name, value) in attributes where XMLPart.localName(name) == local {
            return XMLValue(string: value)
        }
        return nil
    }
}

/// An attribute value, with the readings SpreadsheetML uses.
struct XMLValue {
    let string: String

    /// A plain decimal integer ("12", "-3"); nil for anything else or past 10^15.
    var int: Int? {
        let negative = string.utf8.first == UInt8(ascii: "-")
        let digits = string.utf8.dropFirst(negative ? 1 : 0)
        guard !digits.isEmpty, digits.count <= 15 else { return nil }
        var value = 0
        for byte in digits {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return negative ? -value : value
    }

    /// xsd:boolean: "1"/"true" and "0"/"false".
    var bool: Bool? {
        switch string {
        case "1", "true": true
        case "0", "false": false
        default: nil
        }
    }

    func `is`(_ text: String) -> Bool {
        string == text
    }
}

/// One part's XML read with Foundation's XMLParser (libxml2 on Linux). The part is inflated
/// whole first (bounded by `WorkbookLimits`) and given to the parser as a stream, which it reads
/// in chunks of 128 KB: given the whole part as `Data`, XMLParser hands libxml2 one chunk, which
/// then takes time growing faster than the part and, past 10 MB (libxml2's limit without
/// XML_PARSE_HUGE, which XMLParser does not set), fails with an internal error.
///
/// What XMLParser cannot be told is checked around it: a part with a DOCTYPE is refused before
/// parsing (OOXML has none; refusing it rules out entity expansion and external entities,
/// whatever the parser would make of them), and so is a part declaring another encoding than
/// UTF-8, so that this check and the parser read the same bytes; nesting depth and the length
/// of a tag or of text between tags are counted in the delegate.
enum XMLPart {
    static func parse<Handler: XMLHandler>(_ data: Data, part: String, limits: WorkbookLimits,
                                           into handler: inout Handler) throws(WorkbookProblem) {
        if let refusal = prologRefusal(data) { throw .malformedXML(part: part, refusal) }
        let reader = PartParser(part: part, limits: limits, handler: handler)
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        parser.delegate = reader
        // Its result is not used: libxml2 runs in recovery mode and reports success after some
        // errors; the delegate has seen every error and kept the first.
        _ = parser.parse()
        handler = reader.handler
        try reader.finish()
    }

    /// Why the part's prolog (what comes before the root element) is refused, or nil.
    static func prologRefusal(_ data: Data) -> String? {
        data.withUnsafeBytes { raw in prologRefusal(raw.bindMemory(to: UInt8.self)) }
    }

    private static func prologRefusal(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let notUTF8 = "phần không được mã hoá UTF-8 như tệp Excel vẫn dùng"
        // UTF-16 and UTF-32, with or without a byte order mark; EBCDIC.
        if bytes.prefix(4).contains(0) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0x4C, 0x6F, 0xA7, 0x94]) {
            return notUTF8
        }
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while true {
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            let rest = bytes[i...]
            if rest.starts(with: "<?".utf8) {
                guard let end = find("?>", in: bytes, from: i + 2) else { return nil }
                let instruction = String(decoding: bytes[(i + 2)..<end], as: UTF8.self)
                if instruction.hasPrefix("xml"), instruction.dropFirst(3).first.map(isSpace) == true,
                   let encoding = declaredEncoding(instruction), !["utf-8", "utf8"].contains(encoding.lowercased()) {
                    return notUTF8
                }
                i = end + 2
            } else if rest.starts(with: "<!--".utf8) {
                guard let end = find("-->", in: bytes, from: i + 4) else { return nil }
                i = end + 3
            } else if rest.starts(with: "<!DOCTYPE".utf8) {
                return doctype
            } else {
                return nil    // the root element, or something XMLParser will refuse
            }
        }
    }

    /// The value of `encoding="…"` in an XML declaration.
    private static func declaredEncoding(_ declaration: String) -> String? {
        guard let key = declaration.range(of: "encoding") else { return nil }
        let after = declaration[key.upperBound...].drop { isSpace($0) || $0 == "=" }
        guard let quote = after.first, quote == "\"" || quote == "'" else { return nil }
        return String(after.dropFirst().prefix { $0 != quote })
    }

    /// Where `text` next starts in `bytes` at or after `start`.
    private static func find(_ text: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let needle = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static let doctype = "có khai báo DOCTYPE, tệp Excel không dùng"
    static let badReference = "có tham chiếu ký tự «&…;» không hợp lệ"

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private static func isSpace(_ character: Character) -> Bool {
        character.asciiValue.map(isSpace) ?? false
    }

    /// The part of a qualified name after its prefix: "x:row" → "row".
    static func localName(_ name: String) -> String {
        guard name.utf8.contains(UInt8(ascii: ":")), let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }
}

/// The XMLParser delegate for one part: passes elements and text to the handler and keeps the
/// budgets. A delegate cannot throw, so the first problem (the handler's, a budget's, or the
/// parser's error in Vietnamese) is kept, the parse aborted, and the problem thrown by `finish`.
final class PartParser<Handler: XMLHandler>: NSObject, XMLParserDelegate {
    let part: String
    let limits: WorkbookLimits
    private(set) var handler: Handler
    private var problem: WorkbookProblem?
    /// The open elements' names as written, outermost first.
    private var open: [String] = []
    private var sawRoot = false
    /// Bytes of text since the last tag.
    private var textBytes = 0

    init(part: String, limits: WorkbookLimits, handler: Handler) {
        self.part = part
        self.limits = limits
        self.handler = handler
    }

    /// After the parse: the problem met, if any; the part must have had a root and closed it.
    func finish() throws(WorkbookProblem) {
        if let problem { throw problem }
        guard open.isEmpty else { throw .malformedXML(part: part, "phần kết thúc khi còn thẻ chưa đóng") }
        guard sawRoot else { throw .malformedXML(part: part, "phần không có nội dung") }
    }

    private func stop(_ parser: XMLParser, _ problem: WorkbookProblem) {
        guard self.problem == nil else { return }
        self.problem = problem
        parser.abortParsing()
    }

    private func stop(_ parser: XMLParser, malformed detail: String) {
        stop(parser, .malformedXML(part: part, detail))
    }

    private var tokenTooLong: String {
        "có một thẻ hoặc đoạn chữ dài hơn \(limits.xmlTokenBytes / 1024) KB"
    }

    // MARK: Content

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        guard problem == nil else { return }
        guard open.count < limits.xmlDepth else { return stop(parser, malformed: "các thẻ lồng nhau quá \(limits.xmlDepth) tầng") }
        var tagBytes = elementName.utf8.count
        for (name, value) in attributes { tagBytes += name.utf8.count + value.utf8.count }
        guard tagBytes <= limits.xmlTokenBytes else { return stop(parser, malformed: tokenTooLong) }
        open.append(elementName)
        sawRoot = true
        textBytes = 0
        do {
            try handler.startElement(XMLTag(name: XMLPart.localName(elementName), attributes: attributes))
        } catch {
            stop(parser, error)
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard problem == nil else { return }
        _ = open.popLast()
        textBytes = 0
        do {
            try handler.endElement(XMLPart.localName(elementName))
        } catch {
            stop(parser, error)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text(parser, string)
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        text(parser, whitespaceString)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        text(parser, String(decoding: CDATABlock, as: UTF8.self))
    }

    private func text(_ parser: XMLParser, _ text: String) {
        guard problem == nil else { return }
        textBytes += text.utf8.count
        guard textBytes <= limits.xmlTokenBytes else { return stop(parser, malformed: tokenTooLong) }
        do {
            try handler.text(text)
        } catch {
            stop(parser, error)
        }
    }

    // MARK: Declarations and entities
    //
    // A DOCTYPE is refused before parsing (`XMLPart.prologRefusal`); these are a second line,
    // for a parser that reports declarations (libxml2 under swift-corelibs-foundation does not
    // report entity declarations at all, and asks here for every entity it does not know).

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        stop(parser, malformed: XMLPart.doctype)
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        stop(parser, malformed: XMLPart.doctype)
    }

    func parser(_ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?,
                systemID: String?, notationName: String?) {
        stop(parser, malformed: XMLPart.doctype)
    }

    func parser(_ parser: XMLParser, foundNotationDeclarationWithName name: String, publicID: String?, systemID: String?) {
        stop(parser, malformed: XMLPart.doctype)
    }

    func parser(_ parser: XMLParser, foundElementDeclarationWithName elementName: String, model: String) {
        stop(parser, malformed: XMLPart.doctype)
    }

    func parser(_ parser: XMLParser, foundAttributeDeclarationWithName attributeName: String, forElement elementName: String,
                type: String?, defaultValue: String?) {
        stop(parser, malformed: XMLPart.doctype)
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        stop(parser, malformed: XMLPart.badReference)
        return nil
    }

    // MARK: Errors

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard problem == nil else { return }
        let code = (parseError as NSError).code
        if let detail = detail(code: code, line: parser.lineNumber, column: parser.columnNumber) {
            stop(parser, malformed: detail)
        }
    }

    /// libxml2's error, by its code (`xmlParserErrors`), in the clerk's words; nil for the
    /// warnings and namespace errors it reports along the way (names are matched by local name,
    /// whatever the prefix is bound to).
    private func detail(code: Int, line: Int, column: Int) -> String? {
        switch code {
        case 93, 97...100, 102, 106, 107, 200...299: nil
        case 76: "thẻ đóng không khớp với thẻ \(Excerpt.quoted(open.last ?? "")) đang mở"
        case 5 where !open.isEmpty, 77: "phần kết thúc khi còn thẻ chưa đóng"
        case 5 where sawRoot: "có nội dung nằm ngoài phần tử gốc"
        case 5: "phần không có nội dung"
        case 1: "vượt giới hạn của trình đọc XML (thẻ quá dài hoặc lồng quá sâu)"
        case 4: "phần không bắt đầu bằng một thẻ XML"
        case 6, 7, 8, 22, 23, 26, 27: XMLPart.badReference
        case 9: "có ký tự không hợp lệ (byte không phải UTF-8, ký tự điều khiển hoặc tham chiếu «&#…;» sai)"
        case 38: "giá trị thuộc tính có dấu «<»"
        case 39: "giá trị thuộc tính thiếu dấu ngoặc kép"
        case 40: "giá trị thuộc tính không có dấu ngoặc kép đóng"
        case 41, 75: "thuộc tính thiếu dấu «=»"
        case 42: "có thuộc tính lặp lại trong một thẻ"
        case 65: "thiếu dấu cách giữa các thuộc tính"
        default: "lỗi cú pháp ở dòng \(line), cột \(column) (mã lỗi libxml2 \(code))"
        }
    }
}
