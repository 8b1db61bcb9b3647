import Foundation
import HTTPTypes
import Hummingbird
import Mustache

/// The page templates (Assets/sider/*.mustache), read once, and the responses made of them.
struct Pages: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        let folder = Assets.folder.appendingPathComponent("trang", isDirectory: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        for file in names {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            library.register(try MustacheTemplate(string: text), named: String(file.dropLast(".mustache".count)))
        }
        self.library = library
    }

    /// A whole page: `template` filled from `content`, inside the layout.
    func page(_ template: String, title: String, session: Session, content: Any, status: HTTPResponse.Status = .ok) -> Response {
        let body = library.render(content, withTemplate: template) ?? ""
        let layout = Layout(title: title, csrf: session.csrfToken, user: session.user ?? "", hasUser: session.user != nil, content: body)
        return Self.html(library.render(layout, withTemplate: "khung") ?? body, status: status)
    }

    struct Layout {
        var title: String
        var csrf: String
        var user: String
        var hasUser: Bool
        var content: String
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A short message with no page around it (refusals from the guard).
    static func plain(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A file to save: `name` as the browser should call it.
    static func download(_ data: Data, type: String, name: String, inline: Bool = false) -> Response {
        let ascii = String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0.value >= 0x20 ? Character($0) : "_" })
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._"))) ?? ascii
        let disposition = "\(inline ? "inline" : "attachment"); filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: disposition],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A name for a URL path: «Cụm 2026» → «C%E1%BB%A5m%202026».
    static func pathComponent(_ name: String) -> String {
        name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? name
    }
}

/// The page templates, style sheet and script shipped in the module's resources.
enum Assets {
    static var folder: URL { Bundle.module.url(forResource: "Assets", withExtension: nil)! }

    static let types = ["css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "svg": "image/svg+xml"]

    /// A file of Assets/tai-nguyen/ by its plain name, read once.
    static func file(_ name: String) -> (data: Data, type: String)? {
        guard SafePath.isPlainName(name), let type = types[(name as NSString).pathExtension] else { return nil }
        let url = folder.appendingPathComponent("tai-nguyen", isDirectory: true).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return (data, type)
    }
}
