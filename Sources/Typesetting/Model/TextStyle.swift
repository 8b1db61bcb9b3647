/// How a run of text looks. The family is a name the font library resolves
/// ("Times New Roman" falls back to the metric-compatible "Liberation Serif").
public struct TextStyle: Hashable, Sendable {
    public var family: String
    public var size: Double
    public var bold: Bool
    public var italic: Bool
    public var underline: Bool
    /// Raises the baseline (points); footnote markers use it with a smaller size.
    public var rise: Double

    public init(family: String = TextStyle.defaultFamily, size: Double = 14, bold: Bool = false,
                italic: Bool = false, underline: Bool = false, rise: Double = 0) {
        self.family = family; self.size = size; self.bold = bold; self.italic = italic
        self.underline = underline; self.rise = rise
    }

    public static let defaultFamily = "Times New Roman"

    public func with(size: Double) -> TextStyle { var s = self; s.size = size; return s }
    public func with(bold: Bool) -> TextStyle { var s = self; s.bold = bold; return s }
    public func with(italic: Bool) -> TextStyle { var s = self; s.italic = italic; return s }
    public func with(underline: Bool) -> TextStyle { var s = self; s.underline = underline; return s }
}
