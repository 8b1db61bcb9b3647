import Foundation
import Typesetting

/// The preview's PNG pages by what is drawn on them: an edit usually changes one page of four,
/// and the others are the same glyphs at the same places, so their images are reused.
///
/// The key is everything a page's image depends on: its size, the resolution, and each item
/// (a run's face, size, place, glyphs and their positions; a rule's ends and thickness; an
/// image's file, its modification date, place and size). It leaves out the run's text and
/// clusters (they change the PDF's text, not the picture) and the page's number and index (a
/// page drawn the same is the same picture wherever it falls). Bounded: the oldest entries go
/// first.
final class PageImageCache: @unchecked Sendable {
    private var images: [Key: Data] = [:]
    private var order: [Key] = []
    private let limit: Int
    private let lock = NSLock()

    struct Key: Hashable {
        var digest: Int
        var items: Int
        var glyphs: Int

        var text: String { String(UInt(bitPattern: digest), radix: 36) + "-\(items)-\(glyphs)" }
    }

    init(limit: Int = 256) { self.limit = limit }

    static func key(_ page: LaidOutPage, dpi: Double) -> Key {
        var hasher = Hasher()
        hasher.combine(page.size.width)
        hasher.combine(page.size.height)
        hasher.combine(dpi)
        var glyphs = 0
        for item in page.items {
            switch item {
            case .text(let run):
                hasher.combine(0)
                hasher.combine(run.face)
                hasher.combine(run.size)
                hasher.combine(run.origin.x)
                hasher.combine(run.origin.y)
                hasher.combine(run.glyphIDs)
                hasher.combine(run.glyphX)
                hasher.combine(run.glyphY)
                glyphs += run.glyphIDs.count
            case .line(let line):
                hasher.combine(1)
                for value in [line.from.x, line.from.y, line.to.x, line.to.y, line.thickness] { hasher.combine(value) }
            case .image(let image):
                hasher.combine(2)
                hasher.combine(image.path)
                let modified = (try? FileManager.default.attributesOfItem(atPath: image.path)[.modificationDate] as? Date) ?? nil
                hasher.combine(modified?.timeIntervalSince1970 ?? 0)
                for value in [image.origin.x, image.origin.y, image.size.width, image.size.height] { hasher.combine(value) }
            }
        }
        return Key(digest: hasher.finalize(), items: page.items.count, glyphs: glyphs)
    }

    func image(_ key: Key) -> Data? {
        lock.lock(); defer { lock.unlock() }
        return images[key]
    }

    func store(_ data: Data, for key: Key) {
        lock.lock(); defer { lock.unlock() }
        guard images.updateValue(data, forKey: key) == nil else { return }
        order.append(key)
        if order.count > limit { images[order.removeFirst()] = nil }
    }
}
