import Foundation
import Hummingbird

/// Sign-in on a shared machine: a name and password checked against the bcrypt hashes of the
/// workspace's users; a new session on success.
extension Workbench {
    struct SignInModel { var csrf: String; var failed: Bool; var name: String }

    func signInPage(_ context: WorkbenchContext, failed: Bool, name: String = "") -> Response {
        pages.page("dang-nhap", title: "Đăng nhập", session: context.session,
                   content: SignInModel(csrf: context.session.csrfToken, failed: failed, name: name), status: failed ? .unauthorized : .ok)
    }

    func signIn(_ context: WorkbenchContext) async throws -> Response {
        let form = try requireForm(context)
        let name = form["ten"] ?? "", password = form["mat_khau"] ?? ""
        let users = settings.users
        let accepted = await offloaded { users.verify(name: name, password: password) }
        guard accepted else { return signInPage(context, failed: true, name: name) }
        let session = await sessions.create(user: name, replacing: context.session.id)
        var response = Pages.redirect("/")
        response.setCookie(GuardMiddleware.cookie(for: session))
        return response
    }

    func signOut(_ context: WorkbenchContext) async throws -> Response {
        await sessions.remove(context.session.id)
        var response = Pages.redirect(settings.requiresSignIn ? "/dang-nhap" : "/")
        response.setCookie(Cookie(name: SessionStore.cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
        return response
    }
}
