import Foundation

/// A relationship from one part to another (OPC, ECMA-376 part 2): its id, its kind (the
/// type URI's last segment: "worksheet", "sharedStrings", "officeDocument", the same in the
/// Transitional and the Strict namespaces) and the part it points to, resolved to a zip path.
struct Relationship {
    var id: String
    var kind: String
    var target: String
}

enum PackagePath {
    /// "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels".
    static func relationships(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
        return "\(part[..<slash])/_rels/\(part[part.index(after: slash)...]).rels"
    }

    /// A relationship target as a zip path: "/xl/worksheets/sheet1.xml" is from the package
    /// root, "worksheets/sheet1.xml" and "../media/x.png" from the source part's folder;
    /// percent-escapes ("%20") decoded.
    static func resolve(_ target: String, from source: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        var parts: [Substring] = []
        if !decoded.hasPrefix("/"), let slash = source.lastIndex(of: "/") {
            parts = source[..<slash].split(separator: "/")
        }
        for segment in decoded.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(segment)
            }
        }
        return parts.joined(separator: "/")
    }
}

/// Reads a `.rels` part.
struct RelationshipsHandler: XMLHandler {
    let part: String
    let source: String
    var relationships: [Relationship] = []

    init(part: String, source: String) {
        self.part = part
        self.source = source
    }

    mutating func startElement(_ tag: XMLTag) throws(WorkbookProblem) {
        guard tag.is("Relationship") else { return }
        guard let id = tag.attribute("Id")?.string, let type = tag.attribute("Type")?.string,
              let target = tag.attribute("Target")?.string else {
            throw .malformedXML(part: part, "quan hệ thiếu Id, Type hoặc Target")
        }
        if tag.attribute("TargetMode")?.is("External") == true { return }
        let kind = type.split(separator: "/").last.map(String.init) ?? type
        relationships.append(Relationship(id: id, kind: kind, target: PackagePath.resolve(target, from: source)))
    }

    mutating func endElement(_ name: String) throws(WorkbookProblem) {}
    mutating func text(_ text: String) throws(WorkbookProblem) {}
}

/// Reads `xl/workbook.xml`: the sheets in tab order and the date system.
struct WorkbookHandler: XMLHandler {
    struct SheetEntry {
        var name: String
        var isHidden: Bool
        var relationship: String
    }

    let part: String
    var sheets: [SheetEntry] = []
    var usesDate1904 = false
    /// The root element's local name: "workbook", or something else ("document" in a .docx).
    private(set) var root: String?
    private var inSheets = false

    init(part: String) { self.part = part }

    mutating func startElement(_ tag: XMLTag) throws(WorkbookProblem) {
        if root == nil {
            root = tag.name
            guard root == "workbook" else { throw .zipWithoutWorkbook(wordDocument: root == "document") }
        }
        if tag.is("workbookPr") {
            usesDate1904 = tag.attribute("date1904")?.bool ?? false
        } else if tag.is("sheets") {
            inSheets = true
        } else if inSheets, tag.is("sheet") {
            guard let name = tag.attribute("name")?.string, let id = tag.attribute("id")?.string else {
                throw .malformedXML(part: part, "trang tính thiếu tên hoặc mã quan hệ")
            }
            let state = tag.attribute("state")
            let hidden = state?.is("hidden") == true || state?.is("veryHidden") == true
            sheets.append(SheetEntry(name: nfcName(name), isHidden: hidden, relationship: id))
        }
    }

    mutating func endElement(_ name: String) throws(WorkbookProblem) {
        if name == "sheets" { inSheets = false }
    }

    mutating func text(_ text: String) throws(WorkbookProblem) {}

    private func nfcName(_ name: String) -> String {
        XLString.finish(name)
    }
}
