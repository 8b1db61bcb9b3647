import Foundation

/// A document of a hồ sơ as the workspace page lists it.
struct DocumentEntry {
    var file: String
    var template: String
    /// Tên loại: «Quyết định», or for a general document the type its data gives.
    var kind: String
    var number: String
    var date: String
    var subject: String
    var isIssued: Bool
    var state: String { isIssued ? "đã ban hành" : "dự thảo" }
}

/// A hồ sơ: a folder of the workspace with its documents, its shared files and its lists.
struct FolderEntry {
    var name: String
    var documents: [DocumentEntry]
    var sharedFiles: [String]
    var listFiles: [String]
    var hasDocuments: Bool { !documents.isEmpty }
}

/// What is in the workspace: one folder per hồ sơ, each with the data files `vanban render`
/// reads (YAML with «mau» are documents, YAML without it shared data, CSV and XLSX lists).
struct WorkspaceIndex {
    let root: URL
    let service: DocumentService

    func folders() -> [FolderEntry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return SafePath.isPlainName(name) && FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted { $0.localizedStandardCompare($1) == .orderedAscending }.map(folder)
    }

    func folder(_ name: String) -> FolderEntry {
        let url = root.appendingPathComponent(name, isDirectory: true)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter(SafePath.isPlainName).sorted()
        var entry = FolderEntry(name: name, documents: [], sharedFiles: [], listFiles: [])
        for file in files {
            let ext = (file as NSString).pathExtension.lowercased()
            if ["csv", "xlsx"].contains(ext) { entry.listFiles.append(file); continue }
            guard ["yaml", "yml"].contains(ext), let data = FileManager.default.contents(atPath: url.appendingPathComponent(file).path) else { continue }
            guard case .success(let node) = service.parse(String(decoding: data, as: UTF8.self), name: file) else {
                entry.documents.append(DocumentEntry(file: file, template: "", kind: "(không đọc được)", number: "", date: "", subject: "", isIssued: false))
                continue
            }
            let tree = DataTree(node)
            guard let template = tree["mau"]?.text else { entry.sharedFiles.append(file); continue }
            entry.documents.append(document(file, template: template, tree: tree))
        }
        return entry
    }

    private func document(_ file: String, template: String, tree: DataTree) -> DocumentEntry {
        let declared = (try? service.declaration(named: template)) ?? nil
        var kind = declared?.documentType ?? template
        if declared?.typeComesFromData == true { kind = tree["loai"]?.text ?? "Văn bản" }
        let number = tree["so"]?.text ?? ""
        let date = tree["ngay_ban_hanh"]?.text ?? ""
        // Issued: numbered and dated with a day (a draft has no number, or only a month).
        let issued = !number.isEmpty && date.filter { $0 == "/" || $0 == "-" }.count == 2
        return DocumentEntry(file: file, template: template, kind: kind, number: number, date: date,
                             subject: tree["trich_yeu"]?.text ?? "", isIssued: issued)
    }

    /// The shared file a hồ sơ's documents name («dung_chung»), else the first shared file there.
    func sharedFile(of folder: FolderEntry) -> String? {
        folder.sharedFiles.first
    }
}
