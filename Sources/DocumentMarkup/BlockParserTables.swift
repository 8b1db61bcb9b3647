import InputGuards

// Tables: rows split into cells, the header separator, cell attributes, column counts.
extension BlockParser {
    // MARK: tables

    /// Splits `| a | b |` at unescaped pipes. `pipe` is the index of the leading pipe.
    func splitCells(_ line: SourceLine, pipe: Int, _ e: Int) throws(MarkupError) -> [(from: Int, through: Int)] {
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

    mutating func tableRow(_ line: SourceLine, pipe: Int, _ e: Int, rowAttributes: [Attribute],
                           rowStart: Int) throws(MarkupError) {
        if openTable == nil {
            try flushOpen()
            openTable = try makeTable(takePending(), at: position(line, rowStart))
        }
        let cells = try splitCells(line, pipe: pipe, e)
        if let hasColon = separatorRow(line, cells) {
            try headerSeparator(line, pipe: pipe, rowAttributes: rowAttributes, rowStart: rowStart, hasColon: hasColon)
            return
        }
        let role = try Self.rowRole(rowAttributes)
        var row: [TableCell] = []
        row.reserveCapacity(cells.count)
        for cell in cells { row.append(try tableCell(line, cell)) }
        try checkColumns(of: row, line, pipe: pipe, e)
        openTable!.body.append(TableRow(role: role, cells: row, position: position(line, rowStart)))
    }

    /// Whether the cells make a header separator |---|---| (each only dashes, colons and
    /// spaces, with a dash): nil when not, else whether a colon was written.
    func separatorRow(_ line: SourceLine, _ cells: [(from: Int, through: Int)]) -> Bool? {
        let sc = line.scalars
        var hasColon = false
        for cell in cells {
            var any = false
            for i in stride(from: cell.from, through: cell.through, by: 1) {
                let c = sc[i]
                if c == "-" { any = true } else if c == ":" { hasColon = true } else if !Chars.isSpace(c) { return nil }
            }
            if !any { return nil }
        }
        return hasColon
    }

    /// The rows so far become the header, if the separator may stand here.
    mutating func headerSeparator(_ line: SourceLine, pipe: Int, rowAttributes: [Attribute], rowStart: Int,
                                  hasColon: Bool) throws(MarkupError) {
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
    }

    /// {tổng} or {nhóm} before a row.
    static func rowRole(_ rowAttributes: [Attribute]) throws(MarkupError) -> TableRow.Role {
        try rowRules.check(rowAttributes)
        if rowAttributes.count > 1 {
            throw MarkupError(.badAttributeValue, at: rowAttributes[1].position,
                              "một hàng chỉ là {tổng} hoặc {nhóm}, không cả hai")
        }
        return rowAttributes.first.map { $0.key == "tong" ? .total : .group } ?? .normal
    }

    /// One cell: its {gộp=…} and alignment, then its inline content, spaces around trimmed.
    func tableCell(_ line: SourceLine, _ cell: (from: Int, through: Int)) throws(MarkupError) -> TableCell {
        let sc = line.scalars
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
        return TableCell(content: content, columnSpan: span, alignment: alignment, position: cellPosition)
    }

    /// The row's columns against the table's (the first row sets them). Each span is at most
    /// `tableColumns` and a row at most that many cells: the sum cannot overflow.
    mutating func checkColumns(of row: [TableCell], _ line: SourceLine, pipe: Int, _ e: Int) throws(MarkupError) {
        let total = row.reduce(0) { $0 + $1.columnSpan }
        if total > InputLimits.tableColumns {
            throw MarkupError(.tableTooWide, at: position(line, pipe),
                              "hàng có \(total) cột, quá \(InputLimits.tableColumns) cột một bảng có thể có")
        }
        guard let columns = openTable!.columns else {
            openTable!.columns = Array(repeating: TableColumn(), count: total)
            return
        }
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
    }

    func makeTable(_ attributes: [Attribute], at position: SourceLocation) throws(MarkupError) -> TableBuilder {
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
    static func tokens(_ attribute: Attribute) throws(MarkupError) -> [String] {
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

    static func columnWidth(_ token: String, attribute: Attribute) throws(MarkupError) -> ColumnWidth {
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
}
