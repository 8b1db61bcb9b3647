/// An element's local name, as the scanner hands it over.
struct XMLName {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        bytes = UnsafeBufferPointer(rebasing: buffer[range])
    }

    func `is`(_ name: StaticString) -> Bool {
        XMLValue.equal(bytes, name)
    }
}

/// A start tag: its local name and its attributes (already checked by the scanner).
struct XMLTag {
    let buffer: UnsafeBufferPointer<UInt8>
    let name: Range<Int>
    let attributes: Range<Int>

    var localName: XMLName { XMLName(buffer, name) }

    func `is`(_ name: StaticString) -> Bool {
        localName.is(name)
    }

    /// The attribute with this local name ("id" finds `r:id`), or nil.
    func attribute(_ local: StaticString) -> XMLValue? {
        var i = attributes.lowerBound
        let end = attributes.upperBound
        while i < end {
            while i < end, XMLScanner.isSpace(buffer[i]) { i += 1 }
            guard i < end else { return nil }
            let nameStart = i
            while !XMLScanner.endsName(buffer[i]) { i += 1 }
            let attributeName = XMLScanner.localName(buffer, nameStart..<i)
            while buffer[i] != UInt8(ascii: "\"") && buffer[i] != UInt8(ascii: "'") { i += 1 }
            let quote = buffer[i]
            let valueStart = i + 1
            i = valueStart
            while buffer[i] != quote { i += 1 }
            if XMLValue.equal(UnsafeBufferPointer(rebasing: buffer[attributeName]), local) {
                return XMLValue(raw: UnsafeBufferPointer(rebasing: buffer[valueStart..<i]))
            }
            i += 1
        }
        return nil
    }
}

/// An attribute value as written, decoded on demand.
struct XMLValue {
    let raw: UnsafeBufferPointer<UInt8>

    /// The value with references decoded and white space normalised (XML 3.3.3); nil if a
    /// reference is bad or the bytes are not UTF-8.
    var string: String? {
        guard raw.contains(where: { $0 == UInt8(ascii: "&") || $0 < 0x20 }) else {
            return String(validating: raw, as: UTF8.self)
        }
        var decoded: [UInt8] = []
        guard Self.decode(raw, into: &decoded, attribute: true) else { return nil }
        return String(validating: decoded, as: UTF8.self)
    }

    /// A plain decimal integer ("12", "-3"); nil for anything else or past 10^15.
    var int: Int? {
        var i = 0
        var negative = false
        if i < raw.count, raw[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        guard i < raw.count, raw.count - i <= 15 else { return nil }
        var value = 0
        while i < raw.count {
            let digit = raw[i] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
            i += 1
        }
        return negative ? -value : value
    }

    /// xsd:boolean: "1"/"true" and "0"/"false".
    var bool: Bool? {
        if Self.equal(raw, "1") || Self.equal(raw, "true") { return true }
        if Self.equal(raw, "0") || Self.equal(raw, "false") { return false }
        return nil
    }

    func `is`(_ text: StaticString) -> Bool {
        Self.equal(raw, text)
    }

    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        guard bytes.count == text.utf8CodeUnitCount else { return false }
        let expected = text.utf8Start
        for k in 0..<bytes.count where bytes[k] != expected[k] { return false }
        return true
    }

    /// Appends `text` to `output` with `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` `&#N;` `&#xH;`
    /// decoded and line ends normalised (CR LF and CR become LF; in an attribute every
    /// tab, CR and LF becomes a space). False for an unknown or malformed reference.
    static func decode(_ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], attribute: Bool) -> Bool {
        var i = 0
        while i < text.count {
            let byte = text[i]
            switch byte {
            case UInt8(ascii: "&"):
                guard let semicolon = text[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")),
                      let scalar = reference(UnsafeBufferPointer(rebasing: text[(i + 1)..<semicolon])) else { return false }
                output.append(contentsOf: String(Character(scalar)).utf8)
                i = semicolon + 1
                continue
            case 0x0D:
                output.append(attribute ? 0x20 : 0x0A)
                if i + 1 < text.count, text[i + 1] == 0x0A { i += 1 }
            case 0x0A, 0x09:
                output.append(attribute ? 0x20 : byte)
            default:
                output.append(byte)
            }
            i += 1
        }
        return true
    }

    private static func reference(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        if equal(name, "lt") { return "<" }
        if equal(name, "gt") { return ">" }
        if equal(name, "amp") { return "&" }
        if equal(name, "quot") { return "\"" }
        if equal(name, "apos") { return "'" }
        guard name.count >= 2, name[0] == UInt8(ascii: "#") else { return nil }
        let hex = name[1] == UInt8(ascii: "x")
        let digits = name.dropFirst(hex ? 2 : 1)
        guard !digits.isEmpty, let value = UInt32(String(decoding: digits, as: UTF8.self), radix: hex ? 16 : 10),
              value != 0 else { return nil }
        return Unicode.Scalar(value)
    }
}
