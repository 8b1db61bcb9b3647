import Foundation
import Yams

/// Yams' composer as VanBan calls it: values stay text (see `YAMLReader`), merge keys
/// (`<<: *mac_dinh`) are tagged only in texts that can have one.
enum YAMLComposing {
    /// The merge rule is a regular expression: compiling it costs more than reading a data
    /// file, and every plain scalar of a mapping key is matched against it (Yams compares
    /// keys, tags included, to find duplicates). A plain scalar "<<" can only come from the
    /// characters "<<" in the text, so a text without them is tagged alike by both resolvers.
    static func resolver(for text: String) -> Resolver {
        containsMergeKeyMarker(text) ? mergeResolver : .basic
    }

    static let mergeResolver = Resolver.basic.appending(.merge)

    /// The constructor is not used to compose, but Yams' default argument builds one per call.
    /// (Its maps are constants: sharing it between threads is safe, though Yams does not mark
    /// it Sendable.)
    nonisolated(unsafe) static let constructor = Constructor.default

    static func compose(_ text: String) throws -> Node? {
        // UTF-8 explicitly: Yams' default reads the environment on every call to decide it.
        try Yams.compose(yaml: text, resolver(for: text), constructor, .utf8)
    }

    static func containsMergeKeyMarker(_ text: String) -> Bool {
        func scan<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
            var previousWasLess = false
            for byte in bytes {
                let isLess = byte == UInt8(ascii: "<")
                if isLess && previousWasLess { return true }
                previousWasLess = isLess
            }
            return false
        }
        // The buffer of a native string, when there is one: a plain loop over bytes.
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? scan(text.utf8)
    }
}
