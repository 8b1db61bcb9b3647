import Typesetting
import VietnameseText

/// The words of Vietnamese organisation names that must never be split across lines of a
/// header ("TIỂU HỌC", "THỂ THAO", "NỘI VỤ"), and the places where a name breaks well (after a
/// comma, before "VÀ", before the level of an administrative unit: "TỈNH", "XÃ"). Written for
/// the names VanBan's documents carry; a pair of syllables not listed is treated as possibly
/// one word (a place name such as "Nội Hoàng"), which a break avoids when it can.
enum WordGroups {
    /// Words of two or three syllables, lower case, classic tone placement.
    static let compounds: Set<String> = [
        "ủy ban", "nhân dân", "hội đồng", "thi đua", "khen thưởng", "nội vụ", "tư pháp", "tài chính", "giáo dục",
        "đào tạo", "văn hóa", "thể thao", "du lịch", "tiểu học", "trung học", "cơ sở", "phổ thông", "mầm non",
        "công đoàn", "thành phố", "thị xã", "thị trấn", "việt nam", "lao động", "thương binh", "xã hội", "kế hoạch",
        "đầu tư", "công thương", "nông nghiệp", "phát triển", "nông thôn", "tài nguyên", "môi trường", "giao thông",
        "vận tải", "xây dựng", "khoa học", "công nghệ", "thông tin", "truyền thông", "y tế", "ngoại vụ", "dân tộc",
        "tôn giáo", "thanh tra", "văn phòng", "chính phủ", "thủ tướng", "quốc hội", "ngân hàng", "nhà nước",
        "kiểm toán", "quốc phòng", "công an", "ngoại giao", "đại học", "quốc gia", "học viện", "bệnh viện",
        "trung tâm", "chi nhánh", "tổng cục", "chủ tịch", "phó chủ tịch", "hành chính", "sự nghiệp", "đoàn thể",
        "thanh niên", "cộng sản", "hồ chí minh", "thiếu niên", "tiền phong", "phụ nữ", "cựu chiến binh", "chiến binh",
        "nông dân", "mặt trận", "tổ quốc", "liên đoàn", "liên đội", "chi đội", "chi đoàn", "chi bộ", "đảng ủy",
        "đảng bộ", "ban chấp hành", "chấp hành", "thường trực", "tổ chức", "biên chế", "công chức", "viên chức",
        "cán bộ", "tỉnh ủy", "huyện ủy", "thành ủy", "miền tây", "tây nam", "nam bộ", "bắc bộ", "trung bộ",
        "bắc trung bộ", "đông nam bộ", "tây nguyên", "đồng bằng", "sông hồng", "sông cửu long", "cửu long",
        "duyên hải", "miền núi", "trung du", "tổng hợp", "kinh tế", "kỹ thuật", "nghề nghiệp", "dạy nghề",
        "giáo dục thường xuyên", "thường xuyên", "dân số", "gia đình", "trẻ em", "an ninh", "trật tự", "hải quan",
        "thuế", "kho bạc", "bảo hiểm", "bưu điện", "điện lực", "cấp nước", "quản lý", "thị trường", "tiêu chuẩn",
        "đo lường", "chất lượng", "tòa án", "viện kiểm sát", "kiểm sát", "thi hành án", "thi hành", "hộ tịch",
        "đất đai", "khoáng sản", "nhà máy", "công ty", "tổng công ty", "cổ phần", "trách nhiệm", "hữu hạn",
        "hợp tác xã", "hợp tác", "doanh nghiệp", "tập đoàn", "sở nội vụ", "phòng giáo dục",
    ]

    /// The levels of administrative units: a name breaks well before them.
    static let unitLevels: Set<String> = ["tỉnh", "huyện", "quận", "xã", "phường", "thành phố", "thị xã", "thị trấn", "đặc khu"]

    /// Lower case, classic tone placement, for looking a syllable up.
    static func key(_ syllable: String) -> String {
        let folded = vietnameseLowercased(normalizingTonePlacement(syllable, to: .classic))
        // The punctuation at either end, trimmed natively: Foundation's trimming bridges
        // through NSString for every word of every name.
        let isPunctuation: (Character) -> Bool = { $0 == "," || $0 == ";" || $0 == "." }
        guard let first = folded.firstIndex(where: { !isPunctuation($0) }) else { return "" }
        let last = folded.lastIndex(where: { !isPunctuation($0) })!
        return String(folded[first...last])
    }

    /// A name as the engine's inlines, each space with what breaking there costs: never
    /// inside a word, cheaply after a comma or before a unit's level, dearer where a place name
    /// might be cut. With a balanced paragraph the name sets in even lines.
    static func inlines(_ text: String, _ style: TextStyle) -> [Inline] {
        let words = text.split(separator: " ").map(String.init)
        guard words.count > 1 else { return [.text(text, style)] }
        let keys = words.map(key)
        var inlines: [Inline] = [.text(words[0], style)]
        for gap in 0..<(words.count - 1) {
            inlines.append(.breakCost(breakCost(words, keys: keys, after: gap).map { $0 * penaltyPerCost } ?? .infinity))
            inlines.append(.text(" " + words[gap + 1], style))
        }
        return inlines
    }

    /// A break cost of 1 as the line breaker's penalty: a poor place to break (8) weighs
    /// about as much as a line left a third empty, so a name takes the lines it needs and
    /// breaks at its best place among them.
    static let penaltyPerCost = 12.0

    /// The cost of breaking a line between `words[gap]` and `words[gap + 1]` (their `keys`,
    /// made once for all the gaps): nil where the break would split a word; lower for better places.
    static func breakCost(_ words: [String], keys: [String], after gap: Int) -> Double? {
        // A listed word spanning the gap (two or three syllables) is never split.
        for length in 2...3 {
            for start in max(0, gap - length + 2)...gap where start + length <= keys.count {
                if compounds.contains(keys[start..<(start + length)].joined(separator: " ")) { return nil }
            }
        }
        if words[gap].hasSuffix(",") { return 0 }
        let next = keys[gap + 1]
        let nextTwo = gap + 2 < keys.count ? next + " " + keys[gap + 2] : next
        if next == "và" { return 1 }
        if unitLevels.contains(next) || unitLevels.contains(nextTwo) { return 1 }
        let before = knownWordEnds(keys, at: gap)
        let after = knownWordStarts(keys, at: gap + 1)
        switch (before, after) {
        case (true, true): return 3
        case (true, false), (false, true): return 4
        case (false, false): return 8          // perhaps inside a place name
        }
    }

    private static func knownWordEnds(_ keys: [String], at index: Int) -> Bool {
        (2...3).contains { length in index - length + 1 >= 0 && compounds.contains(keys[(index - length + 1)...index].joined(separator: " ")) }
            || unitLevels.contains(keys[index])
    }

    private static func knownWordStarts(_ keys: [String], at index: Int) -> Bool {
        (2...3).contains { length in index + length <= keys.count && compounds.contains(keys[index..<(index + length)].joined(separator: " ")) }
            || unitLevels.contains(keys[index])
    }
}
