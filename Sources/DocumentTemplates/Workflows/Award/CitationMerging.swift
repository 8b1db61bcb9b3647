/// Several award forms resting on one article are cited once: "khoản 2 Điều 54 Nghị định số
/// 152/2025/NĐ-CP" and "điểm e khoản 1 Điều 54 Nghị định số 152/2025/NĐ-CP" become "khoản 1,
/// khoản 2 Điều 54 Nghị định số 152/2025/NĐ-CP". Citations of other shapes are kept as written.
enum CitationMerging {
    /// A citation taken apart: the clause and point before the article, the article, the rest.
    struct Parts {
        var clause: String?
        var point: String?
        var article: String
        var document: String
    }

    static func merged(_ citations: [String]) -> String {
        var order: [String] = []
        var groups: [String: (article: String, document: String, clauses: [String?], whole: [String])] = [:]
        for citation in citations {
            guard let parts = split(citation) else {
                if groups[citation] == nil { order.append(citation); groups[citation] = ("", "", [], [citation]) }
                continue
            }
            let key = parts.article + "|" + parts.document
            if groups[key] == nil {
                order.append(key)
                groups[key] = (parts.article, parts.document, [], [])
            }
            if !groups[key]!.whole.contains(citation) { groups[key]!.whole.append(citation) }
            if !groups[key]!.clauses.contains(parts.clause) { groups[key]!.clauses.append(parts.clause) }
        }
        return order.map { key -> String in
            let group = groups[key]!
            if group.whole.count == 1 || group.article.isEmpty { return group.whole.joined(separator: "; ") }
            // Several clauses of one article (points dropped: the clause holds them); the whole
            // article when one of them cites it so.
            if group.clauses.contains(where: { $0 == nil }) { return "\(group.article) \(group.document)" }
            let clauses = group.clauses.compactMap { $0 }.sorted { number($0) < number($1) }
            return clauses.map { "khoản \($0)" }.joined(separator: ", ") + " \(group.article) \(group.document)"
        }.joined(separator: "; ")
    }

    /// "điểm e khoản 1 Điều 54 Nghị định số 152/2025/NĐ-CP" → (1, e, "Điều 54", "Nghị định …").
    static func split(_ citation: String) -> Parts? {
        let words = citation.split(separator: " ").map(String.init)
        guard let articleIndex = words.firstIndex(of: "Điều"), articleIndex + 1 < words.count else { return nil }
        var clause: String?, point: String?
        var index = 0
        while index < articleIndex {
            switch words[index] {
            case "điểm" where index + 1 < articleIndex: point = words[index + 1]; index += 2
            case "khoản" where index + 1 < articleIndex: clause = words[index + 1]; index += 2
            default: return nil
            }
        }
        return Parts(clause: clause, point: point, article: "Điều " + words[articleIndex + 1],
                     document: words[(articleIndex + 2)...].joined(separator: " "))
    }

    private static func number(_ clause: String) -> Int { Int(clause) ?? Int.max }
}
