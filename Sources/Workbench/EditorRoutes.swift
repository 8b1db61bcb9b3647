import DocumentTemplates
import Foundation
import Hummingbird

/// The editor: a document's form (or the hồ sơ's shared data) beside its live preview.
extension Workbench {
    struct EditorModel {
        var folder: String
        var folderURL: String
        var file: String
        var fileURL: String
        var isNew: Bool
        var isShared: Bool
        var template: String
        var templateDescription: String
        var token: String
        var csrf: String
        var markers: [String]
        var mainFields: [FieldView]
        var moreFields: [FieldView]
        var hasMore: Bool
        var sharedFile: String
        var sharedURL: String
        var sharedKeys: String
        var hasSharedKeys: Bool
        var message: String
        var hasMessage: Bool
        var isSaved: Bool
        var versions: [VersionView]
        var hasVersions: Bool
        var versionCount: Int
        /// The number box (a saved document only): its number, or «Cấp số».
        var issue: [IssueView]
        var issueProblem: [IssueProblem]
    }

    struct VersionView { var stamp: String; var url: String }

    struct TemplateChoice { var name: String; var description: String; var documentType: String; var url: String }

    struct ChoiceModel { var folder: String; var folderURL: String; var templates: [TemplateChoice] }

    /// The inputs a document's form shows: the template's, less those its shared file gives
    /// and the outline «phan» (kept as written).
    func documentInputs(_ template: TemplateDeclaration, sharedKeys: Set<String>) -> [InputDeclaration] {
        template.inputs.filter { $0.name != "phan" && !sharedKeys.contains($0.name) }
    }

    /// The inputs of a hồ sơ's shared data: the cluster and the issuer.
    func sharedInputs() throws -> [InputDeclaration] {
        let names = ["co_quan_chu_quan", "co_quan_ban_hanh", "ky_hieu_co_quan", "dia_danh", "cum_thi_dua"]
        guard let template = try service.declaration(named: "quyet-dinh-khen-thuong") ?? service.declaration(named: service.templates().first?.name ?? "") else {
            return []
        }
        return names.compactMap { name in
            template.inputs.first { $0.name == name }.map { input in
                var input = input
                input.required = false
                return input
            }
        }
    }

    func newDocument(_ request: Request, _ context: WorkbenchContext) async throws -> Response {
        let folder = try self.folder(context)
        guard let name = request.uri.queryParameters["mau"].map(String.init) else {
            let choices = try service.templates().map { template in
                TemplateChoice(name: template.name, description: template.description, documentType: template.documentType,
                               url: "/ho-so/\(Pages.pathComponent(folder.name))/moi?mau=\(Pages.pathComponent(template.name))")
            }
            let model = ChoiceModel(folder: folder.name, folderURL: Pages.pathComponent(folder.name), templates: choices)
            return pages.page("chon-mau", title: "Văn bản mới", session: context.session, content: model)
        }
        guard let blank = try service.blankDataFile(template: name), case .success(let node) = service.parse(blank, name: "moi.yaml") else {
            throw HTTPError(.notFound, message: "Không có mẫu này.")
        }
        var tree = DataTree(node)
        if let template = try service.declaration(named: name) { tree = Self.withoutExamples(tree, inputs: template.inputs) }
        if let shared = index.folder(folder.name).sharedFiles.first, tree["dung_chung"] == nil {
            let entries = tree.keys.map { ($0, tree[$0]!) }
            tree = .map(Array(entries.prefix(1)) + [("dung_chung", DataTree.text(shared))] + entries.dropFirst())
        }
        let file = freeName(name, in: folder.url)
        return try editor(folder: folder, file: file, text: YAMLWriter.yaml(tree), token: "", isNew: true, context: context)
    }

