import Typesetting

/// A4, portrait; a page with a table may be landscape, and so may an annex (mục I.1, I.2).
struct PaperRule: ConformanceRule {
    let id = "kho-giay"

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        let (short, long) = (Units.mm(210), Units.mm(297))
        func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) < Tolerance.position }
        return context.pages.compactMap { view in
            let size = view.page.size
            if near(size.width, short) && near(size.height, long) { return nil }
            if near(size.width, long) && near(size.height, short) {
                let allowed = view.page.sectionIndex > 0 || !TableGeometry.rows(on: view.page).isEmpty
                return allowed ? nil : violation(page: view.number,
                    "Trang trình bày theo chiều rộng khổ A4: Nghị định 30/2020 quy định trình bày theo chiều dài khổ A4, chiều rộng chỉ khi nội dung có bảng, biểu (\(Clause.orientation)).")
            }
            return violation(page: view.number,
                "Khổ giấy \(ConformanceText.millimetres(size.width)) × \(ConformanceText.millimetres(size.height)) mm: Nghị định 30/2020 quy định khổ A4, 210 × 297 mm (\(Clause.paper)).")
        }
    }
}
