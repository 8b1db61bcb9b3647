import DocumentPipeline
import DocumentRegister
import DocumentTemplates
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OfficialDocuments
import Testing
import Typesetting
import VanBanFiles
import VietnameseText
@testable import Workbench

let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// One pipeline for every test: the fonts and templates are loaded once, as in the server.
let sharedService: DocumentService = try! DocumentService()

/// A workspace in a temporary folder with the Tây Nam Bộ 2023 data set as the hồ sơ «tnb».
struct Fixture {
    let workspace: URL
    let workbench: Workbench
    static let folder = "tnb"
    static let decision = "quyet-dinh-khen-thuong-2022.yaml"

    init(users: UserList = UserList(hashes: []), host: String = "127.0.0.1", configure: (inout WorkbenchSettings) -> Void = { _ in }) throws {
        workspace = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-ws-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: checkout.appendingPathComponent("Examples/tay-nam-bo-2023"),
                                         to: workspace.appendingPathComponent(Self.folder))
        var settings = WorkbenchSettings(workspace: workspace, host: host, port: 0, users: users,
                                         examples: checkout.appendingPathComponent("Examples"))
        configure(&settings)
        workbench = try Workbench(settings: settings, service: sharedService, issuing: testIssuePipeline)
    }

    var folderURL: URL { workspace.appendingPathComponent(Self.folder) }
    var decisionURL: URL { folderURL.appendingPathComponent(Self.decision) }

    func remove() { try? FileManager.default.removeItem(at: workspace) }

    /// Runs `body` with a browser-like client on the router.
    func run(_ body: @escaping @Sendable (Browser) async throws -> Void) async throws {
        let app = Application(router: workbench.router())
        try await app.test(.router) { client in
            try await body(Browser(client: client))
        }
    }
}

/// A client that keeps its session cookie and knows its CSRF token, as a browser would.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookie: String?
    var csrf = ""

    init(client: any TestClientProtocol) { self.client = client }

    struct Page {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
        var data: Data
    }

    @discardableResult
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> Page {
        try await send(uri, method: .get, headers: headers, body: nil)
    }

    /// Posts a form (the CSRF token added unless `csrf` says otherwise).
    @discardableResult
    func post(_ uri: String, _ pairs: [(String, String)], csrf token: String?? = .none) async throws -> Page {
        var all = pairs
        switch token {
        case .none: all.append(("_csrf", csrf))
        case .some(.some(let value)): all.append(("_csrf", value))
        case .some(.none): break
        }
        let body = Self.urlencoded(all)
        return try await send(uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
    }

    func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> Page {
        var headers = headers
        if let cookie { headers[.cookie] = "\(SessionStore.cookieName)=\(cookie)" }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        if let set = response.headers[.setCookie], let value = set.split(separator: ";").first?.split(separator: "=", maxSplits: 1).last {
            cookie = String(value)
        }
        let data = Data(buffer: response.body)
        let text = String(decoding: data, as: UTF8.self)
        if let range = text.range(of: #"data-csrf="([0-9a-f]+)""#, options: .regularExpression) {
            csrf = String(text[range].dropFirst(11).dropLast())
        }
        return Page(status: response.status, headers: response.headers, body: text, data: data)
    }

    static func urlencoded(_ pairs: [(String, String)]) -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        return pairs.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&")
    }
}

/// The fields a browser submits for a form page: inputs, selected options, text areas (row
/// templates left out), as `HTMLForm.pairs` reads them from the page's HTML.
enum HTMLForm {
    static func pairs(_ html: String) -> [(String, String)] {
        guard let start = html.range(of: "<form id=\"editor\""), let end = html.range(of: "</form>", range: start.upperBound..<html.endIndex) else { return [] }
        var text = String(html[start.lowerBound..<end.upperBound])
        while let open = text.range(of: "<template"), let close = text.range(of: "</template>", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        var pairs: [(String, String)] = []
        let tag = try! NSRegularExpression(pattern: #"<(input|textarea|select)\b([^>]*)>"#, options: [])
        let ns = text as NSString
        for match in tag.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let kind = ns.substring(with: match.range(at: 1)), attributes = ns.substring(with: match.range(at: 2))
            guard let name = attribute("name", in: attributes) else { continue }
            let after = ns.substring(from: match.range.location + match.range.length)
            switch kind {
            case "input":
                if attribute("type", in: attributes) == "file" { continue }
                pairs.append((name, attribute("value", in: attributes) ?? ""))
            case "textarea":
                pairs.append((name, unescape(String(after.prefix { $0 != "<" }))))
            default:
                let options = String(after[..<(after.range(of: "</select>")?.lowerBound ?? after.endIndex)])
                let selected = options.components(separatedBy: "<option").first { $0.contains(" selected") }
                pairs.append((name, selected.flatMap { attribute("value", in: $0) } ?? ""))
            }
        }
        return pairs
    }

    static func attribute(_ name: String, in text: String) -> String? {
        guard let range = text.range(of: " \(name)=\"") else { return nil }
        let rest = text[range.upperBound...]
        return unescape(String(rest.prefix { $0 != "\"" }))
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&#x2F;", with: "/").replacingOccurrences(of: "&#x60;", with: "`").replacingOccurrences(of: "&#x3D;", with: "=")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// `pairs` with the value of `name` replaced (added when absent).
    static func setting(_ pairs: [(String, String)], _ name: String, _ value: String) -> [(String, String)] {
        var result = pairs
        if let index = result.firstIndex(where: { $0.0 == name }) { result[index].1 = value } else { result.append((name, value)) }
        return result
    }
}

/// What «Cấp số» asks of the pipeline: the shared service's, as the server has it.
let testIssuePipeline: IssuePipeline = sharedService.pipeline.issuing
