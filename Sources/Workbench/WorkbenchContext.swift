import Hummingbird

/// What every request of the workbench carries past the guard: its session.
public struct WorkbenchContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `GuardMiddleware` before any route runs.
    public var session = Session(id: "", csrfToken: "", user: nil, lastSeen: .distantPast)
    /// The form the guard read to check its CSRF token, for the route to use.
    public var form: FormFields?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}
