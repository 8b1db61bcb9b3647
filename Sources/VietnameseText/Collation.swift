import Foundation

/// Vietnamese collation: a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư as different letters
/// (primary), tones as a secondary difference (ngang < huyền < hỏi < ngã < sắc < nặng),
/// case tertiary (lowercase first).
///
/// Foundation on Linux gets this right with the vi_VN locale (it carries ICU's Vietnamese
/// tailoring; see CollationTests, which pins the behaviour), so there is no collation code of
/// our own. `localizedCompare` would not do: it uses the process locale, which on a server is
/// en_US_POSIX, and sorts "ơ" before "ôa".
public enum VietnameseCollation {
    public static let locale = Locale(identifier: "vi_VN")

    /// Compares NFC forms with the vi_VN collator; canonically equivalent strings are equal.
    public static func compare(_ lhs: String, _ rhs: String) -> ComparisonResult {
        nfc(lhs).compare(nfc(rhs), options: [], range: nil, locale: locale)
    }

    public static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        compare(lhs, rhs) == .orderedAscending
    }
}
