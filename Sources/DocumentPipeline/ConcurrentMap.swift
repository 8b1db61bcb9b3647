import Foundation

/// Runs work on every element across the machine's cores, results in input order. Each result
/// is stored under a lock: threads never write into one array at once.
public enum ConcurrentMap {
    public static func map<T: Sendable, R>(_ items: [T], _ body: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(body) }
        let results = Results<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.store(body(items[index]), at: index)
        }
        return results.values()
    }

    /// Results as they come from several threads, each slot filled once.
    private final class Results<R>: @unchecked Sendable {
        private var slots: [R?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func store(_ value: R, at index: Int) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        /// Every slot, once all are filled (after `concurrentPerform` has returned).
        func values() -> [R] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0! }
        }
    }
}
