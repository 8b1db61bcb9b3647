import Typesetting

/// The part of a page inside the margins a style gives, in points from the top-left corner.
struct TextArea {
    var left: Double
    var right: Double
    var top: Double
    var bottom: Double

    init(page: Size, style: DocumentStyle) {
        left = Units.mm(style.marginLeft)
        right = page.width - Units.mm(style.marginRight)
        top = Units.mm(style.marginTop)
        bottom = page.height - Units.mm(style.marginBottom)
    }

    var width: Double { right - left }
    var centre: Double { (left + right) / 2 }
}

/// How far apart two positions may be and still count as the same: layout works in exact
/// points, so half a point is generous for anything the composer centres or aligns.
enum Tolerance {
    static let position = 0.5
    static let size = 0.01
}
