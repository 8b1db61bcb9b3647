import DocumentMarkup

/// Most inserted values (names, units, amounts) contain nothing the markup escaper changes:
/// one pass over their scalars says so, and the text goes in as it is, without the escaper
/// building a copy scalar by scalar.
///
/// By the escaping rule (docs/markup.md, "Escaping"; `MarkupEscaper`), a text is unchanged when
/// it is already NFC, its only white space is U+0020, it has a character that is not white
/// space, it starts with neither U+FEFF nor a combining mark, no character of
/// `MarkupEscaper.alwaysEscaped` occurs and its first non-space character is not in
/// `MarkupEscaper.escapedAtStart`. The scan accepts only scalars that are NFC and never combine
/// (below U+0300 without C0/C1 controls, or the precomposed letters of Latin Extended
/// Additional), and reads the escaper's own character sets; anything else goes to the escaper.
enum EscapeScan {
    static func isUnchangedByEscaping(_ text: String) -> Bool {
        guard let asciiRules else { return false }
        // Over the UTF-8 bytes (the buffer of a native string): an ASCII byte is looked up; a
        // lead byte tells the range of the scalar it starts (C2–CB: U+0080–U+02FF; E1 B8–BB:
        // U+1E00–U+1EFF); continuation bytes are skipped.
        func scan<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
            var seenText = false
            var iterator = bytes.makeIterator()
            while let byte = iterator.next() {
                if byte < 0x80 {
                    let rule = asciiRules[Int(byte)]
                    if rule == .space { continue }
                    if rule == .changed || (!seenText && rule == .changedAtStart) { return false }
                } else if byte == 0xC2 {
                    // U+0080–U+00BF: only U+00A0 onwards (no C1 controls).
                    guard let next = iterator.next(), next >= 0xA0 else { return false }
                } else if (0xC3...0xCB).contains(byte) {
                    _ = iterator.next()
                } else if byte == 0xE1 {
                    guard let next = iterator.next(), (0xB8...0xBB).contains(next) else { return false }
                    _ = iterator.next()
                } else {
                    return false
                }
                seenText = true
            }
            return seenText
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? scan(text.utf8)
    }

    enum ASCIIRule { case kept, space, changedAtStart, changed }

    /// What the escaper does to each ASCII scalar, from its published sets; nil (no quick
    /// answer ever) if a set holds anything beyond ASCII, which this table could not describe.
    static let asciiRules: [ASCIIRule]? = {
        let always = MarkupEscaper.alwaysEscaped, atStart = MarkupEscaper.escapedAtStart
        guard always.allSatisfy({ $0.isASCII }), atStart.allSatisfy({ $0.isASCII }) else { return nil }
        return (0..<128).map { value in
            let scalar = Unicode.Scalar(UInt8(value))
            if value == 0x20 { return .space }
            // Controls: tab, line breaks become spaces; the rest are left to the escaper.
            if value < 0x20 || value == 0x7F { return .changed }
            if always.contains(scalar) { return .changed }
            if atStart.contains(scalar) { return .changedAtStart }
            return .kept
        }
    }()
}
