/// A word or space after shaping: glyphs in the faces that have them, widths at their sizes.
enum PreparedSegment {
    /// The fragments of a word (their range in the paragraph's fragments) with the pieces they
    /// came from. `cut`: the word was wider than the line and stands here in grapheme
    /// clusters, each of which may end a line.
    case word(Range<Int>, cut: Bool)
    case space(ShapedFragment, width: Double, style: TextStyle, breakPenalty: Double)
    case lineBreak
}

/// The prepared words and spaces of a paragraph; the fragments of all its words in one array.
struct PreparedParagraph {
    var segments: [PreparedSegment] = []
    var fragments: [(fragment: ShapedFragment, piece: Piece)] = []
}

/// Phase 2, prepare: shapes every word once (HarfBuzz, through the shaper's cache), drawing
/// characters the style's face lacks from the fallback faces, and reports characters no face
/// has and words wider than the line. Spaces are shaped once per face, size and kind.
final class WordShaper {
    let fonts: FontLibrary
    let shaper: Shaper

    private struct SpaceKey: Hashable {
        let face: ObjectIdentifier
        let size: Double
        let character: String
    }
    private var spaces: [SpaceKey: (ShapedFragment, Double)] = [:]
    /// The last space looked up: a paragraph's spaces are nearly all alike.
    private var lastSpace: (key: SpaceKey, shaped: (ShapedFragment, Double))?

    init(fonts: FontLibrary, shaper: Shaper) {
        self.fonts = fonts; self.shaper = shaper
    }

    /// `measure`: the line width, beyond which a word is cut (when `cutLongWords`).
    func prepare(_ collected: CollectedParagraph, measure: Double, cutLongWords: Bool,
                 warnings: inout [LayoutWarning]) -> PreparedParagraph {
        var faces = FaceCache(fonts: fonts)
        var reportedMissing = Set<UInt32>()
        var prepared = PreparedParagraph()
        prepared.segments.reserveCapacity(collected.segments.count)
        prepared.fragments.reserveCapacity(collected.pieces.count)
        for segment in collected.segments {
            switch segment {
            case let .word(range):
                let start = prepared.fragments.count
                for piece in collected.pieces[range] {
                    shape(piece, face: faces.face(piece.style), into: &prepared.fragments, reportedMissing: &reportedMissing,
                          warnings: &warnings)
                }
                let cut = cutLongWords && cutIfTooLong(&prepared.fragments, from: start, measure: measure, warnings: &warnings)
                prepared.segments.append(.word(start..<prepared.fragments.count, cut: cut))
            case let .space(character, style, breakPenalty):
                let (fragment, width) = space(character, style: style, face: faces.face(style))
                prepared.segments.append(.space(fragment, width: width, style: style, breakPenalty: breakPenalty))
            case .lineBreak:
                prepared.segments.append(.lineBreak)
            }
        }
        return prepared
    }

    /// Shapes a piece; where its face lacks characters, splits it into runs of the faces that
    /// have them, and reports characters that no face has (once per paragraph).
    private func shape(_ piece: Piece, face: FontFace, into fragments: inout [(fragment: ShapedFragment, piece: Piece)],
                       reportedMissing: inout Set<UInt32>, warnings: inout [LayoutWarning]) {
        let shaped = shaper.shape(piece.text, face: face)
        if !shaped.glyphs.contains(where: { $0.id == 0 }) {
            fragments.append((shaped, piece))
            return
        }
        var runs: [(String, FontFace)] = []
        let characters = Array(piece.text)
        for (index, character) in characters.enumerated() {
            var chosen = face
            if !face.covers(character) {
                if let fallback = fonts.fallbackFaces.first(where: { $0.covers(character) }) {
                    chosen = fallback
                } else if reportedMissing.insert(character.unicodeScalars.first!.value).inserted {
                    let context = Self.context(of: index, in: characters, piece: piece)
                    warnings.append(LayoutWarning(.missingGlyph(character: String(character), context: context), source: piece.source))
                }
            }
            if let last = runs.last, last.1 === chosen {
                runs[runs.count - 1].0.append(character)
            } else {
                runs.append((String(character), chosen))
            }
        }
        for (text, runFace) in runs {
            var part = piece
            part.text = text
            fragments.append((shaper.shape(text, face: runFace), part))
        }
    }

    /// Up to 20 characters either side in the text the word came from (12 of the word itself
    /// when the run is not known).
    private static func context(of index: Int, in characters: [Character], piece: Piece) -> String {
        guard let offset = piece.runOffset else {
            return String(characters[max(0, index - 12)..<min(characters.count, index + 12)])
        }
        let run = piece.runText
        let from = run.index(offset, offsetBy: -20, limitedBy: run.startIndex) ?? run.startIndex
        let to = run.index(offset, offsetBy: characters.count + 20, limitedBy: run.endIndex) ?? run.endIndex
        return String(run[from..<to])
    }

    /// A word wider than the line (its fragments from `start` on) is cut between grapheme
    /// clusters, with a warning; true if it was.
    private func cutIfTooLong(_ fragments: inout [(fragment: ShapedFragment, piece: Piece)], from start: Int,
                              measure: Double, warnings: inout [LayoutWarning]) -> Bool {
        let word = fragments[start...]
        let total = word.reduce(0.0) { $0 + $1.fragment.width(at: $1.piece.style.size) }
        guard total > measure else { return false }
        warnings.append(LayoutWarning(.wordBrokenAcrossLines(word: word.map(\.piece.text).joined()),
                                      source: word.first?.piece.source))
        var parts: [(fragment: ShapedFragment, piece: Piece)] = []
        for (fragment, piece) in word {
            for part in fragment.splitAtGraphemes() {
                var partPiece = piece
                partPiece.text = part.text
                parts.append((part, partPiece))
            }
        }
        fragments.replaceSubrange(start..., with: parts)
        return true
    }

    /// The shaped space and its width. A face without the character (a no-break space, say)
    /// draws its plain space.
    private func space(_ character: String, style: TextStyle, face: FontFace) -> (ShapedFragment, Double) {
        let key = SpaceKey(face: ObjectIdentifier(face), size: style.size, character: character)
        if let last = lastSpace, last.key == key { return last.shaped }
        if let cached = spaces[key] {
            lastSpace = (key, cached)
            return cached
        }
        let shaped = shaper.shape(face.covers(Character(character)) ? character : " ", face: face)
        let fragment = character == shaped.text ? shaped : ShapedFragment(face: face, text: character, glyphs: shaped.glyphs)
        let result = (fragment, shaped.width(at: style.size))
        spaces[key] = result
        lastSpace = (key, result)
        return result
    }
}

/// The face of each style met in a paragraph; an unknown family falls back to the shipped
/// default. (The library's look-up takes a lock, and a paragraph asks for the same one to
/// three styles for every word and space: a short list searched in order costs less than
/// hashing the style each time.)
struct FaceCache {
    let fonts: FontLibrary
    private var faces: [(style: TextStyle, face: FontFace)] = []

    init(fonts: FontLibrary) { self.fonts = fonts }

    mutating func face(_ style: TextStyle) -> FontFace {
        for entry in faces where entry.style == style { return entry.face }
        let face = (try? fonts.face(for: style))
            ?? (try? fonts.face(family: TextStyle.defaultFamily, bold: style.bold, italic: style.italic))
            ?? fonts.faces[0]
        faces.append((style, face))
        return face
    }
}
