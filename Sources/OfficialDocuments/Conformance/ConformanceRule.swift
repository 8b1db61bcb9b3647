/// One rule of the decree checked on a laid-out document.
protocol ConformanceRule: Sendable {
    /// The short id violations carry.
    var id: String { get }
    func check(_ context: ConformanceContext) -> [ConformanceViolation]
}

extension ConformanceRule {
    func violation(page: Int, _ message: String) -> ConformanceViolation {
        ConformanceViolation(rule: id, page: page, message: message)
    }
}

/// Where the decree says it: the items of Phần I of Phụ lục I (thể thức và kỹ thuật trình bày
/// văn bản hành chính) and the models of Phụ lục III.
enum Clause {
    static let paper = "mục I.1 Phụ lục I"
    static let orientation = "mục I.2 Phụ lục I"
    static let margins = "mục I.3 Phụ lục I"
    static let font = "mục I.4 Phụ lục I"
    static let sizes = "mục I.5 Phụ lục I"
    static let pageNumbers = "mục I.7 Phụ lục I"
    static let nationalName = "mục II.1 Phụ lục I"
    static let issuer = "mục II.2 Phụ lục I"
    static let number = "mục II.3 Phụ lục I"
    static let placeAndDate = "mục II.4 Phụ lục I"
    static let title = "mục II.5 Phụ lục I"
    static let content = "mục II.6 Phụ lục I"
    static let signature = "mục II.7 Phụ lục I"
    static let recipients = "mục II.9 Phụ lục I"
    static let annex = "mục III.1 Phụ lục I"
    static let models = "các mẫu trình bày của Phụ lục III"
    /// Where the decree is silent and the project keeps a convention (ND30.md).
    static let convention = "quy ước của VanBan, Nghị định 30/2020 không quy định"
}

/// "cỡ chữ 14" and the decree's range, as messages say them.
func sizeText(_ size: Double) -> String { "cỡ chữ \(ConformanceText.points(size))" }

func within(_ value: Double, _ range: ClosedRange<Double>) -> Bool {
    value >= range.lowerBound - Tolerance.size && value <= range.upperBound + Tolerance.size
}

func rangeText(_ range: ClosedRange<Double>) -> String {
    range.lowerBound == range.upperBound ? ConformanceText.points(range.lowerBound)
        : "từ \(ConformanceText.points(range.lowerBound)) đến \(ConformanceText.points(range.upperBound))"
}
