import CYaml
import Foundation
import InputGuards
import VietnameseText

/// Builds the data tree straight from libyaml's events (the C library Yams vendors), with the
/// budgets of `InputLimits` checked at each event, before anything is built from it.
///
/// Yams' own composer would build its node tree first: an alias there is a copy of the whole
/// anchored node, and its duplicate-key check hashes keys whole, so a 5 KB file of nested
/// aliases takes minutes and gigabytes before a budget could be checked on the result. Here an
/// alias event costs what its anchor's recorded size says, and that size is checked against
/// the budgets (uses, values in the tree, text added, depth) before the anchor is copied in.
///
/// The rules are those of the data format: values stay text; a plain empty value, `~` or
/// `null` is no value; keys are NFC text, each at most once per map; `<<: *mac_dinh` merges
/// (keys written beside it win, and among merged maps the earlier).
struct YAMLComposer {
    let file: String
    let format: YAMLReader.Format
    let lines: LineIndex
    private var columns: ColumnCursor
    private var budget: Budget
    private var anchors: [String: Anchored] = [:]
    private var stack: [Frame] = []

    /// An anchored value and what copying it in costs.
    private struct Anchored {
        var node: DataNode
        var size: Size
        /// Levels of lists and maps inside it.
        var height: Int
    }

    /// Values and the UTF-8 bytes of their text (keys included).
    private struct Size {
        var values = 0
        var bytes = 0
    }

    /// What the file has used of the budgets.
    private struct Budget {
        var tree = Size()
        var aliasUses = 0
        var aliasBytes = 0
        let aliasByteLimit: Int
    }

    private struct Frame {
        var kind: Kind
        var location: SourceLocation
        var path: String
        var anchor: String?
        /// `budget.tree` when the frame opened: the anchored size is the difference.
        var sizeAtStart: Size
        var height = 1

        enum Kind {
            case list([DataNode])
            case map(MapBuilder)
        }
    }

    init(reader: YAMLReader) {
        file = reader.file
        format = reader.format
        lines = reader.lines
        columns = ColumnCursor(reader.lines)
        budget = Budget(aliasByteLimit: InputLimits.aliasExpansionBytes(fileBytes: reader.text.utf8.count))
    }

    // MARK: - Events

