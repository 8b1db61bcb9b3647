/// An outline entry found in the flow, at `y` inside its box.
struct OutlineAnchor {
    var title: String
    var level: Int
    var y: Double
}

/// A horizontal slice of content that is never split across pages: a line of a paragraph,
/// a table row, a grid row. Items are relative to the box's top-left corner.
struct VBox {
    var height: Double
    var items: [PageItem]
    /// Footnotes whose notes must stand at the foot of the page that holds this box.
    var footnotes: [Int] = []
    var anchors: [OutlineAnchor] = []
    /// The baseline of a line box, from its top.
    var baseline: Double? = nil
    /// For a table's body row: the header rows to repeat when the row begins a page.
    var repeatedHeader: [VBox]? = nil
}

/// The vertical list (TeX's term): boxes, glue that vanishes at a page break, and penalties
/// that say where a page may break (0), may not (+∞) or must (−∞).
enum VItem {
    case box(VBox)
    case glue(Double)
    case penalty(Double)
}

/// Content stacked at a fixed width with no page breaks (a table cell, a grid cell,
/// a footnote), kept as bands so a too-tall table row can still be cut between lines.
struct Frame {
    struct Band {
        var top: Double
        var height: Double
        var items: [PageItem]
        var baseline: Double? = nil
    }
    var bands: [Band] = []
    var height: Double = 0
    var footnotes: [Int] = []
    var anchors: [OutlineAnchor] = []

    /// The first line's baseline from the top, if the frame begins with text.
    var firstBaseline: Double? { bands.first { $0.baseline != nil }.map { $0.top + $0.baseline! } }

    var items: [PageItem] { bands.flatMap { band in band.items.map { $0.translated(dx: 0, dy: band.top) } } }

    init() {}

    /// Moves the content down by `shift`, the frame growing by as much.
    mutating func shiftDown(by shift: Double) {
        for b in bands.indices { bands[b].top += shift }
        for a in anchors.indices { anchors[a].y += shift }
        height += shift
    }

    /// The bands above `y` and those below it (moved up by `y`). The footnotes go with the
    /// top piece, the page that cites them; outline anchors with the piece they fall in.
    func cut(at y: Double) -> (top: Frame, bottom: Frame) {
        var top = Frame(), bottom = Frame()
        for band in bands {
            if band.top < y - 0.001 {
                top.bands.append(band)
            } else {
                var moved = band
                moved.top -= y
                bottom.bands.append(moved)
            }
        }
        for anchor in anchors {
            if anchor.y < y - 0.001 { top.anchors.append(anchor) } else { bottom.anchors.append(OutlineAnchor(title: anchor.title, level: anchor.level, y: anchor.y - y)) }
        }
        top.height = min(y, height)
        bottom.height = max(0, height - y)
        top.footnotes = footnotes
        return (top, bottom)
    }

    init(stacking list: [VItem]) {
        var y = 0.0
        for item in list {
            switch item {
            case let .box(box):
                bands.append(Band(top: y, height: box.height, items: box.items, baseline: box.baseline))
                footnotes += box.footnotes
                anchors += box.anchors.map { OutlineAnchor(title: $0.title, level: $0.level, y: $0.y + y) }
                y += box.height
            case let .glue(g):
                y += g
            case .penalty:
                break
            }
        }
        height = y
    }
}
