import Typesetting
import VietnameseText

/// The first page's header and title as laid out: the right column's Quốc hiệu and Tiêu
/// ngữ, the left column's parent body, issuer, number and a công văn's "V/v", the place and
/// date line, then the title and subject, each found by the text the document says it has
/// (case aside, so that a rule can say the case is wrong). What is not found is nil.
struct HeaderLayout {
    static let nationalNames = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    static let motto = "Độc lập - Tự do - Hạnh phúc"

    /// Page 1's lines, top to bottom.
    let lines: [TextLine]
    var nationalName: TextLine?
    var motto: TextLine?
    /// The left column's lines, top to bottom.
    var left: [TextLine] = []
    var parent: Range<Int>?
    var issuer: Range<Int>?
    var number: Int?
    var letterSubject: Range<Int>?
    /// In `lines`.
    var title: Range<Int>?
    var subject: Range<Int>?
    var dateLine: TextLine?

    init(page: PageView, document: AdministrativeDocument) {
        lines = page.lines
        nationalName = lines.first { Self.nationalNameLetters.contains(Self.letters(folded: $0.foldedWords)) }
        motto = lines.first { Self.letters(folded: $0.foldedWords) == Self.mottoLetters }
        // The left column ends where the right one starts.
        let columnEdge = min(nationalName?.minX ?? page.area.centre, motto?.minX ?? page.area.centre)
        left = lines.filter { $0.maxX < columnEdge - Tolerance.position && $0.centreX < page.area.centre }
        findLeftColumn(document)
        findTitle(document)
        findDateLine(document, area: page.area)
    }

    /// The letters of a text, case, spaces and dashes aside: how the Quốc hiệu and Tiêu ngữ are
    /// recognised however they were mistyped.
    static func letters(_ text: String) -> String { letters(folded: foldedWords(text)) }

    static func letters(folded words: [String]) -> String {
        words.joined().filter { $0 != "-" && $0 != "–" && $0 != "—" }
    }

    private static let nationalNameLetters = nationalNames.map(letters)
    private static let mottoLetters = letters(motto)

    static func foldedWords(_ text: String) -> [String] { ConformanceText.words(ConformanceText.folded(text)) }

    /// Lines matched whatever their case.
    static func find(_ text: String, in lines: [TextLine], from start: Int = 0) -> Range<Int>? {
        ConformanceText.find(foldedWords(text), in: lines, from: start, words: \.foldedWords)
    }

    private mutating func findLeftColumn(_ document: AdministrativeDocument) {
        var next = 0
        if let parentBody = document.parentBody, !parentBody.isEmpty, let found = Self.find(parentBody, in: left) {
            parent = found
            next = found.upperBound
        }
        issuer = Self.find(document.issuer, in: left, from: next)
        next = issuer?.upperBound ?? next
        number = left.indices.dropFirst(next).first { left[$0].words.first?.hasPrefix("Số") == true }
        if let letterSubject = document.letterSubject {
            self.letterSubject = Self.find("V/v " + letterSubject, in: left, from: number.map { $0 + 1 } ?? next)
        }
    }

    private mutating func findTitle(_ document: AdministrativeDocument) {
        guard !document.isLetter else { return }
        let leftBottom = (issuerLines + parentLines + letterSubjectLines + [numberLine].compactMap { $0 }).map(\.y).max() ?? 0
        let bound = max(leftBottom, motto?.y ?? nationalName?.y ?? 0)
        guard let start = lines.firstIndex(where: { $0.y > bound + Tolerance.position }) else { return }
        title = Self.find(document.typeName, in: lines, from: start)
        if let title, let subjectText = document.subject, !subjectText.isEmpty,
           let found = Self.find(subjectText, in: lines, from: title.upperBound), found.lowerBound == title.upperBound {
            subject = found
        }
    }

    /// The first line under the Tiêu ngữ, right of the middle, with "ngày" in it, above the title.
    private mutating func findDateLine(_ document: AdministrativeDocument, area: TextArea) {
        let top = motto?.y ?? nationalName?.y ?? 0
        let limit = titleLines.first?.y ?? numberLine.map { $0.y + 1 } ?? (bottom + 40)
        dateLine = lines.first { $0.y > top && $0.y < limit && $0.centreX > area.centre && $0.words.contains("ngày") }
    }

    var issuerLines: [TextLine] { issuer.map { Array(left[$0]) } ?? [] }
    var parentLines: [TextLine] { parent.map { Array(left[$0]) } ?? [] }
    var numberLine: TextLine? { number.map { left[$0] } }
    var letterSubjectLines: [TextLine] { letterSubject.map { Array(left[$0]) } ?? [] }
    var titleLines: [TextLine] { title.map { Array(lines[$0]) } ?? [] }
    var subjectLines: [TextLine] { subject.map { Array(lines[$0]) } ?? [] }

    /// The lowest baseline of the header (title aside): the body comes below it.
    var bottom: Double {
        let found = [nationalName, motto, numberLine, dateLine].compactMap { $0 } + issuerLines + parentLines + letterSubjectLines
        return found.map(\.y).max() ?? 0
    }

    /// The axis the left column's lines are centred on (the issuer's widest line).
    var leftAxis: Double? { issuerLines.max { $0.width < $1.width }?.centreX }

    /// The rule just under `line` (within its size), horizontal, overlapping it.
    static func rule(under line: TextLine, on page: PageView) -> LineSegmentFound? {
        page.page.rules.first { rule in
            rule.isHorizontal && rule.from.y > line.y && rule.from.y <= line.y + line.size
                && rule.maxX > line.minX && rule.minX < line.maxX
        }.map(LineSegmentFound.init)
    }
}

/// A rule found under some text, with how its length compares.
struct LineSegmentFound {
    var minX: Double
    var maxX: Double
    init(_ segment: Typesetting.LineSegment) { minX = segment.minX; maxX = segment.maxX }
    var length: Double { maxX - minX }
    var centreX: Double { (minX + maxX) / 2 }

    /// nil when the rule is from `fraction` of the text's width, centred on the text; else
    /// what is wrong.
    func problem(underTextOf width: Double, centre: Double, fraction: ClosedRange<Double>) -> String? {
        let slack = Tolerance.position
        if length < width * fraction.lowerBound - slack || length > width * fraction.upperBound + slack {
            return "đường kẻ dài \(ConformanceText.millimetres(length)) mm, dòng chữ dài \(ConformanceText.millimetres(width)) mm"
        }
        if abs(centreX - centre) > slack { return "đường kẻ không cân đối dưới dòng chữ" }
        return nil
    }
}
