import Foundation
import UnicodeNormalization

/// Whitespace rules for an inline context: spaces at the edges of a bold, italic or underlined
/// span move outside it; runs of spaces collapse to one across span boundaries; spaces at the
/// start and end of the context and around hard line breaks go; line breaks at the start or
/// end go; empty spans and empty footnotes go; adjacent texts merge (and are NFC).
enum InlineNormalizer {
    static func normalize(_ nodes: [Inline]) -> [Inline] {
        var previousIsSpace = true
        var emitted = false
        let forward = collapse(hoist(nodes), previousIsSpace: &previousIsSpace, emitted: &emitted)
        var atEnd = true
        var stripSpace = true
        return merge(trimEnd(forward, atEnd: &atEnd, stripSpace: &stripSpace))
    }

    /// Moves spaces at the edges of spans outside them: `* a *` → " " b["a"] " ".
    private static func hoist(_ nodes: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for node in nodes {
            switch node.kind {
            case .bold(let c), .italic(let c), .underline(let c):
                var children = hoist(c)
                var leading = false
                var trailing = false
                while let first = children.first, case .text(let t) = first.kind, t.unicodeScalars.first == " " {
                    leading = true
                    let rest = String(t.unicodeScalars.drop(while: { $0 == " " }))
                    if rest.isEmpty { children.removeFirst() } else { children[0] = Inline(.text(rest), at: first.position) }
                }
                while let last = children.last, case .text(let t) = last.kind, t.unicodeScalars.last == " " {
                    trailing = true
                    var view = t.unicodeScalars
                    while view.last == " " { view.removeLast() }
                    if view.isEmpty { children.removeLast() } else { children[children.count - 1] = Inline(.text(String(view)), at: last.position) }
                }
                if leading { out.append(Inline(.text(" "), at: node.position)) }
                out.append(Inline(rewrap(node.kind, children), at: node.position))
                if trailing { out.append(Inline(.text(" "), at: node.position)) }
            default:
                out.append(node)
            }
        }
        return out
    }

    private static func collapse(_ nodes: [Inline], previousIsSpace: inout Bool, emitted: inout Bool) -> [Inline] {
        var out: [Inline] = []
        for node in nodes {
            switch node.kind {
            case .text(let s):
                let text = collapseSpaces(s, previousIsSpace: &previousIsSpace)
                if !text.isEmpty {
                    out.append(Inline(.text(text), at: node.position))
                    emitted = true
                }
            case .bold(let c), .italic(let c), .underline(let c):
                let children = collapse(c, previousIsSpace: &previousIsSpace, emitted: &emitted)
                if !children.isEmpty { out.append(Inline(rewrap(node.kind, children), at: node.position)) }
            case .lineBreak:
                if !emitted { continue }
                out.append(node)
                previousIsSpace = true
            case .footnote(let c):
                if c.isEmpty { continue }
                out.append(node)
                previousIsSpace = false
                emitted = true
            }
        }
        return out
    }

    /// `s` with every run of spaces cut to one space, and no leading space when a space comes
    /// just before it (`previousIsSpace`, updated). Works on UTF-8, where the byte 0x20 is
    /// always a space; returns `s` itself when nothing changes.
    private static func collapseSpaces(_ s: String, previousIsSpace: inout Bool) -> String {
        let utf8 = s.utf8
        let start = previousIsSpace
        // Whether the text ends with a space; nil when some space must go.
        let endsWithSpace: Bool? = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var afterSpace = start
            for byte in bytes {
                if byte == 0x20 {
                    if afterSpace { return nil }
                    afterSpace = true
                } else {
                    afterSpace = false
                }
            }
            return afterSpace
        } ?? nil
        if let endsWithSpace {
            previousIsSpace = endsWithSpace
            return s
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var afterSpace = previousIsSpace
        for byte in utf8 {
            if byte == 0x20 {
                if afterSpace { continue }
                afterSpace = true
            } else {
                afterSpace = false
            }
            bytes.append(byte)
        }
        previousIsSpace = afterSpace
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `atEnd`: nothing follows; `stripSpace`: nothing or a line break follows.
    private static func trimEnd(_ nodes: [Inline], atEnd: inout Bool, stripSpace: inout Bool) -> [Inline] {
        var out: [Inline] = []
        for node in nodes.reversed() {
            switch node.kind {
            case .text(var s):
                if stripSpace, s.unicodeScalars.last == " " { s.unicodeScalars.removeLast() }
                if s.isEmpty { continue }
                out.append(Inline(.text(s), at: node.position))
                atEnd = false
                stripSpace = false
            case .bold(let c), .italic(let c), .underline(let c):
                let children = trimEnd(c, atEnd: &atEnd, stripSpace: &stripSpace)
                if !children.isEmpty { out.append(Inline(rewrap(node.kind, children), at: node.position)) }
            case .lineBreak:
                if atEnd { continue }
                out.append(node)
                stripSpace = true
            case .footnote:
                out.append(node)
                atEnd = false
                stripSpace = false
            }
        }
        return out.reversed()
    }

    private static func merge(_ nodes: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for node in nodes {
            switch node.kind {
            case .text(let s):
                if let last = out.last, case .text(let previous) = last.kind {
                    out[out.count - 1] = Inline(.text(nfc(previous + s)),
                                                at: last.position)
                } else {
                    out.append(Inline(.text(nfc(s)), at: node.position))
                }
            case .bold(let c), .italic(let c), .underline(let c):
                out.append(Inline(rewrap(node.kind, merge(c)), at: node.position))
            case .lineBreak, .footnote:
                out.append(node)
            }
        }
        return out
    }

    /// `nfcNormalized(s)`, answering at once for text made only of `Chars.isAlwaysOwnCharacter`
    /// scalars (nearly all Vietnamese text), which is NFC as it is.
    private static func nfc(_ s: String) -> String {
        let stable = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0
            while i < bytes.count {
                let (scalar, length) = Chars.decodeUTF8(bytes, at: i)
                if !Chars.isAlwaysOwnCharacter(scalar) { return false }
                i += length
            }
            return true
        }
        return stable == true ? s : nfcNormalized(s)
    }

    private static func rewrap(_ kind: Inline.Kind, _ children: [Inline]) -> Inline.Kind {
        switch kind {
        case .bold: return .bold(children)
        case .italic: return .italic(children)
        case .underline: return .underline(children)
        default: return kind
        }
    }
}
