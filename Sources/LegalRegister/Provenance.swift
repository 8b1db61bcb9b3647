import DataInput

/// Where a fact of law in VanBan's tables comes from: the citation as a decision quotes it, what
/// it was checked against, and — when it was not checked — what remains to verify. Every dated
/// row (a coefficient, a base salary, a rounding rule, a legal document) carries one, so that
/// money resting on an unverified row can say so.
public struct Provenance: Hashable, Sendable {
    /// "khoản 2 Điều 3 Nghị định số 161/2026/NĐ-CP".
    public let legalSource: String
    /// "bản trích khoản 2 Điều 3 trên thuvienphapluat.vn (đọc 12/2026)".
    public let checkedAgainst: String
    /// Nil for a checked row; otherwise what is not yet verified (the row is marked).
    public let unverified: String?
    /// The row in its table file.
    public let location: SourceLocation?

    public init(legalSource: String, checkedAgainst: String, unverified: String? = nil, location: SourceLocation? = nil) {
        self.legalSource = legalSource
        self.checkedAgainst = checkedAgainst
        self.unverified = unverified
        self.location = location
    }

    public var isVerified: Bool { unverified == nil }
}
