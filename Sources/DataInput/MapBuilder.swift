import VietnameseText

/// The entries of a map as its keys and values arrive: keys NFC, each once; merge keys
/// (`<<: *mac_dinh`) collected apart and put where the first one stood, without the keys
/// written in the map.
struct MapBuilder {
    private var explicit: [DataEntry] = []
    private var merged: [DataEntry] = []
    private var mergedKeys: Set<String> = []
    private var mergeInsertAt: Int?
    private var seen: [String: SourceLocation] = [:]
    private(set) var pendingKey: (key: String, location: SourceLocation, isMerge: Bool)?

    mutating func takeKey(_ raw: String, plain: Bool, at location: SourceLocation, mapPath: String) throws(DataError) {
        if plain && raw == "<<" {
            mergeInsertAt = mergeInsertAt ?? explicit.count
            pendingKey = ("<<", location, true)
            return
        }
        let key = (nfc(raw)).trimmedWhitespace
        if key.isEmpty { throw DataError(location: location, field: mapPath, message: "tên trường trống") }
        if let first = seen[key] {
            throw DataError(location: location, field: DataNode.childPath(mapPath, key: key),
                            message: YAMLReader.duplicateMessage(key: key, firstLine: first.line, secondLine: location.line))
        }
        seen[key] = location
        pendingKey = (key, location, false)
    }

    mutating func takeValue(_ value: DataNode, mapPath: String) throws(DataError) {
        guard let (key, location, isMerge) = pendingKey else { return }
        pendingKey = nil
        guard isMerge else {
            explicit.append(DataEntry(key: key, keyLocation: location, value: value))
            return
        }
        let sources: [DataNode]
        switch value.kind {
        case .map: sources = [value]
        case .list(let items) where !items.isEmpty: sources = items
        default: sources = [value]
        }
        for source in sources {
            guard case .map = source.kind else {
                throw DataError(location: source.location, field: mapPath, message: "khoá gộp «<<» cần một nhóm trường (ví dụ <<: *mac_dinh)")
            }
            // Merged fields are fields of this map: their paths are this map's.
            guard case .map(let entries) = DataNode.rebased(source, to: mapPath).kind else { continue }
            for entry in entries where mergedKeys.insert(entry.key).inserted {
                merged.append(entry)
            }
        }
    }

    func entries() -> [DataEntry] {
        guard let at = mergeInsertAt else { return explicit }
        var result = explicit
        result.insert(contentsOf: merged.filter { seen[$0.key] == nil }, at: at)
        return result
    }
}

extension DataNode {
    /// The node with its path, and its descendants', moved to `path`: an anchored value
    /// copied to where its alias stands keeps its location and takes the alias's path.
    static func rebased(_ node: DataNode, to path: String) -> DataNode {
        let old = node.path
        guard old != path else { return node }
        func move(_ node: DataNode) -> DataNode {
            var copy = node
            var suffix = Substring(node.path.dropFirst(old.count))
            if old.isEmpty, let first = suffix.first, first != "[" { suffix = "." + suffix }
            if path.isEmpty, suffix.first == "." { suffix = suffix.dropFirst() }
            copy.path = path + suffix
            switch node.kind {
            case .list(let items): copy.kind = .list(items.map(move))
            case .map(let entries):
                copy.kind = .map(entries.map { DataEntry(key: $0.key, keyLocation: $0.keyLocation, value: move($0.value)) })
            case .null, .scalar: break
            }
            return copy
        }
        return move(node)
    }
}