    mutating func compose(_ text: String) throws(DataError) -> DataNode {
        Self.libyamlNestingLimit
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw memoryError() }
        defer { yaml_parser_delete(&parser) }
        // The bytes must outlive the parser: a copy held here.
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer throws(DataError) -> DataNode in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return try run(&parser)
        }
    }

    private mutating func run(_ parser: inout yaml_parser_t) throws(DataError) -> DataNode {
        var root: DataNode?
        var documents = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { throw syntaxError(parser) }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root ?? DataNode(kind: .null, location: SourceLocation(file: file, line: 1, column: 1), path: "")
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw DataError(location: location(event.start_mark),
                                    message: "lỗi cú pháp \(format.name): tệp chỉ được có một tài liệu; hãy xoá dòng «---» thứ hai")
                }
            case YAML_SCALAR_EVENT:
                if let done = try scalar(event) { root = done }
            case YAML_ALIAS_EVENT:
                if let done = try alias(event) { root = done }
            case YAML_SEQUENCE_START_EVENT:
                try open(.list([]), at: event.start_mark, anchor: Self.string(event.data.sequence_start.anchor))
            case YAML_MAPPING_START_EVENT:
                try open(.map(MapBuilder()), at: event.start_mark, anchor: Self.string(event.data.mapping_start.anchor))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let done = try close() { root = done }
            default:
                break  // stream start, document end
            }
        }
    }

    /// The path a value placed now gets.
    private var nextPath: String {
        guard let top = stack.last else { return "" }
        switch top.kind {
        case .list(let items): return DataNode.itemPath(top.path, index: items.count)
        case .map(let map): return map.pendingKey.map { $0.isMerge ? top.path : DataNode.childPath(top.path, key: $0.key) } ?? top.path
        }
    }

    private var awaitingKey: Bool {
        if case .map(let map)? = stack.last?.kind { return map.pendingKey == nil }
        return false
    }

    private mutating func scalar(_ event: yaml_event_t) throws(DataError) -> DataNode? {
        let data = event.data.scalar
        let raw = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
        let location = location(event.start_mark)
        try checkLength(raw, at: location, field: nextPath)
        try count(Size(values: 1, bytes: data.length), at: location)
        let plain = data.style == YAML_PLAIN_SCALAR_STYLE
        if awaitingKey {
            try takeKey(raw, plain: plain, at: location)
            if let anchor = Self.string(data.anchor) {
                anchors[anchor] = Anchored(node: DataNode(kind: .scalar(raw), location: location, path: ""),
                                           size: Size(values: 1, bytes: data.length), height: 0)
            }
            return nil
        }
        let isNull = plain && YAMLReader.nullWords.contains(raw)
        let node = DataNode(kind: isNull ? .null : .scalar(nfc(raw)), location: location, path: nextPath)
        if let anchor = Self.string(data.anchor) {
            anchors[anchor] = Anchored(node: node, size: Size(values: 1, bytes: data.length), height: 0)
        }
        return try place(node, height: 0)
    }

    private mutating func alias(_ event: yaml_event_t) throws(DataError) -> DataNode? {
        let name = Self.string(event.data.alias.anchor) ?? ""
        let location = location(event.start_mark)
        let shown = Excerpt.quoted("*" + name)
        guard let anchored = anchors[name] else {
            throw DataError(location: location, message: "lỗi cú pháp \(format.name): bí danh \(shown) chưa được đặt tên bằng «&\(Excerpt.shortened(name))» ở phía trên")
        }
        // Every budget is checked before the anchored value is copied in.
        budget.aliasUses += 1
        if budget.aliasUses > InputLimits.aliasUses {
            throw DataError(location: location, message: "tệp dùng quá \(grouped(InputLimits.aliasUses)) bí danh «*…»; hãy viết thẳng giá trị thay vì bí danh")
        }
        budget.aliasBytes += anchored.size.bytes
        if budget.aliasBytes > budget.aliasByteLimit || budget.tree.values + anchored.size.values > InputLimits.valuesPerFile {
            throw DataError(location: location, message: "bí danh \(shown) làm dữ liệu phình ra quá lớn khi chép các giá trị được đặt tên (bí danh lồng nhau?); dữ liệu chép qua bí danh chỉ được gấp \(InputLimits.aliasExpansionFactor) lần tệp, và cả tệp tối đa \(grouped(InputLimits.valuesPerFile)) giá trị")
        }
        if stack.count + anchored.height > InputLimits.nestingDepth {
            throw depthError(at: location)
        }
        try count(anchored.size, at: location)
        if awaitingKey {
            guard case .scalar(let text) = anchored.node.kind else {
                throw DataError(location: location, field: stack.last?.path,
                                message: "tên trường phải là một chữ, không phải danh sách hay nhóm trường")
            }
            try takeKey(text, plain: false, at: location)
            return nil
        }
        return try place(DataNode.rebased(anchored.node, to: nextPath), height: anchored.height)
    }

    private mutating func open(_ kind: Frame.Kind, at mark: yaml_mark_t, anchor: String?) throws(DataError) {
        let location = location(mark)
        if awaitingKey {
            throw DataError(location: location, field: stack.last?.path,
                            message: "tên trường phải là một chữ, không phải danh sách hay nhóm trường")
        }
        if stack.count >= InputLimits.nestingDepth { throw depthError(at: location) }
        try count(Size(values: 1, bytes: 0), at: location)
        stack.append(Frame(kind: kind, location: location, path: nextPath, anchor: anchor,
                           sizeAtStart: Size(values: budget.tree.values - 1, bytes: budget.tree.bytes)))
    }

    private mutating func close() throws(DataError) -> DataNode? {
        let frame = stack.removeLast()
        let node: DataNode
        switch frame.kind {
        case .list(let items):
            node = DataNode(kind: .list(items), location: frame.location, path: frame.path)
        case .map(let map):
            node = DataNode(kind: .map(map.entries()), location: frame.location, path: frame.path)
        }
        if let anchor = frame.anchor {
            let size = Size(values: budget.tree.values - frame.sizeAtStart.values, bytes: budget.tree.bytes - frame.sizeAtStart.bytes)
            anchors[anchor] = Anchored(node: node, size: size, height: frame.height)
        }
        return try place(node, height: frame.height)
    }

    /// Puts a finished value into the open list or map; returns it when it is the root.
    private mutating func place(_ node: DataNode, height: Int) throws(DataError) -> DataNode? {
        guard !stack.isEmpty else { return node }
        let top = stack.count - 1
        stack[top].height = max(stack[top].height, height + 1)
        switch stack[top].kind {
        case .list(var items):
            if items.count == InputLimits.listItems {
                throw DataError(location: node.location, field: stack[top].path,
                                message: "danh sách có hơn \(grouped(InputLimits.listItems)) mục, quá giới hạn cho một danh sách")
            }
            stack[top].kind = .list([])  // the array keeps one owner while it grows
            items.append(node)
            stack[top].kind = .list(items)
        case .map(var map):
            stack[top].kind = .list([])
            try map.takeValue(node, mapPath: stack[top].path)
            stack[top].kind = .map(map)
        }
        return nil
    }

    private mutating func takeKey(_ raw: String, plain: Bool, at location: SourceLocation) throws(DataError) {
        guard case .map(var map) = stack[stack.count - 1].kind else { return }
        stack[stack.count - 1].kind = .list([])
        try map.takeKey(raw, plain: plain, at: location, mapPath: stack[stack.count - 1].path)
        stack[stack.count - 1].kind = .map(map)
    }

    // MARK: - Budgets

    private mutating func count(_ size: Size, at location: SourceLocation) throws(DataError) {
        budget.tree.values += size.values
        budget.tree.bytes += size.bytes
        if budget.tree.values > InputLimits.valuesPerFile {
            throw DataError(location: location, message: "tệp có hơn \(grouped(InputLimits.valuesPerFile)) giá trị, quá giới hạn cho một tệp dữ liệu")
        }
    }

    /// `field` is built only for the message: most values are short.
    private func checkLength(_ raw: String, at location: SourceLocation, field: @autoclosure () -> String) throws(DataError) {
        // Characters never outnumber UTF-8 bytes: most values need no count.
        guard raw.utf8.count > InputLimits.valueCharacters else { return }
        let characters = raw.count
        if characters > InputLimits.valueCharacters {
            throw DataError(location: location, field: awaitingKey ? stack.last?.path : field(),
                            message: "giá trị dài \(grouped(characters)) ký tự, quá giới hạn \(grouped(InputLimits.valueCharacters)) ký tự cho một giá trị: \(Excerpt.quoted(raw))")
        }
    }

    private func depthError(at location: SourceLocation) -> DataError {
        DataError(location: location, field: stack.last?.path, message: YAMLProblems.nesting)
    }

    /// libyaml's own nesting limit (a process-wide setting, made once): its scanner looks
    /// ahead over brackets before any event reaches the composer's check.
    private static let libyamlNestingLimit: Void = { yaml_set_max_nest_level(Int32(InputLimits.nestingDepth + 1)) }()

    private func grouped(_ n: Int) -> String { NumberText.grouped(n) }

    // MARK: - Places and errors

    private mutating func location(_ mark: yaml_mark_t) -> SourceLocation {
        let line = Int(mark.line) + 1
        return SourceLocation(file: file, line: line, column: columns.characterColumn(line: line, scalarColumn: Int(mark.column) + 1))
    }

    private func memoryError() -> DataError {
        DataError(location: SourceLocation(file: file, line: 0), message: "không đủ bộ nhớ để đọc tệp \(format.name)")
    }

    /// libyaml's error, in Vietnamese, at the place the explanation is about.
    private func syntaxError(_ parser: yaml_parser_t) -> DataError {
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        let context = parser.context.map { String(cString: $0) }
        let debug = YAMLProblems.debugSuffix(problem: problem, context: context)
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return memoryError()
        case YAML_READER_ERROR:
            var place = SourceLocation(file: file, line: 0)
            if let position = lines.position(ofByteOffset: parser.problem_offset) {
                place = SourceLocation(file: file, line: position.line, column: position.column)
            }
            return DataError(location: place, message: YAMLProblems.readerExplanation(problem, value: parser.problem_value) + debug)
        default:
            let problemLine = Int(parser.problem_mark.line) + 1, problemColumn = Int(parser.problem_mark.column) + 1
            let offending = lines.scalar(atLine: problemLine, scalarColumn: problemColumn)
            let explanation = YAMLProblems.explain(problem, context: context, format: format, offending: offending)
            let mark = explanation.place == .context && context != nil ? parser.context_mark : parser.problem_mark
            let line = Int(mark.line) + 1
            let place = SourceLocation(file: file, line: line, column: lines.characterColumn(line: line, scalarColumn: Int(mark.column) + 1))
            return DataError(location: place, message: "lỗi cú pháp \(format.name): " + explanation.text + debug)
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
