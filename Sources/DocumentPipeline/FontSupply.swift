import Foundation
import Typesetting
import VanBanFiles

/// The fonts, loaded once, when first needed or (`startLoading`) on another core while the
/// caller does something else. Any thread may ask; those that ask while the fonts are being
/// loaded wait for them. A failure is kept: it is said the same each time it is asked.
final class FontSupply: @unchecked Sendable {
    private enum State {
        case idle
        case loading
        case done(Result<FontLibrary, any Error>)
    }

    private let load: @Sendable () throws -> FontLibrary
    private let condition = NSCondition()
    private var state = State.idle

    init(_ load: @escaping @Sendable () throws -> FontLibrary) {
        self.load = load
    }

    /// The shipped fonts, with the user's folder first when given.
    convenience init(userDirectory: URL?) {
        self.init { try ShippedFonts.library(userDirectory: userDirectory) }
    }

    /// Fonts already loaded.
    convenience init(_ library: FontLibrary) {
        self.init { library }
        state = .done(.success(library))
    }

    /// Starts loading on another thread, unless it has started already.
    func startLoading() {
        condition.lock()
        guard case .idle = state else { condition.unlock(); return }
        state = .loading
        condition.unlock()
        DispatchQueue.global(qos: .userInitiated).async { self.finish(Result { try self.load() }) }
    }

    /// The fonts (or why there are none), loaded on this thread if nobody has started.
    var library: Result<FontLibrary, any Error> {
        condition.lock()
        while true {
            switch state {
            case .done(let result):
                condition.unlock()
                return result
            case .loading:
                condition.wait()
            case .idle:
                state = .loading
                condition.unlock()
                let result = Result { try load() }
                finish(result)
                return result
            }
        }
    }

    private func finish(_ result: Result<FontLibrary, any Error>) {
        condition.lock()
        state = .done(result)
        condition.broadcast()
        condition.unlock()
    }
}
