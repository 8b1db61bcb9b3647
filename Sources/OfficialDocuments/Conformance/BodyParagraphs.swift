import DocumentMarkup

/// A paragraph of the body found on the pages: its lines in its section's flow.
struct FoundParagraph {
    var section: Int
    var range: Range<Int>
    /// All its words were found; else only its first line is known.
    var whole: Bool
    /// Set justified by the composer (and without forced line breaks).
    var justified: Bool
}

/// The paragraphs the checks know the text of: the căn cứ (with the proposal), and the
/// articles (Điều) of each section, each looked for in reading order after the one before.
struct BodyParagraphs {
    struct Basis {
        var text: String
        var isLast: Bool
        var found: FoundParagraph?
    }
    struct Article {
        var section: Int
        var label: String
        var isHeading: Bool
        var found: FoundParagraph?
    }

    var bases: [Basis] = []
    var articles: [Article] = []

    init(_ context: ConformanceContext) {
        let document = context.document
        let texts = document.legalBases.map(\.text) + [document.proposal?.text].compactMap { $0 }
        let flow = context.flow(section: 0)
        var cursor = 0
        for (index, text) in texts.enumerated() {
            let words = ConformanceText.words(text)
            let range = ConformanceText.find(words, in: flow.lines, from: cursor)
            if let range { cursor = range.upperBound }
            bases.append(Basis(text: text, isLast: index == texts.count - 1,
                               found: range.map { FoundParagraph(section: 0, range: $0, whole: true, justified: true) }))
        }
        for (section, blocks) in context.sectionBlocks.enumerated() {
            articles += Self.articles(in: blocks, section: section, flow: context.flow(section: section))
        }
    }

    private static func articles(in blocks: [Block], section: Int, flow: Flow) -> [Article] {
        var out: [Article] = []
        var cursor = 0
        for block in MarkupWalk.blocks(blocks) {
            let label: String, rest: [Inline], isHeading: Bool
            switch block.kind {
            case let .numberedParagraph(p) where p.level == .article: (label, rest, isHeading) = (p.number.label, p.content, false)
            case let .heading(h) where h.level == .article: (label, rest, isHeading) = (h.number.label, h.title, true)
            default: continue
            }
            let start = ["Điều", "\(label)."]
            let words = start + ConformanceText.words(rest.plainText)
            var found: FoundParagraph?
            if let range = ConformanceText.find(closing: words, in: flow.lines, from: cursor) {
                let breaks = rest.contains { if case .lineBreak = $0.kind { return true } else { return false } }
                found = FoundParagraph(section: section, range: range, whole: true, justified: !isHeading && !breaks)
            } else if let index = flow.lines.indices.dropFirst(cursor).first(where: { flow.lines[$0].words.starts(with: start) }) {
                found = FoundParagraph(section: section, range: index..<(index + 1), whole: false, justified: false)
            }
            if let found { cursor = found.range.upperBound }
            out.append(Article(section: section, label: label, isHeading: isHeading, found: found))
        }
        return out
    }
}
