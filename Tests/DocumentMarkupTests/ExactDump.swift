import Foundation
@testable import DocumentMarkup

/// A complete text view of a parse result: every node, attribute and position, and for an error
/// its code, position and message. Unlike `outline()` it keeps positions, and unlike `==` on the
/// tree (String equality is canonical equivalence) it tells apart texts that differ only in
/// their scalars: scalars outside printable ASCII and the Vietnamese letters are written as
/// `\u{…}`. Compare dumps with `sameScalars`.
enum ExactDump {
    static func result(_ parse: () throws(MarkupError) -> MarkupDocument) -> String {
        do throws(MarkupError) {
            return document(try parse())
        } catch {
            return "error \(error.code.rawValue) @\(position(error.position)): \(text(error.message))"
        }
    }

    static func document(_ document: MarkupDocument) -> String {
        var lines = ["document \(text(document.sourceName))"]
        blocks(document.blocks, indent: "  ", into: &lines)
        return lines.joined(separator: "\n")
    }

    static func position(_ p: SourceLocation) -> String { "\(text(p.file)):\(p.line):\(p.column)" }

    /// A quoted string; printable ASCII and precomposed Vietnamese letters as they are, other
    /// scalars escaped.
    static func text(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            let v = scalar.value
            let plain = (v >= 0x20 && v < 0x7F && scalar != "\"" && scalar != "\\")
                || (v >= 0xC0 && v < 0x250 && v != 0xD7 && v != 0xF7) || (v >= 0x1EA0 && v <= 0x1EF9)
            out += plain ? String(scalar) : "\\u{\(String(v, radix: 16, uppercase: true))}"
        }
        return out + "\""
    }

    static func blocks(_ blocks: [Block], indent: String, into lines: inout [String]) {
        for block in blocks {
            let at = "@\(position(block.position))"
            switch block.kind {
            case .paragraph(let p):
                lines.append("\(indent)paragraph \(at) \(p.alignment.rawValue) indent=\(p.firstLineIndent) \(inlines(p.content))")
            case .heading(let h):
                lines.append("\(indent)heading \(at) \(h.level.rawValue) \(number(h.number)) \(inlines(h.title))")
            case .numberedParagraph(let n):
                lines.append("\(indent)numbered \(at) \(n.level.rawValue) \(number(n.number)) \(inlines(n.content))")
            case .centeredLine(let c):
                lines.append("\(indent)centered \(at) \(inlines(c))")
            case .list(let list):
                lines.append("\(indent)list \(at)")
                for item in list.items {
                    lines.append("\(indent)  item \(item.marker.rawValue) @\(position(item.position)) \(inlines(item.content))")
                }
            case .table(let t):
                let columns = t.columns.map { column -> String in
                    let width: String
                    switch column.width {
                    case .fixed(let mm): width = "\(mm)mm"
                    case .relative(let r): width = "\(r)*"
                    case .auto: width = "auto"
                    }
                    return "\(width)/\(column.alignment?.rawValue ?? "-")"
                }
                lines.append("\(indent)table \(at) columns=[\(columns.joined(separator: " "))] borders=\(t.borders)")
                for row in t.header { lines.append("\(indent)  header \(self.row(row))") }
                for row in t.body { lines.append("\(indent)  row \(self.row(row))") }
            case .pageBreak:
                lines.append("\(indent)page-break \(at)")
            case .keepTogether(let inner):
                lines.append("\(indent)keep-together \(at)")
                self.blocks(inner, indent: indent + "  ", into: &lines)
            case .signatureGrid(let grid):
                lines.append("\(indent)signatures \(at) columns=\(grid.columns.map(String.init) ?? "-")")
                for cell in grid.cells {
                    lines.append("\(indent)  cell @\(position(cell.position)) \(inlines(cell.unit)) | \(inlines(cell.title)) | \(inlines(cell.name))")
                }
            case .annex(let annex):
                lines.append("\(indent)annex \(at) \(text(annex.title)) number=\(annex.number.map(text) ?? "-") \(annex.orientation.rawValue)")
                self.blocks(annex.blocks, indent: indent + "  ", into: &lines)
            }
        }
    }

    static func row(_ row: TableRow) -> String {
        let cells = row.cells.map { cell in
            "span=\(cell.columnSpan) align=\(cell.alignment?.rawValue ?? "-") @\(position(cell.position)) \(inlines(cell.content))"
        }
        return "\(row.role.rawValue) @\(position(row.position)) | \(cells.joined(separator: " | ")) |"
    }

    static func number(_ n: Numbering) -> String {
        "\(text(n.label)) value=\(n.value.map(String.init) ?? "-") generated=\(n.isGenerated)"
    }

    static func inlines(_ nodes: [Inline]) -> String {
        "[" + nodes.map(inline).joined(separator: " ") + "]"
    }

    static func inline(_ node: Inline) -> String {
        let at = "@\(position(node.position))"
        switch node.kind {
        case .text(let s): return "\(text(s))\(at)"
        case .bold(let c): return "b\(at)\(inlines(c))"
        case .italic(let c): return "i\(at)\(inlines(c))"
        case .underline(let c): return "u\(at)\(inlines(c))"
        case .footnote(let c): return "fn\(at)\(inlines(c))"
        case .lineBreak: return "br\(at)"
        }
    }
}

/// Scalar-by-scalar equality (String `==` is canonical equivalence).
func sameScalars(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.elementsEqual(b.unicodeScalars)
}
