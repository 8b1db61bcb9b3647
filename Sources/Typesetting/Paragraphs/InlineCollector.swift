import UnicodeNormalization

/// A run of text in one style inside a word, as collected from the paragraph's inlines.
struct Piece {
    var text: String
    var style: TextStyle
    /// The footnote whose marker this piece is.
    var footnote: Int?
    var source: SourceLocation?
    /// The text run the piece came from and where in it, for messages.
    var runText: String = ""
    var runOffset: String.Index? = nil
}

/// What the first phase makes of a paragraph: words (runs of pieces between spaces, by their
/// range in the paragraph's pieces: one array for the paragraph, not one per word), spaces,
/// forced line breaks.
enum CollectedSegment {
    case word(Range<Int>)
    /// `character` is the space as typed (" " for every breaking space, U+00A0 or U+202F);
    /// `breakPenalty` what ending a line here costs (infinite where no line may end).
    case space(character: String, style: TextStyle, breakPenalty: Double)
    case lineBreak
}

struct CollectedParagraph {
    var segments: [CollectedSegment] = []
    var pieces: [Piece] = []
    var footnotes: [PendingFootnote] = []
    var plainText = ""
}

/// Phase 1, collect: the paragraph's inlines, normalised to NFC, as words and spaces. Numbers
/// footnote markers from `nextFootnote` on. Decides where a space may break:
///
/// A line never ends on a hyphen: "05-" at a line end reads as a hyphenated word (and text
/// extraction joins it to the next line), so the space after a word ending in "-" does not
/// break, and a lone dash stays with the words on both sides.
struct InlineCollector {
    private var result = CollectedParagraph()
    /// Where the word being collected begins in `result.pieces`.
    private var wordStart = 0
    private var previousWordEndsWithHyphen = false
    /// The cost an `Inline.breakCost` gave the next breaking space.
    private var nextBreakCost: Double?
    /// The style of the last text run: footnote markers take their size from it.
    private var lastStyle: TextStyle
    private var nextFootnote: Int

    private init(strut: TextStyle, nextFootnote: Int) {
        lastStyle = strut
        self.nextFootnote = nextFootnote
    }

    /// The collected paragraph and the next footnote number after it.
    static func collect(_ paragraph: Paragraph, nextFootnote: Int) -> (CollectedParagraph, nextFootnote: Int) {
        var collector = InlineCollector(strut: paragraph.style.strut, nextFootnote: nextFootnote)
        for inline in paragraph.content {
            switch inline {
            case let .text(text, style, source): collector.addText(nfcNormalized(text), style: style, source: source)
            case .lineBreak: collector.addLineBreak()
            case let .footnote(content): collector.addFootnote(content)
            case let .breakCost(cost): collector.nextBreakCost = cost
            }
        }
        collector.endWord()
        return (collector.result, collector.nextFootnote)
    }

    /// Words are split at spaces only, scalar by scalar: grapheme clusters are never cut
    /// because no space scalar sits inside one.
    private mutating func addText(_ text: String, style: TextStyle, source: SourceLocation?) {
        result.plainText += text
        lastStyle = style
        let scalars = text.unicodeScalars
        var wordStart: String.Index? = nil
        var previousWasCarriageReturn = false
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let isSpace = CharacterClasses.isWordSpace(scalar), isNoBreak = CharacterClasses.isNoBreakSpace(scalar)
            if isSpace || isNoBreak {
                if let start = wordStart {
                    addPiece(Piece(text: String(scalars[start..<index]), style: style, source: source, runText: text, runOffset: start))
                    wordStart = nil
                }
                // A CR LF pair is one line end, not two spaces.
                if isNoBreak {
                    addSpace(String(scalar), style: style, breakable: false)
                } else if !(scalar.value == 0x0A && previousWasCarriageReturn) {
                    addSpace(" ", style: style, breakable: true)
                }
            } else if wordStart == nil {
                wordStart = index
            }
            previousWasCarriageReturn = scalar.value == 0x0D
            index = scalars.index(after: index)
        }
        if let start = wordStart {
            addPiece(Piece(text: String(scalars[start...]), style: style, source: source, runText: text, runOffset: start))
        }
    }

    /// Pieces of one style run together; a footnote marker stays a piece of its own.
    private mutating func addPiece(_ piece: Piece) {
        let count = result.pieces.count
        if piece.footnote == nil, count > wordStart, result.pieces[count - 1].footnote == nil,
           result.pieces[count - 1].style == piece.style {
            result.pieces[count - 1].text += piece.text
        } else {
            result.pieces.append(piece)
        }
    }

    private mutating func endWord() {
        let end = result.pieces.count
        guard end > wordStart else { return }
        let last = result.pieces[end - 1]
        previousWordEndsWithHyphen = CharacterClasses.endsWithHyphen(last.text)
        if end - wordStart == 1 && CharacterClasses.isLoneDash(last.text) {
            previousWordEndsWithHyphen = true
            // No break before a lone dash either.
            if case let .space(character, style, _)? = result.segments.last {
                result.segments[result.segments.count - 1] = .space(character: character, style: style, breakPenalty: .infinity)
            }
        }
        result.segments.append(.word(wordStart..<end))
        wordStart = end
    }

    private mutating func addSpace(_ character: String, style: TextStyle, breakable: Bool) {
        endWord()
        let penalty = breakable && !previousWordEndsWithHyphen ? (nextBreakCost ?? 0) : .infinity
        result.segments.append(.space(character: character, style: style, breakPenalty: penalty))
        previousWordEndsWithHyphen = false
        if breakable { nextBreakCost = nil }
    }

    private mutating func addLineBreak() {
        endWord()
        result.plainText += " "
        result.segments.append(.lineBreak)
    }

    private mutating func addFootnote(_ content: [Inline]) {
        let number = nextFootnote
        nextFootnote += 1
        var markerStyle = lastStyle
        markerStyle.size = (lastStyle.size * 0.65).rounded()
        markerStyle.rise = lastStyle.size * 0.35
        markerStyle.underline = false
        addPiece(Piece(text: String(number), style: markerStyle, footnote: number))
        result.footnotes.append(PendingFootnote(number: number, content: content, style: lastStyle))
    }
}
