import VietnameseText

/// Text as the checks compare it: words split at any space (no-break spaces too, since a
/// draft's blanks are no-break spaces), sizes written the Vietnamese way.
enum ConformanceText {
    static func words(_ text: String) -> [String] {
        // By scalars, not Characters: every line of every page is split, and grapheme breaking
        // cost more than the rest of the check (a space is a scalar of its own in set text).
        text.unicodeScalars.split(whereSeparator: \.isWhiteSpace).map(String.init)
    }

    /// "12,5" for 12.5; "13" for 13.
    static func points(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return text.replacingOccurrences(of: ".", with: ",")
    }

    /// Millimetres, one decimal.
    static func millimetres(_ points: Double) -> String {
        Self.points(points / 72 * 25.4)
    }

    /// "«…»" with at most 60 characters of the text.
    static func quoted(_ text: String) -> String {
        let shown = text.count > 60 ? String(text.prefix(57)) + "…" : text
        return "«\(shown.replacingOccurrences(of: "\u{00A0}", with: " "))»"
    }

    /// Upper case for comparing, classic tone placement ("HOÀ" and "HÒA" alike).
    static func folded(_ text: String) -> String {
        words(officialUppercased(text)).joined(separator: " ")
    }

    /// The lines from `start` on whose words, read in order, are exactly `target` (a text
    /// wrapped over several lines): their indices, or nil. `words` are the lines' words as
    /// `target` is written: `\.words`, or `\.foldedWords` for a folded target.
    static func match(_ target: [String], in lines: [TextLine], from start: Int,
                      words: KeyPath<TextLine, [String]> = \.words) -> Range<Int>? {
        guard !target.isEmpty, start < lines.count else { return nil }
        var matched = 0
        var end = start
        while end < lines.count, matched < target.count {
            let line = lines[end][keyPath: words]
            guard matched + line.count <= target.count, target[matched..<(matched + line.count)].elementsEqual(line) else { return nil }
            matched += line.count
            end += 1
        }
        return matched == target.count ? start..<end : nil
    }

    /// The first place at or after `start` where lines spell `target`.
    static func find(_ target: [String], in lines: [TextLine], from start: Int = 0,
                     words: KeyPath<TextLine, [String]> = \.words) -> Range<Int>? {
        guard start < lines.count else { return nil }
        for index in start..<lines.count {
            if let range = match(target, in: lines, from: index, words: words) { return range }
        }
        return nil
    }

    /// The same, where the text may close the body and so end with NĐ 30's "./." (a final
    /// "." made "./.", or "./." added).
    static func find(closing target: [String], in lines: [TextLine], from start: Int = 0) -> Range<Int>? {
        if let range = find(target, in: lines, from: start) { return range }
        guard let last = target.last else { return nil }
        let marked = last.hasSuffix(".") ? last + "/." : last + "./."
        return find(Array(target.dropLast()) + [marked], in: lines, from: start)
    }
}
