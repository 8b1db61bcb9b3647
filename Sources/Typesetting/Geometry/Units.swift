/// Lengths are points (1/72 in) everywhere in the engine; these helpers convert the
/// millimetres and centimetres that NĐ 30 speaks in.
public enum Units {
    public static let pointsPerMillimetre = 72.0 / 25.4

    public static func mm(_ value: Double) -> Double { value * pointsPerMillimetre }
    public static func cm(_ value: Double) -> Double { value * 10 * pointsPerMillimetre }
    public static func toMillimetres(_ points: Double) -> Double { points / pointsPerMillimetre }
}

public struct Point: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) { self.x = x; self.y = y }
}

public struct Size: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public init(width: Double, height: Double) { self.width = width; self.height = height }
}

public struct EdgeInsets: Hashable, Sendable {
    public var top: Double
    public var right: Double
    public var bottom: Double
    public var left: Double
    public init(top: Double, right: Double, bottom: Double, left: Double) {
        self.top = top; self.right = right; self.bottom = bottom; self.left = left
    }
    public init(all value: Double) { self.init(top: value, right: value, bottom: value, left: value) }
    public static let zero = EdgeInsets(all: 0)
}
