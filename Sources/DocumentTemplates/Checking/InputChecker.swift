import DataInput
import Foundation
import InputGuards
import VietnameseText

/// Checks a data file against a template's declared inputs before anything is rendered: every
/// required input present, every value of its declared kind, no key the template does not know,
/// no recipient listed twice. Lists declared `cho_phep_csv` may name a list file (CSV, Excel)
/// instead, which is read here. All problems are collected, so a clerk sees them together.
struct InputChecker {
    /// Keys every data file may carry besides the template's inputs.
    static let fileKeys: Set<String> = ["mau", "dung_chung"]

    private(set) var errors: [DataError] = []
    /// What reading list files noted (title rows skipped, columns ignored…).
    private(set) var notices: [DataNotice] = []
    /// The amounts total lines of list files state, to check against the computed money.
    private(set) var statedAmounts: [StatedAmount] = []
    /// The data files read, and the files their values may name.
    let sources: DataSources

    init(sources: DataSources = .none) { self.sources = sources }

    mutating func check(_ root: DataNode, inputs: [InputDeclaration]) -> DataNode {
        checkMap(root, inputs: inputs, known: Set(inputs.map(\.name)).union(Self.fileKeys))
    }

    private mutating func record(_ body: () throws(DataError) -> Void) {
        do { try body() } catch { errors.append(error) }
    }

    /// - Parameter known: the keys the map may have (the inputs' names, and for the root the
    ///   file's own keys), made once by the caller: a list checks every item with the same set.
    private mutating func checkMap(_ node: DataNode, inputs: [InputDeclaration], known: Set<String>) -> DataNode {
        guard case let .map(entries) = node.kind else {
            errors.append(node.error("cần các trường dạng «tên: giá trị», gặp \(Self.describe(node))"))
            return node
        }
        record { () throws(DataError) in try node.checkKeys(allowed: known) }
        var checked = entries
        for inputIndex in inputs.indices {
            let name = inputs[inputIndex].name
            guard let index = entries.firstIndex(where: { $0.key == name }), !Self.isNull(entries[index].value) else {
                if inputs[inputIndex].required {
                    errors.append(node.error("thiếu trường bắt buộc «\(name)» (\(inputs[inputIndex].label))"))
                }
                continue
            }
            let value = checkValue(entries[index].value, input: inputs[inputIndex])
            // Only objects and lists come back changed (checked fields, a CSV file read):
            // leaving the others spares copying the entries of every row.
            if inputs[inputIndex].kind == .object || inputs[inputIndex].kind == .list { checked[index].value = value }
        }
        var result = node
        result.kind = .map(checked)
        return result
    }

    private mutating func checkValue(_ node: DataNode, input: InputDeclaration) -> DataNode {
        switch input.kind {
        case .text, .phrase: record { () throws(DataError) in _ = try node.string() }
        case .markup: record { () throws(DataError) in _ = try MarkupValue.parse(node) }
        case .integer: record { () throws(DataError) in try Self.checkRange(Decimal(node.int()), of: node, input: input) }
        case .decimal: record { () throws(DataError) in try Self.checkRange(node.decimal(), of: node, input: input) }
        case .year: record { () throws(DataError) in _ = try node.year() }
        case .date: record { () throws(DataError) in _ = try node.date() }
        case .issueDate: record { () throws(DataError) in _ = try node.issueDate() }
        case .boolean: record { () throws(DataError) in _ = try node.bool() }
        case .object:
            return checkMap(node, inputs: input.fields, known: Set(input.fields.map(\.name)))
        case .list:
            var listNode = node
            if case let .scalar(text) = node.kind, input.allowsCSV, ListFile.names(text) {
                do {
                    listNode = try readList(text, from: node, input: input)
                } catch {
                    errors.append(error)
                    return node
                }
            }
            guard case let .list(items) = listNode.kind else {
                let hint = input.allowsCSV ? " hoặc tên tệp danh sách (.xlsx, .csv)" : ""
                errors.append(node.error("cần một danh sách (các dòng bắt đầu bằng «- »)\(hint), gặp \(Self.describe(node))"))
                return node
            }
            var checkedItems: [DataNode] = []
            checkedItems.reserveCapacity(items.count)
            let known = Set(input.fields.map(\.name))
            for item in items {
                if input.fields.isEmpty {
                    record { () throws(DataError) in _ = try item.string() }
                    checkedItems.append(item)
                } else {
                    checkedItems.append(checkMap(item, inputs: input.fields, known: known))
                }
            }
            errors += DuplicateRecipients.find(in: checkedItems, fields: input.fields)
            listNode.kind = .list(checkedItems)
            return listNode
        }
        return node
    }

    private mutating func readList(_ path: String, from node: DataNode, input: InputDeclaration) throws(DataError) -> DataNode {
        // A list's file is found beside the data file that names it; messages name it the way
        // the data file is named.
        let contents = try ListFile.read(path, sources: sources, request: input.listRequest(path: node.path), at: node)
        notices += contents.notices
        statedAmounts += contents.statedAmounts
        return DataNode(kind: .list(contents.rows), location: node.location, path: node.path)
    }

    static func checkRange(_ value: Decimal, of node: DataNode, input: InputDeclaration) throws(DataError) {
        guard let range = input.range, !range.contains(value) else { return }
        throw node.error("\(input.label): cần từ \(NumberText.decimal(range.lowerBound)) đến \(NumberText.decimal(range.upperBound)), gặp \(NumberText.decimal(value))")
    }

    static func isNull(_ node: DataNode) -> Bool {
        if case .null = node.kind { return true }
        return false
    }

    static func describe(_ node: DataNode) -> String {
        switch node.kind {
        case .null: return "giá trị trống"
        case let .scalar(text): return Excerpt.quoted(text)
        case .list: return "một danh sách"
        case .map: return "các trường con"
        }
    }
}

extension InputDeclaration {
    /// What a list file must give for this list input, whose value is at `path`: a column per
    /// field, found by the field's headers (its label when it declares none).
    public func listRequest(path: String) -> ListRequest {
        let columns = fields.map { field in
            ListColumn(key: field.name, headers: field.csvHeaders.isEmpty ? [field.label] : field.csvHeaders, required: field.required)
        }
        let fieldNames = Set(fields.map(\.name))
        return ListRequest(name: path, columns: columns, kind: recipientKind,
                           headingField: fieldNames.contains("hinh_thuc") ? "hinh_thuc" : nil,
                           amountField: fieldNames.contains("so_tien") ? "so_tien" : nil)
    }
}
