import CivilCalendar
import Foundation

/// The parts of the file about the document rather than its pages: the information
/// dictionary (§14.3.3) and the outline (§12.3.3), whose entries point at the pages.
enum PDFDocumentInfo {
    static func writeInfo(_ metadata: DocumentMetadata, as id: Int, in file: PDFFile) {
        file.object(id) { bytes in
            bytes.append("<<")
            for (key, value) in [("Title", metadata.title), ("Subject", metadata.subject), ("Author", metadata.author),
                                 ("Creator", metadata.creator), ("Keywords", metadata.keywords), ("Producer", "VanBan")]
            where !value.isEmpty {
                bytes.append(" /")
                bytes.append(key)
                bytes.append(" ")
                bytes.textString(value)
            }
            bytes.append(" /CreationDate ")
            bytes.literalString(date(metadata.creationDate ?? Date()))
            bytes.append(" >>")
        }
    }

    /// A PDF date (§7.9.4) in UTC: "D:20230105000000Z".
    static func date(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let (year, month, day) = CivilDays.date(days: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "D:\(year)\(two(month))\(two(day))\(two(time / 3600))\(two(time / 60 % 60))\(two(time % 60))Z"
    }

    /// The outline's root object, or nil for a document without one. `pages` are the pages'
    /// object numbers; an entry's level may go up by one at most (deeper ones hang from the
    /// last entry one level up).
    static func writeOutline(_ entries: [OutlineEntry], pages: [Int], pageHeights: [Double], in file: PDFFile) -> Int? {
        guard !entries.isEmpty, !pages.isEmpty else { return nil }
        let root = file.reserve()
        let ids = entries.map { _ in file.reserve() }
        // parent[i] is the index of entry i's parent, nil under the root.
        var parent = [Int?](repeating: nil, count: entries.count)
        var open: [Int] = []   // open[level] = the last entry at that level
        for (index, entry) in entries.enumerated() {
            let level = min(entry.level, open.count)
            parent[index] = level == 0 ? nil : open[level - 1]
            open.removeLast(open.count - level)
            open.append(index)
        }
        var children = [[Int]](repeating: [], count: entries.count), top: [Int] = []
        for index in entries.indices {
            if let p = parent[index] { children[p].append(index) } else { top.append(index) }
        }
        func descendants(_ index: Int) -> Int { children[index].reduce(children[index].count) { $0 + descendants($1) } }

        for (index, entry) in entries.enumerated() {
            let siblings = parent[index].map { children[$0] } ?? top
            let position = siblings.firstIndex(of: index)!
            file.object(ids[index]) { bytes in
                bytes.append("<< /Title ")
                bytes.textString(entry.title)
                bytes.append(" /Parent ")
                bytes.reference(parent[index].map { ids[$0] } ?? root)
                if position > 0 { bytes.append(" /Prev "); bytes.reference(ids[siblings[position - 1]]) }
                if position + 1 < siblings.count { bytes.append(" /Next "); bytes.reference(ids[siblings[position + 1]]) }
                if let first = children[index].first, let last = children[index].last {
                    bytes.append(" /First "); bytes.reference(ids[first])
                    bytes.append(" /Last "); bytes.reference(ids[last])
                    bytes.append(" /Count "); bytes.integer(descendants(index))
                }
                let page = min(max(entry.pageIndex, 0), pages.count - 1)
                bytes.append(" /Dest [")
                bytes.reference(pages[page])
                bytes.append(" /XYZ 0 ")
                bytes.number(pageHeights[page] - entry.y)
                bytes.append(" null] >>")
            }
        }
        file.object(root) { bytes in
            bytes.append("<< /Type /Outlines /First ")
            bytes.reference(ids[top.first!])
            bytes.append(" /Last ")
            bytes.reference(ids[top.last!])
            bytes.append(" /Count ")
            bytes.integer(entries.count)
            bytes.append(" >>")
        }
        return root
    }
}
