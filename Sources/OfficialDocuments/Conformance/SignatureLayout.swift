/// A signer's lines as laid out: the heading lines (quyền hạn, chức vụ) and the name under
/// them, all on one page.
struct SignerBlock {
    var headings: [TextLine]
    var name: TextLine
    /// The page (1-based) and the index of the first heading line in the main flow.
    var page: Int
    var start: Int
    /// The page of the name (a block split across pages has another).
    var namePage: Int
    var lines: [TextLine] { headings + [name] }
}

/// The signatures the document says it has, found on the main pages from the end: the single
/// signer in the right half; for a biên bản the secretary in the left half, the chair in the
/// right. Texts are compared case aside, so that a rule can say the case is wrong.
struct SignatureLayout {
    var single: SignerBlock?
    var secretary: SignerBlock?
    var chair: SignerBlock?

    enum Half { case left, right }

    init(_ context: ConformanceContext) {
        let flow = context.flow(section: 0)
        let centres = flow.pages.map { context.pages[$0 - 1].area.centre }
        switch context.document.signature {
        case let .single(signer):
            single = Self.find(signer, in: flow, centres: centres, half: .right)
        case let .minutes(secretary, chair):
            self.secretary = Self.find(secretary, in: flow, centres: centres, half: .left)
            self.chair = Self.find(chair, in: flow, centres: centres, half: .right)
        case .none:
            break
        }
    }

    static func find(_ signer: Signer, in flow: Flow, centres: [Double], half: Half) -> SignerBlock? {
        let candidates = flow.lines.indices.filter { index in
            half == .right ? flow.lines[index].centreX > centres[index] : flow.lines[index].centreX < centres[index]
        }
        let targets = (signer.headingLines + [signer.name]).map(ConformanceText.folded)
        guard candidates.count >= targets.count else { return nil }
        for start in stride(from: candidates.count - targets.count, through: 0, by: -1) {
            let indices = candidates[start..<(start + targets.count)]
            let lines = indices.map { flow.lines[$0] }
            guard zip(lines, targets).allSatisfy({ ConformanceText.folded($0.text) == $1 }) else { continue }
            return SignerBlock(headings: Array(lines.dropLast()), name: lines[lines.count - 1],
                               page: flow.pages[indices.first!], start: indices.first!, namePage: flow.pages[indices.last!])
        }
        return nil
    }
}
