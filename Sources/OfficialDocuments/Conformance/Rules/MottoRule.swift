import Foundation
import VietnameseText

/// Tiêu ngữ "Độc lập - Tự do - Hạnh phúc": 13–14 pt, upright, bold, centred under the Quốc
/// hiệu, hyphens with a space each side, a solid rule under it as long as the text (mục II.1 b).
struct MottoRule: ConformanceRule {
    let id = "tieu-ngu"
    static let appearance = Appearance(sizes: 13...14, bold: true, italic: false)

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        guard let header = context.header, let page = context.pages.first else { return [] }
        guard let motto = header.motto else {
            return [violation(page: 1, "Trang đầu không có Tiêu ngữ «\(HeaderLayout.motto)» trên một dòng (\(Clause.nationalName)).")]
        }
        var found: [String] = []
        if motto.text.trimmedWhitespace != HeaderLayout.motto {
            found.append("Tiêu ngữ in \(ConformanceText.quoted(motto.text)): Nghị định 30/2020 quy định «\(HeaderLayout.motto)», chữ cái đầu của các cụm từ viết hoa, giữa các cụm từ có gạch nối (-) và cách chữ (\(Clause.nationalName)).")
        }
        if let wrong = Self.appearance.check([motto], element: "Tiêu ngữ", clause: Clause.nationalName, casing: "chữ in thường, ") {
            found.append(wrong)
        }
        if let name = header.nationalName, motto.y <= name.y || abs(motto.centreX - name.centreX) > Tolerance.position {
            found.append("Tiêu ngữ không canh giữa dưới Quốc hiệu (\(Clause.nationalName)).")
        }
        if let rule = HeaderLayout.rule(under: motto, on: page) {
            if abs(rule.minX - motto.minX) > Tolerance.position || abs(rule.maxX - motto.maxX) > Tolerance.position {
                found.append("Đường kẻ dưới Tiêu ngữ dài \(ConformanceText.millimetres(rule.length)) mm, Tiêu ngữ dài \(ConformanceText.millimetres(motto.width)) mm: đường kẻ ngang, nét liền, có độ dài bằng độ dài của dòng chữ (\(Clause.nationalName)).")
            }
        } else {
            found.append("Dưới Tiêu ngữ không có đường kẻ ngang, nét liền, dài bằng dòng chữ (\(Clause.nationalName)).")
        }
        return found.map { violation(page: 1, $0) }
    }
}
