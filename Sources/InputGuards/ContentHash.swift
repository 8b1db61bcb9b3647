/// FNV-1a over bytes, 64 bits: a quick fingerprint of a file's content or a name, for keys that
/// a collision can only make wait or miss (a lock file's name, a version token), or that also
/// carry the length and are checked against their source (`ReadingCache`). Not for secrets.
public enum ContentHash {
    /// The hash of no bytes, where a hash over several pieces starts.
    public static let start: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of `bytes`, or of `bytes` after those `hash` is of.
    public static func fnv1a<Bytes: Sequence>(_ bytes: Bytes, continuing hash: UInt64 = start) -> UInt64 where Bytes.Element == UInt8 {
        // Contiguous bytes (Data, an array, a string's UTF-8) are read in place: a sequence's
        // iterator costs several times the hash itself.
        if let result = bytes.withContiguousStorageIfAvailable({ fnv1a(UnsafeRawBufferPointer($0), continuing: hash) }) { return result }
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    public static func fnv1a(_ bytes: UnsafeRawBufferPointer, continuing hash: UInt64 = start) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The hash as 16 hexadecimal digits, for a file name.
    public static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
