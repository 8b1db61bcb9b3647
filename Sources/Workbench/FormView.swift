import DocumentTemplates
import Foundation

/// One field of a generated form, as the page templates show it (`field.mustache`).
struct FieldView {
    var path: String
    var name: String
    var label: String
    var example: String
    var required: Bool
    var value: String
    var kind: String
    var isLine = false, isNumber = false, isDate = false, isChoice = false, isTextArea = false
    var isObject = false, isGrid = false, isLines = false
    var choices: [Choice] = []
    var children: [FieldView] = []
    var grid: GridView?

    struct Choice { var value: String; var label: String; var selected: Bool }
}

/// A list of objects as an editable table: a column per field (the fields of an object inside
/// a row side by side), a row per item.
struct GridView {
    var path: String
    var columns: [Column]
    var rows: [Row]
    /// The list file the rows were read from, while the grid is not edited.
    var sourceFile: String
    var sourceProblems: [String]
    var allowsFile: Bool
    var hasSource: Bool

    struct Column { var path: String; var label: String; var required: Bool; var isChoice: Bool; var example: String; var headers: String; var choices: [FieldView.Choice]; var width: String }
    struct Row { var number: Int; var cells: [Cell] }
    struct Cell { var name: String; var value: String; var path: String; var column: String; var isChoice: Bool; var label: String; var choices: [FieldView.Choice]; var width: String }
}

/// Builds the form of a set of inputs over a data file's tree.
struct FormBuilder {
    /// Reads a list file named by a list input's value (the same reader as `vanban render`).
    var readList: (_ value: String, _ input: InputDeclaration, _ path: String) -> (rows: [DataTree], problems: [Problem])

    func fields(_ inputs: [InputDeclaration], tree: DataTree, prefix: String = "") -> [FieldView] {
        inputs.map { field($0, path: prefix + $0.name, value: tree[$0.name]) }
    }

    func field(_ input: InputDeclaration, path: String, value: DataTree?) -> FieldView {
        var view = FieldView(path: path, name: "f." + path, label: input.label, example: input.example ?? input.defaultValue ?? "",
                             required: input.required, value: value?.text ?? "", kind: input.kind.rawValue)
        switch input.kind {
        case .text, .phrase: view.isLine = true
        case .integer, .decimal, .year: view.isNumber = true
        case .date, .issueDate: view.isDate = true
        case .boolean:
            view.isChoice = true
            view.choices = Self.choices(selected: view.value)
        case .markup: view.isTextArea = true
        case .object:
            view.isObject = true
            view.children = fields(input.fields, tree: value ?? .map([]), prefix: path + ".")
        case .list where input.fields.isEmpty:
            view.isTextArea = true
            view.isLines = true
            view.value = (value?.items ?? []).compactMap(\.text).joined(separator: "\n")
            if let single = value?.text { view.value = single }
        case .list:
            view.isGrid = true
            view.grid = grid(input, path: path, value: value)
        }
        return view
    }

    static func choices(selected: String) -> [FieldView.Choice] {
        let lower = selected.lowercased()
        let yes = ["có", "co", "true", "yes"].contains(lower), no = ["không", "khong", "false", "no"].contains(lower)
        return [FieldView.Choice(value: "", label: "(không ghi)", selected: !yes && !no),
                FieldView.Choice(value: "có", label: "có", selected: yes),
                FieldView.Choice(value: "không", label: "không", selected: no)]
    }

    func grid(_ input: InputDeclaration, path: String, value: DataTree?) -> GridView {
        let columns = Self.columns(input.fields, prefix: "")
        var rows = value?.items ?? []
        var source = ""
        var problems: [Problem] = []
        if let file = value?.text, !file.isEmpty {
            source = file
            (rows, problems) = readList(file, input, path)
        }
        let views = rows.enumerated().map { offset, row in
            GridView.Row(number: offset + 1, cells: columns.map { column in
                let value = Self.value(at: column.path, in: row)
                return GridView.Cell(name: "f.\(path)[\(offset + 1)].\(column.path)", value: value, path: "\(path)[\(offset + 1)].\(column.path)",
                                     column: column.path, isChoice: column.isChoice, label: column.label,
                                     choices: column.isChoice ? Self.choices(selected: value) : [], width: column.width)
            })
        }
        return GridView(path: path, columns: columns, rows: views, sourceFile: source,
                        sourceProblems: problems.filter { !$0.isWarning }.map(\.text), allowsFile: input.allowsCSV,
                        hasSource: !source.isEmpty)
    }

    /// The columns of a row: scalar fields as they are, an object's fields after its label.
    static func columns(_ fields: [InputDeclaration], prefix: String, labelPrefix: String = "") -> [GridView.Column] {
        fields.flatMap { field -> [GridView.Column] in
            if field.kind == .object {
                return columns(field.fields, prefix: prefix + field.name + ".", labelPrefix: labelPrefix + field.label + ": ")
            }
            return [GridView.Column(path: prefix + field.name, label: labelPrefix + field.label, required: field.required,
                                    isChoice: field.kind == .boolean, example: field.example ?? "",
                                    headers: ([field.label] + field.csvHeaders).joined(separator: "|"),
                                    choices: field.kind == .boolean ? choices(selected: "") : [], width: width(of: field))]
        }
    }

    /// How much room a column's cells get: names and other required texts the most, numbers
    /// and yes/no the least.
    static func width(of field: InputDeclaration) -> String {
        switch field.kind {
        case .integer, .decimal, .boolean, .date: return "narrow"
        default: return field.required || ["ten", "ho_ten", "don_vi", "noi_dung"].contains(field.name) ? "wide" : ""
        }
    }

    static func value(at path: String, in tree: DataTree) -> String {
        var current: DataTree? = tree
        for part in path.split(separator: ".") { current = current?[String(part)] }
        return current?.text ?? ""
    }
}
