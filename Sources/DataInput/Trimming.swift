extension StringProtocol {
    /// The text without white space (spaces, tabs, line ends, no-break spaces) at either end.
    /// Native Swift: Foundation's `trimmingCharacters(in:)` bridges through NSString, and every
    /// value read from a data file is trimmed.
    var trimmedWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
