/// A commented data file for a template, filled with the declared examples: what `vanban new`
/// writes for a clerk to complete.
public enum BlankDataFile {
    public static func yaml(for template: TemplateDeclaration) -> String {
        var out = """
        # Dữ liệu cho mẫu «\(template.name)»: \(template.description).
        # Dòng bắt đầu bằng # là ghi chú. (*) là trường bắt buộc. Ngày viết 2023-03-06 hoặc 06/3/2023.
        # Sửa các giá trị ví dụ dưới đây, rồi chạy: vanban check <tệp này>, vanban render <tệp này>.
        mau: \(template.name)
        # dung_chung: cum-thi-dua.yaml   # tệp dữ liệu dùng chung (thông tin cụm, khối thi đua)

        """
        for input in template.inputs {
            out += entry(input, indent: "")
        }
        return out
    }

    static func comment(_ input: InputDeclaration) -> String {
        var parts = ["\(input.label)\(input.required ? " (*)" : "")", kindName(input.kind)]
        if input.allowsCSV { parts.append("có thể ghi tên tệp .csv") }
        if let value = input.defaultValue { parts.append("mặc định: \(value)") }
        return parts.joined(separator: " — ")
    }

    static func kindName(_ kind: InputDeclaration.Kind) -> String {
        switch kind {
        case .text: return "chuỗi"
        case .integer: return "số nguyên"
        case .decimal: return "số"
        case .date: return "ngày"
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
        case .integer, .decimal, .date, .boolean: return example.isEmpty ? "" : example
        default: return quoted(example)
        }
    }

    /// One input with its comment; optional inputs are written commented out.
    static func entry(_ input: InputDeclaration, indent: String) -> String {
        let optional = input.required ? "" : "# "
        var out = "\(indent)# \(comment(input))\n"
        switch input.kind {
        case .object:
            out += "\(indent)\(optional)\(input.name):\n"
            for field in input.fields {
                out += "\(indent)\(optional)  \(field.name): \(scalar(field))   # \(comment(field))\n"
            }
        case .list:
            out += "\(indent)\(optional)\(input.name):\n"
            if input.fields.isEmpty {
                let examples = (input.example ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                for example in examples.isEmpty ? [""] : examples {
                    out += "\(indent)\(optional)  - \(quoted(example))\n"
                }
            } else {
                for (index, field) in input.fields.enumerated() {
                    let lead = index == 0 ? "  - " : "    "
                    out += "\(indent)\(optional)\(lead)\(field.name): \(scalar(field))   # \(comment(field))\n"
                }
            }
        default:
            out += "\(indent)\(optional)\(input.name): \(scalar(input))\n"
        }
        return out + "\n"
    }
}
