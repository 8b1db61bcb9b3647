import Foundation
import Hummingbird

/// The saved document as PDF, a page as PNG, the data file itself, and its earlier versions.
extension Workbench {
    func savedSource(_ context: WorkbenchContext) throws -> DataSource {
        let folder = try self.folder(context)
        let file = try self.file(context.parameters.get("tep"), in: folder)
        guard let stored = try? store.read(file.url) else { throw HTTPError(.notFound, message: "Không có tệp này.") }
        return DataSource(text: stored.text, name: file.name, folder: folder.url)
    }

    func downloadPDF(_ request: Request, _ context: WorkbenchContext) async throws -> Response {
        let source = try savedSource(context)
        let service = self.service
        let rendered = await offloaded { service.pdf(source) }
        guard let data = rendered.data else { return problemsPage(rendered.problems, source: source, context: context) }
        let name = (source.name as NSString).deletingPathExtension + ".pdf"
        return Pages.download(data, type: "application/pdf", name: name, inline: request.uri.queryParameters["in"] != nil)
    }

    func downloadPNG(_ request: Request, _ context: WorkbenchContext) async throws -> Response {
        let source = try savedSource(context)
        let page = max(1, request.uri.queryParameters["trang"].flatMap { Int($0) } ?? 1)
        let service = self.service
        let rendered = await offloaded { service.png(source, page: page - 1, dpi: 150) }
        guard let data = rendered.data else { return problemsPage(rendered.problems, source: source, context: context) }
        let name = String(format: "%@-%02d.png", (source.name as NSString).deletingPathExtension, page)
        return Pages.download(data, type: "image/png", name: name)
    }

    func downloadData(_ context: WorkbenchContext) throws -> Response {
        let source = try savedSource(context)
        return Pages.download(Data(source.text.utf8), type: "application/yaml; charset=utf-8", name: source.name)
    }

    func downloadVersion(_ context: WorkbenchContext) throws -> Response {
        let folder = try self.folder(context)
        let file = try self.file(context.parameters.get("tep"), in: folder)
        let stamp = context.parameters.get("dau") ?? ""
        guard let version = store.versions(of: file.name, in: folder.url).first(where: { $0.stamp == stamp }),
              let data = FileManager.default.contents(atPath: version.url.path) else {
            throw HTTPError(.notFound, message: "Không có phiên bản này.")
        }
        return Pages.download(data, type: "application/yaml; charset=utf-8", name: "\(file.name).\(stamp).yaml")
    }

    /// A render that failed: its messages, and the way back; never a broken page.
    func problemsPage(_ problems: [Problem], source: DataSource, context: WorkbenchContext) -> Response {
        let folder = source.folder.lastPathComponent
        let model = ErrorModel(title: "Chưa dàn trang được «\(source.name)»", lines: problems.filter { !$0.isWarning }.map(\.text),
                               folderURL: Pages.pathComponent(folder), fileURL: Pages.pathComponent(source.name), draftText: "")
        return pages.page("loi", title: "Chưa dàn trang được", session: context.session, content: model, status: .unprocessableContent)
    }
}
