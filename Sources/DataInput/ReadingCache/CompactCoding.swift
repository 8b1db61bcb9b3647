import Foundation

/// The bytes a `ReadingCache` entry holds: every string once in a table, then the values in
/// the order they were written, numbers as little-endian words. A value's own coding (a parsed
/// tree, `TreeCoding`; a law table) writes and reads its fields in the same order, and its
/// reader checks every length and index against the bytes it has: a truncated or damaged
/// entry gives nil, never a crash or a value that passes for right.
public struct CompactWriter {
    private var strings: [String: UInt32] = [:]
    private var stringBytes: [UInt8] = []
    private var body: [UInt8] = []

    public init() {}

    /// The string table, then the body.
    public var bytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(stringBytes.count + body.count + 8)
        Self.word(UInt32(strings.count), into: &bytes)
        Self.word(UInt32(stringBytes.count), into: &bytes)
        return bytes + stringBytes + body
    }

    private static func word(_ value: UInt32, into bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func byte(_ value: UInt8) { body.append(value) }

    /// A count, a line, a column: 32 bits.
    public mutating func word(_ value: Int) { Self.word(UInt32(truncatingIfNeeded: value), into: &body) }

    /// Any Int (an amount of money): 64 bits.
    public mutating func integer(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { body.append(contentsOf: $0) }
    }

    public mutating func bool(_ value: Bool) { byte(value ? 1 : 0) }

    public mutating func string(_ text: String) {
        if let index = strings[text] { word(Int(index)); return }
        let index = UInt32(strings.count)
        strings[text] = index
        Self.word(UInt32(text.utf8.count), into: &stringBytes)
        stringBytes += text.utf8
        word(Int(index))
    }

    public mutating func optional<Value>(_ value: Value?, _ write: (inout CompactWriter, Value) -> Void) {
        guard let value else { return bool(false) }
        bool(true)
        write(&self, value)
    }

    public mutating func array<Element>(_ elements: [Element], _ write: (inout CompactWriter, Element) -> Void) {
        word(elements.count)
        for element in elements { write(&self, element) }
    }

    /// A map keyed by names, in a fixed order (its keys' bytes): one value, one encoding.
    public mutating func dictionary<Value>(_ map: [String: Value], _ write: (inout CompactWriter, Value) -> Void) {
        array(map.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) { writer, entry in
            writer.string(entry.key)
            write(&writer, entry.value)
        }
    }

    public mutating func location(_ location: SourceLocation) {
        string(location.file)
        word(location.line)
        word(location.column)
        // A sheet only where a workbook is read; a text file has none.
        optional(location.sheet) { $0.string($1) }
    }
}

/// Reads what a `CompactWriter` wrote, in the same order; each read is nil past the end or
/// on an index the table does not have.
public struct CompactReader {
    private let bytes: UnsafeRawBufferPointer
    private var position = 0
    private var table: [String] = []

    /// The reader of `bytes`, its string table read; nil if the table is damaged.
    public init?(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        guard let count = word(), let length = word(), let table = strings(count: count, length: length) else { return nil }
        self.table = table
    }

    /// Every byte read: what an entry must come to.
    public var atEnd: Bool { position == bytes.count }

    /// How many bytes are left: no list can have more elements than that.
    public var remaining: Int { bytes.count - position }

    public mutating func byte() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    public mutating func word() -> Int? {
        guard bytes.count - position >= 4 else { return nil }
        defer { position += 4 }
        return Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self)))
    }

    public mutating func integer() -> Int? {
        guard bytes.count - position >= 8 else { return nil }
        defer { position += 8 }
        return Int(Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: Int64.self)))
    }

    public mutating func bool() -> Bool? {
        switch byte() {
        case 0: false
        case 1: true
        default: nil
        }
    }

    public mutating func string() -> String? {
        guard let index = word(), index < table.count else { return nil }
        return table[index]
    }

    /// `.some(nil)` for an absent value, nil for a damaged one.
    public mutating func optional<Value>(_ read: (inout CompactReader) -> Value?) -> Value?? {
        guard let present = bool() else { return nil }
        guard present else { return .some(nil) }
        return read(&self).map { .some($0) }
    }

    public mutating func array<Element>(_ read: (inout CompactReader) -> Element?) -> [Element]? {
        guard let count = word(), count <= remaining else { return nil }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count {
            guard let element = read(&self) else { return nil }
            elements.append(element)
        }
        return elements
    }

    public mutating func dictionary<Value>(_ read: (inout CompactReader) -> Value?) -> [String: Value]? {
        let entries = array { reader -> (String, Value)? in
            guard let key = reader.string(), let value = read(&reader) else { return nil }
            return (key, value)
        }
        guard let entries else { return nil }
        let map = Dictionary(entries, uniquingKeysWith: { first, _ in first })
        // Each name once, as it was written.
        return map.count == entries.count ? map : nil
    }

    public mutating func location() -> SourceLocation? {
        guard let file = string(), let line = word(), let column = word(), let sheet = optional({ $0.string() }) else { return nil }
        return SourceLocation(file: file, line: line, column: column, sheet: sheet)
    }

    private mutating func strings(count: Int, length: Int) -> [String]? {
        guard length <= bytes.count - position, count <= length / 4 + 1 else { return nil }
        let end = position + length
        var table: [String] = []
        table.reserveCapacity(count)
        for _ in 0..<count {
            guard let size = word(), size <= end - position else { return nil }
            let text = UnsafeRawBufferPointer(rebasing: bytes[position..<(position + size)])
                .withMemoryRebound(to: UInt8.self) { String(validating: $0, as: UTF8.self) }
            guard let text else { return nil }
            table.append(text)
            position += size
        }
        return position == end ? table : nil
    }
}
