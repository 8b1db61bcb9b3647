import Foundation
import VietnameseText

/// Địa danh và thời gian "Hà Nội, ngày 05 tháng 01 năm 2023": 13–14 pt italic, on one line,
/// on the line of the number, centred under the Tiêu ngữ; days below 10 and the months 1 and
/// 2 with a leading zero; a draft's day (and month) blank (mục II.4). A biên bản given no date
/// prints none: its time and place are in the body (Phụ lục III).
struct PlaceAndDateRule: ConformanceRule {
    let id = "dia-danh-ngay"
    static let appearance = Appearance(sizes: 13...14, bold: false, italic: true)

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        guard let header = context.header else { return [] }
        guard let date = context.document.date else {
            guard let line = header.dateLine else { return [] }
            let printed = ConformanceText.quoted(line.text)
            return [violation(page: 1, context.kind.isMinutes
                ? "Biên bản có dòng \(printed) ở phần đầu: biên bản ghi thời gian, địa điểm trong nội dung (\(Clause.models))."
                : "Văn bản không có ngày ban hành nhưng in dòng \(printed) ở phần đầu (\(Clause.placeAndDate)).")]
        }
        let expected = date.placeAndDateLine(place: context.document.place)
        guard let line = header.dateLine else {
            return [violation(page: 1, "Không có dòng địa danh, ngày tháng \(ConformanceText.quoted(expected)) dưới Tiêu ngữ (\(Clause.placeAndDate)).")]
        }
        var found: [String] = []
        let expectedWords = ConformanceText.words(expected)
        if line.words != expectedWords {
            found.append(expectedWords.starts(with: line.words)
                ? "Dòng địa danh, ngày tháng bị xuống dòng (\(ConformanceText.quoted(line.text)) …): phải trình bày trên một dòng (\(Clause.placeAndDate))."
                : "Dòng địa danh, ngày tháng in \(ConformanceText.quoted(line.text)), văn bản có \(ConformanceText.quoted(expected)) (\(Clause.placeAndDate)).")
        }
        found += digits(line.words, draft: date.day == nil)
        if let wrong = Self.appearance.check([line], element: "Địa danh, ngày tháng", clause: Clause.placeAndDate, casing: "chữ in thường, ") {
            found.append(wrong)
        }
        if let motto = header.motto, abs(line.centreX - motto.centreX) > Tolerance.position {
            found.append("Dòng địa danh, ngày tháng không canh giữa dưới Tiêu ngữ (\(Clause.placeAndDate)).")
        }
        if let number = header.numberLine, abs(line.y - number.y) > Tolerance.position {
            found.append("Dòng địa danh, ngày tháng không cùng dòng với số, ký hiệu (\(Clause.placeAndDate)).")
        }
        return found.map { violation(page: 1, $0) }
    }

    /// "ngày 05 tháng 3 năm 2023": the day with two digits, the month with a leading zero
    /// only for 1 and 2; on a draft no day, or no day and month, printed.
    private func digits(_ words: [String], draft: Bool) -> [String] {
        guard let day = words.firstIndex(of: "ngày"), let month = words.firstIndex(of: "tháng"), day < month,
              let year = words.firstIndex(of: "năm"), month < year else {
            return ["Dòng địa danh, ngày tháng phải có dạng «Địa danh, ngày … tháng … năm …» (\(Clause.placeAndDate))."]
        }
        var found: [String] = []
        if day > 0, !words[day - 1].hasSuffix(",") {
            found.append("Sau địa danh phải có dấu phẩy: «\(words[..<day].joined(separator: " ")), ngày …» (\(Clause.placeAndDate)).")
        }
        let dayField = words[(day + 1)..<month].joined()
        let monthField = words[(month + 1)..<year].joined()
        if draft {
            if dayField.contains(where: \.isNumber) {
                found.append("Bản dự thảo in ngày «\(dayField)»: ngày ban hành để trống, ghi khi ký (\(Clause.placeAndDate)).")
            }
        } else if dayField.count != 2 || !dayField.allSatisfy(\.isNumber) {
            found.append("Ngày in «\(dayField)»: ngày nhỏ hơn 10 ghi thêm số 0 phía trước, ngày có hai chữ số (\(Clause.placeAndDate)).")
        }
        if let value = Int(monthField) {
            let wanted = value <= 2 ? "0\(value)" : String(value)
            if monthField != wanted {
                found.append("Tháng in «\(monthField)», cần «\(wanted)»: chỉ tháng 1 và tháng 2 ghi thêm số 0 phía trước (\(Clause.placeAndDate)).")
            }
        } else if !(draft && monthField.isEmpty) {
            found.append("Tháng in «\(monthField)»: tháng ghi bằng chữ số (\(Clause.placeAndDate)).")
        }
        return found
    }
}
