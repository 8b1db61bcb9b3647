/// FNV-1a over bytes, 64 bits: a quick fingerprint of a file's content or a name, for keys that
/// a collision can only make wait or miss (a lock file's name, a version token), or that also
/// carry the length and are checked against their source (`ParsedTreeCache`). Not for secrets.
public enum ContentHash {
    public static func fnv1a<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        // Contiguous bytes (Data, an array, a string's UTF-8) are read in place: a sequence's
        // iterator costs several times the hash itself.
        if let hash = bytes.withContiguousStorageIfAvailable({ fnv1a(UnsafeRawBufferPointer($0)) }) { return hash }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    public static func fnv1a(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The hash as 16 hexadecimal digits, for a file name.
    public static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
