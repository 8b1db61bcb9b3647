import InputGuards

// List items (- and +).
extension BlockParser {
    // MARK: lists

    mutating func listItem(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) {
        try flushOpen()
        try noAttributes("mục liệt kê \(q(String(Character(line.scalars[s])) + " "))")
        var f = s + 1
        while f <= e, Chars.isSpace(line.scalars[f]) { f += 1 }
        var source = InlineSource(line: line.number, column: line.column(min(f, line.count)))
        source.append(line, from: f, through: e)
        openText = OpenText(kind: .listItem(line.scalars[s] == "-" ? .dash : .plus), source: source,
                            position: position(line, s))
    }
}
