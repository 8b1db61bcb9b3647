import Typesetting
import VietnameseText

/// Everything printed stays inside the margins the style gives (the page number excepted,
/// which belongs in the top margin); whether those margins are the decree's is StyleRangeRule's.
struct MarginRule: ConformanceRule {
    let id = "le-trang"

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        context.pages.flatMap { view in pageProblems(view, style: context.style).map { violation(page: view.number, $0) } }
    }

    private func pageProblems(_ view: PageView, style: DocumentStyle) -> [String] {
        let area = view.area
        let slack = Tolerance.position
        var found: [String] = []
        func report(_ side: String, _ what: String, distance: Double, margin: Double) {
            found.append("\(what) ra ngoài lề \(side): cách mép \(side) \(ConformanceText.millimetres(distance)) mm, lề \(side) của văn bản là \(ConformanceText.points(margin)) mm (\(Clause.margins)).")
        }
        // The run is quoted only when it is out of place: quoting every run cost more than the
        // whole rule otherwise.
        for run in view.page.runs where !run.text.isAllWhitespace {
            var what: String { ConformanceText.quoted(run.text) }
            let top = run.origin.y - run.face.ascender * run.size
            if run.origin.x < area.left - slack { report("trái", what, distance: run.origin.x, margin: style.marginLeft) }
            else if run.maxX > area.right + slack { report("phải", what, distance: view.page.size.width - run.maxX, margin: style.marginRight) }
            else if run.origin.y > area.bottom + slack { report("dưới", what, distance: view.page.size.height - run.origin.y, margin: style.marginBottom) }
            else if run.origin.y >= area.top, top < area.top - slack { report("trên", what, distance: top, margin: style.marginTop) }
            else if run.origin.y < area.top, !run.text.allSatisfy(\.isNumber) {
                found.append("\(what) nằm trong lề trên: lề trên chỉ có số trang (\(Clause.pageNumbers)).")
            }
            // One finding per page: the first thing out of place says what is wrong.
            if !found.isEmpty { return found }
        }
        for rule in view.page.rules {
            if rule.minX < area.left - slack || rule.maxX > area.right + slack || rule.minY < area.top - slack || rule.maxY > area.bottom + slack {
                return ["Một đường kẻ ra ngoài lề trang (\(Clause.margins))."]
            }
        }
        for image in view.page.images {
            if image.origin.x < area.left - slack || image.origin.x + image.size.width > area.right + slack
                || image.origin.y < area.top - slack || image.origin.y + image.size.height > area.bottom + slack {
                return ["Hình \(ConformanceText.quoted(image.path)) ra ngoài lề trang (\(Clause.margins))."]
            }
        }
        return found
    }
}
