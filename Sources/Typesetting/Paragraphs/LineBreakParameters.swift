/// Every setting of line breaking, in one place, named after TeX's parameters where TeX has
/// one. The defaults are TeX's plain format's, but for the emergency stretch and the glue of
/// ragged text, which are this engine's. Set them with `Typesetter(fonts:lineBreaking:)`.
public struct LineBreakParameters: Sendable, Equatable {
    /// TeX's \pretolerance: the first pass accepts only lines whose badness is at most this.
    public var pretolerance: Double = 100
    /// TeX's \tolerance: the second pass, run when the first finds no way through.
    public var tolerance: Double = 200
    /// TeX's \emergencystretch, as a fraction of the measure: stretch every line gets in the
    /// third pass, which accepts any badness and never fails.
    public var emergencyStretch: Double = 0.1
    /// TeX's \linepenalty: added to every line's badness, so fewer lines are preferred.
    public var linePenalty: Double = 10
    /// TeX's \adjdemerits: for two neighbouring lines of fitness classes more than one apart
    /// (a tight line after a loose one).
    public var adjacentDemerits: Double = 10000
    /// How far an inter-word space of justified text may stretch and shrink, as fractions of
    /// the space (TeX's fontdimens 3 and 4 for Computer Modern are 1/2 and 1/3).
    public var spaceStretch: Double = 1.0 / 2
    public var spaceShrink: Double = 1.0 / 3
    /// The stretch at the end of each line of left-aligned text, in ems of the paragraph's
    /// strut: how ragged the right edge may be. Centred and right-aligned lines may take the
    /// whole measure; their spaces never stretch.
    public var raggedStretch: Double = 3
    /// The penalty for ending a line between two grapheme clusters of a word that is wider
    /// than the line.
    public var clusterBreakPenalty: Double = 50
    /// Balanced paragraphs (`ParagraphStyle.balanced`): what a line's empty part costs, as a
    /// fraction of the measure, squared; and what a last line longer than the one above it
    /// costs (a name's lines narrow downwards: "BỘ VĂN HÓA, THỂ THAO" over "VÀ DU LỊCH").
    public var balanceSlackDemerits: Double = 72
    public var balanceLongerLastLine: Double = 24

    public init() {}

    /// The finite stretch every line of the paragraph has besides its glue (TeX's \leftskip
    /// plus \rightskip): ragged and centred text lives on it.
    func lineStretch(_ style: ParagraphStyle, measure: Double) -> Double {
        switch style.alignment {
        case .justified: return 0
        case .left: return raggedStretch * style.strut.size
        case .center, .right: return measure
        }
    }
}
