import Foundation
import VietnameseText

/// The body ends with "./.", and nothing of the body comes after it: only the signature, its
/// recipients or a covenant's signature grid (the models of Phụ lục III).
struct EndMarkerRule: ConformanceRule {
    let id = "ket-thuc"

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        guard !MarkupWalk.blocks(context.document.body.blocks).isEmpty else { return [] }
        let flow = context.flow(section: 0)
        guard let end = flow.lines.lastIndex(where: { $0.text.trimmedWhitespace.hasSuffix("./.") }) else {
            let page = flow.pages.last ?? 1
            return [violation(page: page, "Nội dung văn bản không kết thúc bằng dấu «./.» (\(Clause.models)).")]
        }
        // After the marker: bold lines (signers, a signature grid) and small ones (Nơi nhận).
        let after = flow.lines.indices.dropFirst(end + 1).first { index in
            let line = flow.lines[index]
            return !line.isBold && line.size > 12 + Tolerance.size
        }
        guard let after else { return [] }
        return [violation(page: flow.pages[after], "Sau dấu «./.» còn nội dung \(ConformanceText.quoted(flow.lines[after].text)): dấu «./.» đặt ở cuối phần nội dung văn bản (\(Clause.models)).")]
    }
}
