import Foundation
import VietnameseText

/// Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": uppercase, 12–13 pt, upright, bold, at the
/// top of page 1 on the right (mục II.1 a).
struct NationalNameRule: ConformanceRule {
    let id = "quoc-hieu"
    static let appearance = Appearance(sizes: 12...13, bold: true, italic: false)

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        guard let header = context.header, let page = context.pages.first else { return [] }
        guard let name = header.nationalName else {
            return [violation(page: 1, "Trang đầu không có Quốc hiệu «\(HeaderLayout.nationalNames[0])» trên một dòng (\(Clause.nationalName)).")]
        }
        var found: [String] = []
        if !HeaderLayout.nationalNames.contains(name.text.trimmedWhitespace) {
            found.append("Quốc hiệu in \(ConformanceText.quoted(name.text)): Nghị định 30/2020 quy định chữ in hoa «\(HeaderLayout.nationalNames[0])» (\(Clause.nationalName)).")
        }
        if let wrong = Self.appearance.check([name], element: "Quốc hiệu", clause: Clause.nationalName, casing: "chữ in hoa, ") {
            found.append(wrong)
        }
        let above = header.lines.first { $0.y < name.y - Tolerance.position && $0.maxX > name.minX }
        if name.centreX <= page.area.centre || above != nil {
            found.append("Quốc hiệu không ở phía trên cùng, bên phải trang đầu\(above.map { " (trên nó là \(ConformanceText.quoted($0.text)))" } ?? "") (\(Clause.nationalName)).")
        }
        return found.map { violation(page: 1, $0) }
    }
}
