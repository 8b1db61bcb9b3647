import DataInput
import DocumentMarkup
import Mustache
import VietnameseText

/// The document's body as markup sources, ready to parse as one: the template's body filled
/// from the context, or — for a template made of sections — each planned section in turn, a
/// template section filled from the context (with its title as `{{tieu_de}}`), a section of the
/// data's own as its heading line and the markup the data wrote.
struct BodyAssembler {
    let template: TemplateDeclaration

    /// One source and, when a template produced it, the template text (a markup error in the
    /// filled text is sent back to the template line that produced it).
    struct Part {
        var source: MarkupSource
        var templateText: String?
    }

    func parts(_ context: TemplateObject, plan: SectionPlan, root: DataNode) throws(DataError) -> [Part] {
        if let input = template.bodyInput {
            return [Part(source: try MarkupValue.source(root.required(input)), templateText: nil)]
        }
        guard let body = template.body else {
            var parts: [Part] = []
            for entry in plan.entries { parts += try sectionParts(entry, context) }
            return parts
        }
        return [Part(source: MarkupSource(body.render(context, library: template.library), name: template.bodyFile),
                     templateText: template.bodySource)]
    }

    private func sectionParts(_ entry: SectionPlan.Entry, _ context: TemplateObject) throws(DataError) -> [Part] {
        var local = context
        // The template's own title may name values; a title the data wrote is its text.
        if let section = entry.declaration, entry.title == section.title, let title = section.titleTemplate {
            local["tieu_de"] = normalizedSpacing(title.render(context, library: template.library))
        } else {
            local["tieu_de"] = entry.title
        }
        switch entry.body {
        case .template(let section):
            return [Part(source: MarkupSource(section.body.render(local, library: template.library), name: section.file),
                         templateText: section.source)]
        case .markup(let node):
            var parts: [Part] = []
            if !entry.title.isEmpty, let heading = template.sectionHeading {
                let name = "Templates/\(template.directory.lastPathComponent)/mau.yaml (tieu_de_phan)"
                parts.append(Part(source: MarkupSource(heading.render(local, library: template.library), name: name), templateText: nil))
            }
            parts.append(Part(source: try MarkupValue.source(node), templateText: nil))
            return parts
        }
    }

    /// Parses the parts as one body; a markup error names the place that caused it: the data
    /// file's line for markup the data wrote, the template line for a filled template.
    static func parse(_ parts: [Part]) throws(DataError) -> MarkupDocument {
        do {
            return try MarkupParser.parse(parts.map(\.source))
        } catch {
            throw locate(error, in: parts)
        }
    }

    private static func locate(_ error: MarkupError, in parts: [Part]) -> DataError {
        let name = error.position.file
        guard let part = parts.first(where: { $0.source.name == name }), let templateText = part.templateText else {
            return DataError(location: SourceLocation(file: name, line: error.position.line, column: error.position.column),
                             message: "lỗi trong văn bản đánh dấu: \(error.message)")
        }
        // Sections repeat lines, so the filled text's line numbers are not the template's:
        // find the template line that produced the faulty one.
        let renderedLines = part.source.text.components(separatedBy: "\n")
        let index = error.position.line - part.source.lineOffset - 1
        let faulty = renderedLines.indices.contains(index) ? renderedLines[index] : ""
        if let line = TemplateLineMatcher.line(producing: faulty, in: templateText) {
            return DataError(location: SourceLocation(file: name, line: line, column: 0),
                             message: "văn bản do mẫu tạo ra sai cú pháp đánh dấu ở dòng \(index + 1), cột \(error.position.column) của văn bản đã điền «\(faulty.prefix(60))»: \(error.message)")
        }
        return DataError(location: SourceLocation(file: name, line: error.position.line, column: error.position.column),
                         message: "văn bản do mẫu tạo ra sai cú pháp đánh dấu (dòng tính trên văn bản đã điền): \(error.message)")
    }
}
