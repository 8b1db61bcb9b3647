import DataInput
import FuzzSupport

/// YAML through the parser; the tree, encoded as the parsed-tree cache keeps it, must decode to
/// itself; then the encoding cut short and with one byte changed (where the input's bytes say)
/// must decode to nothing or to a tree whose every value reads without a crash. (A damaged
/// tree may name no file, so its messages are not held to the invariants: the cache's own hash
/// keeps such a tree from ever being used.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTreeCache(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let root = try? DataLoader.parse(text(data, size), file: "mau.yaml") else { return 0 }
    let bytes = TreeCoding.encode(root)
    guard bytes.withUnsafeBytes({ TreeCoding.decode($0) }) == root else { fatalError("an encoded tree does not decode to itself") }
    var seed = UInt64(size)
    for index in 0..<min(size, 64) { seed = seed &* 31 &+ UInt64(data[index]) }
    let cut = Int(seed % UInt64(bytes.count))
    var changed = bytes
    changed[Int((seed >> 20) % UInt64(bytes.count))] ^= UInt8(truncatingIfNeeded: seed >> 8) | 1
    for damaged in [Array(bytes[..<cut]), changed] {
        if let tree = damaged.withUnsafeBytes({ TreeCoding.decode($0) }) { read(tree) }
    }
    return 0
}

/// Every accessor on every value, whatever it says.
func read(_ node: DataNode) {
    _ = try? node.string()
    _ = try? node.int()
    _ = try? node.decimal()
    _ = try? node.bool()
    _ = node.location.description
    switch node.kind {
    case .list(let items): items.forEach(read)
    case .map(let entries): entries.forEach { _ = $0.keyLocation.description; read($0.value) }
    case .null, .scalar: break
    }
}
