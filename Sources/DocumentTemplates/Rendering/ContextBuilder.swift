import DataInput
import VietnameseText

/// The checked data as Mustache sees it: maps as `TemplateObject`s, lists as arrays whose items
/// know their position (`tt`, `dau`, `cuoi` for "first" and "last": lists end with "." and the
/// other items with ";"), dates as `DateValue`s, numbers in Vietnamese notation.
enum ContextBuilder {
    /// - Parameter leavingOut: keys a computation fills in itself (an award decision's
    ///   recipients), not worth converting.
    static func context(_ node: DataNode, inputs: [InputDeclaration], leavingOut: Set<String> = []) -> TemplateObject {
        TemplateObject(fields(node, inputs: inputs, leavingOut: leavingOut))
    }

    /// - Parameter extraCapacity: room for the fields the caller will add.
    static func fields(_ node: DataNode, inputs: [InputDeclaration], leavingOut: Set<String> = [],
                       extraCapacity: Int = 0) -> [String: Any] {
        guard case let .map(entries) = node.kind else { return [:] }
        var result: [String: Any] = [:]
        result.reserveCapacity(entries.count + extraCapacity)
        for entry in entries {
            if !leavingOut.isEmpty && leavingOut.contains(entry.key) { continue }
            // An empty value is left out, so that `{{#ghi_chu}}…{{/ghi_chu}}` is skipped.
            if case let .scalar(text) = entry.value.kind, text.isAllWhitespace { continue }
            let input = inputs.isEmpty ? nil : inputs.first { $0.name == entry.key }
            result[entry.key] = value(entry.value, input: input)
            // `{{#co_ten_danh_sach}}` tells a template whether a list has items.
            if case let .list(items) = entry.value.kind { result["co_" + entry.key] = !items.isEmpty }
        }
        // Optional inputs left out get their default, or stay absent (false in a section).
        for input in inputs where result[input.name] == nil {
            if let value = input.defaultValue { result[input.name] = value }
        }
        return result
    }

    static func value(_ node: DataNode, input: InputDeclaration?) -> Any {
        switch node.kind {
        case .null:
            return ""
        case let .scalar(text):
            switch input?.kind {
            case .date?:
                if let date = try? node.date() { return DateValue(date: date) }
                return text
            case .boolean?:
                return (try? node.bool()) ?? false
            case .decimal?:
                if let number = try? node.decimal() { return NumberText.decimal(number) }
                return text
            default:
                return nfc(text)
            }
        case let .list(items):
            let fields = input?.fields ?? []
            return items.enumerated().map { index, item -> TemplateObject in
                let position = ListPosition(index: index, count: items.count)
                if case .map = item.kind {
                    return TemplateObject(self.fields(item, inputs: fields), position: position)
                }
                return TemplateObject(["ten": self.value(item, input: nil)], position: position)
            }
        case .map:
            return context(node, inputs: input?.fields ?? [])
        }
    }

    /// A list of plain texts as Mustache items: `{{ten}}`, `{{tt}}`, `{{cuoi}}`.
    static func items(_ texts: [String]) -> [TemplateObject] {
        texts.enumerated().map { index, text in
            TemplateObject(["ten": text], position: ListPosition(index: index, count: texts.count))
        }
    }
}
