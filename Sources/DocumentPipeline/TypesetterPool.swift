import Foundation
import Typesetting

/// Typesetters kept warm (each keeps the words it has shaped and set between documents: what
/// makes the second document and every preview after the first fast), lent out one caller at a
/// time each. At most `capacity` are made, the first when first asked; a caller finding all
/// of them busy waits for one.
final class TypesetterPool: @unchecked Sendable {
    private let capacity: Int
    private var free: [Typesetter] = []
    private var made = 0
    private let condition = NSCondition()

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Runs `body` with a typesetter that nobody else is using meanwhile; `fonts` are those of
    /// the pipeline (always the same library), for the typesetters made on first use.
    func borrow<T>(fonts: FontLibrary, _ body: (Typesetter) throws -> T) rethrows -> T {
        let typesetter = take(fonts: fonts)
        defer { give(typesetter) }
        return try body(typesetter)
    }

    private func take(fonts: FontLibrary) -> Typesetter {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let typesetter = free.popLast() { return typesetter }
            if made < capacity {
                made += 1
                return Typesetter(fonts: fonts)
            }
            condition.wait()
        }
    }

    private func give(_ typesetter: Typesetter) {
        condition.lock()
        free.append(typesetter)
        condition.signal()
        condition.unlock()
    }
}
