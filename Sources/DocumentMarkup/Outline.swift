/// A position-free, deterministic text view of the tree, one block per line, indented by
/// nesting. For tests, debugging (`vanban --dump-markup`) and reviews.
///
///     centered: "QUYẾT ĐỊNH:"
///     numbered article 1: b["Tặng"] " Bằng khen"
///     table columns=[10mm center, 3*, auto] borders
///       header | "TT" | "Họ và tên" | "Ghi chú" |
///       total | span=2 "Tổng cộng" | "" |
///
/// Inlines: `"text"` (Swift string escapes; U+00A0 shown as `\u{A0}`), `b[…]` bold, `i[…]`
/// italic, `u[…]` underline, `fn[…]` footnote, `br` line break.
extension MarkupDocument {
    public func outline() -> String {
        var lines: [String] = []
        Outline.blocks(blocks, indent: "", into: &lines)
        return lines.joined(separator: "\n")
    }
}

extension Array where Element == Inline {
    /// The outline of these inlines (see `MarkupDocument.outline()`).
    public var outline: String { Outline.inlines(self) }
}

enum Outline {
    static func blocks(_ blocks: [Block], indent: String, into lines: inout [String]) {
        for block in blocks {
            switch block.kind {
            case .paragraph(let p):
                var options: [String] = []
                if p.alignment != .justified { options.append(p.alignment.rawValue) }
                if !p.firstLineIndent { options.append("no-indent") }
                let head = options.isEmpty ? "paragraph" : "paragraph(\(options.joined(separator: ", ")))"
                lines.append("\(indent)\(head): \(inlines(p.content))")
            case .heading(let h):
                lines.append("\(indent)heading \(h.level.rawValue) \(number(h.number)):\(h.title.isEmpty ? "" : " " + inlines(h.title))")
            case .numberedParagraph(let n):
                lines.append("\(indent)numbered \(n.level.rawValue) \(number(n.number)):\(n.content.isEmpty ? "" : " " + inlines(n.content))")
            case .centeredLine(let c):
                lines.append("\(indent)centered: \(inlines(c))")
            case .list(let list):
                lines.append("\(indent)list")
                for item in list.items {
                    let mark = item.marker == .dash ? "-" : "+"
                    lines.append("\(indent)  \(mark)\(item.content.isEmpty ? "" : " " + inlines(item.content))")
                }
            case .table(let t):
                let columns = t.columns.map { column -> String in
                    var s: String
                    switch column.width {
                    case .fixed(let mm): s = "\(decimal(mm))mm"
                    case .relative(let r): s = "\(decimal(r))*"
                    case .auto: s = "auto"
                    }
                    if let a = column.alignment { s += " \(a.rawValue)" }
                    return s
                }
                lines.append("\(indent)table columns=[\(columns.joined(separator: ", "))]\(t.borders ? " borders" : " no-borders")")
                for row in t.header { lines.append("\(indent)  header\(rowText(row))") }
                for row in t.body {
                    let role = row.role == .normal ? "row" : row.role.rawValue
                    lines.append("\(indent)  \(role)\(rowText(row))")
                }
            case .pageBreak:
                lines.append("\(indent)page-break")
            case .keepTogether(let inner):
                lines.append("\(indent)keep-together")
                Outline.blocks(inner, indent: indent + "  ", into: &lines)
            case .signatureGrid(let grid):
                lines.append("\(indent)signature-grid\(grid.columns.map { " columns=\($0)" } ?? "")")
                for cell in grid.cells {
                    lines.append("\(indent)  cell \(inlines(cell.unit)) / \(inlines(cell.title)) / \(inlines(cell.name))")
                }
            case .annex(let annex):
                var head = "annex"
                if let n = annex.number { head += " number=\(quote(n))" }
                if annex.orientation == .landscape { head += " landscape" }
                head += " title=\(quote(annex.title))"
                lines.append(indent + head)
                Outline.blocks(annex.blocks, indent: indent + "  ", into: &lines)
            }
        }
    }

    static func number(_ n: Numbering) -> String {
        n.isGenerated ? n.label : "\(quote(n.label))"
    }

    static func rowText(_ row: TableRow) -> String {
        var s = " |"
        for cell in row.cells {
            var options: [String] = []
            if cell.columnSpan != 1 { options.append("span=\(cell.columnSpan)") }
            if let a = cell.alignment { options.append(a.rawValue) }
            let content = cell.content.isEmpty ? "\"\"" : inlines(cell.content)
            s += " " + (options + [content]).joined(separator: " ") + " |"
        }
        return s
    }

    static func inlines(_ nodes: [Inline]) -> String {
        nodes.map { node -> String in
            switch node.kind {
            case .text(let s): return quote(s)
            case .bold(let c): return "b[\(inlines(c))]"
            case .italic(let c): return "i[\(inlines(c))]"
            case .underline(let c): return "u[\(inlines(c))]"
            case .footnote(let c): return "fn[\(inlines(c))]"
            case .lineBreak: return "br"
            }
        }.joined(separator: " ")
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{00A0}": out += "\\u{A0}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Whole numbers without ".0"; no conversion through Int past what it holds.
    static func decimal(_ v: Double) -> String {
        abs(v) < 1e15 && v == v.rounded() ? String(Int(v)) : String(v)
    }
}
