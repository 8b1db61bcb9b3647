import DataInput
import DocumentTemplates
import Foundation
import FuzzSupport

/// The shipped templates and award rules, read once.
let builder: DocumentBuilder = {
    do { return try DocumentBuilder.standard() } catch { fatalError("templates: \(error)") }
}()
let templates = builder.catalog.names

/// YAML bytes to a tree, then the whole check path (inputs, computations, filling, markup) for
/// every shipped template in turn: the tree's own «mau» first, then each template's name.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPrepare(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let root: DataNode
    do { root = try DataLoader.parse(text(data, size), file: "van-ban.yaml") } catch {
        Invariants.check(error, file: "van-ban.yaml")
        return 0
    }
    guard case .map(let entries) = root.kind else { return 0 }
    for name in templates {
        var tree = root
        var named = entries.filter { $0.key != "mau" }
        named.insert(DataEntry(key: "mau", keyLocation: root.location,
                               value: DataNode(kind: .scalar(name), location: root.location, path: "mau")), at: 0)
        tree.kind = .map(named)
        do {
            _ = try builder.prepare(tree)
        } catch {
            error.errors.forEach { Invariants.check($0, file: "van-ban.yaml") }
        }
    }
    return 0
}
