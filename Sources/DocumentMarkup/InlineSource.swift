import Foundation
import UnicodeNormalization

/// The text of one inline context (a paragraph, a title, a list item, a table cell …): slices
/// of source lines joined by line ends. Positions are looked up from the slices when needed
/// (for the few scalars that start a node), not stored for every scalar.
struct InlineSource {
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var startLine: Int
    private(set) var startColumn: Int
    private(set) var endLine: Int
    private(set) var endColumn: Int
    /// The first slice, and the others: most contexts are one slice (a cell, a title) and then
    /// need no array.
    private var firstSlice: Slice?
    private var moreSlices: [Slice] = []
    private var sliceCount: Int { firstSlice == nil ? 0 : 1 + moreSlices.count }
    private func slice(_ k: Int) -> Slice { k == 0 ? firstSlice! : moreSlices[k - 1] }

    /// `line[from...]` copied to `scalars[start...]`; for slices after the first, the line end
    /// joining it to the slice before is `scalars[start - 1]`, at the end of that slice.
    private struct Slice {
        var start: Int
        var line: SourceLine
        var from: Int
        var lineEndLine: Int
        var lineEndColumn: Int
    }

    init(line: Int, column: Int) {
        startLine = line
        startColumn = column
        endLine = line
        endColumn = column
    }

    /// Appends `line[from...through]` (may be empty); slices after the first are preceded by a
    /// line end.
    mutating func append(_ line: SourceLine, from: Int, through: Int) {
        let lineEndLine = endLine
        let lineEndColumn = endColumn
        if firstSlice == nil {
            startLine = line.number
            startColumn = line.column(min(from, line.count))
            firstSlice = Slice(start: 0, line: line, from: from, lineEndLine: lineEndLine, lineEndColumn: lineEndColumn)
        } else {
            scalars.append("\n")
            moreSlices.append(Slice(start: scalars.count, line: line, from: from,
                                    lineEndLine: lineEndLine, lineEndColumn: lineEndColumn))
        }
        if from <= through {
            scalars.append(contentsOf: line.scalars[from...through])
            endColumn = line.column(through + 1)
        } else {
            endColumn = line.column(min(from, line.count))
        }
        endLine = line.number
    }

    /// Line and column of `scalars[i]`; past the end, the end of the source.
    func location(_ i: Int) -> (line: Int, column: Int) {
        if i >= scalars.count { return (endLine, endColumn) }
        // The last slice starting at or before i (slice starts strictly increase).
        var low = 0
        var high = sliceCount - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if slice(middle).start <= i { low = middle } else { high = middle - 1 }
        }
        if low + 1 < sliceCount, slice(low + 1).start - 1 == i {
            let next = slice(low + 1)
            return (next.lineEndLine, next.lineEndColumn)
        }
        let found = slice(low)
        return (found.line.number, found.line.column(found.from + i - found.start))
    }
}
