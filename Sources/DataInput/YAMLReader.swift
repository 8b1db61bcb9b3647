import Foundation
import InputGuards
import VietnameseText

/// Reads YAML or JSON text into `DataNode`s (through `YAMLComposer`, on libyaml's events, which
/// give a line and column for every value). JSON is read by the same parser: JSON is YAML's
/// flow style.
struct YAMLReader {
    enum Format {
        case yaml, json
        var name: String { self == .json ? "JSON" : "YAML" }

        static func of(file: String) -> Format {
            file.lowercased().hasSuffix(".json") ? .json : .yaml
        }
    }

    let file: String
    let format: Format
    let text: String
    let lines: LineIndex

    init(text: String, file: String) {
        self.file = file
        self.format = .of(file: file)
        // A byte-order mark is not content; dropping it keeps columns on the first line right.
        self.text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        self.lines = LineIndex(self.text)
    }

    func read() throws(DataError) -> DataNode {
        var composer = YAMLComposer(reader: self)
        return try composer.compose(text)
    }

    /// Plain values that mean "no value" (quoted, they are the words).
    static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    static func duplicateMessage(key: String, firstLine: Int, secondLine: Int) -> String {
        if firstLine == secondLine {
            return "trường \(Excerpt.quoted(key)) được khai báo hai lần trên dòng \(firstLine); hãy giữ lại một"
        }
        return "trường \(Excerpt.quoted(key)) được khai báo hai lần, ở dòng \(firstLine) và dòng \(secondLine); hãy giữ lại một"
    }
}
