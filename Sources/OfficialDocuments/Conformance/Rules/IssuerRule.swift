/// Cơ quan chủ quản (uppercase, 12–13 pt, regular) over the issuer (uppercase, 12–13 pt,
/// bold), both centred in the left column, with a solid rule under the issuer a third to a half
/// of its length, centred (mục II.2).
struct IssuerRule: ConformanceRule {
    let id = "co-quan"
    static let parentAppearance = Appearance(sizes: 12...13, bold: false, italic: false)
    static let issuerAppearance = Appearance(sizes: 12...13, bold: true, italic: false)

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        guard let header = context.header, let page = context.pages.first else { return [] }
        var found: [String] = []
        if let parent = context.document.parentBody, !parent.isEmpty {
            let lines = header.parentLines
            if lines.isEmpty {
                found.append("Không có tên cơ quan chủ quản \(ConformanceText.quoted(officialUppercased(parent))) ở đầu cột trái (\(Clause.issuer)).")
            } else {
                found += casing(lines, "Tên cơ quan chủ quản")
                if let wrong = Self.parentAppearance.check(lines, element: "Tên cơ quan chủ quản", clause: Clause.issuer, casing: "chữ in hoa, ") { found.append(wrong) }
            }
        }
        let lines = header.issuerLines
        guard !lines.isEmpty, let axis = header.leftAxis else {
            found.append("Không có tên cơ quan ban hành \(ConformanceText.quoted(officialUppercased(context.document.issuer))) ở cột trái, dưới tên cơ quan chủ quản (\(Clause.issuer)).")
            return found.map { violation(page: 1, $0) }
        }
        found += casing(lines, "Tên cơ quan ban hành")
        if let wrong = Self.issuerAppearance.check(lines, element: "Tên cơ quan ban hành", clause: Clause.issuer, casing: "chữ in hoa, ") { found.append(wrong) }
        if (lines + header.parentLines).contains(where: { abs($0.centreX - axis) > Tolerance.position }) {
            found.append("Tên cơ quan chủ quản và cơ quan ban hành không canh giữa trên cùng một trục (\(Clause.issuer)).")
        }
        let widest = lines.map(\.width).max() ?? 0
        if let last = lines.last, let rule = HeaderLayout.rule(under: last, on: page) {
            if let wrong = rule.problem(underTextOf: widest, centre: axis, fraction: (1.0 / 3)...0.5) {
                found.append("Dưới tên cơ quan ban hành, \(wrong): đường kẻ ngang, nét liền, dài từ 1/3 đến 1/2 độ dài dòng chữ, đặt cân đối (\(Clause.issuer)).")
            }
        } else {
            found.append("Dưới tên cơ quan ban hành không có đường kẻ ngang, nét liền (\(Clause.issuer)).")
        }
        return found.map { violation(page: 1, $0) }
    }

    private func casing(_ lines: [TextLine], _ element: String) -> [String] {
        let text = lines.map(\.text).joined(separator: " ")
        return text == officialUppercased(text) ? [] : ["\(element) in \(ConformanceText.quoted(text)): Nghị định 30/2020 quy định chữ in hoa (\(Clause.issuer))."]
    }
}
