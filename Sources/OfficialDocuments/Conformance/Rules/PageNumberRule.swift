import Foundation
import VietnameseText

/// Page numbers: Arabic, 13–14 pt, upright, centred over the text in the top margin, none on
/// the first page (mục I.7); each annex numbered on its own (mục III.1).
struct PageNumberRule: ConformanceRule {
    let id = "so-trang"
    static let appearance = Appearance(sizes: 13...14, bold: false, italic: false)

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        let sections = Array(Set(context.pages.map(\.page.sectionIndex))).sorted()
        return sections.flatMap { section in
            context.pages(section: section).enumerated().compactMap { offset, view in
                problem(view, expected: offset + 1, inAnnex: section > 0).map { violation(page: view.number, $0) }
            }
        }
    }

    private func problem(_ view: PageView, expected: Int, inAnnex: Bool) -> String? {
        let shown = view.marginLines
        let counting = inAnnex ? "số trang của phụ lục được đánh riêng theo từng phụ lục (\(Clause.annex))"
            : "số trang được đánh từ số 1 (\(Clause.pageNumbers))"
        if expected == 1 {
            guard let line = shown.first else { return nil }
            return "Trang đầu\(inAnnex ? " của phụ lục" : "") có số trang \(ConformanceText.quoted(line.text)): không hiển thị số trang thứ nhất (\(Clause.pageNumbers))."
        }
        guard shown.count == 1, let line = shown.first else {
            return shown.isEmpty ? "Trang không có số trang \(expected) trong lề trên (\(Clause.pageNumbers))."
                : "Lề trên có \(shown.count) dòng chữ: chỉ có số trang (\(Clause.pageNumbers))."
        }
        let text = line.text.trimmedWhitespace
        guard text == String(expected) else {
            return "Số trang \(ConformanceText.quoted(text)), cần «\(expected)»: \(counting), bằng chữ số Ả Rập."
        }
        if let wrong = Self.appearance.check([line], element: "Số trang", clause: Clause.pageNumbers) { return wrong }
        if abs(line.centreX - view.area.centre) > Tolerance.position {
            return "Số trang lệch \(ConformanceText.millimetres(line.centreX - view.area.centre)) mm so với giữa dòng chữ: số trang được đặt canh giữa theo chiều ngang trong phần lề trên (\(Clause.pageNumbers))."
        }
        if line.y - line.ascent < 0 {
            return "Số trang ra ngoài mép trên của trang (\(Clause.pageNumbers))."
        }
        return nil
    }
}
