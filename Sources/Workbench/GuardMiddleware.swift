import Foundation
import HTTPTypes
import Hummingbird

/// Stands before every route: refuses requests for another host name on loopback (a web page
/// elsewhere re-pointing its name at 127.0.0.1), gives each browser a session, asks for sign-in
/// when there are users, checks the CSRF token of every request that changes something, and
/// sets the security headers on every response.
struct GuardMiddleware: RouterMiddleware {
    typealias Context = WorkbenchContext
    let settings: WorkbenchSettings
    let sessions: SessionStore

    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
        + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await guarded(request, context: context, next: next)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }

    private func guarded(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if settings.isLoopback, let host = request.head.authority, !Self.isLoopbackAuthority(host) {
            return Pages.plain("Địa chỉ «\(host)» không phải máy này.", status: .forbidden)
        }
        var context = context
        let path = request.uri.path
        if path.hasPrefix("/tai-nguyen/") { return try await next(request, context) }
        let cookie = request.cookies[SessionStore.cookieName]?.value
        var newSession: Session?
        if let session = await sessions.session(cookie) { context.session = session } else {
            newSession = await sessions.create(user: nil)
            context.session = newSession!
        }
        var request = request
        if request.method != .get && request.method != .head {
            guard let problem = try await csrfProblem(&request, context: &context) else {
                return try await withCookie(newSession, try await signedIn(request, context: context, path: path, next: next))
            }
            return try await withCookie(newSession, problem)
        }
        return try await withCookie(newSession, try await signedIn(request, context: context, path: path, next: next))
    }

    private func signedIn(_ request: Request, context: Context, path: String, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard settings.requiresSignIn, context.session.user == nil, path != "/dang-nhap" else { return try await next(request, context) }
        if request.method == .get { return Response(status: .seeOther, headers: [.location: "/dang-nhap"]) }
        return Pages.plain("Cần đăng nhập.", status: .unauthorized)
    }

    /// The token from the «X-CSRF-Token» header, or from the form's «_csrf» field (the form read
    /// here and handed to the route).
    private func csrfProblem(_ request: inout Request, context: inout Context) async throws -> Response? {
        let expected = context.session.csrfToken
        var headerChecked = false
        if let header = request.headers[HTTPField.Name("X-CSRF-Token")!] {
            guard SessionStore.same(header, expected) else { return Self.refused }
            headerChecked = true
        }
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true else {
            return headerChecked ? nil : Self.refused
        }
        let body: ByteBuffer
        do { body = try await request.collectBody(upTo: settings.maxForm) } catch {
            return Pages.plain("Biểu mẫu quá lớn.", status: .contentTooLarge)
        }
        guard let form = FormFields(urlencoded: String(buffer: body)) else { return Pages.plain("Biểu mẫu không đọc được.", status: .badRequest) }
        if !headerChecked {
            guard let token = form["_csrf"], SessionStore.same(token, expected) else { return Self.refused }
        }
        context.form = form
        return nil
    }

    static let refused = Pages.plain("Yêu cầu không có mã xác nhận hợp lệ (hãy tải lại trang rồi làm lại).", status: .forbidden)

    private func withCookie(_ session: Session?, _ response: Response) async throws -> Response {
        guard let session else { return response }
        var response = response
        response.setCookie(Self.cookie(for: session))
        return response
    }

    static func cookie(for session: Session) -> Cookie {
        Cookie(name: SessionStore.cookieName, value: session.id, path: "/", httpOnly: true, sameSite: .strict)
    }

    /// «127.0.0.1:8080», «localhost:8080», «[::1]:8080».
    static func isLoopbackAuthority(_ authority: String) -> Bool {
        var host = authority
        if host.hasPrefix("[") { host = String(host.dropFirst().prefix { $0 != "]" }) } else if let colon = host.lastIndex(of: ":") {
            host = String(host[..<colon])
        }
        return WorkbenchSettings.isLoopback(host.lowercased())
    }
}
