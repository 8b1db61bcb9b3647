import Foundation

/// Courtesy titles written before a name ("Bà Đỗ Thị Sen", "Ông Trần Văn An", "Đồng chí …"):
/// the body of a document keeps them where the clerk wrote them; NĐ 30 puts nothing before
/// the signer's name.
public enum CourtesyTitle {
    /// Longest first, so that "Đồng chí" is found before a one-word title.
    static let titles = ["Đồng chí", "Thầy giáo", "Cô giáo", "Ông", "Bà", "Thầy", "Đ/c"]

    /// The title the name starts with, as written ("Bà"), when a name follows it.
    public static func leading(in name: String) -> String? {
        let trimmed = name.drop { $0 == " " }
        // Every name of a list is asked: it is lowercased and counted once, not once a title.
        let length = trimmed.count
        let lowered = vietnameseLowercased(String(trimmed))
        for (title, prefix) in zip(titles, loweredTitles) {
            guard length > title.count + 1, lowered.hasPrefix(prefix) else { continue }
            return String(trimmed.prefix(title.count))
        }
        return nil
    }

    /// Each title lowercased, with the space a name follows it by.
    private static let loweredTitles = titles.map { vietnameseLowercased($0) + " " }

    /// The name without its title ("Bà Đỗ Thị Sen" → "Đỗ Thị Sen").
    public static func stripped(_ name: String) -> String {
        guard let title = leading(in: name) else { return name }
        return String(name.drop { $0 == " " }.dropFirst(title.count)).trimmedWhitespace
    }
}
