import DataInput
import InputGuards
import VietnameseText

/// The problems of one data file, as the clerk is shown them.
enum ProblemReport {
    /// Problems as a clerk reads the files: file by file (in the order first met), then by line
    /// and column, each said once; problems with no place come last.
    ///
    /// Past `limit`, every kind of problem (the same words in different places) keeps its first
    /// occurrences, as many for each kind as the limit allows: two hundred wrong amounts never
    /// hide the one wrong total line below them. The rest are counted in a last line.
    static func inReadingOrder(_ errors: [DataError], limit: Int = InputLimits.reportedProblems) -> [DataError] {
        let ordered = sortedForReading(errors)
        guard ordered.count > limit else { return ordered }
        let perKind = occurrencesPerKind(ordered.map(\.message), limit: limit)
        var shownOfKind: [String: Int] = [:]
        let shown = perKind == 0 ? Array(ordered.prefix(limit)) : ordered.filter { error in
            let count = shownOfKind[error.message, default: 0]
            guard count < perKind else { return false }
            shownOfKind[error.message] = count + 1
            return true
        }
        let rest = ordered.count - shown.count
        let file = ordered.first?.location?.file ?? ""
        return shown + [DataError(
            location: SourceLocation(file: file, line: 0),
            message: "còn \(NumberText.grouped(rest)) lỗi nữa (chỉ ghi \(NumberText.grouped(shown.count)) lỗi: mỗi loại lỗi ở vài chỗ đầu); hãy sửa các lỗi trên rồi kiểm tra lại")]
    }

    /// The largest count k such that showing up to k problems of each kind stays within
    /// `limit`; 0 when there are more kinds than the limit (then the first ones are shown).
    static func occurrencesPerKind(_ kinds: [String], limit: Int) -> Int {
        var sizes: [String: Int] = [:]
        for kind in kinds { sizes[kind, default: 0] += 1 }
        guard sizes.count <= limit else { return 0 }
        var best = 1
        var k = 1
        while k <= limit {
            let shown = sizes.values.reduce(0) { $0 + min($1, k) }
            guard shown <= limit else { break }
            best = k
            if shown == kinds.count { break }
            k += 1
        }
        return best
    }

    private static func sortedForReading(_ errors: [DataError]) -> [DataError] {
        var seen = Set<String>()
        let unique = errors.filter { seen.insert($0.description).inserted }
        var fileRank: [String: Int] = [:]
        for error in unique { if let file = error.location?.file, fileRank[file] == nil { fileRank[file] = fileRank.count } }
        func key(_ item: (offset: Int, element: DataError)) -> (Int, Int, Int, Int) {
            guard let location = item.element.location else { return (Int.max, 0, 0, item.offset) }
            return (fileRank[location.file] ?? Int.max, location.line, location.column, item.offset)
        }
        return unique.enumerated().sorted { key($0) < key($1) }.map(\.element)
    }
}
