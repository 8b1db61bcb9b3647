/// Who receives an award: a collective (tập thể: a unit, a department) or an individual.
public enum RecipientKind: String, Hashable, Sendable, CaseIterable, Codable {
    case collective = "tap_the"
    case individual = "ca_nhan"

    /// "tập thể" / "cá nhân", as printed in messages and documents.
    public var vietnameseName: String {
        switch self {
        case .collective: "tập thể"
        case .individual: "cá nhân"
        }
    }
}
