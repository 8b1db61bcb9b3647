import Typesetting

/// A rule of NĐ 30 that the data breaks, reported without stopping the document.
public struct CompositionWarning: Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var source: SourceLocation?

    public init(_ message: String, source: SourceLocation? = nil) {
        self.message = message; self.source = source
    }

    public var description: String {
        if let source { return "\(source): \(message)" }
        return message
    }
}
