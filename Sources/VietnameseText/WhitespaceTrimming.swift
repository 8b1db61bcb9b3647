import Foundation

/// `text.trimmingCharacters(in: .whitespaces)` (spaces of category Zs and tabs at either end),
/// answered without Foundation when both ends are plainly not such a space: the usual case for
/// values, keys and numbers read from data files, and the bridged call costs more than the rest
/// of parsing a date.
public func trimmingWhitespaces(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, let last = scalars.last else { return text }
    if isCertainlyNotWhitespace(first.value) && isCertainlyNotWhitespace(last.value) { return text }
    return text.trimmingCharacters(in: .whitespaces)
}

/// Printable ASCII but the space, and the Latin letters of Latin-1, Extended-A/B and Extended
/// Additional: none of them is in `CharacterSet.whitespaces`.
@inline(__always)
private func isCertainlyNotWhitespace(_ value: UInt32) -> Bool {
    (0x21...0x7E).contains(value) || (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value)
}
