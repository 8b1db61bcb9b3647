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
