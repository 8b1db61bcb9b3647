import Foundation

/// One browser's session: who signed in (nil on the clerk's own machine, or before sign-in)
/// and the token every form and request that changes something must carry (CSRF).
public struct Session: Sendable, Equatable {
    public var id: String
    public var csrfToken: String
    public var user: String?
    var lastSeen: Date
}

/// Sessions in memory, bounded: a server restart signs everyone out, which is what a clerk's
/// machine wants. The id travels in an HttpOnly, SameSite=Strict cookie.
public actor SessionStore {
    public static let cookieName = "vanban_phien"
    private var sessions: [String: Session] = [:]
    private let limit: Int
    private let lifetime: TimeInterval

    public init(limit: Int = 2000, lifetime: TimeInterval = 12 * 3600) {
        self.limit = limit
        self.lifetime = lifetime
    }

    public func session(_ id: String?) -> Session? {
        guard let id, var session = sessions[id] else { return nil }
        guard Date().timeIntervalSince(session.lastSeen) < lifetime else {
            sessions[id] = nil
            return nil
        }
        session.lastSeen = Date()
        sessions[id] = session
        return session
    }

    /// A new session (the old one, if any, forgotten: signing in never keeps an id).
    public func create(user: String?, replacing old: String? = nil) -> Session {
        if let old { sessions[old] = nil }
        if sessions.count >= limit, let oldest = sessions.values.min(by: { $0.lastSeen < $1.lastSeen }) {
            sessions[oldest.id] = nil
        }
        let session = Session(id: Self.randomToken(), csrfToken: Self.randomToken(), user: user, lastSeen: Date())
        sessions[session.id] = session
        return session
    }

    public func remove(_ id: String) { sessions[id] = nil }

    /// 32 random bytes from the system's generator, as hex.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
    }

    /// Compares tokens in time independent of where they differ.
    nonisolated static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}
