/// What a part reader does with the XML as it streams by. The views it gets point into the
/// scanner's buffer and are valid only during the call.
protocol XMLHandler {
    mutating func startElement(_ tag: XMLTag) throws(WorkbookProblem)
    mutating func endElement(_ name: XMLName) throws(WorkbookProblem)
    /// Character data inside an element, references decoded, CDATA included; one element's
    /// text may come in several calls.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(WorkbookProblem)
}

/// A streaming scanner for the XML of OOXML parts, fed with chunks as they are inflated, so
/// that a part is never held whole: UTF-8, elements and attributes, the five named entities
/// and character references, CDATA, comments and processing instructions skipped. It checks
/// what a reader relies on — tags close in order, one root, attributes quoted, references
/// known, nesting and token length bounded — and refuses a DOCTYPE (OOXML has none; refusing it
/// rules out entity expansion). Names are matched by local name, so `<x:c>` is `<c>`.
///
/// It is our own rather than Foundation's XMLParser: XMLParser wants the whole part (or a
/// stream we would have to fake) and builds an attribute dictionary of Strings for every
/// element, which is most of the time spent reading a sheet.
struct XMLScanner {
    let part: String
    let limits: WorkbookLimits
    private var pending: [UInt8] = []
    /// Hashes of the open elements' qualified names, outermost first.
    private var open: [UInt64] = []
    private var sawRoot = false
    private var atDocumentStart = true
    private var scratch: [UInt8] = []

    init(part: String, limits: WorkbookLimits) {
        self.part = part
        self.limits = limits
    }

