/// What the setting of a paragraph depends on: its text runs with their styles, its forced
/// breaks, its style and the width. Source locations are left out (they only label warnings).
/// A paragraph with a footnote has none: its numbering depends on the rest of the document.
struct SetParagraphKey: Hashable {
    private enum Run: Hashable {
        case text(String, TextStyle)
        case lineBreak
        case breakCost(Double)
    }

    private let runs: [Run]
    private let style: ParagraphStyle
    private let width: Double

    /// Nil for a paragraph not worth keeping: one with a footnote, or longer than
    /// `longestText` UTF-8 bytes (long prose rarely repeats, and hashing it costs).
    init?(_ paragraph: Paragraph, width: Double, longestText: Int) {
        var runs: [Run] = []
        runs.reserveCapacity(paragraph.content.count)
        var length = 0
        for inline in paragraph.content {
            switch inline {
            case let .text(text, style, _):
                length += text.utf8.count
                if length > longestText { return nil }
                runs.append(.text(text, style))
            case .lineBreak:
                runs.append(.lineBreak)
            case let .breakCost(cost):
                runs.append(.breakCost(cost))
            case .footnote:
                return nil
            }
        }
        self.runs = runs
        self.style = paragraph.style
        self.width = width
    }
}
