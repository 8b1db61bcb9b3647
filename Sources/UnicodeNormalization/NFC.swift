import Foundation

/// Unicode NFC, with a fast path: text made only of scalars that are certainly in NFC and never
/// combine with a neighbour (ASCII, Latin-1, the Vietnamese precomposed letters of Latin Extended
/// Additional, common punctuation) is returned as it is; anything else goes through
/// Foundation's full normalisation. Typesetting and data reading normalise every string they
/// receive, so the common case must cost a scan, not a normalisation.
public func nfcNormalized(_ text: String) -> String {
    for scalar in text.unicodeScalars where !isStableInNFC(scalar) {
        return text.precomposedStringWithCanonicalMapping
    }
    return text
}

public func nfcNormalized(_ text: Substring) -> String {
    nfcNormalized(String(text))
}

/// True for scalars that are NFC on their own and take part in no composition: a string of
/// them is in NFC. (Latin-1 and Latin Extended-A/B letters are precomposed and combine with
/// nothing that follows unless a combining mark follows, which the check below excludes.)
/// The one definition of the class: the markup parser's column and NFC shortcuts use it too.
@inlinable
public func isStableInNFC(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x0300 { return true }                        // ASCII, Latin-1, Latin Extended-A/B
    if value >= 0x1E00 && value <= 0x1EFF { return true }    // Latin Extended Additional (ạ ả ấ … ỹ)
    if value >= 0x2010 && value <= 0x205F { return true }    // dashes, quotes, ellipsis (not U+2000–U+200F spaces)
    if value == 0x20AB { return true }                       // ₫
    return false
}