    func editPage(_ request: Request, _ context: WorkbenchContext) async throws -> Response {
        let folder = try self.folder(context)
        let file = try self.file(context.parameters.get("tep"), in: folder)
        guard let stored = try? store.read(file.url) else { throw HTTPError(.notFound, message: "Không có tệp này.") }
        let saved = request.uri.queryParameters["da-luu"] != nil
        var message = ""
        if request.uri.queryParameters["da-cap-so"] != nil { message = await issuedMessage(folder: folder, file: file) }
        if saved {
            // Saved as typed; said whether `vanban render` would make it as it stands.
            let (service, source) = (self.service, DataSource(text: stored.text, name: file.name, folder: folder.url))
            let outcome = await offloaded { service.check(source) }
            let errors = outcome.problems.filter { !$0.isWarning }.count
            message = errors == 0 ? "Đã lưu." : "Đã lưu bản nháp: còn \(errors) lỗi, văn bản chưa dàn trang được."
        }
        let issue = await issueView(folder: folder, file: file, text: stored.text, token: stored.token, context: context)
        return try editor(folder: folder, file: file.name, text: stored.text, token: stored.token, isNew: false, context: context,
                          message: message, isSaved: saved || !message.isEmpty, issue: issue)
    }

    func sharedPage(_ request: Request, _ context: WorkbenchContext) async throws -> Response {
        let folder = try self.folder(context)
        let name = request.uri.queryParameters["tep"].map(String.init) ?? index.folder(folder.name).sharedFiles.first ?? "dung-chung.yaml"
        let file = try self.file(name, in: folder)
        let stored = try? store.read(file.url)
        return try editor(folder: folder, file: file.name, text: stored?.text ?? "", token: stored?.token ?? "", isNew: stored == nil,
                          context: context, isShared: true)
    }

    /// The editor page for `text` as the file `file` of `folder`.
    func editor(folder: (name: String, url: URL), file: String, text: String, token: String, isNew: Bool, context: WorkbenchContext,
                message: String = "", isSaved: Bool = false, isShared: Bool = false,
                issue: IssueView? = nil, issueProblem: IssueProblem? = nil,
                status: HTTPResponse.Status = .ok) throws -> Response {
        let source = DataSource(text: text, name: file, folder: folder.url)
        let form: EditorForm
        switch editorForm(source, isShared: isShared) {
        case .failure(let problem):
            return pages.page("loi", title: file, session: context.session, content: ErrorModel(
                title: "Không mở được «\(file)»", lines: [problem.text], folderURL: Pages.pathComponent(folder.name),
                fileURL: isNew ? "" : Pages.pathComponent(file), draftText: ""), status: .unprocessableContent)
        case .success(let value): form = value
        }
        let fields = FormBuilder(readList: { value, input, path in
            let read = self.service.readList(value, in: folder.url, display: value, input: input, path: path)
            return (read.rows.map(DataTree.init), read.problems)
        }).fields(form.inputs, tree: form.tree)
        let isMain = { (field: FieldView, input: InputDeclaration) in input.required || input.suggested || !field.value.isEmpty || field.grid.map { !$0.rows.isEmpty } == true || (field.isObject && !(form.tree[input.name]?.isEmpty ?? true)) }
        let pairs = zip(fields, form.inputs)
        let folderURL = Pages.pathComponent(folder.name)
        let versions = isNew ? [] : store.versions(of: file, in: folder.url).map {
            VersionView(stamp: $0.stamp, url: "/ho-so/\(folderURL)/phien-ban/\(Pages.pathComponent(file))/\($0.stamp)")
        }
        let model = EditorModel(
            folder: folder.name, folderURL: folderURL, file: file, fileURL: Pages.pathComponent(file), isNew: isNew, isShared: isShared,
            template: form.template?.name ?? "", templateDescription: form.template?.description ?? "Dữ liệu dùng chung của hồ sơ",
            token: token, csrf: context.session.csrfToken, markers: form.inputs.map(\.name),
            mainFields: pairs.filter { isMain($0, $1) }.map(\.0), moreFields: pairs.filter { !isMain($0, $1) }.map(\.0),
            hasMore: pairs.contains { !isMain($0, $1) }, sharedFile: form.sharedFile, sharedURL: "/ho-so/\(folderURL)/dung-chung?tep=\(Pages.pathComponent(form.sharedFile))",
            sharedKeys: form.sharedKeys.sorted().joined(separator: ", "), hasSharedKeys: !form.sharedKeys.isEmpty,
            message: message, hasMessage: !message.isEmpty, isSaved: isSaved, versions: versions, hasVersions: !versions.isEmpty, versionCount: versions.count,
            issue: issue.map { [$0] } ?? [], issueProblem: issueProblem.map { [$0] } ?? [])
        return pages.page("soan", title: file, session: context.session, content: model, status: status)
    }

