/// Something the engine did that a person should know about; never silent.
public struct LayoutWarning: Sendable, CustomStringConvertible, Equatable {
    public enum Kind: String, Sendable {
        case missingGlyph
        case wordBrokenAcrossLines
        case overfullLine
        case contentTallerThanPage
        case keepRuleBroken
        case unreadableImage
    }
    public var kind: Kind
    public var message: String
    public var source: SourceLocation?

    public init(kind: Kind, message: String, source: SourceLocation? = nil) {
        self.kind = kind; self.message = message; self.source = source
    }

    public var description: String {
        if let source { return "\(source): \(message)" }
        return message
    }
}
