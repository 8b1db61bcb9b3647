import DocumentRegister
import Foundation
import Hummingbird
import Typesetting
import VanBanFiles
import VietnameseText

/// The register of issued documents in the workbench: «Cấp số» on a document (through
/// `DataFileIssuer`, the lock, transaction and steps of `vanban so cap`), and the register page
/// of a hồ sơ (the book's entries, filtered by year and type, exported, voided with a reason).
/// The hồ sơ is the register's workspace: `vanban so cap ho-so/qd.yaml` uses the same book.
extension Workbench {
    /// Whether this session may issue and void numbers: anyone on a machine without users
    /// (only this machine can reach it), else a user with the văn thư role.
    func mayIssue(_ context: WorkbenchContext) -> Bool {
        !settings.requiresSignIn || settings.users.has(.clerk, context.session.user)
    }

    /// Who the register records as having acted.
    func actor(_ context: WorkbenchContext) -> String {
        context.session.user ?? "bàn làm việc (\(ProcessInfo.processInfo.environment["USER"] ?? NSUserName()))"
    }

    func registerWorkspace(_ folder: (name: String, url: URL)) -> RegisterWorkspace {
        RegisterWorkspace(folder: folder.url, display: folder.name)
    }

    /// What the pipeline says when the file is no longer the version the page showed.
    static let changedMarker = "tệp đã được sửa ở nơi khác từ lúc mở trang"

    static let clerkOnly = "Chỉ người có vai trò văn thư mới được cấp số và hủy số (người quản lý bàn làm việc thêm vai trò này: vanban serve --add-user TÊN --vai-tro van-thu)."

    // MARK: - «Cấp số» on a document

    /// What the editor shows of a document's number: the number it has, or the «Cấp số» button
    /// (or why there is none).
    struct IssueView {
        var action: String
        var registerURL: String
        var csrf: String
        var token: String
        var hasNumber: Bool
        var numberLabel: String
        var showButton: Bool
        var buttonLabel: String
        var isBlocked: Bool
        var blockedReason: String
        var pdfExists: Bool
        var pdfName: String
        var clerkOnly: Bool
    }

