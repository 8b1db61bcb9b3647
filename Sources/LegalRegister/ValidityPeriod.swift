import VietnameseText

/// The days a rule or a legal document is in force: from `start` to `end` inclusive; an open end
/// means "until something replaces it".
public struct ValidityPeriod: Hashable, Sendable, CustomStringConvertible {
    public let start: CalendarDate
    public let end: CalendarDate?

    /// Nil when `end` comes before `start`.
    public init?(start: CalendarDate, end: CalendarDate?) {
        if let end, end < start { return nil }
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

    /// Whether every day of this period is a day of `outer`.
    public func lies(within outer: ValidityPeriod) -> Bool {
        guard outer.start <= start else { return false }
        guard let outerEnd = outer.end else { return true }
        guard let end else { return false }
        return end <= outerEnd
    }

    /// "từ 01/7/2024 đến 30/6/2025", "từ 01/7/2025".
    public var description: String {
        "từ \(start.shortForm)" + (end.map { " đến \($0.shortForm)" } ?? "")
    }
}