    mutating func feed<H: XMLHandler>(_ chunk: some Sequence<UInt8>, to handler: inout H) throws(WorkbookProblem) {
        pending.append(contentsOf: chunk)
        if atDocumentStart, pending.count >= 3 {
            if pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3) }
            atDocumentStart = false
        }
        let consumed = try scan(&handler, final: false)
        pending.removeSubrange(0..<consumed)
        if pending.count > limits.xmlTokenBytes {
            throw malformed("có một thẻ hoặc đoạn chữ dài hơn \(limits.xmlTokenBytes / 1024) KB")
        }
    }

    /// The end of the part: everything must have been complete.
    mutating func finish<H: XMLHandler>(_ handler: inout H) throws(WorkbookProblem) {
        let consumed = try scan(&handler, final: true)
        guard consumed == pending.count, open.isEmpty else { throw malformed("phần kết thúc khi còn thẻ chưa đóng") }
        guard sawRoot else { throw malformed("phần không có nội dung") }
    }

    private func malformed(_ detail: String) -> WorkbookProblem {
        .malformedXML(part: part, detail)
    }

    /// Hands every complete token of `pending` to the handler; returns how many bytes it used.
    private mutating func scan<H: XMLHandler>(_ handler: inout H, final: Bool) throws(WorkbookProblem) -> Int {
        let buffer = pending
        return try buffer.withUnsafeBufferPointer { (b) throws(WorkbookProblem) -> Int in
            var p = 0
            while p < b.count {
                guard let next = try token(b, at: p, final: final, &handler) else { break }
                p = next
            }
            return p
        }
    }

    /// Handles the token at `p`; returns where the next one starts, or nil if it is not all
    /// in the buffer yet.
    private mutating func token<H: XMLHandler>(_ b: UnsafeBufferPointer<UInt8>, at p: Int, final: Bool,
                                               _ handler: inout H) throws(WorkbookProblem) -> Int? {
        let lt = UInt8(ascii: "<")
        if b[p] != lt {
            var end = p
            var plain = true
            while end < b.count, b[end] != lt {
                if b[end] == UInt8(ascii: "&") || b[end] == 0x0D { plain = false }
                end += 1
            }
            if end == b.count && !final { return nil }
            try characters(UnsafeBufferPointer(rebasing: b[p..<end]), plain: plain, &handler)
            return end
        }
        guard p + 1 < b.count else { return nil }
        switch b[p + 1] {
        case UInt8(ascii: "/"):
            guard let gt = Self.find(b, UInt8(ascii: ">"), from: p + 2) else { return nil }
            var nameEnd = gt
            while nameEnd > p + 2, Self.isSpace(b[nameEnd - 1]) { nameEnd -= 1 }
            let name = (p + 2)..<nameEnd
            guard let top = open.last, top == Self.hash(b, name) else {
                throw malformed("thẻ đóng «\(String(decoding: b[name], as: UTF8.self))» không khớp với thẻ đang mở")
            }
            open.removeLast()
            try handler.endElement(XMLName(b, Self.localName(b, name)))
            return gt + 1
        case UInt8(ascii: "?"):
            return Self.find(b, "?>", from: p + 2).map { $0 + 2 }
        case UInt8(ascii: "!"):
            if Self.matches(b, p, "<!--") {
                return Self.find(b, "-->", from: p + 4).map { $0 + 3 }
            }
            if Self.matches(b, p, "<![CDATA[") {
                guard let end = Self.find(b, "]]>", from: p + 9) else { return nil }
                try characters(UnsafeBufferPointer(rebasing: b[(p + 9)..<end]), plain: true, cdata: true, &handler)
                return end + 3
            }
            if b.count - p < 9 && !final { return nil }
            throw malformed(Self.matches(b, p, "<!DOCTYPE") ? "có khai báo DOCTYPE, tệp Excel không dùng" : "có «<!» không hợp lệ")
        default:
            guard let tag = try startTag(b, at: p) else { return nil }
            if open.isEmpty {
                if sawRoot { throw malformed("có hơn một phần tử gốc") }
                sawRoot = true
            }
            guard open.count < limits.xmlDepth else { throw malformed("các thẻ lồng nhau quá \(limits.xmlDepth) tầng") }
            let local = Self.localName(b, tag.name)
            try handler.startElement(XMLTag(buffer: b, name: local, attributes: tag.attributes))
            if tag.selfClosing {
                try handler.endElement(XMLName(b, local))
            } else {
                open.append(Self.hash(b, tag.name))
            }
            return tag.end
        }
    }

    /// Text between tags: given to the handler inside the root, else it must be blank.
    private mutating func characters<H: XMLHandler>(_ text: UnsafeBufferPointer<UInt8>, plain: Bool, cdata: Bool = false,
                                                    _ handler: inout H) throws(WorkbookProblem) {
        guard !open.isEmpty else {
            if cdata || !text.allSatisfy(Self.isSpace) { throw malformed("có chữ nằm ngoài phần tử gốc") }
            return
        }
        if plain { return try handler.text(text) }
        scratch.removeAll(keepingCapacity: true)
        guard XMLValue.decode(text, into: &scratch, attribute: false) else {
            throw malformed("có tham chiếu ký tự «&…;» không hợp lệ")
        }
        let decoded = scratch
        try decoded.withUnsafeBufferPointer { (bytes) throws(WorkbookProblem) in try handler.text(bytes) }
    }

    /// A start tag at `p`: its qualified name, where its attributes are, and where it ends; nil
    /// if it is not all in the buffer. Attribute syntax is checked here, once, so that
    /// `XMLTag.attribute` can scan the range without checking.
    private func startTag(_ b: UnsafeBufferPointer<UInt8>, at p: Int) throws(WorkbookProblem) -> (name: Range<Int>, attributes: Range<Int>, selfClosing: Bool, end: Int)? {
        var i = p + 1
        while i < b.count, !Self.endsName(b[i]) { i += 1 }
        guard i < b.count else { return nil }
        guard i > p + 1 else { throw malformed("có dấu «<» không mở thẻ nào") }
        let name = (p + 1)..<i
        let attributesStart = i
        while true {
            let before = i
            while i < b.count, Self.isSpace(b[i]) { i += 1 }
            guard i < b.count else { return nil }
            switch b[i] {
            case UInt8(ascii: ">"):
                return (name, attributesStart..<i, false, i + 1)
            case UInt8(ascii: "/"):
                guard i + 1 < b.count else { return nil }
                guard b[i + 1] == UInt8(ascii: ">") else { throw malformed("có dấu «/» lạc trong thẻ") }
                return (name, attributesStart..<i, true, i + 2)
            default:
                guard i > before else { throw malformed("thiếu dấu cách giữa các thuộc tính") }
                let nameStart = i
                while i < b.count, !Self.endsName(b[i]) { i += 1 }
                guard i < b.count else { return nil }
                guard i > nameStart else { throw malformed("thuộc tính không có tên") }
                while i < b.count, Self.isSpace(b[i]) { i += 1 }
                guard i < b.count else { return nil }
                guard b[i] == UInt8(ascii: "=") else { throw malformed("thuộc tính thiếu dấu «=»") }
                i += 1
                while i < b.count, Self.isSpace(b[i]) { i += 1 }
                guard i < b.count else { return nil }
                let quote = b[i]
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw malformed("giá trị thuộc tính thiếu dấu ngoặc kép") }
                i += 1
                while i < b.count, b[i] != quote {
                    if b[i] == UInt8(ascii: "<") { throw malformed("giá trị thuộc tính có dấu «<»") }
                    i += 1
                }
                guard i < b.count else { return nil }
                i += 1
            }
        }
    }

    // MARK: Bytes

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    static func endsName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
            || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// The part of a qualified name after its prefix: "x:row" → "row".
    static func localName(_ b: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Range<Int> {
        var start = name.lowerBound
        for i in name where b[i] == UInt8(ascii: ":") { start = i + 1 }
        return start..<name.upperBound
    }

    static func hash(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for i in range { h = (h ^ UInt64(b[i])) &* 0x100_0000_01B3 }
        return h
    }

    static func find(_ b: UnsafeBufferPointer<UInt8>, _ byte: UInt8, from start: Int) -> Int? {
        var i = start
        while i < b.count {
            if b[i] == byte { return i }
            i += 1
        }
        return nil
    }

    static func find(_ b: UnsafeBufferPointer<UInt8>, _ text: StaticString, from start: Int) -> Int? {
        let first = text.utf8Start[0]
        var i = start
        while let candidate = find(b, first, from: i) {
            if candidate + text.utf8CodeUnitCount > b.count { return nil }
            if matches(b, candidate, text) { return candidate }
            i = candidate + 1
        }
        return nil
    }

    static func matches(_ b: UnsafeBufferPointer<UInt8>, _ at: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard at + count <= b.count else { return false }
        for k in 0..<count where b[at + k] != text.utf8Start[k] { return false }
        return true
    }
}
