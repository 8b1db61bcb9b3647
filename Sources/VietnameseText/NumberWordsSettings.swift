/// Regional choices when numbers are read out in words. Each is a real variation in
/// Vietnamese usage (broadly North vs South); none is more correct than the other.
///
/// Defaults (`.standard`): nghìn, linh, mốt, lăm, tư, tỷ: the spelling most common in
/// administrative documents of the North and of central bodies, and what Foundation's own
/// (ICU) spell-out uses for all but "linh". `.southern` gives ngàn, lẻ, mốt, lăm, bốn, tỷ.
public struct NumberWordsSettings: Hashable, Sendable {
    /// 1.000: "nghìn" (default) or "ngàn".
    public enum Thousand: String, Hashable, Sendable, CaseIterable {
        case nghin = "nghìn", ngan = "ngàn"
    }
    /// Zero tens before a unit, 105: "một trăm linh năm" (default) or "một trăm lẻ năm".
    public enum ZeroTens: String, Hashable, Sendable, CaseIterable {
        case linh = "linh", le = "lẻ"
    }
    /// Unit 1 after "mươi", 21: "hai mươi mốt" (default) or "hai mươi một".
    /// 11 is always "mười một" and 101 always "một trăm linh một".
    public enum OneAfterTens: String, Hashable, Sendable, CaseIterable {
        case mot = "mốt", motPlain = "một"
    }
    /// Unit 4 after "mươi", 24: "hai mươi tư" (default) or "hai mươi bốn".
    /// 14 is always "mười bốn" and 104 always "một trăm linh bốn".
    public enum FourAfterTens: String, Hashable, Sendable, CaseIterable {
        case tu = "tư", bon = "bốn"
    }
    /// Unit 5 after "mươi", 25: "hai mươi lăm" (default), "hai mươi nhăm" or "hai mươi năm".
    /// 15 is always "mười lăm"; 105 always "một trăm linh năm".
    public enum FiveAfterTens: String, Hashable, Sendable, CaseIterable {
        case lam = "lăm", nham = "nhăm", nam = "năm"
    }
    /// 10⁹: "tỷ" (default, the spelling of the State Bank and most decrees) or "tỉ".
    public enum Billion: String, Hashable, Sendable, CaseIterable {
        case ty = "tỷ", ti = "tỉ"
    }

    public var thousand: Thousand
    public var zeroTens: ZeroTens
    public var oneAfterTens: OneAfterTens
    public var fourAfterTens: FourAfterTens
    public var fiveAfterTens: FiveAfterTens
    public var billion: Billion

    public init(thousand: Thousand = .nghin, zeroTens: ZeroTens = .linh, oneAfterTens: OneAfterTens = .mot,
                fourAfterTens: FourAfterTens = .tu, fiveAfterTens: FiveAfterTens = .lam, billion: Billion = .ty) {
        self.thousand = thousand
        self.zeroTens = zeroTens
        self.oneAfterTens = oneAfterTens
        self.fourAfterTens = fourAfterTens
        self.fiveAfterTens = fiveAfterTens
        self.billion = billion
    }

    /// nghìn, linh, mốt, tư, lăm, tỷ.
    public static let standard = NumberWordsSettings()
    /// ngàn, lẻ, mốt, bốn, lăm, tỷ.
    public static let southern = NumberWordsSettings(thousand: .ngan, zeroTens: .le, fourAfterTens: .bon)
}
