import Foundation
import Hummingbird

/// The workspace page: the hồ sơ and their documents; making a hồ sơ; the shipped examples.
extension Workbench {
    struct WorkspaceModel {
        var folders: [FolderView]
        var isEmpty: Bool
        var canCopyExamples: Bool
        var csrf: String
        var workspace: String
        var message: String
        var hasMessage: Bool
    }

    struct FolderView {
        var name: String
        var url: String
        var documents: [DocumentView]
        var hasDocuments: Bool
        var sharedFiles: [String]
        var hasShared: Bool
        var listFiles: String
        var hasLists: Bool
    }

    struct DocumentView {
        var file: String
        var url: String
        var kind: String
        var number: String
        var date: String
        var subject: String
        var state: String
        var isIssued: Bool
        var hasSubject: Bool
    }

    func workspacePage(_ context: WorkbenchContext, message: String = "") -> Response {
        let folders = index.folders().map { folder in
            FolderView(name: folder.name, url: "/ho-so/" + Pages.pathComponent(folder.name),
                       documents: folder.documents.map { document in
                           DocumentView(file: document.file,
                                        url: "/ho-so/\(Pages.pathComponent(folder.name))/van-ban/\(Pages.pathComponent(document.file))",
                                        kind: document.kind, number: document.number.isEmpty ? "—" : document.number,
                                        date: document.date.isEmpty ? "—" : document.date, subject: document.subject,
                                        state: document.state, isIssued: document.isIssued, hasSubject: !document.subject.isEmpty)
                       },
                       hasDocuments: folder.hasDocuments, sharedFiles: folder.sharedFiles, hasShared: !folder.sharedFiles.isEmpty,
                       listFiles: folder.listFiles.joined(separator: ", "), hasLists: !folder.listFiles.isEmpty)
        }
        let model = WorkspaceModel(folders: folders, isEmpty: folders.isEmpty, canCopyExamples: settings.examples != nil,
                                   csrf: context.session.csrfToken, workspace: settings.workspace.path, message: message,
                                   hasMessage: !message.isEmpty)
        return pages.page("ho-so", title: "Hồ sơ", session: context.session, content: model)
    }

    /// A new, empty hồ sơ (a folder of the workspace).
    func createFolder(_ context: WorkbenchContext) throws -> Response {
        let form = try requireForm(context)
        let name = (form["ten"] ?? "").trimmingCharacters(in: .whitespaces)
        guard let url = paths.folder(name) else {
            return workspacePage(context, message: "Tên hồ sơ «\(name)» không dùng được: không để trống, không có «/», không bắt đầu bằng «.».")
        }
        guard !FileManager.default.fileExists(atPath: url.path) else {
            return workspacePage(context, message: "Đã có hồ sơ «\(name)».")
        }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        return Pages.redirect("/")
    }

    /// Copies each data set of Examples/ in as a hồ sơ «vi-du-…» (those already there are left).
    func copyExamples(_ context: WorkbenchContext) throws -> Response {
        _ = try requireForm(context)
        guard let examples = settings.examples else { return workspacePage(context, message: "Không tìm thấy thư mục ví dụ.") }
        for set in (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? [] where SafePath.isPlainName(set) {
            let target = settings.workspace.appendingPathComponent("vi-du-" + set, isDirectory: true)
            guard !FileManager.default.fileExists(atPath: target.path) else { continue }
            try FileManager.default.copyItem(at: examples.appendingPathComponent(set, isDirectory: true), to: target)
        }
        return Pages.redirect("/")
    }

    func asset(_ context: WorkbenchContext) -> Response {
        guard let name = context.parameters.get("tep"), let file = Assets.file(name) else {
            return Pages.plain("Không có tệp này.", status: .notFound)
        }
        return Response(status: .ok, headers: [.contentType: file.type, .cacheControl: "no-cache"],
                        body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
    }
}