    /// The issue box of a saved document, from its text on disk (`token` its version).
    func issueView(folder: (name: String, url: URL), file: (name: String, url: URL), text: String, token: String,
                   context: WorkbenchContext) async -> IssueView {
        let folderURL = Pages.pathComponent(folder.name), fileURL = Pages.pathComponent(file.name)
        let pdfName = (file.name as NSString).deletingPathExtension + ".pdf"
        var view = IssueView(action: "/ho-so/\(folderURL)/van-ban/\(fileURL)/cap-so", registerURL: "/ho-so/\(folderURL)/so-dang-ky",
                             csrf: context.session.csrfToken, token: token, hasNumber: false, numberLabel: "", showButton: false,
                             buttonLabel: "Cấp số", isBlocked: false, blockedReason: "",
                             pdfExists: FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(pdfName).path),
                             pdfName: pdfName, clerkOnly: false)
        var tree: DataTree?
        if case .success(let node) = service.parse(text, name: file.name) { tree = DataTree(node) }
        let written = tree?["so"]?.text ?? ""
        let workspace = registerWorkspace(folder)
        let relative = workspace.relativePath(of: file.url)
        let entries = await offloaded { () -> [RegisterEntry] in
            guard let register = try? OutgoingRegister.open(workspace, create: false) else { return [] }
            return (try? register.entries(EntryFilter(dataFile: relative))) ?? []
        }
        let writtenNumber = Int(written)
        let unfinished = entries.last(where: { $0.state == .reserved && $0.number == writtenNumber })
        if !written.isEmpty {
            view.hasNumber = true
            if let entry = entries.last(where: { $0.number == writtenNumber }) {
                view.numberLabel = "Số \(entry.numberText) ngày \(entry.facts.date.paddedForm): \(entry.state == .reserved ? "đang cấp, chưa hoàn tất" : entry.state.label)"
            } else {
                view.numberLabel = "Số \(written) (ghi trong tệp, không do sổ đăng ký của hồ sơ cấp)"
            }
            guard unfinished != nil else { return view }
            view.buttonLabel = "Hoàn tất cấp số"
        }
        guard issuing != nil else { return view }
        guard mayIssue(context) else {
            view.clerkOnly = true
            return view
        }
        view.showButton = true
        let (service, source) = (self.service, DataSource(text: text, name: file.name, folder: folder.url))
        let outcome = await offloaded { service.check(source) }
        let errors = outcome.problems.filter { !$0.isWarning }.count
        if errors > 0 {
            view.isBlocked = true
            view.blockedReason = "Chưa cấp số được: văn bản còn \(errors) lỗi (xem ở phần xem trước); sửa và lưu trước."
        }
        return view
    }

    /// POST …/van-ban/TỆP/cap-so: issues the saved data file, if it is still the version the
    /// page showed.
    func issue(_ context: WorkbenchContext) async throws -> Response {
        let form = try requireForm(context)
        let folder = try self.folder(context)
        let file = try self.file(context.parameters.get("tep"), in: folder)
        guard let stored = try? store.read(file.url) else { throw HTTPError(.notFound, message: "Không có tệp này.") }
        guard mayIssue(context) else {
            return try await issueRefused(folder: folder, file: file, context: context, title: "Chưa cấp số", lines: [Self.clerkOnly], status: .forbidden)
        }
        guard let issuing else {
            return try await issueRefused(folder: folder, file: file, context: context, title: "Chưa cấp số",
                                          lines: ["Bàn làm việc này không cấp số; dùng lệnh «vanban so cap \(file.name)»."], status: .notImplemented)
        }
        let changedMeanwhile = { () async throws -> Response in
            try await self.issueRefused(folder: folder, file: file, context: context, title: "Chưa cấp số: tệp «\(file.name)» đã được sửa ở nơi khác",
                                        lines: ["Từ lúc bạn mở trang, tệp đã được sửa (trong một cửa sổ khác, hoặc ngoài bàn làm việc). Trang đã được tải lại với bản mới: xem lại rồi bấm «Cấp số» lần nữa."],
                                        status: .conflict)
        }
        let expected = form["_phien_ban"] ?? ""
        guard expected == stored.token else { return try await changedMeanwhile() }
        // Checked again under the issuer's lock on the file (the lock saving takes): the issuer
        // reads the file, then asks the pipeline for its facts; a save that came between the
        // check above and the lock is found here, before any number is taken.
        let describe = issuing.describe, dataFile = file.url
        let pipeline = IssuePipeline(describe: { (probe: URL, display: String) throws(IssueStepFailure) -> DocumentFacts in
            guard (try? Data(contentsOf: dataFile)).map(DataFileStore.token) == expected else { throw IssueStepFailure([Self.changedMarker]) }
            return try describe(probe, display)
        }, render: issuing.render)
        let workspace = registerWorkspace(folder)
        let request = IssueRequest(dataFile: file.url, display: file.name, overwritePDF: form["ghi_de_pdf"] == "1", actor: actor(context))
        let result = await offloaded { () -> Result<IssueOutcome, RegisterError> in
            do throws(RegisterError) {
                let register = try OutgoingRegister.open(workspace, create: true)
                let issuer = DataFileIssuer(register: register, rules: try NumberingRules.read(workspace), pipeline: pipeline)
                return .success(try issuer.issue(request))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success:
            return Pages.redirect("/ho-so/\(Pages.pathComponent(folder.name))/van-ban/\(Pages.pathComponent(file.name))?da-cap-so=1")
        case .failure(.invalidData(let problems)) where problems == [Self.changedMarker]:
            return try await changedMeanwhile()
        case .failure(let error):
            let (title, lines) = Self.issueProblem(error, file: file.name)
            let status: HTTPResponse.Status = switch error.kind {
            case .input: .unprocessableContent
            case .output: .conflict
            case .unavailable: .serviceUnavailable
            }
            return try await issueRefused(folder: folder, file: file, context: context, title: title, lines: lines, status: status)
        }
    }

    /// A refusal of the register in the workbench's words (the command line's name its options).
    static func issueProblem(_ error: RegisterError, file: String) -> (title: String, lines: [String]) {
        switch error {
        case .invalidData(let problems):
            return ("Chưa cấp số: văn bản còn lỗi", problems)
        case .cannotEdit, .missingSymbol, .invalidFacts:
            return ("Chưa cấp số: văn bản còn lỗi", [error.description])
        case .alreadyIssued, .numberVoided, .numberNotFromRegister, .numberOfAnotherFile:
            return ("Chưa cấp số", [error.description])
        case .outputExists(let path):
            return ("Chưa cấp số", ["Trong hồ sơ đã có tệp «\((path as NSString).lastPathComponent)». Đánh dấu «Thay tệp PDF đã có» rồi bấm «Cấp số» lần nữa, hoặc đổi tên tệp đó trước."])
        case .renderFailed(_, let entry, let problems):
            return ("Đã cấp số \(entry.numberText) nhưng chưa dàn trang được PDF",
                    ["Số \(entry.numberText) đã ghi vào tệp «\(file)» và được giữ cho văn bản này; PDF chưa dàn trang được:"] + problems
                    + ["Sửa lỗi, lưu, rồi bấm «Hoàn tất cấp số»."])
        case .dateChanged(_, let entry, let fileDate):
            return ("Chưa hoàn tất cấp số", ["Lần cấp số \(entry.numberText) bị ngắt khi văn bản ghi ngày \(entry.facts.date.paddedForm), nay tệp ghi \(fileDate). Hãy trả lại ngày cũ rồi bấm «Hoàn tất cấp số», hoặc hủy số đó ở trang sổ đăng ký."])
        default:
            return ("Chưa cấp số", [error.description])
        }
    }

    /// The document's page again, the refusal above it; the page shows the file as it is now.
    func issueRefused(folder: (name: String, url: URL), file: (name: String, url: URL), context: WorkbenchContext,
                      title: String, lines: [String], status: HTTPResponse.Status) async throws -> Response {
        guard let stored = try? store.read(file.url) else { throw HTTPError(.notFound, message: "Không có tệp này.") }
        let issue = await issueView(folder: folder, file: file, text: stored.text, token: stored.token, context: context)
        return try editor(folder: folder, file: file.name, text: stored.text, token: stored.token, isNew: false, context: context,
                          issue: issue, issueProblem: IssueProblem(title: title, lines: lines), status: status)
    }

    struct IssueProblem { var title: String; var lines: [String] }

    /// «Đã cấp số …» after a redirect: the file's issued entry, from the register.
    func issuedMessage(folder: (name: String, url: URL), file: (name: String, url: URL)) async -> String {
        let workspace = registerWorkspace(folder)
        let relative = workspace.relativePath(of: file.url)
        let entry = await offloaded { () -> RegisterEntry? in
            guard let register = try? OutgoingRegister.open(workspace, create: false) else { return nil }
            return try? register.entries(EntryFilter(dataFile: relative)).last { $0.state == .issued }
        }
        guard let entry else { return "" }
        let pdf = entry.pdfFile.map { " Tệp PDF: «\(($0 as NSString).lastPathComponent)»." } ?? ""
        return "Đã cấp số \(entry.numberText) ngày \(entry.facts.date.paddedForm) và ghi vào sổ đăng ký.\(pdf)"
    }

    // MARK: - The register page (its models in RegisterPageModels.swift)

    func registerEntries(_ folder: (name: String, url: URL)) async -> Result<[RegisterEntry], RegisterError>? {
        let workspace = registerWorkspace(folder)
        return await offloaded { () -> Result<[RegisterEntry], RegisterError>? in
            do throws(RegisterError) {
                return .success(try OutgoingRegister.open(workspace, create: false).entries())
            } catch {
                if case .noRegister = error { return nil }
                return .failure(error)
            }
        }
    }

    func registerPage(_ request: Request, _ context: WorkbenchContext) async throws -> Response {
        try await registerPage(context, RegisterParameters(request))
    }

    func registerPage(_ context: WorkbenchContext, _ parameters: RegisterParameters, message: String = "", isError: Bool = false,
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let folder = try self.folder(context)
        var message = message, isError = isError, status = status
        var all: [RegisterEntry] = []
        switch await registerEntries(folder) {
        case nil: break
        case .success(let entries)?: all = entries
        case .failure(let error)?:
            message = error.description
            isError = true
            status = .serviceUnavailable
        }
        if message.isEmpty, let voided = parameters.voided.flatMap({ Int64($0) }),
           let entry = all.first(where: { $0.id == voided && $0.state == .voided }) {
            message = "Đã hủy số \(entry.numberText) (năm \(entry.year)), lý do: \(entry.voidReason ?? ""). Số này không cấp lại."
        }
        let years = Set(all.map(\.year)).sorted()
        let query = parameters.query(years: years)
        let rows = all.filter { (query.year == nil || $0.year == query.year) && (query.type == nil || ($0.facts.typeAbbreviation ?? "") == query.type) }
        let folderURL = Pages.pathComponent(folder.name)
        let mayVoid = mayIssue(context)
        let entryRows = zip(rows, RegisterTable(entries: rows, year: query.year).rows).map { entry, row in
            let fileURL = entry.dataFile.flatMap { path -> String? in
                guard !path.hasPrefix("/"), !path.contains("/"), paths.file(path, in: folder.name) != nil else { return nil }
                return "/ho-so/\(folderURL)/van-ban/\(Pages.pathComponent(path))"
            }
            return EntryRow(
                id: String(entry.id), number: row.number, date: row.date.paddedForm, typeAndSubject: row.typeAndSubject,
                signer: [entry.facts.signerTitle, entry.facts.signerName].filter { !$0.isEmpty }.joined(separator: " "),
                recipients: row.recipients, archive: row.archive, hasArchive: !row.archive.isEmpty, copies: row.copies.map(String.init) ?? "",
                state: entry.state == .reserved ? "đang cấp, chưa hoàn tất" : entry.state.label,
                stateClass: entry.state == .issued ? "issued" : entry.state == .voided ? "voided" : "draft",
                note: entry.state == .reserved ? "Mở văn bản và bấm «Hoàn tất cấp số», hoặc hủy số này." : row.note,
                hasNote: entry.state != .issued, file: entry.dataFile ?? "", fileURL: fileURL ?? "", hasFile: fileURL != nil,
                canVoid: mayVoid && entry.state != .voided)
        }
        var yearChoices = [Choice(value: "", label: "Mọi năm", selected: query.year == nil)]
        yearChoices += years.reversed().map { Choice(value: String($0), label: String($0), selected: $0 == query.year) }
        if let year = query.year, !years.contains(year) { yearChoices.append(Choice(value: String(year), label: String(year), selected: true)) }
        let typeNames = Dictionary(all.map { ($0.facts.typeAbbreviation ?? "", $0.facts.typeName) }, uniquingKeysWith: { first, _ in first })
        var typeChoices = [Choice(value: "", label: "Mọi loại", selected: query.type == nil)]
        typeChoices += typeNames.keys.filter { !$0.isEmpty }.sorted().map { Choice(value: $0, label: "\($0) (\(typeNames[$0]!))", selected: $0 == query.type) }
        let exports = RegisterFormat.allCases.map { format in
            ExportLink(label: "Tải \(format.rawValue.uppercased())", url: "/ho-so/\(folderURL)/so-dang-ky/xuat?dinh-dang=\(format.rawValue)&\(query.query)",
                       id: "xuat-\(format.rawValue)")
        }
        let unfinished = rows.filter { $0.state == .reserved }.count
        let model = RegisterModel(
            folder: folder.name, folderURL: folderURL, csrf: context.session.csrfToken, years: yearChoices, types: typeChoices,
            rows: entryRows, hasRows: !entryRows.isEmpty, count: entryRows.count, hasRegister: !all.isEmpty,
            period: query.year.map { "năm \($0)" } ?? "mọi năm", exports: exports, mayVoid: mayVoid,
            message: message, hasMessage: !message.isEmpty, isError: isError, unfinished: unfinished, hasUnfinished: unfinished > 0,
            year: query.yearText, type: query.typeText)
        return pages.page("so-dang-ky", title: "Sổ đăng ký văn bản đi · \(folder.name)", session: context.session, content: model, status: status)
    }

    /// GET …/so-dang-ky/xuat?dinh-dang=pdf|xlsx|csv&nam=…&loai=…: the book as a file.
    func exportRegister(_ request: Request, _ context: WorkbenchContext) async throws -> Response {
        let folder = try self.folder(context)
        guard let format = request.uri.queryParameters["dinh-dang"].flatMap({ RegisterFormat(rawValue: String($0)) }) else {
            throw HTTPError(.badRequest, message: "Cần định dạng pdf, xlsx hoặc csv.")
        }
        var all: [RegisterEntry] = []
        if case .success(let entries)? = await registerEntries(folder) { all = entries }
        let parameters = RegisterParameters(request)
        let query = parameters.query(years: Set(all.map(\.year)).sorted())
        let rows = all.filter { (query.year == nil || $0.year == query.year) && (query.type == nil || ($0.facts.typeAbbreviation ?? "") == query.type) }
        let fonts = registerFonts
        let result = await offloaded { () -> Result<Data, RegisterError> in
            do throws(RegisterError) {
                return .success(try RegisterExport.data(rows, year: query.year, format: format, fonts: fonts))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let data):
            let name = "so-dang-ky-\(folder.name)" + (query.year.map { "-\($0)" } ?? "") + (query.type.map { "-\($0)" } ?? "") + ".\(format.rawValue)"
            return Pages.download(data, type: format.mediaType, name: name)
        case .failure(let error):
            return try await registerPage(context, parameters, message: error.description, isError: true, status: .internalServerError)
        }
    }

    /// POST …/so-dang-ky/huy: voids an entry with the reason given (văn thư only).
    func voidEntry(_ context: WorkbenchContext) async throws -> Response {
        let form = try requireForm(context)
        let folder = try self.folder(context)
        var back = "/ho-so/\(Pages.pathComponent(folder.name))/so-dang-ky?nam=\(Pages.pathComponent(form["nam"] ?? ""))&loai=\(Pages.pathComponent(form["loai"] ?? ""))"
        let parameters = RegisterParameters(year: form["nam"], type: form["loai"])
        guard mayIssue(context) else {
            return try await registerPage(context, parameters, message: Self.clerkOnly, isError: true, status: .forbidden)
        }
        guard let id = form["id"].flatMap({ Int64($0) }) else { throw HTTPError(.badRequest, message: "Thiếu số cần hủy.") }
        let reason = form["ly_do"] ?? ""
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return try await registerPage(context, parameters, message: "Chưa hủy số: cần ghi lý do hủy (sổ đăng ký là hồ sơ, mỗi số hủy đều ghi lý do).",
                                          isError: true, status: .unprocessableContent)
        }
        let workspace = registerWorkspace(folder)
        let actor = actor(context)
        let result = await offloaded { () -> Result<RegisterEntry, RegisterError> in
            do throws(RegisterError) {
                let register = try OutgoingRegister.open(workspace, create: false)
                guard try register.entry(id: id) != nil else { throw .database(path: workspace.displayPath(".vanban/so-dang-ky.sqlite"), detail: "không có dòng \(id)") }
                return .success(try register.void(id, reason: reason, actor: actor))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let entry):
            back += "&da-huy=\(entry.id)"
            return Pages.redirect(back)
        case .failure(let error):
            return try await registerPage(context, parameters, message: "Chưa hủy số: \(error.description)", isError: true,
                                          status: error.kind == .unavailable ? .serviceUnavailable : .conflict)
        }
    }
}
