import Foundation

/// A `DataNode` tree as bytes and back, for `ReadingCache`: the nodes in pre-order through
/// `CompactWriter`. Decoding checks every length and index against the bytes it has, so a
/// truncated or damaged file gives nil, never a crash or a wrong tree that passes for right
/// (the cache's hash covers the source, not this).
public enum TreeCoding {
    private enum Tag: UInt8 { case null, scalar, list, map }
    /// Deeper than any data file may nest (InputLimits); a damaged file cannot recurse without end.
    static let depthLimit = 512

    public static func encode(_ root: DataNode) -> [UInt8] {
        var writer = CompactWriter()
        write(root, into: &writer)
        return writer.bytes
    }

    public static func decode(_ bytes: UnsafeRawBufferPointer) -> DataNode? {
        guard var reader = CompactReader(bytes), let root = read(&reader), reader.atEnd else { return nil }
        return root
    }

    public static func write(_ node: DataNode, into writer: inout CompactWriter) {
        switch node.kind {
        case .null: writer.byte(Tag.null.rawValue)
        case .scalar: writer.byte(Tag.scalar.rawValue)
        case .list: writer.byte(Tag.list.rawValue)
        case .map: writer.byte(Tag.map.rawValue)
        }
        writer.location(node.location)
        writer.string(node.path)
        switch node.kind {
        case .null: break
        case .scalar(let text): writer.string(text)
        case .list(let items): writer.array(items) { write($1, into: &$0) }
        case .map(let entries):
            writer.array(entries) { writer, entry in
                writer.string(entry.key)
                writer.location(entry.keyLocation)
                write(entry.value, into: &writer)
            }
        }
    }

    public static func read(_ reader: inout CompactReader) -> DataNode? {
        read(&reader, depth: 0)
    }

    private static func read(_ reader: inout CompactReader, depth: Int) -> DataNode? {
        guard depth < depthLimit, let tag = reader.byte().flatMap(Tag.init(rawValue:)),
              let location = reader.location(), let path = reader.string() else { return nil }
        let kind: DataNode.Kind
        switch tag {
        case .null: kind = .null
        case .scalar:
            guard let text = reader.string() else { return nil }
            kind = .scalar(text)
        case .list:
            guard let items = reader.array({ read(&$0, depth: depth + 1) }) else { return nil }
            kind = .list(items)
        case .map:
            let entries = reader.array { reader -> DataEntry? in
                guard let key = reader.string(), let keyLocation = reader.location(),
                      let value = read(&reader, depth: depth + 1) else { return nil }
                return DataEntry(key: key, keyLocation: keyLocation, value: value)
            }
            guard let entries else { return nil }
            kind = .map(entries)
        }
        return DataNode(kind: kind, location: location, path: path)
    }
}
