import CXMLReader
import InputGuards
import Foundation

/// What a part reader does with the XML of one part as libxml2 reads it. Names
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

/// One part's XML read with libxml2's xmlTextReader, which is opened with dlopen when the first
/// workbook is read (`CXMLReader`): linked in, libxml2 and the ICU it needs were loaded by every
/// command. The part is inflated whole first (bounded by `WorkbookLimits`); the reader takes it
/// from memory a few hundred bytes at a time. The options are those Foundation's XMLParser,
/// used before, set: errors are reported and reading goes on (recover), the five predefined
/// entities are substituted, and the network is never used.
///
/// What libxml2 is not told is checked around it: a part with a DOCTYPE is refused before
/// parsing (OOXML has none; refusing it rules out entity expansion and external entities,
/// whatever the parser would make of them), and so is a part declaring another encoding than
/// UTF-8, so that this check and the parser read the same bytes; nesting depth and the length
/// of a tag or of text between tags are counted here.
enum XMLPart {
    /// libxml2's XML_PARSE_RECOVER | XML_PARSE_NOENT | XML_PARSE_NONET | XML_PARSE_HUGE
    /// (libxml/parser.h). HUGE lifts libxml2's own depth limit (256, met while the reader parses
    /// ahead) above `WorkbookLimits.xmlDepth`, which is counted here, and its 10 MB limit for a
    /// text above the parts' own limits.
    static let readerOptions: Int32 = 1 << 0 | 1 << 1 | 1 << 11 | 1 << 19

    static func parse<Handler: XMLHandler>(_ data: Data, part: String, limits: WorkbookLimits,
                                           into handler: inout Handler) throws(WorkbookProblem) {
        if let refusal = prologRefusal(data) { throw .malformedXML(part: part, refusal) }
        var failure: UnsafePointer<CChar>?
        guard let functions = vbxml_functions(&failure)?.pointee else {
            throw WorkbookProblem("không đọc được bảng tính: thiếu thư viện libxml2 của hệ thống (\(failure.map { String(cString: $0) } ?? "libxml2.so.2")); hãy cài gói libxml2")
        }
        let reader = PartParser(part: part, limits: limits, handler: handler)
        try reader.read(data, with: functions)
        handler = reader.handler
        try reader.finish()
    }

    /// Why the part's prolog (what comes before the root element) is refused, or nil; a part
    /// that is nothing but a prolog is empty.
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
            if i == bytes.count { return empty }
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
                return nil    // the root element, or something libxml2 will refuse
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
    static let empty = "phần không có nội dung"
    static let unclosed = "phần kết thúc khi còn thẻ chưa đóng"
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

/// libxml2's errors for one part, as its error handler reports them: the first that is not one
/// of the warnings it reports along the way, in the clerk's words. Not generic, so that a C
/// function can reach it.
final class XMLErrors {
    private(set) var first: (code: Int, detail: String)?

    func report(_ error: VBXMLError) {
        guard first == nil, let detail = Self.detail(code: Int(error.code), openTag: error.str1.map { String(cString: $0) },
                                                     line: Int(error.line), column: Int(error.int2)) else { return }
        first = (Int(error.code), detail)
    }

    /// XML_ERR_DOCUMENT_END: libxml2's push parser, under the reader, says it both for content
    /// after the root element and for a part that ends inside it.
    static let documentEnd = 5

    static let handler: VBXMLErrorHandler = { context, error in
        guard let context, let error else { return }
        Unmanaged<XMLErrors>.fromOpaque(context).takeUnretainedValue().report(error.pointee)
    }

