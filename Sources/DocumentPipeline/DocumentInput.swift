import DataInput
import DocumentTemplates
import Foundation

/// The data a document is made from: a data file on disk, or data held in memory (a clerk's
/// unsaved edit, a request's body, a tree a program built). `display` is the name messages
/// give the file; shared files (`dung_chung`) and lists are found beside the file, or beside
/// the place `savedAs` names.
public enum DocumentInput: Sendable {
    /// A data file; `allowing`: folders besides its own whose files the data may name.
    case file(URL, display: String, allowing: [URL] = [])
    /// A data file's text not (or not yet) saved at `savedAs`.
    case text(String, savedAs: URL, display: String)
    /// A data file's bytes, read as the file would be (its encoding found the same way).
    case bytes(Data, savedAs: URL, display: String)
    /// Data already read, shared files merged in; `sources` says where its files are and which
    /// files it may name (lists, images). Messages name the file the root's location names.
    case tree(DataNode, sources: DataSources)

    /// The name messages give the document as a whole ("Examples/…/qd.yaml: cảnh báo: …").
    public var display: String {
        switch self {
        case .file(_, let display, _), .text(_, _, let display), .bytes(_, _, let display): return display
        case .tree(let root, _): return root.location.file
        }
    }

    /// A file on disk named as the user wrote it.
    public static func file(path: String, allowing: [URL] = []) -> DocumentInput {
        .file(URL(fileURLWithPath: path), display: path, allowing: allowing)
    }

    /// The data with its shared files merged in, and where they are.
    func load() throws(DataError) -> (root: DataNode, sources: DataSources) {
        switch self {
        case let .file(url, display, allowing):
            return try DataLoader.loadWithSources(url, displayPath: display, access: .forDataFile(url, alsoAllowing: allowing))
        case let .text(text, url, display):
            return try DataLoader.loadWithSources(text: text, as: url, displayPath: display)
        case let .bytes(data, url, display):
            return try DataLoader.loadWithSources(data: data, as: url, displayPath: display)
        case let .tree(root, sources):
            return (root, sources)
        }
    }

    /// The «mau» the data names, read without the rest being valid (nil for a file on disk,
    /// which is not read twice).
    var templateName: String? {
        switch self {
        case .file: return nil
        case .text(let text, _, let display): return try? DataLoader.parse(text, file: display)["mau"]?.string()
        case .bytes(let data, _, let display):
            return try? DataLoader.parse(String(decoding: data, as: UTF8.self), file: display)["mau"]?.string()
        case .tree(let root, _): return try? root["mau"]?.string()
        }
    }
}
