import DataInput
import DocumentMarkup

/// A value a data file writes in the document markup (a section of its own, a body replacing a
/// template's): parsed where it is written, so that a mistake in it is reported at its line in
/// the data file, and handed on as a markup source of the body.
enum MarkupValue {
    /// The value as a markup source named and numbered as the data file is: a block scalar
    /// (`noi_dung: |`) starts on the line after its key, a plain or quoted one on the key's line.
    static func source(_ node: DataNode) throws(DataError) -> MarkupSource {
        let text = try node.string()
        // The raw value: a block scalar keeps its final line break, which trimming drops.
        let offset = (node.scalarText ?? text).contains("\n") ? node.location.line : node.location.line - 1
        return MarkupSource(text, name: node.location.file, lineOffset: offset)
    }

    @discardableResult
    static func parse(_ node: DataNode) throws(DataError) -> MarkupDocument {
        let source = try source(node)
        do {
            return try MarkupParser.parse([source])
        } catch {
            throw DataError(location: SourceLocation(file: node.location.file, line: error.position.line, column: error.position.column),
                            field: node.path, message: "lỗi trong văn bản đánh dấu: \(error.message)")
        }
    }
}
