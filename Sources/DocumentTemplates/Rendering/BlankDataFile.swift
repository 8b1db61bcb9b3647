import VietnameseText

/// A commented data file for a template, filled with the declared examples: what `vanban new`
/// writes for a clerk to complete. Optional inputs are written commented out.
public enum BlankDataFile {
    /// The example of a date input that stands for the day the file is written.
    static let todayExample = "hom_nay"

    /// - Parameters:
    ///   - today: what a date example `hom_nay` becomes (and the year of a draft).
    ///   - legalBases: the căn cứ in force today, written (not commented) in place of the
    ///     declared example, with the proposal line after them.
    public static func yaml(for template: TemplateDeclaration, today: CalendarDate = .today(), legalBases: [String] = []) -> String {
        var template = template
        for index in template.inputs.indices {
            if template.inputs[index].example == todayExample { template.inputs[index].example = today.iso }
            if !legalBases.isEmpty, ["can_cu", "de_nghi"].contains(template.inputs[index].name) {
                template.inputs[index].suggested = true
                if template.inputs[index].name == "can_cu" { template.inputs[index].example = legalBases.joined(separator: " | ") }
            }
        }
        var out = """
        # Dữ liệu cho mẫu «\(template.name)»: \(template.description).
        # Dòng bắt đầu bằng # là ghi chú. (*) là trường bắt buộc. Ngày viết 2023-03-06 hoặc 06/3/2023.
        # Sửa các giá trị ví dụ dưới đây, rồi chạy: vanban check <tệp này>, vanban render <tệp này>.
        mau: \(template.name)
        # dung_chung: cum-thi-dua.yaml   # tệp dữ liệu dùng chung (thông tin cụm, khối thi đua)

        """
        for input in template.inputs {
            out += "# \(comment(input))\n"
            out += lines(input, indent: "", lead: "", commented: !input.required && !input.suggested).joined(separator: "\n") + "\n\n"
        }
        return out
    }

    static func comment(_ input: InputDeclaration) -> String {
        var parts = ["\(input.label)\(input.required ? " (*)" : "")", kindName(input.kind)]
        if input.allowsCSV { parts.append("có thể ghi tên tệp .csv") }
        if let range = input.range { parts.append("từ \(NumberText.decimal(range.lowerBound)) đến \(NumberText.decimal(range.upperBound))") }
        if let value = input.defaultValue { parts.append("mặc định: \(value)") }
        return parts.joined(separator: " — ")
    }

    static func kindName(_ kind: InputDeclaration.Kind) -> String {
        switch kind {
        case .text: return "chuỗi"
        case .phrase: return "câu (có thể dùng {{…}} của mẫu)"
        case .markup: return "văn bản đánh dấu"
        case .integer: return "số nguyên"
        case .decimal: return "số"
        case .year: return "năm"
        case .date: return "ngày"
        case .issueDate: return "ngày (bản dự thảo: tháng/năm hoặc bỏ trống)"
        case .boolean: return "có/không"
        case .list: return "danh sách"
        case .object: return "các trường con"
        }
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func scalar(_ input: InputDeclaration) -> String {
        let example = input.example ?? input.defaultValue ?? ""
        switch input.kind {
        case .integer, .decimal, .year, .date, .issueDate, .boolean: return example
        default: return quoted(example)
        }
    }

    /// The YAML lines of one input. `lead` stands before the first line ("- " for the first field
    /// of a list item); `commented` writes them as comments.
    static func lines(_ input: InputDeclaration, indent: String, lead: String, commented: Bool) -> [String] {
        let hash = commented ? "# " : ""
        let first = "\(indent)\(hash)\(lead)\(input.name):"
        let inner = indent + String(repeating: " ", count: lead.count) + "  "
        switch input.kind {
        case .object:
            var out = [first]
            for field in input.fields {
                // An optional field with nothing to show stays a comment inside the object.
                let quiet = commented || (!field.required && (field.example == nil || field.kind == .object || field.kind == .list))
                out += lines(field, indent: inner, lead: "", commented: quiet).enumerated().map { index, line in
                    index == 0 && field.kind != .object && field.kind != .list ? line + "   # \(comment(field))" : line
                }
            }
            return out
        case .list where input.fields.isEmpty:
            let examples = (input.example ?? "").split(separator: "|").map { $0.trimmedWhitespace }.filter { !$0.isEmpty }
            return [first] + (examples.isEmpty ? [""] : examples).map { "\(inner)\(hash)- \(quoted($0))" }
        case .list:
            var out = [first]
            for (index, field) in input.fields.enumerated() {
                let quiet = commented || (!field.required && (field.example == nil || field.kind == .object))
                let fieldLines = lines(field, indent: inner, lead: index == 0 ? "- " : "  ", commented: quiet)
                out += fieldLines.enumerated().map { position, line in
                    position == 0 && field.kind != .object && field.kind != .list ? line + "   # \(comment(field))" : line
                }
            }
            return out
        default:
            return [first + " " + scalar(input)]
        }
    }
}
