/// Times New Roman throughout, or Liberation Serif, its metric-compatible stand-in that VanBan
/// ships (mục I.4). A character drawn from a fallback face is a departure.
struct FontRule: ConformanceRule {
    let id = "phong-chu"
    static let families: Set<String> = ["timesnewroman", "liberationserif"]

    static func key(_ family: String) -> String {
        family.lowercased().filter { $0 != " " && $0 != "-" }
    }

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        var out: [ConformanceViolation] = []
        for view in context.pages {
            var reported: Set<String> = []
            for run in view.page.runs where !run.text.allSatisfy(\.isWhitespace) {
                let family = run.face.familyName
                guard !Self.families.contains(Self.key(family)), reported.insert(family).inserted else { continue }
                out.append(violation(page: view.number,
                    "\(ConformanceText.quoted(run.text)) in phông \(family): Nghị định 30/2020 quy định phông chữ Times New Roman, bộ mã Unicode TCVN 6909:2001 (\(Clause.font)); VanBan dùng Liberation Serif, cùng số đo, khi không có Times New Roman."))
            }
        }
        return out
    }
}
