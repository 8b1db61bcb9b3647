import InputGuards

// Attribute lines ({…} above a block) and the ::: directives: containers, signatures.
extension BlockParser {
    // MARK: attribute lines

    /// A line starting with "{". Returns `false` when it is ordinary text.
    mutating func braceLine(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) -> Bool {
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

    mutating func fence(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) {
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

    mutating func closeContainer(_ line: SourceLine, _ s: Int) throws(MarkupError) {
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

    static let directiveList = "cùng-trang, chữ-ký, phụ-lục"

    mutating func openDirective(_ line: SourceLine, fence s: Int, name k: Int, _ e: Int) throws(MarkupError) {
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

    mutating func signatureLine(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) {
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
}
