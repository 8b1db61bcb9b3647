import Foundation

/// A text picture of a layout, one line per item (page, x, y, face, size, text), for golden
/// tests a person can read and review: positions in points with two decimals.
public enum LayoutTrace {
    public static func trace(_ document: LaidOutDocument) -> String {
        var out = ""
        for page in document.pages {
            out += "page \(page.index + 1) size \(f(page.size.width))x\(f(page.size.height)) number \(page.number)\(page.showsNumber ? " shown" : "")\n"
            for item in page.items {
                switch item {
                case let .text(run):
                    out += "  text \(f(run.origin.x)) \(f(run.origin.y)) \(run.face.postScriptName) \(f(run.size)) w=\(f(run.width)) \"\(run.text)\"\n"
                case let .line(line):
                    out += "  rule \(f(line.from.x)) \(f(line.from.y)) \(f(line.to.x)) \(f(line.to.y)) t=\(f(line.thickness))\n"
                case let .image(image):
                    out += "  image \(f(image.origin.x)) \(f(image.origin.y)) \(f(image.size.width))x\(f(image.size.height)) \(URL(fileURLWithPath: image.path).lastPathComponent)\n"
                }
            }
        }
        return out
    }

    static func f(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return String(format: "%.2f", rounded == 0 ? 0 : rounded)
    }
}

extension LayoutTrace {
    /// Compares a trace with a reviewed golden file: nil when they agree, else where they first
    /// differ. With `update` the file is rewritten first (to accept a reviewed change).
    public static func difference(_ trace: String, goldenFile url: URL, update: Bool) throws -> String? {
        if update { try trace.write(to: url, atomically: true, encoding: .utf8) }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected == trace { return nil }
        let actualLines = trace.components(separatedBy: "\n"), expectedLines = expected.components(separatedBy: "\n")
        for (index, (actual, golden)) in zip(actualLines, expectedLines).enumerated() where actual != golden {
            return "\(url.lastPathComponent) differs at line \(index + 1):\n  got      \(actual)\n  expected \(golden)"
        }
        return "\(url.lastPathComponent): \(actualLines.count) lines, expected \(expectedLines.count)"
    }
}
