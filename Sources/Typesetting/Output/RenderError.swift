public enum RenderError: Error, CustomStringConvertible, Equatable {
    /// Cairo reported this status (its own words).
    case cairo(String)
    case noSuchPage(Int, Int)
    /// zlib could not compress a stream (out of memory).
    case compression
    /// HarfBuzz could not make the subset of this face that the document uses.
    case fontSubset(String)

    public var description: String {
        switch self {
        case let .cairo(status): return "Cairo: \(status)"
        case let .noSuchPage(page, count): return "no page \(page) (the document has \(count))"
        case .compression: return "zlib could not compress a stream"
        case let .fontSubset(face): return "HarfBuzz could not subset the font \(face)"
        }
    }
}
