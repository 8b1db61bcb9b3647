/// A long issuer name in the header ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "TRƯỜNG TIỂU HỌC NỘI
/// HOÀNG") set on as few lines as fit the column, broken between word groups, never inside a
/// word ("TIỂU / HỌC", "THỂ / THAO" are wrong), the lines as even as the breaks allow.
enum HeaderLines {
    /// The lines, given how wide a text sets (`width`) and how wide the column is.
    static func lines(_ text: String, maximumWidth: Double, width: (String) -> Double) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        guard words.count > 1, width(text) > maximumWidth else { return [text] }
        let costs = (0..<(words.count - 1)).map { WordGroups.breakCost(words, after: $0) }
        // best[i]: the best way to set words[0..<i] as whole lines, by (lines, cost).
        var best: [(lines: Int, cost: Double, previous: Int, width: Double)?] = Array(repeating: nil, count: words.count + 1)
        best[0] = (0, 0, -1, .infinity)
        for end in 1...words.count {
            for start in 0..<end {
                guard let before = best[start], start == 0 || costs[start - 1] != nil else { continue }
                let line = words[start..<end].joined(separator: " ")
                let lineWidth = width(line)
                guard lineWidth <= maximumWidth || end - start == 1 else { continue }
                let breakCost = start == 0 ? 0 : costs[start - 1]!
                // Even lines: what a line leaves empty, squared, weighs against a poor break; and a
                // last line longer than the one above it is the wrong way round ("ỦY BAN NHÂN DÂN"
                // over "TỈNH NAM ĐỊNH").
                let slack = max(0, maximumWidth - lineWidth) / maximumWidth
                let widening = end == words.count && lineWidth > before.width ? 2.0 : 0
                let candidate = (lines: before.lines + 1, cost: before.cost + breakCost + 6 * slack * slack + widening,
                                 previous: start, width: lineWidth)
                if let current = best[end], (current.lines, current.cost) <= (candidate.lines, candidate.cost) { continue }
                best[end] = candidate
            }
        }
        guard best[words.count] != nil else { return [text] }
        var cuts: [Int] = []
        var index = words.count
        while index > 0, let entry = best[index] {
            cuts.append(entry.previous)
            index = entry.previous
        }
        let starts = cuts.reversed().map { $0 }
        return starts.indices.map { i in
            let end = i + 1 < starts.count ? starts[i + 1] : words.count
            return words[starts[i]..<end].joined(separator: " ")
        }
    }
}
