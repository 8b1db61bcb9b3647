import Foundation

/// UPPERCASE for Vietnamese: đ → Đ, ư → Ư, ơ → Ơ, tones kept, result in NFC.
///
/// Swift's `uppercased()` applies the Unicode full case mapping, which is correct for every
/// Vietnamese letter; we only add NFC because the mapping of a precomposed letter may in
/// principle come back decomposed, and downstream stages require NFC.
public func vietnameseUppercased(_ text: String) -> String {
    let text = nfc(text)
    return nfc(LatinCase.mapped(text, LatinCase.upper) ?? text.uppercased())
}

/// lowercase counterpart of `vietnameseUppercased(_:)`.
public func vietnameseLowercased(_ text: String) -> String {
    let text = nfc(text)
    return nfc(LatinCase.mapped(text, LatinCase.lower) ?? text.lowercased())
}

/// Sentence case: the first letter uppercased, the rest left as they are
/// ("một triệu đồng" → "Một triệu đồng"). Leading non-letters are skipped over.
public func sentenceCased(_ text: String) -> String {
    let text = nfc(text)
    guard let index = text.firstIndex(where: { $0.isLetter }) else { return text }
    let first = String(text[index]).uppercased()
    return nfc(String(text[..<index]) + first + String(text[text.index(after: index)...]))
}
