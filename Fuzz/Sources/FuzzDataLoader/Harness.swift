import DataInput
import FuzzSupport

/// YAML or JSON (by the first byte's parity) through the data loader, then every accessor.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let file = size > 0 && data[0] & 1 == 1 ? "du-lieu.json" : "du-lieu.yaml"
    do {
        let root = try DataLoader.parse(text(data, size), file: file)
        TreeWalk.exercise(root, file: file)
    } catch {
        Invariants.check(error, file: file)
    }
    return 0
}
