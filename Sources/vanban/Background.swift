import Dispatch

/// Work started on the other core now and collected later: `value` waits for it if it is not
/// done yet. Rendering one file keeps one core busy with data and templates; what does not
/// depend on them (loading the fonts) can run beside it.
final class Background<T>: @unchecked Sendable {
    private var result: Result<T, Error>?
    private let group = DispatchGroup()

    init(_ work: @escaping @Sendable () throws -> T) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Result { try work() }
            group.leave()
        }
    }

    /// The work's result (or its error), from any thread, once it is done.
    var value: T {
        get throws {
            group.wait()
            return try result!.get()
        }
    }
}
