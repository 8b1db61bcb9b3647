import VietnameseText

/// Each annex on pages of its own (mục III.1): at the top of its first page "Phụ lục" (with
/// its number when there are several) 14 pt bold centred, its title uppercase bold centred,
/// the italic "(Kèm theo …)" line naming the document, and a short rule under it.
struct AnnexRule: ConformanceRule {
    let id = "phu-luc"
    static let labelAppearance = Appearance(sizes: 14...14, bold: true, italic: false)
    static let titleAppearance = Appearance(sizes: 13...14, bold: true, italic: false)
    static let attachmentAppearance = Appearance(sizes: 13...14, bold: false, italic: true)

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        let annexes = context.annexes
        var out: [ConformanceViolation] = []
        for (offset, annex) in annexes.enumerated() {
            let label: String
            if let number = annex.number, !number.isEmpty { label = "Phụ lục \(number)" }
            else if annexes.count > 1 { label = "Phụ lục \(RomanNumeral.string(offset + 1))" }
            else { label = "Phụ lục" }
            guard let view = context.pages(section: offset + 1).first else {
                let page = context.pages(section: 0).last?.number ?? 1
                out.append(violation(page: page, "«\(label)» không bắt đầu ở một trang mới (\(Clause.annex))."))
                continue
            }
            out += problems(view, label: label, title: annex.title, context).map { violation(page: view.number, $0) }
        }
        return out
    }

    private func problems(_ view: PageView, label: String, title: String, _ context: ConformanceContext) -> [String] {
        let lines = view.bodyLines
        guard let first = lines.first, first.words == ConformanceText.words(label) else {
            return ["Trang đầu của phụ lục không bắt đầu bằng dòng «\(label)» (\(Clause.annex))."]
        }
        var found: [String] = []
        if let wrong = Self.labelAppearance.check([first], element: "«\(label)»", clause: Clause.annex, casing: "chữ in thường, ") { found.append(wrong) }
        var centred = [first]
        if let range = HeaderLayout.find(title, in: lines, from: 1), range.lowerBound == 1 {
            let titleLines = Array(lines[range])
            centred += titleLines
            let text = titleLines.map(\.text).joined(separator: " ")
            if text != officialUppercased(text) { found.append("Tên phụ lục in \(ConformanceText.quoted(text)): chữ in hoa (\(Clause.annex)).") }
            if let wrong = Self.titleAppearance.check(titleLines, element: "Tên phụ lục", clause: Clause.annex, casing: "chữ in hoa, ") { found.append(wrong) }
            let attachment = DocumentComposer.attachmentLine(for: context.document)
            if let line = ConformanceText.find(ConformanceText.words(attachment), in: lines, from: range.upperBound), line.lowerBound == range.upperBound {
                let attached = Array(lines[line])
                centred += attached
                if let wrong = Self.attachmentAppearance.check(attached, element: "Dòng «(Kèm theo …)»", clause: Clause.annex, casing: "chữ in thường, ") { found.append(wrong) }
                let widest = attached.map(\.width).max() ?? 0
                if let rule = HeaderLayout.rule(under: attached[attached.count - 1], on: view) {
                    if let wrong = rule.problem(underTextOf: widest, centre: view.area.centre, fraction: (1.0 / 3)...0.5) {
                        found.append("Dưới dòng «(Kèm theo …)», \(wrong) (\(Clause.convention): dài từ 1/3 đến 1/2 dòng chữ, cân đối).")
                    }
                } else {
                    found.append("Dưới dòng «(Kèm theo …)» không có đường kẻ ngang (\(Clause.convention)).")
                }
            } else {
                found.append("Dưới tên phụ lục không có dòng \(ConformanceText.quoted(attachment)) ghi văn bản mà phụ lục kèm theo (\(Clause.annex)).")
            }
        } else {
            found.append("Dưới «\(label)» không có tên phụ lục \(ConformanceText.quoted(officialUppercased(title))) (\(Clause.annex)).")
        }
        if centred.contains(where: { abs($0.centreX - view.area.centre) > Tolerance.position }) {
            found.append("«\(label)» và tên phụ lục không canh giữa (\(Clause.annex)).")
        }
        return found
    }
}
