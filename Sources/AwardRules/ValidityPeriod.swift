import VietnameseText

/// The days a rule is in force: from `start` to `end` inclusive; an open end means
/// "until a newer rule replaces it" (the table's last row).
public struct ValidityPeriod: Hashable, Sendable, CustomStringConvertible {
    public let start: CalendarDate
    public let end: CalendarDate?

    public init(start: CalendarDate, end: CalendarDate?) throws(AwardRulesError) {
        if let end, end < start {
            throw .invalidTable(TableProblem(
                location: nil, field: "den_ngay",
                message: "ngày kết thúc \(end.shortForm) trước ngày bắt đầu \(start.shortForm)"))
        }
        self.start = start
        self.end = end
    }

    public func contains(_ date: CalendarDate) -> Bool {
        start <= date && (end.map { date <= $0 } ?? true)
    }

    public func overlaps(_ other: ValidityPeriod) -> Bool {
        let startsBeforeOtherEnds = other.end.map { start <= $0 } ?? true
        let otherStartsBeforeThisEnds = end.map { other.start <= $0 } ?? true
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds
    }

    /// "từ 01/7/2024 đến 30/6/2025", "từ 01/7/2025".
    public var description: String {
        "từ \(start.shortForm)" + (end.map { " đến \($0.shortForm)" } ?? "")
    }
}
