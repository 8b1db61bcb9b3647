import DocumentTemplates
import Foundation
import Hummingbird

/// Saving a form, and previewing it: both make the data file's text from the form the same way.
extension Workbench {
    /// The data file a submitted form makes: its name, and its text as it would be saved.
    struct Submitted {
        var file: (name: String, url: URL)
        var text: String
        var expectedToken: String?
        var isShared: Bool
    }

    func submitted(_ form: FormFields, folder: (name: String, url: URL)) throws -> Submitted {
        // A name typed without its extension gets «.yaml».
        let typed = (form["_tep"] ?? "").trimmingCharacters(in: .whitespaces)
        let file = try self.file((typed as NSString).pathExtension.isEmpty && !typed.isEmpty ? typed + ".yaml" : typed, in: folder)
        guard ["yaml", "yml"].contains((file.name as NSString).pathExtension.lowercased()) else {
            throw HTTPError(.badRequest, message: "Tệp dữ liệu phải có đuôi .yaml.")
        }
        let isShared = form["_dung_chung"] == "1"
        let token = form["_phien_ban"] ?? ""
        var original = DataTree.map([])
        var originalText = ""
        if let stored = try? store.read(file.url) {
            originalText = stored.text
            if case .success(let node) = service.parse(stored.text, name: file.name) { original = DataTree(node) }
        } else if !isShared {
            guard let template = form["_mau"], !template.isEmpty else { throw HTTPError(.badRequest, message: "Thiếu tên mẫu.") }
            original = .map([("mau", .text(template))])
            if let shared = form["_tep_dung_chung"], !shared.isEmpty { original = original.setting("dung_chung", to: .text(shared)) }
        }
        let inputs: [InputDeclaration]
        if isShared { inputs = try sharedInputs() } else {
            let source = DataSource(text: YAMLWriter.yaml(original), name: file.name, folder: folder.url)
            guard case .success(let editorForm) = editorForm(source, isShared: false) else {
                throw HTTPError(.unprocessableContent, message: "Tệp dữ liệu không đọc được: sửa trong tệp rồi mở lại.")
            }
            inputs = editorForm.inputs
        }
        let tree: DataTree
        do { tree = try FormApplier(inputs: inputs).apply(form, to: original) } catch {
            throw HTTPError(.badRequest, message: "Biểu mẫu không hợp lệ: \(error.description).")
        }
        let text = YAMLWriter.yaml(tree, header: YAMLWriter.leadingComments(of: originalText))
        return Submitted(file: file, text: text, expectedToken: token.isEmpty ? nil : token, isShared: isShared)
    }

    func save(_ context: WorkbenchContext) async throws -> Response {
        let form = try requireForm(context)
        let folder = try self.folder(context)
        let submitted = try self.submitted(form, folder: folder)
        let store = self.store
        let outcome = try await offloadedThrowing {
            try store.save(Data(submitted.text.utf8), as: submitted.file.name, in: folder.url, expected: submitted.expectedToken)
        }
        switch outcome {
        case .saved:
            if submitted.isShared { return Pages.redirect("/ho-so/\(Pages.pathComponent(folder.name))/dung-chung?tep=\(Pages.pathComponent(submitted.file.name))&da-luu=1") }
            return Pages.redirect("/ho-so/\(Pages.pathComponent(folder.name))/van-ban/\(Pages.pathComponent(submitted.file.name))?da-luu=1")
        case .conflict:
            let model = ErrorModel(
                title: "Chưa lưu: tệp «\(submitted.file.name)» đã được sửa ở nơi khác",
                lines: [submitted.expectedToken == nil
                        ? "Trong hồ sơ đã có tệp tên «\(submitted.file.name)». Hãy đặt tên khác cho văn bản mới."
                        : "Từ lúc bạn mở trang, tệp đã được sửa (trong một cửa sổ khác, hoặc ngoài bàn làm việc). Bàn làm việc không ghi đè lên bản đó.",
                        "Những gì bạn vừa nhập vẫn còn ở dưới đây: chép lại, rồi mở lại tệp để nhập lại phần thay đổi."],
                folderURL: Pages.pathComponent(folder.name), fileURL: submitted.expectedToken == nil ? "" : Pages.pathComponent(submitted.file.name),
                draftText: submitted.text)
            return pages.page("loi", title: "Chưa lưu", session: context.session, content: model, status: .conflict)
        }
    }

    struct PreviewReply: Encodable {
        /// Each page as base64 PNG, or nil where the browser said it has the page of that key.
        var pages: [String?]
        var keys: [String]
        var page: Int?
        var problems: [ProblemReply]
        var valid: Bool
    }

    struct ProblemReply: Encodable {
        var target: String?
        var message: String
        var text: String
        var warning: Bool
    }

    func preview(_ request: Request, _ context: WorkbenchContext) async throws -> Response {
        let form = try requireForm(context)
        let folder = try self.folder(context)
        let submitted = try self.submitted(form, folder: folder)
        let focus = form.pairs.filter { $0.name == "_focus_text" }.map(\.value)
        let source = DataSource(text: submitted.text, name: submitted.file.name, folder: folder.url)
        let service = self.service, dpi = settings.previewDPI
        let preview = await offloaded { service.preview(source, dpi: dpi, focusTexts: focus) }
        let problems = preview.problems.map {
            ProblemReply(target: ProblemPlacement.target(of: $0), message: $0.message, text: $0.text, warning: $0.isWarning)
        }
        let held = Set((form["_have"] ?? "").split(separator: ",").map(String.init))
        let pages = zip(preview.pngPages, preview.pageKeys).map { png, key in held.contains(key) ? nil : png.base64EncodedString() }
        return Pages.json(PreviewReply(pages: pages, keys: preview.pageKeys, page: preview.pageOfField,
                                       problems: problems, valid: !preview.problems.contains { !$0.isWarning }))
    }

    func offloadedThrowing<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(with: Result { try work() }) }
        }
    }
}

/// Which field of the form a problem belongs beside.
enum ProblemPlacement {
    /// The problem's field; for a missing field, the field itself rather than the group that
    /// lacks it (the checker names the group: «thiếu trường bắt buộc «ho_ten»» at «nguoi_ky»).
    static func target(of problem: Problem) -> String? {
        let missing = "thiếu trường bắt buộc «"
        if problem.message.hasPrefix(missing), let end = problem.message.dropFirst(missing.count).firstIndex(of: "»") {
            let name = String(problem.message[problem.message.index(problem.message.startIndex, offsetBy: missing.count)..<end])
            return problem.fieldPath.map { $0 + "." + name } ?? name
        }
        return problem.fieldPath
    }
}
