/// Who receives an award: a collective (tập thể: a unit, a department), an individual, or a
/// household (hộ gia đình), which the decrees pay as a multiple of the individual's amount.
public enum RecipientKind: String, Hashable, Sendable, CaseIterable, Codable {
    case collective = "tap_the"
    case individual = "ca_nhan"
    case household = "ho_gia_dinh"

    /// "tập thể" / "cá nhân" / "hộ gia đình", as printed in messages.
    public var vietnameseName: String {
        switch self {
        case .collective: "tập thể"
        case .individual: "cá nhân"
        case .household: "hộ gia đình"
        }
    }
}
