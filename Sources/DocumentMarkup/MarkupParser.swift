import InputGuards

/// Parses document markup (the output of a template) into a `MarkupDocument`.
public enum MarkupParser {
    /// - Parameters:
    ///   - source: the markup. It is NFC-normalised first; a leading byte order mark is dropped;
    ///     lines end at LF, CR LF or CR.
    ///   - sourceName: names the source in positions and error messages (the template file).
    ///   - lineOffset: added to every line number (the first line is `lineOffset + 1`).
    /// - Throws: `MarkupError` at the first error, with a Vietnamese message.
    public static func parse(_ source: String, sourceName: String, lineOffset: Int = 0) throws(MarkupError) -> MarkupDocument {
        try parse([MarkupSource(source, name: sourceName, lineOffset: lineOffset)])
    }

    /// One body read from several sources in turn (a template's sections, markup that a data
    /// file wrote): numbering runs on through them, every position names its own source, and
    /// each source ends its paragraphs and tables.
    public static func parse(_ sources: [MarkupSource]) throws(MarkupError) -> MarkupDocument {
        var lines: [SourceLine] = []
        for (index, source) in sources.enumerated() {
            if index > 0, let last = lines.last {
                // A blank line between sources: nothing runs on from one into the next.
                lines.append(SourceLine(number: last.number + 1, scalars: [], everyScalarIsACharacter: true, file: last.file))
            }
            for var line in SourceText.lines(source.text, lineOffset: source.lineOffset) {
                line.file = source.name
                lines.append(line)
            }
        }
        var parser = BlockParser(file: sources.first?.name ?? "", lines: lines)
        return try parser.run()
    }
}

/// A piece of markup to parse and where it comes from.
public struct MarkupSource: Sendable {
    public var text: String
    /// Names the source in positions and messages.
    public var name: String
    /// Added to every line number (the first line is `lineOffset + 1`).
    public var lineOffset: Int

    public init(_ text: String, name: String, lineOffset: Int = 0) {
        self.text = text
        self.name = name
        self.lineOffset = lineOffset
    }
}

struct BlockParser {
    enum ContainerKind {
        case root
        case keepTogether
        case annex(title: String, number: String?, orientation: Annex.Orientation)
        case signatureGrid(columns: Int?)
    }

    struct Container {
        var kind: ContainerKind
        /// The directive name as written, for messages.
        var name: String
        var position: SourceLocation
        var blocks: [Block] = []
        var cells: [SignatureCell] = []
    }

    struct Pending {
        var attributes: [Attribute]
        var position: SourceLocation
    }

    enum TextKind {
        case paragraph(Alignment, indent: Bool)
        case numbered(DivisionLevel, Numbering)
        case listItem(ListItem.Marker)
    }

    struct OpenText {
        var kind: TextKind
        var source: InlineSource
        var position: SourceLocation
    }

    struct TableBuilder {
        var position: SourceLocation
        var columns: [TableColumn]?
        var borders: Bool
        var header: [TableRow] = []
        var body: [TableRow] = []
        var sawSeparator = false
    }

    struct RunIn {
        var level: DivisionLevel
        var literal: String?
        var contentStart: Int
        /// The marker as written, for messages.
        var marker: String
    }

    let file: String
    let lines: [SourceLine]
    var containers: [Container]
    var counters: [Counters] = [Counters()]
    var pending: Pending?
    var openText: OpenText?
    var openTable: TableBuilder?

    init(file: String, lines: [SourceLine]) {
        self.file = file
        self.lines = lines
        let start = SourceLocation(file: lines.first?.file ?? file, line: lines.first?.number ?? 1, column: 1)
        self.containers = [Container(kind: .root, name: "", position: start)]
    }

    mutating func run() throws(MarkupError) -> MarkupDocument {
        for line in lines { try process(line) }
        try flushOpen()
        if let p = pending {
            throw MarkupError(.danglingAttributes, at: p.position,
                              "dòng thuộc tính phải đứng ngay trên khối nó áp dụng, nhưng sau nó là hết văn bản")
        }
        if containers.count > 1 {
            let c = containers[containers.count - 1]
            throw MarkupError(.unclosedBlock, at: endOfInput,
                              "thiếu \(q(":::")) đóng khối \(q(c.name)) mở ở dòng \(c.position.line)")
        }
        return MarkupDocument(sourceName: file, blocks: containers[0].blocks)
    }

    // The rules of the blocks met most often, built once rather than for every block.
    static let paragraphRules = AttributeRules(
        blockName: "đoạn văn",
        flags: ["giua": "giữa", "phai": "phải", "trai": "trái", "deu": "đều", "khong-thut": "không-thụt"],
        valued: ["can": "căn"])
    static let tableRules = AttributeRules(blockName: "bảng", flags: [:],
                                                   valued: ["cot": "cột", "can": "căn", "vien": "viền"])
    static let rowRules = AttributeRules(blockName: "hàng bảng", flags: ["tong": "tổng", "nhom": "nhóm"], valued: [:])
    static let cellRules = AttributeRules(blockName: "ô bảng",
                                                  flags: ["giua": "giữa", "phai": "phải", "trai": "trái", "deu": "đều"],
                                                  valued: ["gop": "gộp", "can": "căn"])

    // MARK: - helpers

    func position(_ line: SourceLine, _ i: Int) -> SourceLocation {
        SourceLocation(file: line.file, line: line.number, column: line.column(min(max(i, 0), line.count)))
    }

    /// Just after the last character of the last non-blank line.
    var endOfInput: SourceLocation {
        for line in lines.reversed() {
            if let t = line.trimmed { return position(line, t.end + 1) }
        }
        return SourceLocation(file: lines.first?.file ?? file, line: lines.first?.number ?? 1, column: 1)
    }