    struct ErrorModel {
        var title: String
        var lines: [String]
        var folderURL: String
        var fileURL: String
        var draftText: String
        var hasFile: Bool
        var hasDraft: Bool

        init(title: String, lines: [String], folderURL: String, fileURL: String, draftText: String) {
            self.title = title; self.lines = lines; self.folderURL = folderURL; self.fileURL = fileURL; self.draftText = draftText
            hasFile = !fileURL.isEmpty
            hasDraft = !draftText.isEmpty
        }
    }

    /// What a form is made of: the file's own tree, its template, the inputs shown.
    struct EditorForm {
        var tree: DataTree
        var template: TemplateDeclaration?
        var inputs: [InputDeclaration]
        var sharedFile: String
        var sharedKeys: Set<String>
    }

    func editorForm(_ source: DataSource, isShared: Bool) -> Result<EditorForm, Problem> {
        let own: DataTree
        switch service.parse(source.text, name: source.name) {
        case .failure(let problem): return .failure(problem)
        case .success(let node): own = DataTree(node)
        }
        if isShared {
            let inputs = (try? sharedInputs()) ?? []
            return .success(EditorForm(tree: own, template: nil, inputs: inputs, sharedFile: "", sharedKeys: []))
        }
        guard let name = own["mau"]?.text else {
            return .failure(Problem(document: "\(source.name): thiếu trường bắt buộc «mau»", isWarning: false))
        }
        guard let template = (try? service.declaration(named: name)) ?? nil else {
            return .failure(Problem(document: "\(source.name): không có mẫu «\(name)»", isWarning: false))
        }
        var sharedKeys = Set<String>()
        if case .success(let merged) = service.load(source) { sharedKeys = Set(DataTree(merged).keys).subtracting(own.keys) }
        let shared = own["dung_chung"]?.text ?? own["dung_chung"]?.items.first?.text ?? ""
        return .success(EditorForm(tree: own, template: template, inputs: documentInputs(template, sharedKeys: sharedKeys),
                                   sharedFile: shared, sharedKeys: sharedKeys))
    }

    /// A new data file's tree less the values that are only the declaration's examples («Trần
    /// Ngọc Tam» as the signer): the form shows those as hints, and the check asks for what is
    /// required. Values of their own (today's date, the căn cứ in force) stay.
    static func withoutExamples(_ tree: DataTree, inputs: [InputDeclaration]) -> DataTree {
        var result = tree
        for input in inputs {
            guard let value = tree[input.name] else { continue }
            switch value {
            case .text(let text) where text == input.example:
                result = result.setting(input.name, to: nil)
            case .map where input.kind == .object:
                let inner = withoutExamples(value, inputs: input.fields)
                result = result.setting(input.name, to: inner.isEmpty ? nil : inner)
            case .list(let items) where input.kind == .list && input.fields.isEmpty:
                // A list's example is its items joined by « | ».
                if items.compactMap(\.text).joined(separator: " | ") == input.example { result = result.setting(input.name, to: nil) }
            case .list(let rows) where input.kind == .list && !input.fields.isEmpty:
                let kept = rows.map { withoutExamples($0, inputs: input.fields) }.filter { !$0.isEmpty }
                result = result.setting(input.name, to: kept.isEmpty ? nil : .list(kept))
            default: break
            }
        }
        return result
    }

    /// «quyet-dinh-khen-thuong.yaml», else «quyet-dinh-khen-thuong-2.yaml», … : a name not taken.
    func freeName(_ stem: String, in folder: URL) -> String {
        for number in 1... {
            let name = number == 1 ? "\(stem).yaml" : "\(stem)-\(number).yaml"
            if !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) { return name }
        }
        fatalError("unreachable")
    }
}
