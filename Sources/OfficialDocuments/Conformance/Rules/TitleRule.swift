import Foundation
import VietnameseText

/// Tên loại (uppercase, 13–14 pt, bold, centred) with the trích yếu under it (13–14 pt, bold,
/// centred) and a solid rule under them a third to a half of the text's length (mục II.5 a);
/// a công văn has neither: its subject is the "V/v …" under its number (mục II.5 b).
struct TitleRule: ConformanceRule {
    let id = "ten-loai"
    static let appearance = Appearance(sizes: 13...14, bold: true, italic: false)

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        guard let header = context.header, let page = context.pages.first else { return [] }
        let document = context.document
        let title = officialUppercased(document.typeName)
        if document.isLetter {
            let printed = header.lines.first { $0.text.trimmingCharacters(in: .whitespaces) == title }
            return printed == nil ? [] : [violation(page: 1, "Công văn in tên loại «\(title)»: công văn không có tên loại, trích yếu ghi sau «V/v» dưới số, ký hiệu (\(Clause.title)).")]
        }
        let lines = header.titleLines
        guard !lines.isEmpty else {
            return [violation(page: 1, "Không có tên loại «\(title)» dưới phần đầu văn bản (\(Clause.title)).")]
        }
        var found: [String] = []
        let text = lines.map(\.text).joined(separator: " ")
        if text != officialUppercased(text) {
            found.append("Tên loại in \(ConformanceText.quoted(text)): Nghị định 30/2020 quy định chữ in hoa (\(Clause.title)).")
        }
        if let wrong = Self.appearance.check(lines, element: "Tên loại", clause: Clause.title, casing: "chữ in hoa, ") { found.append(wrong) }
        var above = lines
        if let subject = document.subject, !subject.isEmpty {
            let subjectLines = header.subjectLines
            if subjectLines.isEmpty {
                found.append("Không có trích yếu \(ConformanceText.quoted(subject)) ngay dưới tên loại (\(Clause.title)).")
            } else {
                if let wrong = Self.appearance.check(subjectLines, element: "Trích yếu", clause: Clause.title, casing: "chữ in thường, ") { found.append(wrong) }
                above = subjectLines
            }
        }
        if (lines + header.subjectLines).contains(where: { abs($0.centreX - page.area.centre) > Tolerance.position }) {
            found.append("Tên loại và trích yếu không canh giữa (\(Clause.title)).")
        }
        if let last = above.last, let rule = HeaderLayout.rule(under: last, on: page) {
            let widest = above.map(\.width).max() ?? 0
            if let wrong = rule.problem(underTextOf: widest, centre: page.area.centre, fraction: (1.0 / 3)...0.5) {
                found.append("Dưới trích yếu, \(wrong): đường kẻ ngang, nét liền, dài từ 1/3 đến 1/2 độ dài dòng chữ, đặt cân đối (\(Clause.title)).")
            }
        } else {
            found.append("Dưới \(document.subject?.isEmpty == false ? "trích yếu" : "tên loại") không có đường kẻ ngang, nét liền (\(Clause.title)).")
        }
        return found.map { violation(page: 1, $0) }
    }
}