    /// libxml2's error, by its code (`xmlParserErrors`), in the clerk's words; nil for the
    /// warnings and namespace errors it reports along the way (names are matched by local name,
    /// whatever the prefix is bound to). The reader parses ahead of the nodes it hands over, so
    /// the words come from the error itself (the tag a mismatch names), not from what has been
    /// read so far.
    static func detail(code: Int, openTag: String?, line: Int, column: Int) -> String? {
        switch code {
        case 93, 97...100, 102, 106, 107, 200...299: nil
        case 76: "thẻ đóng không khớp với thẻ \(Excerpt.quoted(openTag ?? "")) đang mở"
        case 77: XMLPart.unclosed
        case documentEnd: "có nội dung nằm ngoài phần tử gốc"
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

/// One part read node by node: elements and text go to the handler, within the budgets. The
/// first problem (the handler's, a budget's, or libxml2's error in Vietnamese) stops the
/// reading and is thrown by `read`; `finish` then checks that the part had a root and closed it.
final class PartParser<Handler: XMLHandler> {
    let part: String
    let limits: WorkbookLimits
    private(set) var handler: Handler
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

    /// Every node of the part, in order, until the end or the first problem.
    func read(_ data: Data, with xml: VBXMLFunctions) throws(WorkbookProblem) {
        let errors = XMLErrors()
        let result: Result<Void, WorkbookProblem> = data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count < Int(Int32.max),
                  let reader = xml.readerForMemory(base, Int32(bytes.count), nil, "UTF-8", XMLPart.readerOptions) else {
                return .failure(.malformedXML(part: part, XMLPart.empty))
            }
            defer { xml.freeTextReader(reader) }
            xml.setStructuredErrorHandler(reader, XMLErrors.handler, Unmanaged.passUnretained(errors).toOpaque())
            return withExtendedLifetime(errors) {
                var status = xml.read(reader)
                while status == 1, errors.first == nil {
                    do throws(WorkbookProblem) { try node(reader, xml) } catch { return .failure(error) }
                    status = xml.read(reader)
                }
                guard let error = errors.first else { return .success(()) }
                guard error.code == XMLErrors.documentEnd else { return .failure(.malformedXML(part: part, error.detail)) }
                // Which of the two it is shows once the nodes read ahead are counted, without the handler.
                while status == 1 {
                    countStructure(reader, xml)
                    status = xml.read(reader)
                }
                return .failure(.malformedXML(part: part, open.isEmpty ? error.detail : XMLPart.unclosed))
            }
        }
        try result.get()
    }

    /// The open elements only, for a part whose reading has already failed.
    private func countStructure(_ reader: UnsafeMutableRawPointer, _ xml: VBXMLFunctions) {
        switch xml.nodeType(reader) {
        case 1 where xml.isEmptyElement(reader) != 1: open.append(Self.string(xml.constName(reader)))
        case 15: _ = open.popLast()
        default: break
        }
    }

    /// After the reading: the part must have had a root and closed it.
    func finish() throws(WorkbookProblem) {
        guard open.isEmpty else { throw .malformedXML(part: part, XMLPart.unclosed) }
        guard sawRoot else { throw .malformedXML(part: part, XMLPart.empty) }
    }

    private var tokenTooLong: String {
        "có một thẻ hoặc đoạn chữ dài hơn \(limits.xmlTokenBytes / 1024) KB"
    }

    /// The node the reader stands on (libxml/xmlreader.h's xmlReaderTypes).
    private func node(_ reader: UnsafeMutableRawPointer, _ xml: VBXMLFunctions) throws(WorkbookProblem) {
        switch xml.nodeType(reader) {
        case 1:
            let name = Self.string(xml.constName(reader))
            var attributes: [String: String] = [:]
            while xml.moveToNextAttribute(reader) == 1 {
                // A cell has two or three attributes, a row a few more: room for them at once.
                if attributes.isEmpty { attributes.reserveCapacity(4) }
                attributes[Self.string(xml.constName(reader))] = Self.string(xml.constValue(reader))
            }
            _ = xml.moveToElement(reader)
            try startElement(name, attributes: attributes)
            if xml.isEmptyElement(reader) == 1 { try endElement(name) }
        case 15: try endElement(Self.string(xml.constName(reader)))
        case 3, 4, 13, 14: try text(Self.string(xml.constValue(reader)))
        // A DOCTYPE is refused before parsing (`XMLPart.prologRefusal`): this is a second line.
        case 10: throw .malformedXML(part: part, XMLPart.doctype)
        case 5: throw .malformedXML(part: part, XMLPart.badReference)
        default: break    // comments, processing instructions
        }
    }

    private static func string(_ bytes: UnsafePointer<UInt8>?) -> String {
        bytes.map { String(cString: $0) } ?? ""
    }

    private func startElement(_ name: String, attributes: [String: String]) throws(WorkbookProblem) {
        guard open.count < limits.xmlDepth else { throw .malformedXML(part: part, "các thẻ lồng nhau quá \(limits.xmlDepth) tầng") }
        var tagBytes = name.utf8.count
        for (name, value) in attributes { tagBytes += name.utf8.count + value.utf8.count }
        guard tagBytes <= limits.xmlTokenBytes else { throw .malformedXML(part: part, tokenTooLong) }
        open.append(name)
        sawRoot = true
        textBytes = 0
        try handler.startElement(XMLTag(name: XMLPart.localName(name), attributes: attributes))
    }

    private func endElement(_ name: String) throws(WorkbookProblem) {
        _ = open.popLast()
        textBytes = 0
        try handler.endElement(XMLPart.localName(name))
    }

    private func text(_ text: String) throws(WorkbookProblem) {
        textBytes += text.utf8.count
        guard textBytes <= limits.xmlTokenBytes else { throw .malformedXML(part: part, tokenTooLong) }
        try handler.text(text)
    }
}
