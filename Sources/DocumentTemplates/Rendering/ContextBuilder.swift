import DataInput
import VietnameseText

/// The checked data as Mustache sees it: maps as dictionaries, lists as arrays whose items
/// know their position (`tt`, `dau`, `cuoi` for "first" and "last": lists end with "." and
/// the other items with ";"), dates as `DateValue`s, numbers in Vietnamese notation.
enum ContextBuilder {
    static func context(_ node: DataNode, inputs: [InputDeclaration]) -> [String: Any] {
        guard case let .map(entries) = node.kind else { return [:] }
        var result: [String: Any] = [:]
        for entry in entries {
            let input = inputs.first { $0.name == entry.key }
            // An empty value is left out, so that `{{#ghi_chu}}…{{/ghi_chu}}` is skipped.
            if case let .scalar(text) = entry.value.kind, text.allSatisfy(\.isWhitespace) { continue }
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
            return items.enumerated().map { index, item -> Any in
                var value: [String: Any]
                if case .map = item.kind {
                    value = context(item, inputs: fields)
                } else {
                    value = ["ten": self.value(item, input: nil)]
                }
                value["tt"] = String(index + 1)
                value["dau"] = index == 0
                value["cuoi"] = index == items.count - 1
                return value
            }
        case .map:
            return context(node, inputs: input?.fields ?? [])
        }
    }

    /// A list of plain texts as Mustache items: `{{ten}}`, `{{tt}}`, `{{cuoi}}`.
    static func items(_ texts: [String]) -> [[String: Any]] {
        texts.enumerated().map { index, text in
            ["ten": text, "tt": String(index + 1), "dau": index == 0, "cuoi": index == texts.count - 1]
        }
    }
}
