import DocumentMarkup
import Typesetting

/// Markup inlines to engine inlines: bold, italic and underline accumulate onto a base style;
/// every text run keeps the markup position it came from.
struct InlineConverter {
    let base: TextStyle

    func convert(_ inlines: [DocumentMarkup.Inline]) -> [Typesetting.Inline] {
        convert(inlines, style: base)
    }

    func convert(_ inlines: [DocumentMarkup.Inline], style: TextStyle) -> [Typesetting.Inline] {
        var out: [Typesetting.Inline] = []
        for inline in inlines {
            switch inline.kind {
            case let .text(text):
                out.append(.text(text, style, inline.position))
            case let .bold(children):
                out += convert(children, style: style.with(bold: true))
            case let .italic(children):
                out += convert(children, style: style.with(italic: true))
            case let .underline(children):
                out += convert(children, style: style.with(underline: true))
            case let .footnote(children):
                out.append(.footnote(convert(children, style: base)))
            case .lineBreak:
                out.append(.lineBreak)
            }
        }
        return out
    }
}

extension Array where Element == Typesetting.Inline {
    /// Ends the text with NĐ 30's "./." marker: a final "." becomes "./.", else "./." is added.
    func endingWithEndMarker(style: TextStyle) -> [Typesetting.Inline] {
        var inlines = self
        for index in inlines.indices.reversed() {
            guard case let .text(text, textStyle, source) = inlines[index] else { continue }
            var end = text.endIndex
            while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
            let trimmed = String(text[..<end])
            if trimmed.hasSuffix("./.") { return inlines }
            let marked = trimmed.hasSuffix(".") ? trimmed + "/." : trimmed + "./."
            inlines[index] = .text(marked, textStyle, source)
            return inlines
        }
        return inlines + [.text("./.", style)]
    }
}
