/// Table borders arrive as one segment per cell side, and the bottom of one row is the top
/// of the next. Drawn as they come, a 500-row table is thousands of strokes for the PDF
/// writer; merged, each border line of a page is one segment. Segments on the same line
/// with the same thickness that overlap or touch become one; with butt caps and one opaque
/// colour the result looks exactly the same.
struct LineMerging {
    private struct Key: Hashable, Comparable {
        /// 0 horizontal, 1 vertical.
        var orientation: Int
        var thickness: Double
        /// The y of a horizontal line, the x of a vertical one, in thousandths of a point.
        var position: Int

        static func < (a: Key, b: Key) -> Bool {
            (a.thickness, a.orientation, a.position) < (b.thickness, b.orientation, b.position)
        }
    }

    private var spans: [Key: [(start: Double, end: Double)]] = [:]
    private var slanted: [LineSegment] = []
    private static let tolerance = 0.001

    var isEmpty: Bool { spans.isEmpty && slanted.isEmpty }

    mutating func add(_ line: LineSegment) {
        if abs(line.from.y - line.to.y) < Self.tolerance {
            let key = Key(orientation: 0, thickness: line.thickness, position: Int((line.from.y * 1000).rounded()))
            spans[key, default: []].append((min(line.from.x, line.to.x), max(line.from.x, line.to.x)))
        } else if abs(line.from.x - line.to.x) < Self.tolerance {
            let key = Key(orientation: 1, thickness: line.thickness, position: Int((line.from.x * 1000).rounded()))
            spans[key, default: []].append((min(line.from.y, line.to.y), max(line.from.y, line.to.y)))
        } else {
            slanted.append(line)
        }
    }

    /// The merged segments, thickest last, in a stable order.
    func merged() -> [LineSegment] {
        var result: [LineSegment] = []
        for key in spans.keys.sorted() {
            let position = Double(key.position) / 1000
            var current: (start: Double, end: Double)? = nil
            func emit(_ span: (start: Double, end: Double)) {
                result.append(key.orientation == 0
                    ? LineSegment(from: Point(x: span.start, y: position), to: Point(x: span.end, y: position), thickness: key.thickness)
                    : LineSegment(from: Point(x: position, y: span.start), to: Point(x: position, y: span.end), thickness: key.thickness))
            }
            for span in spans[key]!.sorted(by: { $0.start < $1.start }) {
                if let open = current, span.start <= open.end + Self.tolerance {
                    current = (open.start, max(open.end, span.end))
                } else {
                    if let open = current { emit(open) }
                    current = span
                }
            }
            if let open = current { emit(open) }
        }
        return result + slanted.sorted { $0.thickness < $1.thickness }
    }
}
