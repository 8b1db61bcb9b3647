/// The size and face an element must have, and how a laid-out line departs from them.
struct Appearance {
    var sizes: ClosedRange<Double>
    var bold: Bool
    var italic: Bool

    /// "cỡ chữ từ 12 đến 13, kiểu chữ đứng, đậm", as the decree words it.
    var description: String {
        let face = (italic ? "nghiêng" : "đứng") + (bold ? ", đậm" : "")
        return "cỡ chữ \(rangeText(sizes)), kiểu chữ \(face)"
    }

    /// What is not as required, in a few words each: "cỡ chữ 14", "chữ không đậm".
    func differences(_ lines: [TextLine]) -> [String] {
        var found: [String] = []
        for line in lines where !within(line.size, sizes) {
            found.append(sizeText(line.size))
            break
        }
        if bold, !lines.allSatisfy(\.isBold) { found.append("chữ không đậm") }
        if !bold, !lines.allSatisfy(\.isRegular) { found.append("chữ đậm") }
        if italic, !lines.allSatisfy(\.isItalic) { found.append("chữ đứng") }
        if !italic, !lines.allSatisfy(\.isUpright) { found.append("chữ nghiêng") }
        return found
    }

    /// The message for `element` when its lines are not as required, or nil.
    func check(_ lines: [TextLine], element: String, clause: String, casing: String = "") -> String? {
        let found = differences(lines)
        guard !found.isEmpty else { return nil }
        return "\(element) in \(found.joined(separator: ", ")): Nghị định 30/2020 quy định \(casing)\(description) (\(clause))."
    }
}
