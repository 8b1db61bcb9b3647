/// PDF syntax written as bytes: the numbers, names, strings and keywords a content stream or
/// an object is made of. Numbers are written with at most three decimals and no exponent,
/// as PDF readers require, without going through `String(format:)`.
struct PDFBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }
    var isEmpty: Bool { bytes.isEmpty }

    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }
    mutating func append(_ other: PDFBytes) { bytes.append(contentsOf: other.bytes) }
    mutating func append(bytes other: [UInt8]) { bytes.append(contentsOf: other) }
    mutating func append(byte: UInt8) { bytes.append(byte) }

    mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        var rest = magnitude
        while true {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            if divisor == 1 { break }
            divisor /= 10
        }
    }

    /// A real number rounded to thousandths, trailing zeros dropped ("12", "0.5", "-3.125").
    /// A value that is not finite is written as 0: a reader would reject the file otherwise.
    mutating func number(_ value: Double) {
        guard value.isFinite, abs(value) < 1e12 else { bytes.append(UInt8(ascii: "0")); return }
        let thousandths = Int((value * 1000).rounded())
        if thousandths < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = thousandths.magnitude
        integer(Int(magnitude / 1000))
        var fraction = Int(magnitude % 1000)
        guard fraction != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var divisor = 100
        while fraction != 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }

    /// Numbers separated by spaces, each followed by one.
    mutating func numbers(_ values: Double...) {
        for value in values {
            number(value)
            bytes.append(UInt8(ascii: " "))
        }
    }

    /// An object reference, "12 0 R".
    mutating func reference(_ object: Int) {
        integer(object)
        append(" 0 R")
    }

    /// A name ("/LiberationSerif"), its characters outside the printable ASCII range or
    /// among PDF's delimiters written as #xx.
    mutating func name(_ value: String) {
        bytes.append(UInt8(ascii: "/"))
        for byte in value.utf8 {
            if byte > 0x20, byte < 0x7F, !"#()<>[]{}/%".utf8.contains(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "#"))
                hexByte(byte)
            }
        }
    }

    /// A text string as PDF 1.7 §7.9.2.2 has it for any language: UTF-16BE with its byte
    /// order mark, written in hexadecimal.
    mutating func textString(_ value: String) {
        bytes.append(UInt8(ascii: "<"))
        append("FEFF")
        for unit in value.utf16 { hex16(unit) }
        bytes.append(UInt8(ascii: ">"))
    }

    /// A byte string in parentheses, with the characters PDF escapes escaped.
    mutating func literalString(_ value: String) {
        bytes.append(UInt8(ascii: "("))
        for byte in value.utf8 {
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\\") {
                bytes.append(UInt8(ascii: "\\"))
            }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: ")"))
    }

    mutating func hex16(_ value: UInt16) {
        hexByte(UInt8(value >> 8))
        hexByte(UInt8(value & 0xFF))
    }

    mutating func hexByte(_ value: UInt8) {
        let digits: StaticString = "0123456789ABCDEF"
        digits.withUTF8Buffer { table in
            bytes.append(table[Int(value >> 4)])
            bytes.append(table[Int(value & 0x0F)])
        }
    }

    /// The text's UTF-16 code units in hexadecimal, without delimiters (a ToUnicode entry).
    mutating func utf16Hex(_ value: Substring) {
        for unit in value.utf16 { hex16(unit) }
    }
}
