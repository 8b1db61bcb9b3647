/// Why a call made no document (or wrote no file), with every problem found on the way: what
/// the command line turns into its exit status (1 and 3), a server into its reply.
public enum PipelineFailure: Error, Sendable, CustomStringConvertible {
    /// The data, the templates, the fonts or the laid-out document is wrong: the problems
    /// (errors, and the warnings found before them) say what. Nothing was written.
    case badInput([Problem])
    /// The output could not be written, or exists and was not to be replaced. Nothing was
    /// left half-written.
    case cannotWrite(Problem)

    public var problems: [Problem] {
        switch self {
        case .badInput(let problems): return problems
        case .cannotWrite(let problem): return [problem]
        }
    }

    /// One line a problem, as `vanban` prints them.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
