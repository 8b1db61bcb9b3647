extension StringProtocol {
    /// The text without white space (spaces, tabs, line ends, no-break spaces) at either end.
    /// Native Swift: Foundation's `trimmingCharacters(in:)` bridges through NSString, and every
    /// value read from a data file is trimmed.
    var trimmedWhitespace: String {
        // Most values have nothing to trim: their end scalars say so, without walking characters.
        if let first = unicodeScalars.first, let last = unicodeScalars.last,
           isPlainlyNotWhitespace(first), isPlainlyNotWhitespace(last) {
            return String(self)
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}

extension String {
    /// True when every character is white space (or there is none): `allSatisfy(\.isWhitespace)`,
    /// answered at the first printable ASCII character when there is one.
    public var isAllWhitespace: Bool {
        // A printable ASCII scalar starts a character that is not white space, or follows a
        // prepended mark in one (and such a character is not white space either).
        for byte in utf8 where (0x21...0x7E).contains(byte) { return false }
        return allSatisfy(\.isWhitespace)
    }
}

/// Printable ASCII but the space, and the letters of Latin-1, Latin Extended-A/B and Latin
/// Extended Additional: not white space, never part of a character that starts with white
/// space (they do not extend the character before them).
@inline(__always)
private func isPlainlyNotWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x21...0x7E).contains(value) || (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value)
}
