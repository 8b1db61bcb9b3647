import DocumentMarkup

/// Điểm are lettered with the Vietnamese alphabet: a b c d đ e g h i k l m n o p q r s t u v
/// x y, never f, j, w, z (mục II.6).
struct PointLetterRule: ConformanceRule {
    let id = "diem"
    static let letters: Set<Character> = Set("abcdđeghiklmnopqrstuvxy")

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        var out: [ConformanceViolation] = []
        for (section, blocks) in context.sectionBlocks.enumerated() {
            let flow = context.flow(section: section)
            var cursor = 0
            for block in MarkupWalk.blocks(blocks) {
                let label: String
                switch block.kind {
                case let .numberedParagraph(p) where p.level == .point: label = p.number.label
                case let .heading(h) where h.level == .point: label = h.number.label
                default: continue
                }
                let printed = flow.lines.indices.dropFirst(cursor).first { flow.lines[$0].words.first == "\(label))" }
                if let printed { cursor = printed + 1 }
                guard !label.isEmpty, !label.lowercased().allSatisfy(Self.letters.contains) else { continue }
                let page = printed.map { flow.pages[$0] } ?? context.pages(section: section).first?.number ?? 1
                out.append(violation(page: page, "Điểm «\(label))» không đánh bằng chữ cái tiếng Việt: các điểm ghi a), b), c), d), đ), e), g)… không dùng f, j, w, z (\(Clause.content))."))
            }
        }
        return out
    }
}
