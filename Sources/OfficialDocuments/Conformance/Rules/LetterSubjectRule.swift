/// A công văn's trích yếu: "V/v …", 12–13 pt, upright, centred under the number, 6 pt below
/// it (mục II.5 b); only a công văn has one.
struct LetterSubjectRule: ConformanceRule {
    let id = "trich-yeu-cong-van"
    static let appearance = Appearance(sizes: 12...13, bold: false, italic: false)

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        guard let header = context.header else { return [] }
        let document = context.document
        guard document.isLetter else {
            guard let subject = document.letterSubject else { return [] }
            return [violation(page: 1, "Văn bản có tên loại in trích yếu «V/v \(subject)» dưới số, ký hiệu: chỉ công văn ghi trích yếu sau «V/v»; văn bản có tên loại ghi trích yếu dưới tên loại (\(Clause.title)).")]
        }
        guard let subject = document.letterSubject, !subject.isEmpty else {
            return [violation(page: 1, "Công văn không có trích yếu «V/v …» dưới số, ký hiệu (\(Clause.title)).")]
        }
        let lines = header.letterSubjectLines
        guard let first = lines.first else {
            return [violation(page: 1, "Không có trích yếu «V/v \(subject)» dưới số, ký hiệu (\(Clause.title)).")]
        }
        var found: [String] = []
        if let wrong = Self.appearance.check(lines, element: "Trích yếu công văn", clause: Clause.title, casing: "chữ in thường, ") { found.append(wrong) }
        if let number = header.numberLine {
            if lines.contains(where: { abs($0.centreX - number.centreX) > Tolerance.position }) {
                found.append("Trích yếu công văn không canh giữa dưới số, ký hiệu (\(Clause.title)).")
            }
            // From the foot of the number's letters to the top of the subject's.
            let gap = (first.y - first.ascent) - (number.y + number.descent)
            if gap < 6 - Tolerance.position {
                found.append("Trích yếu công văn cách số, ký hiệu \(ConformanceText.points(gap)) pt: cách dòng 6 pt (\(Clause.title)).")
            }
        }
        return found.map { violation(page: 1, $0) }
    }
}