    func inlineSource(_ line: SourceLine, from: Int, through: Int) -> InlineSource {
        var f = from
        var t = through
        while f <= t, Chars.isSpace(line.scalars[f]) { f += 1 }
        while t >= f, Chars.isSpace(line.scalars[t]) { t -= 1 }
        var source = InlineSource(line: line.number, column: line.column(min(f, line.count)))
        source.append(line, from: f, through: t)
        return source
    }

    func inlines(_ line: SourceLine, from: Int, through: Int) throws(MarkupError) -> [Inline] {
        // Plain text (most cells and titles) needs no InlineSource copy.
        if let plain = InlineParser.plainText(line.scalars[max(from, 0)..<max(from, through + 1)]) {
            guard let start = plain.start else { return [] }
            return [Inline(.text(plain.text), at: position(line, start))]
        }
        return try InlineParser.parse(inlineSource(line, from: from, through: through), file: line.file)
    }

    mutating func appendBlock(_ block: Block) {
        containers[containers.count - 1].blocks.append(block)
    }

    mutating func takePending() -> [Attribute] {
        defer { pending = nil }
        return pending?.attributes ?? []
    }

    mutating func noAttributes(_ what: String) throws(MarkupError) {
        if let p = pending {
            throw MarkupError(.attributesNotAllowed, at: p.position,
                              "\(what) không nhận thuộc tính; bỏ dòng {…} ở trên")
        }
    }

    func isFence(_ line: SourceLine, _ s: Int, _ e: Int) -> Bool {
        s + 2 <= e && line.scalars[s] == ":" && line.scalars[s + 1] == ":" && line.scalars[s + 2] == ":"
    }

    // MARK: - lines

    mutating func process(_ line: SourceLine) throws(MarkupError) {
        guard let (s, e) = line.trimmed else {
            try flushOpen()
            if let p = pending {
                throw MarkupError(.danglingAttributes, at: p.position,
                                  "dòng thuộc tính phải đứng ngay trên khối nó áp dụng, không để dòng trống ở giữa")
            }
            return
        }
        if case .signatureGrid = containers[containers.count - 1].kind {
            try signatureLine(line, s, e)
            return
        }
        let sc = line.scalars
        if isFence(line, s, e) {
            try fence(line, s, e)
            return
        }
        if sc[s] == "{", try braceLine(line, s, e) { return }
        if sc[s] == "|" {
            try tableRow(line, pipe: s, e, rowAttributes: [], rowStart: s)
            return
        }
        if let runIn = try runInMarker(line, s, e) {
            try numbered(line, runIn, s, e)
            return
        }
        if sc[s] == "#" {
            try hashtag(line, s, e)
            return
        }
        if sc[s] == "-" || sc[s] == "+", s == e || Chars.isSpace(sc[s + 1]) {
            try listItem(line, s, e)
            return
        }
        try textLine(line, s, e)
    }

    mutating func flushOpen() throws(MarkupError) {
        if let table = openTable {
            openTable = nil
            let columns = table.columns ?? []
            appendBlock(Block(.table(Table(columns: columns, header: table.header, body: table.body,
                                           borders: table.borders)), at: table.position))
        }
        guard let text = openText else { return }
        openText = nil
        let content = try InlineParser.parse(text.source, file: text.position.file)
        switch text.kind {
        case .paragraph(let alignment, let indent):
            if content.isEmpty { return }
            appendBlock(Block(.paragraph(Paragraph(content: content, alignment: alignment, firstLineIndent: indent)),
                              at: text.position))
        case .numbered(let level, let number):
            appendBlock(Block(.numberedParagraph(NumberedParagraph(level: level, number: number, content: content)),
                              at: text.position))
        case .listItem(let marker):
            let item = ListItem(marker: marker, content: content, position: text.position)
            let top = containers.count - 1
            if let last = containers[top].blocks.last, case .list(var list) = last.kind {
                list.items.append(item)
                containers[top].blocks[containers[top].blocks.count - 1] = Block(.list(list), at: last.position)
            } else {
                appendBlock(Block(.list(BulletList(items: [item])), at: text.position))
            }
        }
    }

    mutating func textLine(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) {
        if openText != nil {
            openText!.source.append(line, from: s, through: e)
            return
        }
        try flushOpen()
        let attributes = takePending()
        try Self.paragraphRules.check(attributes)
        var alignment: Alignment? = nil
        var indent = true
        for a in attributes {
            let chosen: Alignment?
            switch a.key {
            case "khong-thut": indent = false; chosen = nil
            case "can": chosen = try Self.alignment(a.value ?? "", attribute: a)
            default: chosen = try Self.alignment(a.key, attribute: a)
            }
            if let chosen {
                if alignment != nil {
                    throw MarkupError(.badAttributeValue, at: a.position, "đoạn văn chỉ chọn một cách căn lề")
                }
                alignment = chosen
            }
        }
        var source = InlineSource(line: line.number, column: line.column(s))
        source.append(line, from: s, through: e)
        openText = OpenText(kind: .paragraph(alignment ?? .justified, indent: indent), source: source,
                            position: position(line, s))
    }

    static func alignment(_ value: String, attribute: Attribute) throws(MarkupError) -> Alignment {
        switch Names.fold(value) {
        case "trai": return .left
        case "giua": return .center
        case "phai": return .right
        case "deu": return .justified
        default:
            throw MarkupError(.badAttributeValue, at: attribute.position,
                              "\(q(value)) không phải cách căn lề; dùng trái, giữa, phải hoặc đều")
        }
    }
}
