/// Finds which line of a Mustache template produced a line of its output: the template line
/// whose literal text (what lies outside `{{…}}`) appears, piece by piece and in order, in the
/// output line, the one with the most literal text winning. Good enough to point a template
/// author at the right place; nil when no line matches.
enum TemplateLineMatcher {
    static func line(producing output: String, in template: String) -> Int? {
        var best: (line: Int, score: Int)? = nil
        for (index, line) in template.components(separatedBy: "\n").enumerated() {
            let pieces = literalPieces(of: line).filter { !$0.trimmingSpaces.isEmpty }
            guard !pieces.isEmpty else { continue }
            var rest = Substring(output)
            var matched = true
            for piece in pieces {
                guard let range = rest.range(of: piece) else { matched = false; break }
                rest = rest[range.upperBound...]
            }
            guard matched else { continue }
            let score = pieces.reduce(0) { $0 + $1.count }
            if best == nil || score > best!.score { best = (index + 1, score) }
        }
        return best?.line
    }

    /// The text of a template line outside its Mustache tags.
    static func literalPieces(of line: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(line)
        while let open = rest.range(of: "{{") {
            pieces.append(String(rest[..<open.lowerBound]))
            guard let close = rest[open.upperBound...].range(of: "}}") else { return pieces }
            rest = rest[close.upperBound...]
            if rest.hasPrefix("}") { rest = rest.dropFirst() }
        }
        pieces.append(String(rest))
        return pieces
    }
}

private extension String {
    var trimmingSpaces: Substring { drop(while: { $0 == " " || $0 == "\t" }) }
}
