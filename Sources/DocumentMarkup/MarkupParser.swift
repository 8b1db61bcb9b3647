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
    private enum ContainerKind {
        case root
        case keepTogether
        case annex(title: String, number: String?, orientation: Annex.Orientation)
        case signatureGrid(columns: Int?)
    }

    private struct Container {
        var kind: ContainerKind
        /// The directive name as written, for messages.
        var name: String
        var position: SourceLocation
        var blocks: [Block] = []
        var cells: [SignatureCell] = []
    }

    private struct Pending {
        var attributes: [Attribute]
        var position: SourceLocation
    }

    private enum TextKind {
        case paragraph(Alignment, indent: Bool)
        case numbered(DivisionLevel, Numbering)
        case listItem(ListItem.Marker)
    }

    private struct OpenText {
        var kind: TextKind
        var source: InlineSource
        var position: SourceLocation
    }

    private struct TableBuilder {
        var position: SourceLocation
        var columns: [TableColumn]?
        var borders: Bool
        var header: [TableRow] = []
        var body: [TableRow] = []
        var sawSeparator = false
    }

    private struct RunIn {
        var level: DivisionLevel
        var literal: String?
        var contentStart: Int
        /// The marker as written, for messages.
        var marker: String
    }

    private let file: String
    private let lines: [SourceLine]
    private var containers: [Container]
    private var counters: [Counters] = [Counters()]
    private var pending: Pending?
    private var openText: OpenText?
    private var openTable: TableBuilder?

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
    private static let paragraphRules = AttributeRules(
        blockName: "đoạn văn",
        flags: ["giua": "giữa", "phai": "phải", "trai": "trái", "deu": "đều", "khong-thut": "không-thụt"],
        valued: ["can": "căn"])
    private static let tableRules = AttributeRules(blockName: "bảng", flags: [:],
                                                   valued: ["cot": "cột", "can": "căn", "vien": "viền"])
    private static let rowRules = AttributeRules(blockName: "hàng bảng", flags: ["tong": "tổng", "nhom": "nhóm"], valued: [:])
    private static let cellRules = AttributeRules(blockName: "ô bảng",
                                                  flags: ["giua": "giữa", "phai": "phải", "trai": "trái", "deu": "đều"],
                                                  valued: ["gop": "gộp", "can": "căn"])

    // MARK: - helpers

    private func position(_ line: SourceLine, _ i: Int) -> SourceLocation {
        SourceLocation(file: line.file, line: line.number, column: line.column(min(max(i, 0), line.count)))
    }

    /// Just after the last character of the last non-blank line.
    private var endOfInput: SourceLocation {
        for line in lines.reversed() {
            if let t = line.trimmed { return position(line, t.end + 1) }
        }
        return SourceLocation(file: lines.first?.file ?? file, line: lines.first?.number ?? 1, column: 1)
    }

    private func inlineSource(_ line: SourceLine, from: Int, through: Int) -> InlineSource {
        var f = from
        var t = through
        while f <= t, Chars.isSpace(line.scalars[f]) { f += 1 }
        while t >= f, Chars.isSpace(line.scalars[t]) { t -= 1 }
        var source = InlineSource(line: line.number, column: line.column(min(f, line.count)))
        source.append(line, from: f, through: t)
        return source
    }

    private func inlines(_ line: SourceLine, from: Int, through: Int) throws(MarkupError) -> [Inline] {
        // Plain text (most cells and titles) needs no InlineSource copy.
        if let plain = InlineParser.plainText(line.scalars[max(from, 0)..<max(from, through + 1)]) {
            guard let start = plain.start else { return [] }
            return [Inline(.text(plain.text), at: position(line, start))]
        }
        return try InlineParser.parse(inlineSource(line, from: from, through: through), file: line.file)
    }

    private mutating func appendBlock(_ block: Block) {
        containers[containers.count - 1].blocks.append(block)
    }

    private mutating func takePending() -> [Attribute] {
        defer { pending = nil }
        return pending?.attributes ?? []
    }

    private mutating func noAttributes(_ what: String) throws(MarkupError) {
        if let p = pending {
            throw MarkupError(.attributesNotAllowed, at: p.position,
                              "\(what) không nhận thuộc tính; bỏ dòng {…} ở trên")
        }
    }

    private func isFence(_ line: SourceLine, _ s: Int, _ e: Int) -> Bool {
        s + 2 <= e && line.scalars[s] == ":" && line.scalars[s + 1] == ":" && line.scalars[s + 2] == ":"
    }

    // MARK: - lines

    private mutating func process(_ line: SourceLine) throws(MarkupError) {
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

    private mutating func flushOpen() throws(MarkupError) {
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

    private mutating func textLine(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) {
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

    private static func alignment(_ value: String, attribute: Attribute) throws(MarkupError) -> Alignment {
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

    // MARK: attribute lines

    /// A line starting with "{". Returns `false` when it is ordinary text.
    private mutating func braceLine(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) -> Bool {
        let sc = line.scalars
        let scanned: (attributes: [Attribute], end: Int)
        do throws(MarkupError) {
            scanned = try AttributeScanner(line: line, file: line.file, braced: true).scan(from: s + 1, openBrace: s)
        } catch {
            // A line that also ends with "}" was meant as attributes: report; else it is text.
            if sc[e] == "}" { throw error }
            return false
        }
        var k = scanned.end
        while k <= e, Chars.isSpace(sc[k]) { k += 1 }
        if k > e {
            if scanned.attributes.isEmpty { return false }  // "{}" alone: nothing
            try flushOpen()
            if var p = pending {
                for a in scanned.attributes {
                    if p.attributes.contains(where: { $0.key == a.key }) {
                        throw MarkupError(.duplicateAttribute, at: a.position,
                                          "thuộc tính \(q(a.name)) đã ghi ở dòng \(p.position.line)")
                    }
                    p.attributes.append(a)
                }
                pending = p
            } else {
                pending = Pending(attributes: scanned.attributes, position: position(line, s))
            }
            return true
        }
        if sc[k] == "|" {
            try tableRow(line, pipe: k, e, rowAttributes: scanned.attributes, rowStart: s)
            return true
        }
        if scanned.attributes.isEmpty { return false }
        throw MarkupError(.attributesOnSameLine, at: position(line, s),
                          "thuộc tính {…} phải nằm riêng trên một dòng, ngay trên khối nó áp dụng; muốn in dấu \(q("{")) thì viết \(q("\\{"))")
    }

    // MARK: directives

    private mutating func fence(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) {
        let sc = line.scalars
        var j = s
        while j <= e, sc[j] == ":" { j += 1 }
        try flushOpen()
        while j <= e, Chars.isSpace(sc[j]) { j += 1 }
        if let p = pending {
            if j > e {
                throw MarkupError(.danglingAttributes, at: p.position,
                                  "dòng thuộc tính phải đứng ngay trên khối nó áp dụng, nhưng sau nó là dòng \(q(":::")) đóng khối")
            }
            throw MarkupError(.attributesNotAllowed, at: p.position,
                              "thuộc tính của khối ghi ngay trên dòng \(q("::: tên …")), không ghi trên dòng riêng")
        }
        if j > e {
            try closeContainer(line, s)
        } else {
            try openDirective(line, fence: s, name: j, e)
        }
    }

    private mutating func closeContainer(_ line: SourceLine, _ s: Int) throws(MarkupError) {
        guard containers.count > 1 else {
            throw MarkupError(.unexpectedClosingFence, at: position(line, s),
                              "\(q(":::")) đóng khối nhưng không có khối nào đang mở")
        }
        let c = containers.removeLast()
        let kind: Block.Kind
        switch c.kind {
        case .keepTogether:
            kind = .keepTogether(c.blocks)
        case .signatureGrid(let columns):
            kind = .signatureGrid(SignatureGrid(columns: columns, cells: c.cells))
        case .annex(let title, let number, let orientation):
            counters.removeLast()
            kind = .annex(Annex(title: title, number: number, orientation: orientation, blocks: c.blocks))
        case .root:
            return
        }
        appendBlock(Block(kind, at: c.position))
    }

    private static let directiveList = "cùng-trang, chữ-ký, phụ-lục"

    private mutating func openDirective(_ line: SourceLine, fence s: Int, name k: Int, _ e: Int) throws(MarkupError) {
        let sc = line.scalars
        var j = k
        while j <= e, Chars.isNameCharacter(sc[j]) { j += 1 }
        if j == k {
            throw MarkupError(.missingDirectiveName, at: position(line, k),
                              "sau \(q(":::")) cần tên khối (\(Self.directiveList)), gặp \(Chars.describe(sc[k])); dòng \(q(":::")) đứng một mình để đóng khối")
        }
        let name = line.text(k, j - 1)
        if j <= e, !Chars.isSpace(sc[j]) {
            throw MarkupError(.badAttributeSyntax, at: position(line, j),
                              "sau tên khối \(q(name)) cần dấu cách, gặp \(Chars.describe(sc[j]))")
        }
        let attributes = try AttributeScanner(line: line, file: line.file, braced: false).scan(from: j).attributes
        let here = position(line, s)
        // The tree is walked recursively downstream: its depth is bounded here.
        if containers.count > InputLimits.markupBlockDepth {
            throw MarkupError(.blockTooDeep, at: here,
                              "các khối \(q(":::")) lồng nhau quá \(InputLimits.markupBlockDepth) tầng; hãy đóng bớt khối trước khi mở khối mới")
        }
        switch Names.fold(name) {
        case "cung-trang":
            try AttributeRules(blockName: "khối \(q(name))", flags: [:], valued: [:]).check(attributes)
            containers.append(Container(kind: .keepTogether, name: name, position: here))
        case "chu-ky":
            try AttributeRules(blockName: "khối \(q(name))", flags: [:], valued: ["cot": "cột"]).check(attributes)
            var columns: Int? = nil
            if let a = attributes.named("cot") {
                guard let n = Int(a.value ?? ""), n == 2 || n == 3 else {
                    throw MarkupError(.badAttributeValue, at: a.position,
                                      "số ô chữ ký mỗi hàng \(q(a.name)) phải là 2 hoặc 3, không phải \(q(a.value ?? ""))")
                }
                columns = n
            }
            containers.append(Container(kind: .signatureGrid(columns: columns), name: name, position: here))
        case "phu-luc":
            if containers.count > 1 {
                let outer = containers[containers.count - 1]
                throw MarkupError(.directiveNotAllowedHere, at: here,
                                  "phụ lục phải đứng ngoài cùng, không đặt trong khối \(q(outer.name)) mở ở dòng \(outer.position.line)")
            }
            try AttributeRules(blockName: "khối \(q(name))", flags: [:],
                               valued: ["tieu-de": "tiêu-đề", "so": "số", "huong": "hướng"]).check(attributes)
            guard let titleAttribute = attributes.named("tieu-de") else {
                throw MarkupError(.missingAttribute, at: here,
                                  "khối \(q(name)) cần thuộc tính tiêu-đề=\"…\" (tên phụ lục)")
            }
            let title = titleAttribute.value ?? ""
            if title.isEmpty {
                throw MarkupError(.badAttributeValue, at: titleAttribute.position, "tiêu-đề của phụ lục không được để trống")
            }
            var orientation = Annex.Orientation.portrait
            if let a = attributes.named("huong") {
                switch Names.fold(a.value ?? "") {
                case "ngang": orientation = .landscape
                case "doc": orientation = .portrait
                default:
                    throw MarkupError(.badAttributeValue, at: a.position,
                                      "hướng trang \(q(a.value ?? "")) không hợp lệ; dùng \(q("ngang")) hoặc \(q("dọc"))")
                }
            }
            var number = attributes.named("so")?.value
            if number?.isEmpty == true { number = nil }
            containers.append(Container(kind: .annex(title: title, number: number, orientation: orientation),
                                        name: name, position: here))
            counters.append(Counters())
        default:
            throw MarkupError(.unknownDirective, at: position(line, k),
                              "không có khối \(q(name)); các khối: \(Self.directiveList)")
        }
    }

    private mutating func signatureLine(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) {
        let sc = line.scalars
        let grid = containers[containers.count - 1]
        if isFence(line, s, e) {
            var j = s
            while j <= e, sc[j] == ":" || Chars.isSpace(sc[j]) { j += 1 }
            if j > e {
                try closeContainer(line, s)
                return
            }
            throw MarkupError(.directiveNotAllowedHere, at: position(line, s),
                              "không mở khối khác trong khối \(q(grid.name)); đóng nó bằng dòng \(q(":::")) trước")
        }
        guard sc[s] == "|" else {
            throw MarkupError(.unexpectedLineInSignatureGrid, at: position(line, s),
                              "trong khối \(q(grid.name)) (mở ở dòng \(grid.position.line)) mỗi dòng là một ô: \(q("| tên đơn vị | chức vụ | họ tên |")); đóng khối bằng \(q(":::"))")
        }
        let cells = try splitCells(line, pipe: s, e)
        guard cells.count == 3 else {
            throw MarkupError(.signatureCellFields, at: position(line, s),
                              "mỗi ô chữ ký có 3 phần \(q("| tên đơn vị | chức vụ | họ tên |")), dòng này có \(cells.count)")
        }
        let unit = try inlines(line, from: cells[0].from, through: cells[0].through)
        let title = try inlines(line, from: cells[1].from, through: cells[1].through)
        let name = try inlines(line, from: cells[2].from, through: cells[2].through)
        containers[containers.count - 1].cells.append(
            SignatureCell(unit: unit, title: title, name: name, position: position(line, s)))
    }

    // MARK: tables

    /// Splits `| a | b |` at unescaped pipes. `pipe` is the index of the leading pipe.
    private func splitCells(_ line: SourceLine, pipe: Int, _ e: Int) throws(MarkupError) -> [(from: Int, through: Int)] {
        let sc = line.scalars
        var cells: [(from: Int, through: Int)] = []
        cells.reserveCapacity(8)
        var i = pipe + 1
        var cellStart = pipe + 1
        var lastPipe = pipe
        while i <= e {
            let c = sc[i]
            if c == "\\" {
                i += (i + 1 <= e && Chars.isASCIIPunctuation(sc[i + 1])) ? 2 : 1
                continue
            }
            if c == "|" {
                cells.append((cellStart, i - 1))
                cellStart = i + 1
                lastPipe = i
            }
            i += 1
        }
        guard lastPipe == e, !cells.isEmpty else {
            throw MarkupError(.tableRowNotClosed, at: position(line, e + 1),
                              "hàng phải kết thúc bằng \(q("|")), ví dụ \(q("| 1 | Nguyễn Văn A |")); muốn in dấu \(q("|")) trong ô thì viết \(q("\\|"))")
        }
        return cells
    }

    private mutating func tableRow(_ line: SourceLine, pipe: Int, _ e: Int, rowAttributes: [Attribute],
                                   rowStart: Int) throws(MarkupError) {
        let sc = line.scalars
        if openTable == nil {
            try flushOpen()
            openTable = try makeTable(takePending(), at: position(line, rowStart))
        }
        let cells = try splitCells(line, pipe: pipe, e)

        // Header separator |---|---|
        var isSeparator = true
        var hasColon = false
        for cell in cells {
            var any = false
            var i = cell.from
            while i <= cell.through {
                let c = sc[i]
                if c == "-" { any = true } else if c == ":" { hasColon = true } else if !Chars.isSpace(c) {
                    isSeparator = false
                    break
                }
                i += 1
            }
            if !any { isSeparator = false }
            if !isSeparator { break }
        }
        if isSeparator {
            if hasColon {
                throw MarkupError(.badColumnSpec, at: position(line, pipe),
                                  "căn lề cột ghi bằng {căn=\"…\"} trên bảng, không ghi dấu \(q(":")) trong hàng \(q("|---|"))")
            }
            if !rowAttributes.isEmpty {
                throw MarkupError(.attributesNotAllowed, at: position(line, rowStart),
                                  "hàng phân cách \(q("|---|")) không nhận thuộc tính")
            }
            if openTable!.sawSeparator {
                throw MarkupError(.misplacedHeaderSeparator, at: position(line, pipe),
                                  "bảng chỉ có một hàng phân cách \(q("|---|")) (dưới các hàng tiêu đề)")
            }
            if openTable!.body.isEmpty {
                throw MarkupError(.misplacedHeaderSeparator, at: position(line, pipe),
                                  "hàng phân cách \(q("|---|")) phải nằm ngay dưới (các) hàng tiêu đề của bảng")
            }
            for row in openTable!.body where row.role != .normal {
                throw MarkupError(.attributesNotAllowed, at: row.position,
                                  "hàng tiêu đề (trên \(q("|---|"))) không dùng {tổng} hay {nhóm}")
            }
            openTable!.header = openTable!.body
            openTable!.body = []
            openTable!.sawSeparator = true
            return
        }

        // Row attributes
        try Self.rowRules.check(rowAttributes)
        if rowAttributes.count > 1 {
            throw MarkupError(.badAttributeValue, at: rowAttributes[1].position,
                              "một hàng chỉ là {tổng} hoặc {nhóm}, không cả hai")
        }
        let role: TableRow.Role = rowAttributes.first.map { $0.key == "tong" ? .total : .group } ?? .normal

        // Cells
        var row: [TableCell] = []
        row.reserveCapacity(cells.count)
        for cell in cells {
            var a = cell.from
            var b = cell.through
            while a <= b, Chars.isSpace(sc[a]) { a += 1 }
            while b >= a, Chars.isSpace(sc[b]) { b -= 1 }
            let cellPosition = position(line, a <= b ? a : cell.from)
            var span = 1
            var alignment: Alignment? = nil
            var contentStart = a
            if a <= b, sc[a] == "{" {
                let scanned = try AttributeScanner(line: line, file: line.file, braced: true)
                    .scan(from: a + 1, openBrace: a, limit: b + 1)
                try Self.cellRules.check(scanned.attributes)
                for attribute in scanned.attributes {
                    switch attribute.key {
                    case "gop":
                        guard let n = Int(attribute.value ?? ""), (1...InputLimits.tableColumns).contains(n) else {
                            throw MarkupError(.badAttributeValue, at: attribute.position,
                                              "gộp=\(Excerpt.shortened(attribute.value ?? "")) không hợp lệ: cần số cột là số nguyên từ 1 đến \(InputLimits.tableColumns), ví dụ {gộp=3}")
                        }
                        span = n
                    case "can":
                        alignment = try Self.alignment(attribute.value ?? "", attribute: attribute)
                    default:
                        if alignment != nil {
                            throw MarkupError(.badAttributeValue, at: attribute.position, "ô bảng chỉ chọn một cách căn lề")
                        }
                        alignment = try Self.alignment(attribute.key, attribute: attribute)
                    }
                }
                contentStart = scanned.end
            }
            let content = try inlines(line, from: contentStart, through: b)
            row.append(TableCell(content: content, columnSpan: span, alignment: alignment, position: cellPosition))
        }

        // Column count (each span at most `tableColumns`, a row at most that many cells: no overflow)
        let total = row.reduce(0) { $0 + $1.columnSpan }
        if total > InputLimits.tableColumns {
            throw MarkupError(.tableTooWide, at: position(line, pipe),
                              "hàng có \(total) cột, quá \(InputLimits.tableColumns) cột một bảng có thể có")
        }
        if let columns = openTable!.columns {
            let n = columns.count
            var column = 1
            for cell in row {
                if column > n {
                    throw MarkupError(.tableColumnCount, at: cell.position,
                                      "hàng có \(total) cột nhưng bảng có \(n) cột: thừa ô từ đây")
                }
                if column + cell.columnSpan - 1 > n {
                    throw MarkupError(.tableSpanOverflow, at: cell.position,
                                      "ô gộp \(cell.columnSpan) cột bắt đầu ở cột \(column) vượt quá \(n) cột của bảng")
                }
                column += cell.columnSpan
            }
            if total < n {
                throw MarkupError(.tableColumnCount, at: position(line, e),
                                  "hàng có \(total) cột nhưng bảng có \(n) cột: thiếu \(n - total) ô (ô trống viết \(q("| |")))")
            }
        } else {
            openTable!.columns = Array(repeating: TableColumn(), count: total)
        }
        openTable!.body.append(TableRow(role: role, cells: row, position: position(line, rowStart)))
    }

    private func makeTable(_ attributes: [Attribute], at position: SourceLocation) throws(MarkupError) -> TableBuilder {
        try Self.tableRules.check(attributes)
        var widths: [ColumnWidth]? = nil
        var alignments: [Alignment]? = nil
        var borders = true
        if let a = attributes.named("cot") {
            var list: [ColumnWidth] = []
            for token in try Self.tokens(a) { list.append(try Self.columnWidth(token, attribute: a)) }
            widths = list
        }
        if let a = attributes.named("can") {
            var list: [Alignment] = []
            for token in try Self.tokens(a) { list.append(try Self.alignment(token, attribute: a)) }
            alignments = list
        }
        for (name, count) in [("cot", widths?.count), ("can", alignments?.count)] where (count ?? 0) > InputLimits.tableColumns {
            throw MarkupError(.tableTooWide, at: attributes.named(name)!.position,
                              "bảng ghi \(count!) cột, quá \(InputLimits.tableColumns) cột một bảng có thể có")
        }
        if let w = widths, let al = alignments, w.count != al.count {
            let a = attributes.named("can")!
            throw MarkupError(.columnSpecMismatch, at: a.position,
                              "\(q("cột")) ghi \(w.count) cột nhưng \(q("căn")) ghi \(al.count) cột")
        }
        if let a = attributes.named("vien") {
            switch Names.fold(a.value ?? "") {
            case "co": borders = true
            case "khong": borders = false
            default:
                throw MarkupError(.badAttributeValue, at: a.position,
                                  "viền=\(a.value ?? "") không hợp lệ; dùng viền=có hoặc viền=không")
            }
        }
        var columns: [TableColumn]? = nil
        if let w = widths {
            columns = w.enumerated().map { TableColumn(width: $0.element, alignment: alignments?[$0.offset]) }
        } else if let al = alignments {
            columns = al.map { TableColumn(width: .auto, alignment: $0) }
        }
        return TableBuilder(position: position, columns: columns, borders: borders)
    }

    /// Space-separated list; a comma at the end of an item is dropped ("10mm, 3*").
    private static func tokens(_ attribute: Attribute) throws(MarkupError) -> [String] {
        let parts = (attribute.value ?? "").split(whereSeparator: { $0 == " " }).map { part -> String in
            var p = String(part)
            while p.hasSuffix(",") { p.removeLast() }
            return p
        }.filter { !$0.isEmpty }
        if parts.isEmpty {
            throw MarkupError(.badColumnSpec, at: attribute.position,
                              "\(q(attribute.name)) cần ít nhất một cột, ví dụ \(q(attribute.name + "=\"15mm 3* 2*\"")))")
        }
        return parts
    }

    private static func columnWidth(_ token: String, attribute: Attribute) throws(MarkupError) -> ColumnWidth {
        let t = Names.fold(token)
        func number(_ s: Substring) -> Double? {
            guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
            guard let v = Double(s.replacingOccurrences(of: ",", with: ".")), v > 0, v.isFinite else { return nil }
            return v
        }
        func bounded(_ width: ColumnWidth, _ value: Double) throws(MarkupError) -> ColumnWidth {
            guard value <= InputLimits.largestColumnWidth else {
                throw MarkupError(.badColumnSpec, at: attribute.position,
                                  "\(q(token)) quá rộng cho một cột; độ rộng cột tối đa là \(Int(InputLimits.largestColumnWidth))mm, hoặc \(Int(InputLimits.largestColumnWidth))* khi chia theo tỉ lệ")
            }
            return width
        }
        if t == "auto" || t == "tu-dong" { return .auto }
        if t.hasSuffix("mm"), let v = number(t.dropLast(2)) { return try bounded(.fixed(millimetres: v), v) }
        if t.hasSuffix("cm"), let v = number(t.dropLast(2)) { return try bounded(.fixed(millimetres: v * 10), v * 10) }
        if t == "*" { return .relative(1) }
        if t.hasSuffix("*"), let v = number(t.dropLast(1)) { return try bounded(.relative(v), v) }
        throw MarkupError(.badColumnSpec, at: attribute.position,
                          "\(q(token)) không phải độ rộng cột; dùng \(q("15mm")), \(q("1,5cm")), \(q("3*")) (phần chia theo tỉ lệ) hoặc \(q("tự-động")); các cột cách nhau bằng dấu cách")
    }

    // MARK: headings and numbered paragraphs

    private enum Tag {
        case heading(DivisionLevel, titleRequired: Bool)
        case centered
        case pageBreak
    }

    private static let tags: [String: Tag] = [
        "phan": .heading(.part, titleRequired: false),
        "chuong": .heading(.chapter, titleRequired: false),
        "muc": .heading(.section, titleRequired: false),
        "dieu": .heading(.article, titleRequired: true),
        "khoan": .heading(.clause, titleRequired: true),
        "diem": .heading(.point, titleRequired: true),
        "giua": .centered,
        "ngat-trang": .pageBreak,
    ]

    private static let tagList = "#phần, #chương, #mục, #điều, #khoản, #điểm, #giữa, #ngắt-trang"

    private mutating func hashtag(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) {
        let sc = line.scalars
        var j = s
        while j <= e, sc[j] == "#" { j += 1 }
        let hashes = j - s
        let here = position(line, s)
        let tag: Tag
        let written: String
        if j > e || Chars.isSpace(sc[j]) {
            guard hashes <= 3 else {
                throw MarkupError(.headingTooDeep, at: here,
                                  "đề mục chỉ có ba cấp: \(q("#")) (I.), \(q("##")) (1.), \(q("###")) (a)); cấp dưới nữa dùng \(q("- ")) hoặc \(q("+ "))")
            }
            tag = .heading([DivisionLevel.romanSection, .clause, .point][hashes - 1], titleRequired: true)
            written = String(repeating: "#", count: hashes)
        } else if hashes == 1, Chars.isNameCharacter(sc[j]) {
            var k = j
            while k <= e, Chars.isNameCharacter(sc[k]) { k += 1 }
            written = "#" + line.text(j, k - 1)
            guard let found = Self.tags[Names.fold(line.text(j, k - 1))] else {
                throw MarkupError(.unknownMarker, at: here,
                                  "không có thẻ \(q(written)); các thẻ: \(Self.tagList); muốn in dấu \(q("#")) thì viết \(q("\\#"))")
            }
            if k <= e, !Chars.isSpace(sc[k]) {
                throw MarkupError(.unknownMarker, at: position(line, k),
                                  "sau \(q(written)) cần dấu cách rồi đến tiêu đề, gặp \(Chars.describe(sc[k]))")
            }
            tag = found
            j = k
        } else {
            throw MarkupError(.unknownMarker, at: here,
                              "không hiểu \(q(line.text(s, min(e, j)))): sau \(q("#")) cần dấu cách (đề mục) hoặc tên thẻ (\(Self.tagList)); muốn in dấu \(q("#")) thì viết \(q("\\#"))")
        }
        try flushOpen()
        switch tag {
        case .heading(let level, let required):
            let attributes = takePending()
            try AttributeRules(blockName: "đề mục \(q(written))", flags: [:], valued: ["so": "số"]).check(attributes)
            let title = try inlines(line, from: j, through: e)
            if required, title.isEmpty {
                let hint = level == .article ? "; điều không có tiêu đề viết \(q("Điều #. nội dung …"))" :
                    level == .clause ? "; khoản không có tiêu đề viết \(q("#. nội dung …"))" :
                    level == .point ? "; điểm không có tiêu đề viết \(q("#) nội dung …"))" : ""
                throw MarkupError(.missingTitle, at: here, "\(q(written)) cần tiêu đề trên cùng dòng\(hint)")
            }
            let literal = attributes.named("so")?.value
            let number = try assign(level, literal: literal, at: here)
            appendBlock(Block(.heading(Heading(level: level, number: number, title: title)), at: here))
        case .centered:
            try noAttributes("dòng \(q(written))")
            let text = try inlines(line, from: j, through: e)
            if text.isEmpty {
                throw MarkupError(.missingTitle, at: here, "\(q(written)) cần nội dung trên cùng dòng, ví dụ \(q("#giữa QUYẾT ĐỊNH:"))")
            }
            appendBlock(Block(.centeredLine(text), at: here))
        case .pageBreak:
            try noAttributes(q(written))
            var k = j
            while k <= e, Chars.isSpace(sc[k]) { k += 1 }
            if k <= e {
                throw MarkupError(.unexpectedText, at: position(line, k),
                                  "\(q(written)) đứng một mình trên dòng; đưa nội dung xuống dòng sau")
            }
            appendBlock(Block(.pageBreak, at: here))
        }
    }

    private mutating func assign(_ level: DivisionLevel, literal: String?, at here: SourceLocation) throws(MarkupError) -> Numbering {
        if let literal, literal.isEmpty {
            throw MarkupError(.badAttributeValue, at: here, "{số=…} không được để trống")
        }
        guard let number = counters[counters.count - 1].assign(level, literal: literal) else {
            throw MarkupError(.numberingOverflow, at: here,
                              "quá \(VietnameseNumbering.pointLetters.count) điểm (a đến y) trong cùng một mục; chia nhỏ mục hoặc ghi số bằng {số=…}")
        }
        return number
    }

    /// `Điều #.`, `Điều 5.`, `#.`, `12.`, `#)`, `đ)` at the start of a line.
    private func runInMarker(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) -> RunIn? {
        let sc = line.scalars
        func endsMarker(_ i: Int) -> Bool { i > e || Chars.isSpace(sc[i]) }
        if sc[s] == "#", s + 1 <= e, sc[s + 1] == "." || sc[s + 1] == ")", endsMarker(s + 2) {
            return RunIn(level: sc[s + 1] == "." ? .clause : .point, literal: nil, contentStart: s + 2,
                         marker: line.text(s, s + 1))
        }
        var j = s
        while j <= e, Chars.isDigit(sc[j]) { j += 1 }
        if j > s, j - s <= 3, j <= e, sc[j] == ".", endsMarker(j + 1) {
            return RunIn(level: .clause, literal: line.text(s, j - 1), contentStart: j + 1, marker: line.text(s, j))
        }
        if s + 1 <= e, sc[s + 1] == ")", endsMarker(s + 2),
           (sc[s].value >= 0x61 && sc[s].value <= 0x7A) || sc[s] == "\u{0111}" {
            let letter = String(Character(sc[s]))
            guard VietnameseNumbering.pointIndex(letter) != nil else {
                throw MarkupError(.invalidPointLetter, at: position(line, s),
                                  "\(q(letter + ")")) không dùng để đánh số điểm: chữ cái tiếng Việt không có f, j, w, z (a, b, c, d, đ, e, g, h, i, k, …); muốn in nguyên văn thì viết \(q(letter + "\\)"))")
            }
            return RunIn(level: .point, literal: letter, contentStart: s + 2, marker: letter + ")")
        }
        j = s
        while j <= e, Chars.isWordCharacter(sc[j]), !Chars.isDigit(sc[j]) { j += 1 }
        if j > s, j <= e, Chars.isSpace(sc[j]), Names.fold(line.text(s, j - 1)) == "dieu" {
            var k = j
            while k <= e, Chars.isSpace(sc[k]) { k += 1 }
            var literal: String? = nil
            var after = k
            if k <= e, sc[k] == "#" {
                after = k + 1
            } else {
                while after <= e, Chars.isDigit(sc[after]) { after += 1 }
                if after == k || after - k > 3 { return nil }
                literal = line.text(k, after - 1)
            }
            if after <= e, sc[after] == ".", endsMarker(after + 1) {
                return RunIn(level: .article, literal: literal, contentStart: after + 1, marker: line.text(s, after))
            }
        }
        return nil
    }

    private mutating func numbered(_ line: SourceLine, _ runIn: RunIn, _ s: Int, _ e: Int) throws(MarkupError) {
        try flushOpen()
        let here = position(line, s)
        let attributes = takePending()
        try AttributeRules(blockName: q(runIn.marker), flags: [:], valued: ["so": "số"]).check(attributes)
        var literal = runIn.literal
        if let a = attributes.named("so") {
            if literal != nil {
                throw MarkupError(.conflictingNumber, at: a.position,
                                  "dòng \(q(runIn.marker)) đã ghi số ngay đầu dòng; bỏ {số=…} hoặc ghi số bằng \(q("#"))")
            }
            literal = a.value
        }
        let number = try assign(runIn.level, literal: literal, at: here)
        var f = runIn.contentStart
        while f <= e, Chars.isSpace(line.scalars[f]) { f += 1 }
        var source = InlineSource(line: line.number, column: line.column(min(f, line.count)))
        source.append(line, from: f, through: e)
        openText = OpenText(kind: .numbered(runIn.level, number), source: source, position: here)
    }

    // MARK: lists

    private mutating func listItem(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) {
        try flushOpen()
        try noAttributes("mục liệt kê \(q(String(Character(line.scalars[s])) + " "))")
        var f = s + 1
        while f <= e, Chars.isSpace(line.scalars[f]) { f += 1 }
        var source = InlineSource(line: line.number, column: line.column(min(f, line.count)))
        source.append(line, from: f, through: e)
        openText = OpenText(kind: .listItem(line.scalars[s] == "-" ? .dash : .plus), source: source,
                            position: position(line, s))
    }
}
