/// Fills pages from a vertical list, greedily like TeX's page builder: each page takes as much
/// as fits and breaks at the last allowed place before the overflow, so keep-together,
/// keep-with-next and widow/orphan penalties are honoured. Footnotes travel with the box that
/// cites them; a body row that begins a page brings its table's header along.
struct PageBuilder {
    struct PlacedBox {
        var box: VBox
        var y: Double
    }

    struct PageContent {
        var boxes: [PlacedBox] = []
        var footnotes: [Int] = []
        var contentHeight = 0.0
    }

    let bodyHeight: Double
    /// The height each footnote takes at the foot of the page.
    let footnoteHeight: (Int) -> Double
    /// Space and rule between the text and the first footnote.
    let footnoteSeparator: Double
    var warn: (LayoutWarning) -> Void

    private let tolerance = 0.01

    func paginate(_ list: [VItem]) -> [PageContent] {
        var pages: [PageContent] = []
        var i = 0
        let n = list.count
        while i < n {
            // Glue and penalties at the top of a page vanish.
            while i < n, !isBox(list[i]) { i += 1 }
            guard i < n else { break }
            var page = PageContent()
            var y = 0.0
            var footnoteTotal = 0.0
            var lastBreak: (index: Int, boxes: Int, footnotes: Int, footnoteTotal: Double)? = nil
            var next = n
            if case let .box(first) = list[i], let header = first.repeatedHeader {
                for headerBox in header {
                    page.boxes.append(PlacedBox(box: headerBox, y: y))
                    y += headerBox.height
                }
            }
            let headerCount = page.boxes.count
            var j = i
            pageLoop: while j < n {
                switch list[j] {
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
                            next = cut.index + 1
                        } else {
                            warn(LayoutWarning(kind: .keepRuleBroken,
                                               message: "Khối giữ liền nhau dài hơn một trang: buộc phải ngắt trang trong khối."))
                            next = j
                        }
                        break pageLoop
                    }
                    if !fits {
                        warn(LayoutWarning(kind: .contentTallerThanPage,
                                           message: "Một khối cao \(Int(box.height)) pt, hơn chiều cao trang (\(Int(bodyHeight)) pt): phần thừa bị tràn."))
                    }
                    page.boxes.append(PlacedBox(box: box, y: y))
                    page.footnotes += newNotes
                    footnoteTotal += notesHeight
                    y += box.height
                case let .glue(g):
                    y += g
                case let .penalty(p):
                    if p <= -BreakItems.infinitePenalty {
                        next = j + 1
                        break pageLoop
                    }
                    if p < BreakItems.infinitePenalty && page.boxes.count > headerCount {
                        lastBreak = (j, page.boxes.count, page.footnotes.count, footnoteTotal)
                    }
                }
                j += 1
            }
            if j >= n { next = n }
            page.contentHeight = page.boxes.last.map { $0.y + $0.box.height } ?? 0
            pages.append(page)
            i = next
        }
        return pages
    }

    private func isBox(_ item: VItem) -> Bool {
        if case .box = item { return true }
        return false
    }
}
