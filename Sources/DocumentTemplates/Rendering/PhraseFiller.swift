import DataInput
import Foundation
import Mustache
import VietnameseText

/// The phrases a document prints that an office may word its own way (inputs of kind `cau`):
/// the template's wording (`mac_dinh`) unless the data gives one; either may name the
/// template's values (`{{dem}}`, `{{thanh_tich}}`), filled in here after the computations, in
/// declaration order (a phrase may use the ones before it). The result is text: it goes into
/// the body escaped like any value.
struct PhraseFiller {
    let template: TemplateDeclaration

    func fill(_ context: inout TemplateObject, root: DataNode, errors: inout [DataError]) {
        for input in template.inputs where input.kind == .phrase {
            let node = root[input.name]
            guard let text = phraseText(input, node: node, errors: &errors), !text.isAllWhitespace else { continue }
            let file = node?.location.file ?? "Templates/\(template.directory.lastPathComponent)/mau.yaml (\(input.name))"
            if let node, let problem = unknownName(in: text, context: context) {
                errors.append(node.error(problem))
                continue
            }
            do {
                let filled = try TemplateDeclaration.mustache(text, file: file, contentType: "TEXT").render(context, library: template.library)
                context[input.name] = normalizedSpacing(filled)
            } catch {
                errors.append(node?.error(error.message) ?? error)
            }
        }
    }

    private func phraseText(_ input: InputDeclaration, node: DataNode?, errors: inout [DataError]) -> String? {
        guard let node else { return input.defaultValue }
        do { return try node.string() } catch { errors.append(error); return nil }
    }

    /// A name the phrase uses outside any section that the template does not have: a slip in
    /// `{{thanh_tich}}` must not silently print nothing.
    private func unknownName(in text: String, context: TemplateObject) -> String? {
        let known = Set(context.fields.keys).union(template.inputs.map(\.name)).union(ListPosition.names)
        var depth = 0
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { return "«{{» không được đóng bằng «}}»" }
            let tag = rest[open.upperBound..<close.lowerBound].trimmedWhitespace
            rest = rest[close.upperBound...]
            if tag.hasPrefix("#") || tag.hasPrefix("^") { depth += 1; continue }
            if tag.hasPrefix("/") { depth = max(0, depth - 1); continue }
            guard depth == 0, !tag.hasPrefix("!") else { continue }
            let name = String(tag.split(separator: ".").first ?? "")
            if !known.contains(name) {
                let nearest = KeySuggestion.nearest(to: name, among: known.sorted(), count: 1).first
                return "câu dùng «{{\(name)}}» nhưng mẫu «\(template.name)» không có tên này" + (nearest.map { "; có phải ý bạn là «{{\($0)}}»?" } ?? "")
            }
        }
        return nil
    }
}
