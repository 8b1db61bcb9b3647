import Foundation

/// A `DataNode` tree as bytes and back, for `ParsedTreeCache`: every string once in a table,
/// then the nodes in pre-order, all numbers as little-endian 32-bit words. Decoding checks every
/// length and index against the bytes it has, so a truncated or damaged file gives nil, never a
/// crash or a wrong tree that passes for right (the cache's hash covers the source, not this).
public enum TreeCoding {
    private enum Tag: UInt8 { case null, scalar, list, map }

    public static func encode(_ root: DataNode) -> [UInt8] {
        var writer = Writer()
        writer.node(root)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(writer.stringBytes.count + writer.body.count + 8)
        Writer.word(UInt32(writer.strings.count), into: &bytes)
        Writer.word(UInt32(writer.stringBytes.count), into: &bytes)
        bytes += writer.stringBytes
        bytes += writer.body
        return bytes
    }

    public static func decode(_ bytes: UnsafeRawBufferPointer) -> DataNode? {
        var reader = Reader(bytes: bytes)
        guard let count = reader.word(), let length = reader.word(), let table = reader.strings(count: Int(count), bytes: Int(length)) else {
            return nil
        }
        reader.table = table
        guard let root = reader.node(depth: 0), reader.atEnd else { return nil }
        return root
    }

    private struct Writer {
        var strings: [String: UInt32] = [:]
        var stringBytes: [UInt8] = []
        var body: [UInt8] = []

        static func word(_ value: UInt32, into bytes: inout [UInt8]) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }

        mutating func word(_ value: Int) { Self.word(UInt32(truncatingIfNeeded: value), into: &body) }

        mutating func string(_ text: String) {
            if let index = strings[text] { word(Int(index)); return }
            let index = UInt32(strings.count)
            strings[text] = index
            Self.word(UInt32(text.utf8.count), into: &stringBytes)
            stringBytes += text.utf8
            word(Int(index))
        }

        mutating func location(_ location: SourceLocation) {
            string(location.file)
            word(location.line)
            word(location.column)
            // A sheet only where a workbook is read; a tree of a text file has none.
            if let sheet = location.sheet { word(1); string(sheet) } else { word(0) }
        }

        mutating func node(_ node: DataNode) {
            switch node.kind {
            case .null: body.append(Tag.null.rawValue)
            case .scalar: body.append(Tag.scalar.rawValue)
            case .list: body.append(Tag.list.rawValue)
            case .map: body.append(Tag.map.rawValue)
            }
            location(node.location)
            string(node.path)
            switch node.kind {
            case .null: break
            case .scalar(let text): string(text)
            case .list(let items):
                word(items.count)
                items.forEach { self.node($0) }
            case .map(let entries):
                word(entries.count)
                for entry in entries {
                    string(entry.key)
                    location(entry.keyLocation)
                    self.node(entry.value)
                }
            }
        }
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var position = 0
        var table: [String] = []
        /// Deeper than any data file may nest (InputLimits); a damaged file cannot recurse without end.
        static let depthLimit = 512

        init(bytes: UnsafeRawBufferPointer) {
            self.bytes = bytes
        }

        var atEnd: Bool { position == bytes.count }

        mutating func word() -> UInt32? {
            guard bytes.count - position >= 4 else { return nil }
            let value = bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self)
            position += 4
            return UInt32(littleEndian: value)
        }

        mutating func strings(count: Int, bytes length: Int) -> [String]? {
            guard length <= bytes.count - position, count <= length / 4 + 1 else { return nil }
            let end = position + length
            var table: [String] = []
            table.reserveCapacity(count)
            for _ in 0..<count {
                guard let size = word().map(Int.init), size <= end - position else { return nil }
                let text = UnsafeRawBufferPointer(rebasing: bytes[position..<(position + size)])
                    .withMemoryRebound(to: UInt8.self) { String(validating: $0, as: UTF8.self) }
                guard let text else { return nil }
                table.append(text)
                position += size
            }
            return position == end ? table : nil
        }

        mutating func string() -> String? {
            guard let index = word().map(Int.init), index < table.count else { return nil }
            return table[index]
        }

        mutating func number() -> Int? { word().map(Int.init) }

        mutating func sourceLocation() -> SourceLocation? {
            guard let file = string(), let line = number(), let column = number(), let hasSheet = word() else { return nil }
            switch hasSheet {
            case 0: return SourceLocation(file: file, line: line, column: column)
            case 1: return string().map { SourceLocation(file: file, line: line, column: column, sheet: $0) }
            default: return nil
            }
        }

        mutating func node(depth: Int) -> DataNode? {
            guard depth < Self.depthLimit, position < bytes.count, let tag = Tag(rawValue: bytes[position]) else { return nil }
            position += 1
            guard let location = sourceLocation(), let path = string() else { return nil }
            let kind: DataNode.Kind
            switch tag {
            case .null: kind = .null
            case .scalar:
                guard let text = string() else { return nil }
                kind = .scalar(text)
            case .list:
                guard let count = number(), count <= bytes.count - position else { return nil }
                var items: [DataNode] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    guard let item = node(depth: depth + 1) else { return nil }
                    items.append(item)
                }
                kind = .list(items)
            case .map:
                guard let count = number(), count <= bytes.count - position else { return nil }
                var entries: [DataEntry] = []
                entries.reserveCapacity(count)
                for _ in 0..<count {
                    guard let key = string(), let keyLocation = sourceLocation(), let value = node(depth: depth + 1) else { return nil }
                    entries.append(DataEntry(key: key, keyLocation: keyLocation, value: value))
                }
                kind = .map(entries)
            }
            return DataNode(kind: kind, location: location, path: path)
        }
    }
}
