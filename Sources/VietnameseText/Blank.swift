/// What stands in, on a draft, for a figure the signer or the văn thư writes in by hand
/// (the day and month of the date line, the number of the document).
///
/// Default filler: NO-BREAK SPACE (U+00A0). Ordinary spaces are the worst choice: the markup
/// and layout stages collapse runs of them into one glue and may break a line inside the gap,
/// so the gap would vanish. The blank replaces only the missing figure: the ordinary single
/// spaces around it stay, so "ngày" + " " + blank + " " + "tháng".
public struct Blank: Sendable, Hashable {
    public var width: Int
    public var filler: Character

    public init(width: Int, filler: Character = "\u{00A0}") {
        self.width = max(0, width)
        self.filler = filler
    }

    public var text: String { String(repeating: filler, count: width) }

    /// Day or month of a draft date: 3 fillers, so the gap between "ngày" and "tháng" is
    /// 5 characters wide (about 6 mm at 14 pt), room for two handwritten digits.
    public static let dateField = Blank(width: 3)

    /// Number of a draft document: 5 fillers, so "Số:" and "/" are 6 characters apart, room
    /// for a handwritten number of up to four digits at 13 pt.
    public static let documentNumber = Blank(width: 5)
}
