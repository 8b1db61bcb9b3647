/// Fills pages from a vertical list, greedily like TeX's page builder: each page takes as much
/// as fits and breaks at the last allowed place before the overflow, so keep-together,
/// keep-with-next and widow/orphan penalties are honoured. Footnotes travel with the box that
/// cites them; a body row that begins a page brings its table's header along.
///
/// The list arrives item by item (`append`) and each page is handed on as soon as it is
/// decided, so the first pages can be drawn while the rest is still being composed. A break
/// depends only on the items up to the one that overflows, so feeding the list in pieces
/// gives the same pages as feeding it whole.
final class PageBuilder {
    struct PlacedBox {
        var box: VBox
        var y: Double
    }

    struct PageContent {
        var boxes: [PlacedBox] = []
        var footnotes: [Int] = []
    }

    let bodyHeight: Double
    /// The height each footnote takes at the foot of the page.
    let footnoteHeight: (Int) -> Double
    /// Space and rule between the text and the first footnote.
    let footnoteSeparator: Double
    private let warn: (LayoutWarning) -> Void

    private let tolerance = 0.01

    /// Items from the top of the page being filled; what follows its break is fed again to
    /// the next page.
    private var pending: [VItem] = []
    /// The next item of `pending` to place.
    private var scan = 0
    /// Whether the page being filled has its first box (before that, glue and penalties at
    /// the top of a page vanish).
    private var started = false
    private var page = PageContent()
    private var y = 0.0
    private var footnoteTotal = 0.0
    private var headerCount = 0
    private var lastBreak: (index: Int, boxes: Int, footnotes: Int, footnoteTotal: Double)? = nil

    /// Pages handed on so far.
    private(set) var pageCount = 0

    init(bodyHeight: Double, footnoteHeight: @escaping (Int) -> Double, footnoteSeparator: Double,
         warn: @escaping (LayoutWarning) -> Void) {
        self.bodyHeight = bodyHeight
        self.footnoteHeight = footnoteHeight
        self.footnoteSeparator = footnoteSeparator
        self.warn = warn
    }

    /// Adds the next item; `deliver` receives the pages it completes.
    func append(_ item: VItem, deliver: (PageContent) -> Void) {
        pending.append(item)
        advance(deliver)
    }

    /// The list is complete: the last page goes out.
    func finish(deliver: (PageContent) -> Void) {
        advance(deliver)
        if started { endPage(next: pending.count, deliver) }
    }

    private func advance(_ deliver: (PageContent) -> Void) {
        while scan < pending.count {
            if !started {
                guard case let .box(first) = pending[scan] else { scan += 1; continue }
                pending.removeFirst(scan)
                scan = 0
                startPage(header: first.repeatedHeader)
            }
            switch pending[scan] {
            case let .box(box):
                let newNotes = box.footnotes.filter { !page.footnotes.contains($0) }
                var notesHeight = newNotes.reduce(0.0) { $0 + footnoteHeight($1) }
                if !newNotes.isEmpty && page.footnotes.isEmpty { notesHeight += footnoteSeparator }
                let fits = y + box.height + footnoteTotal + notesHeight <= bodyHeight + tolerance
                if !fits && page.boxes.count > headerCount {
                    if let cut = lastBreak {
                        page.boxes.removeLast(page.boxes.count - cut.boxes)
                        page.footnotes.removeLast(page.footnotes.count - cut.footnotes)
                        footnoteTotal = cut.footnoteTotal
                        endPage(next: cut.index + 1, deliver)
                    } else {
                        warn(LayoutWarning(.keepRuleBroken))
                        endPage(next: scan, deliver)
                    }
                    continue
                }
                if !fits {
                    warn(LayoutWarning(.contentTallerThanPage(height: box.height, bodyHeight: bodyHeight)))
                }
                page.boxes.append(PlacedBox(box: box, y: y))
                page.footnotes += newNotes
                footnoteTotal += notesHeight
                y += box.height
            case let .glue(g):
                y += g
            case let .penalty(p):
                if p <= -BreakItems.infinitePenalty {
                    endPage(next: scan + 1, deliver)
                    continue
                }
                if p < BreakItems.infinitePenalty && page.boxes.count > headerCount {
                    lastBreak = (scan, page.boxes.count, page.footnotes.count, footnoteTotal)
                }
            }
            scan += 1
        }
    }

    private func startPage(header: [VBox]?) {
        page = PageContent()
        y = 0
        footnoteTotal = 0
        lastBreak = nil
        for headerBox in header ?? [] {
            page.boxes.append(PlacedBox(box: headerBox, y: y))
            y += headerBox.height
        }
        headerCount = page.boxes.count
        started = true
    }

    /// Hands the page on; the items from `next` on begin the next page.
    private func endPage(next: Int, _ deliver: (PageContent) -> Void) {
        deliver(page)
        pageCount += 1
        pending.removeFirst(min(next, pending.count))
        scan = 0
        started = false
    }
}
