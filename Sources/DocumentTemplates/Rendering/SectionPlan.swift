import DataInput

/// The sections a document is made of: the template's defaults, or the outline its data
/// writes (`phan`): a template section as it is, renamed, or with a body of the data's own,
/// and sections of the data's own, in the data's order. What is not listed is left out.
struct SectionPlan {
    struct Entry {
        enum Body {
            /// The template's own body for the section.
            case template(SectionDeclaration)
            /// Markup the data file wrote.
            case markup(DataNode)
        }
        var title: String
        var body: Body
        /// The template section it stands for, if any (renamed or with its body replaced).
        var declaration: SectionDeclaration?
    }

    var entries: [Entry]

    /// The sections whose template bodies are used: the inputs they need are required.
    var templateSectionKeys: Set<String> {
        Set(entries.compactMap { if case .template(let section) = $0.body { return section.key } else { return nil } })
    }

    static func plan(_ template: TemplateDeclaration, root: DataNode) throws(DataError) -> SectionPlan {
        guard !template.sections.isEmpty else { return SectionPlan(entries: []) }
        guard let outline = root["phan"] else { return defaults(template, root: root) }
        var entries: [Entry] = []
        var seen: [String: DataNode] = [:]
        for item in try outline.list() {
            entries.append(try entry(item, template: template, seen: &seen))
        }
        return SectionPlan(entries: entries)
    }

    /// Every section of the template whose condition holds (`khi`: the input present and not
    /// «không», or with "!" before it the opposite; the input absent, the section's default).
    static func defaults(_ template: TemplateDeclaration, root: DataNode) -> SectionPlan {
        let entries = template.sections.filter { section in
            guard var condition = section.condition else { return true }
            let negated = condition.hasPrefix("!")
            if negated { condition.removeFirst() }
            guard let node = root[condition] else { return section.conditionDefault }
            let holds = (try? node.bool()) ?? true
            return holds != negated
        }.map { Entry(title: $0.title, body: .template($0), declaration: $0) }
        return SectionPlan(entries: entries)
    }

    private static func entry(_ item: DataNode, template: TemplateDeclaration, seen: inout [String: DataNode]) throws(DataError) -> Entry {
        let title = try item["tieu_de"]?.string()
        let content = item["noi_dung"]
        guard let keyNode = item["ma"] else {
            guard let content else {
                throw item.error("phần riêng của văn bản cần «noi_dung» (viết bằng ngôn ngữ đánh dấu); hoặc ghi «ma» để dùng một phần của mẫu")
            }
            return Entry(title: title ?? "", body: .markup(content), declaration: nil)
        }
        let key = try keyNode.string()
        guard let section = template.sections.first(where: { $0.key == key }) else {
            let nearest = KeySuggestion.nearest(to: key, among: template.sections.map(\.key), count: 1)
            throw keyNode.error("mẫu «\(template.name)» không có phần «\(key)»" + (nearest.first.map { "; có phải ý bạn là «\($0)»?" } ?? "")
                                + "; các phần của mẫu: " + template.sections.map(\.key).joined(separator: ", "))
        }
        if let earlier = seen[key] {
            throw keyNode.error("phần «\(key)» đã có ở dòng \(earlier.location.line); mỗi phần của mẫu chỉ ghi một lần")
        }
        seen[key] = keyNode
        return Entry(title: title ?? section.title, body: content.map { .markup($0) } ?? .template(section), declaration: section)
    }
}
