import Foundation
import VietnameseText

/// Số, ký hiệu "Số: 05/QĐ-UBND": 13 pt, upright, centred under the issuer; a colon after
/// "Số", numbers below 10 with a leading zero, "/" then the symbol with no spaces; a draft
/// leaves the number blank (mục II.3).
struct NumberRule: ConformanceRule {
    let id = "so-ky-hieu"
    static let appearance = Appearance(sizes: 13...13, bold: false, italic: false)

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        guard let number = context.document.number, let header = context.header else { return [] }
        guard let line = header.numberLine else {
            return [violation(page: 1, "Không có dòng số, ký hiệu «\(number.headerLine().replacingOccurrences(of: "\u{00A0}", with: " "))» dưới tên cơ quan ban hành (\(Clause.number)).")]
        }
        var found = format(line, number: number)
        if let wrong = Self.appearance.check([line], element: "Số, ký hiệu", clause: Clause.number, casing: "chữ «Số» in thường, ") {
            found.append(wrong)
        }
        if let axis = header.leftAxis, abs(line.centreX - axis) > Tolerance.position {
            found.append("Số, ký hiệu không canh giữa dưới tên cơ quan ban hành (\(Clause.number)).")
        }
        return found.map { violation(page: 1, $0) }
    }

    private func format(_ line: TextLine, number: DocumentNumber) -> [String] {
        let words = line.words
        let printed = ConformanceText.quoted(line.text)
        guard words.count == 2, words[0] == "Số:", let slash = words[1].firstIndex(of: "/") else {
            return ["Số, ký hiệu in \(printed): Nghị định 30/2020 quy định «Số:» (có dấu hai chấm), số rồi «/» và ký hiệu, không có dấu cách (\(Clause.number))."]
        }
        let field = String(words[1][..<slash])
        let symbol = String(words[1][words[1].index(after: slash)...])
        var found: [String] = []
        if let value = number.number {
            if field != number.numberField {
                found.append("Số, ký hiệu in \(printed), văn bản có số \(value): số nhỏ hơn 10 ghi thêm số 0 phía trước (\(Clause.number)).")
            }
        } else if field.contains(where: \.isNumber) {
            found.append("Bản dự thảo in số \(ConformanceText.quoted(field)): số của văn bản để trống, văn thư ghi khi ban hành (\(Clause.number)).")
        }
        if symbol != number.symbol {
            found.append("Ký hiệu in \(ConformanceText.quoted(symbol)), văn bản có ký hiệu «\(number.symbol)» (\(Clause.number)).")
        }
        return found
    }
}
