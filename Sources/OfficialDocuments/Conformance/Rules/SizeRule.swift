/// No text smaller or larger than any element of the decree takes: from 11 pt (the
/// recipients) to 14 pt, tables from 10 pt by convention (mục I.5 and the sizes of each
/// element); footnote markers are smaller by nature. Each element's own range is its rule's.
struct SizeRule: ConformanceRule {
    let id = "co-chu"
    static let range: ClosedRange<Double> = 10...14

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        var out: [ConformanceViolation] = []
        for view in context.pages {
            var reported: Set<Double> = []
            for line in view.marginLines + view.lines {
                for run in line.runs where !run.text.allSatisfy(\.isWhitespace) && !within(run.size, Self.range) {
                    guard reported.insert(run.size).inserted else { continue }
                    out.append(violation(page: view.number,
                        "\(ConformanceText.quoted(line.text)) in \(sizeText(run.size)): Nghị định 30/2020 quy định cỡ chữ cho từng thành phần, từ 11 (nơi nhận) đến 14 (\(Clause.sizes)); chữ trong bảng theo quy ước từ 10."))
                }
            }
        }
        return out
    }
}
