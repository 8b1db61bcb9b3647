/// Where a row of the rules table was read from, so that messages can send the clerk to it.
public struct TableLocation: Hashable, Sendable, CustomStringConvertible {
    /// File name (or a caller-chosen label); nil when the YAML came as a string.
    public let file: String?
    /// 1-based, as editors show them.
    public let line: Int
    public let column: Int

    public init(file: String?, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// "award-rules.yaml, dòng 12, cột 5" or "dòng 12, cột 5".
    public var description: String {
        (file.map { "\($0), " } ?? "") + "dòng \(line), cột \(column)"
    }
}
