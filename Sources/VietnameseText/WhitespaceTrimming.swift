/// White space at the ends of a value: scalars with Unicode's White_Space property (spaces,
/// tabs, line ends, no-break spaces; never the zero-width characters, which a value keeps as
/// written). Counted in scalars, as the markup counts them: a combining mark after a space is
/// kept, not trimmed with it. The one definition every module trims with.
extension StringProtocol {
    /// The text without white space at either end. Native Swift: Foundation's
    /// `trimmingCharacters(in:)` bridges through NSString, and every value read is trimmed.
    public var trimmedWhitespace: String {
        let scalars = unicodeScalars
        // Most values have nothing to trim: their end scalars say so.
        if let first = scalars.first, let last = scalars.last, isPlainlyNotWhitespace(first), isPlainlyNotWhitespace(last) {
            return String(self)
        }
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhiteSpace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension String {
    /// True when every scalar is white space (or there is none), answered at the first
    /// printable ASCII character when there is one.
    public var isAllWhitespace: Bool {
        for byte in utf8 where (0x21...0x7E).contains(byte) { return false }
        return unicodeScalars.allSatisfy(\.isWhiteSpace)
    }
}

/// Printable ASCII but the space, and the letters of Latin-1, Latin Extended-A/B and Latin
/// Extended Additional: not white space.
@inline(__always)
private func isPlainlyNotWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x21...0x7E).contains(value) || (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value)
}

extension Unicode.Scalar {
    /// Unicode's White_Space property, answered at once for ASCII (tab to carriage return, and
    /// the space) and for the Latin letters and combining marks of Vietnamese text: the one test
    /// of white space every module splits and trims with.
    @inline(__always)
    public var isWhiteSpace: Bool {
        if isASCII { return self == " " || ("\t"..."\r").contains(self) }
        if isPlainlyNotWhitespace(self) || (0x300...0x36F).contains(value) { return false }
        return properties.isWhitespace
    }
}
