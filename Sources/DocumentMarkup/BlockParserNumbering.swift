import InputGuards

// Headings (#điều, # …) and numbered paragraphs (Điều #., #., #)): levels, counters, fixed numbers.
extension BlockParser {
    // MARK: headings and numbered paragraphs

    enum Tag {
        case heading(DivisionLevel, titleRequired: Bool)
        case centered
        case pageBreak
    }

    static let tags: [String: Tag] = [
        "phan": .heading(.part, titleRequired: false),
        "chuong": .heading(.chapter, titleRequired: false),
        "muc": .heading(.section, titleRequired: false),
        "dieu": .heading(.article, titleRequired: true),
        "khoan": .heading(.clause, titleRequired: true),
        "diem": .heading(.point, titleRequired: true),
        "giua": .centered,
        "ngat-trang": .pageBreak,
    ]

    static let tagList = "#phần, #chương, #mục, #điều, #khoản, #điểm, #giữa, #ngắt-trang"

    mutating func hashtag(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) {
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

    mutating func assign(_ level: DivisionLevel, literal: String?, at here: SourceLocation) throws(MarkupError) -> Numbering {
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
    func runInMarker(_ line: SourceLine, _ s: Int, _ e: Int) throws(MarkupError) -> RunIn? {
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

    mutating func numbered(_ line: SourceLine, _ runIn: RunIn, _ s: Int, _ e: Int) throws(MarkupError) {
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
}
