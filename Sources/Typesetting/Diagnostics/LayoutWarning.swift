import Foundation

/// Something the engine did that a person should know about; never silent. The engine states
/// what happened as data; the layer that speaks to the user words it (OfficialDocuments does,
/// in Vietnamese). `description` is for developers and logs.
public struct LayoutWarning: Sendable, CustomStringConvertible, Equatable {
    public enum Kind: Sendable, Equatable {
        /// No face has `character`; `context` is up to 20 characters of the text either side.
        case missingGlyph(character: String, context: String)
        /// `word` is wider than its line and was cut between grapheme clusters.
        case wordBrokenAcrossLines(word: String)
        /// A line `excess` points wider than its measure.
        case overfullLine(excess: Double, text: String)
        /// A box `height` points tall on a page body of `bodyHeight`: the rest overflows.
        case contentTallerThanPage(height: Double, bodyHeight: Double)
        /// Material to be kept on one page was longer than a page and had to be broken.
        case keepRuleBroken
        /// The image file could not be read; its space is left empty.
        case unreadableImage(path: String)
        /// Row `row` (1-based) of a grid or table has more cells than its `columns` columns:
        /// the extra cells are left out.
        case tooManyCells(row: Int, columns: Int)
    }
    public var kind: Kind
    public var source: SourceLocation?

    public init(_ kind: Kind, source: SourceLocation? = nil) {
        self.kind = kind; self.source = source
    }

    public var description: String {
        let what: String
        switch kind {
        case let .missingGlyph(character, context):
            what = "no face has \(Self.codePoints(character)) \"\(character)\" (in \"\(context)\")"
        case let .wordBrokenAcrossLines(word): what = "word wider than its line, cut: \"\(word)\""
        case let .overfullLine(excess, text): what = "line \(excess) pt too wide: \"\(text)\""
        case let .contentTallerThanPage(height, bodyHeight): what = "box \(height) pt taller than the page body (\(bodyHeight) pt)"
        case .keepRuleBroken: what = "material kept together is longer than a page: broken"
        case let .unreadableImage(path): what = "cannot read image \(path)"
        case let .tooManyCells(row, columns): what = "row \(row) has more cells than its \(columns) columns: extra cells left out"
        }
        return source.map { "\($0): \(what)" } ?? what
    }

    /// "U+1EA0" for each scalar of `character`, space separated.
    public static func codePoints(_ character: String) -> String {
        character.unicodeScalars.map { String(format: "U+%04X", $0.value) }.joined(separator: " ")
    }
}
