import DocumentPipeline
import DocumentRegister
import Foundation
import Hummingbird
import Typesetting
import VanBanFiles

/// The office workbench: pages over a workspace of data files, served on one address. Made
/// once per server; the routes are its methods, one file per part of the site.
public final class Workbench: Sendable {
    public let settings: WorkbenchSettings
    let service: DocumentService
    let pages: Pages
    let sessions = SessionStore()
    let store = DataFileStore()
    let paths: SafePath
    /// What «Cấp số» asks of the document pipeline (the facts of a data file, its PDF): by
    /// default the service's own pipeline, the one `vanban so cap` uses.
    let issuing: IssuePipeline?
    /// The fonts the register's PDF is printed with (loaded when one is asked for).
    let registerFonts: @Sendable () throws -> FontLibrary

    public init(settings: WorkbenchSettings, service: DocumentService? = nil, issuing: IssuePipeline? = nil,
                registerFonts: (@Sendable () throws -> FontLibrary)? = nil) throws {
        self.settings = settings
        self.registerFonts = registerFonts ?? { try ShippedFonts.library(userDirectory: nil) }
        try FileManager.default.createDirectory(at: settings.workspace, withIntermediateDirectories: true)
        let service = try service ?? DocumentService()
        self.service = service
        self.issuing = issuing ?? service.pipeline.issuing
        pages = try Pages()
        paths = SafePath(root: settings.workspace)
    }

    var index: WorkspaceIndex { WorkspaceIndex(root: settings.workspace, service: service) }

    /// Every route, behind the guard.
    public func router() -> Router<WorkbenchContext> {
        let router = Router(context: WorkbenchContext.self)
        router.add(middleware: GuardMiddleware(settings: settings, sessions: sessions))
        router.get("/") { request, context in self.workspacePage(context) }
        router.post("/ho-so") { request, context in try self.createFolder(context) }
        router.post("/vi-du") { request, context in try self.copyExamples(context) }
        router.get("/ho-so/{hoso}/moi") { request, context in try await self.newDocument(request, context) }
        router.get("/ho-so/{hoso}/van-ban/{tep}") { request, context in try await self.editPage(request, context) }
        router.get("/ho-so/{hoso}/dung-chung") { request, context in try await self.sharedPage(request, context) }
        router.post("/ho-so/{hoso}/luu") { request, context in try await self.save(context) }
        router.post("/ho-so/{hoso}/xem-truoc") { request, context in try await self.preview(request, context) }
        router.post("/ho-so/{hoso}/tai-len") { request, context in try await self.upload(request, context) }
        router.get("/ho-so/{hoso}/van-ban/{tep}/pdf") { request, context in try await self.downloadPDF(request, context) }
        router.get("/ho-so/{hoso}/van-ban/{tep}/png") { request, context in try await self.downloadPNG(request, context) }
        router.get("/ho-so/{hoso}/van-ban/{tep}/du-lieu") { request, context in try self.downloadData(context) }
        router.get("/ho-so/{hoso}/phien-ban/{tep}/{dau}") { request, context in try self.downloadVersion(context) }
        router.post("/ho-so/{hoso}/van-ban/{tep}/cap-so") { request, context in try await self.issue(context) }
        router.get("/ho-so/{hoso}/so-dang-ky") { request, context in try await self.registerPage(request, context) }
        router.get("/ho-so/{hoso}/so-dang-ky/xuat") { request, context in try await self.exportRegister(request, context) }
        router.post("/ho-so/{hoso}/so-dang-ky/huy") { request, context in try await self.voidEntry(context) }
        router.get("/dang-nhap") { request, context in self.signInPage(context, failed: false) }
        router.post("/dang-nhap") { request, context in try await self.signIn(context) }
        router.post("/dang-xuat") { request, context in try await self.signOut(context) }
        router.get("/tai-nguyen/{tep}") { request, context in self.asset(context) }
        return router
    }

    /// The server on the settings' address; `onRunning` is told the port it listens on.
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let port = settings.port
        return Application(router: router(), configuration: .init(address: .hostname(settings.host, port: port), serverName: nil),
                           onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) })
    }

    /// Runs CPU-bound pipeline work off the server's threads.
    func offloaded<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }

    // MARK: - Request pieces

    /// The hồ sơ a route names, which must be a folder of the workspace.
    func folder(_ context: WorkbenchContext) throws -> (name: String, url: URL) {
        guard let raw = context.parameters.get("hoso"), let name = raw.removingPercentEncoding ?? Optional(raw),
              let url = paths.folder(name), FileManager.default.fileExists(atPath: url.path) else {
            throw HTTPError(.notFound, message: "Không có hồ sơ này.")
        }
        return (name, url)
    }

    /// A data file of the hồ sơ by the name a route or form gives (it need not exist yet).
    func file(_ raw: String?, in folder: (name: String, url: URL)) throws -> (name: String, url: URL) {
        guard let raw, let name = raw.removingPercentEncoding ?? Optional(raw), let url = paths.file(name, in: folder.name) else {
            throw HTTPError(.badRequest, message: "Tên tệp không hợp lệ.")
        }
        return (name, url)
    }

    func requireForm(_ context: WorkbenchContext) throws -> FormFields {
        guard let form = context.form else { throw HTTPError(.badRequest, message: "Cần gửi biểu mẫu.") }
        return form
    }
}
