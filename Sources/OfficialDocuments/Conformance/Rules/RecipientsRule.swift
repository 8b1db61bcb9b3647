import Foundation
import VietnameseText

/// Nơi nhận (mục II.9): "Nơi nhận:" 12 pt bold italic, flush left, level with the first line
/// of the signer's quyền hạn (under the secretary in a biên bản); each recipient 11 pt upright
/// on its own line, "- " then the name, ending ";", the last ("- Lưu: VT, …") ending ".".
struct RecipientsRule: ConformanceRule {
    let id = "noi-nhan"
    static let headingAppearance = Appearance(sizes: 12...12, bold: true, italic: true)
    static let itemAppearance = Appearance(sizes: 11...11, bold: false, italic: false)

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        let document = context.document
        var expected = document.recipients.map { $0.text.trimmedWhitespace }.filter { !$0.isEmpty }
        if let archive = document.archive, !archive.isEmpty { expected.append("Lưu: \(archive)") }
        guard !expected.isEmpty else { return [] }
        let flow = context.flow(section: 0)
        guard let index = flow.lines.lastIndex(where: { $0.words == ["Nơi", "nhận:"] }) else {
            return [violation(page: flow.pages.last ?? 1, "Không có «Nơi nhận:» ở cuối văn bản (\(Clause.recipients)).")]
        }
        let heading = flow.lines[index], page = flow.pages[index]
        let area = context.pages[page - 1].area
        var found: [String] = []
        if let wrong = Self.headingAppearance.check([heading], element: "«Nơi nhận:»", clause: Clause.recipients, casing: "chữ in thường, ") { found.append(wrong) }
        found += placement(heading, area: area, context)
        found += items(after: index, in: flow, area: area, expected: expected, archived: document.archive?.isEmpty == false)
        return found.map { violation(page: page, $0) }
    }

    private func placement(_ heading: TextLine, area: TextArea, _ context: ConformanceContext) -> [String] {
        var found: [String] = []
        if abs(heading.minX - area.left) > Tolerance.position {
            found.append("«Nơi nhận:» không sát lề trái (\(Clause.recipients)).")
        }
        switch context.document.signature {
        case .single:
            if let first = context.signature.single?.headings.first, abs(first.y - heading.y) > Tolerance.position {
                found.append("«Nơi nhận:» không ngang hàng với dòng đầu của quyền hạn, chức vụ người ký (\(Clause.recipients)).")
            }
        case .minutes:
            if let secretary = context.signature.secretary, heading.y <= secretary.name.y {
                found.append("«Nơi nhận:» của biên bản không ở dưới chữ ký của thư ký (\(Clause.models)).")
            }
        case .none:
            break
        }
        return found
    }

    /// The recipients' lines under the heading in the left column, one item per "- ".
    private func items(after index: Int, in flow: Flow, area: TextArea, expected: [String], archived: Bool) -> [String] {
        let heading = flow.lines[index]
        var lines: [TextLine] = []
        for next in flow.lines.indices.dropFirst(index + 1) where flow.pages[next] == flow.pages[index] {
            let line = flow.lines[next]
            guard line.centreX < area.centre, line.y > heading.y else { continue }
            guard line.size < 12 - Tolerance.size else { break }
            lines.append(line)
        }
        var items: [[TextLine]] = []
        for line in lines {
            if line.words.first == "-" || items.isEmpty { items.append([line]) } else { items[items.count - 1].append(line) }
        }
        var found: [String] = []
        if let wrong = Self.itemAppearance.check(lines, element: "Nơi nhận", clause: Clause.recipients, casing: "chữ in thường, ") { found.append(wrong) }
        if items.count != expected.count {
            found.append("Nơi nhận có \(items.count) dòng, văn bản có \(expected.count) nơi nhận: mỗi nơi nhận một dòng (\(Clause.recipients)).")
        }
        for (offset, item) in items.enumerated() {
            let words = item.flatMap(\.words)
            let isLast = offset == items.count - 1
            let text = words.joined(separator: " ")
            if words.first != "-" {
                found.append("Nơi nhận \(ConformanceText.quoted(text)) không bắt đầu bằng «- » (\(Clause.recipients)).")
            } else if let end = text.last, end != (isLast ? "." : ";") {
                found.append("Nơi nhận \(ConformanceText.quoted(text)) kết thúc bằng «\(end)»: mỗi nơi nhận kết thúc bằng «;», dòng cuối cùng bằng «.» (\(Clause.recipients)).")
            }
            if isLast, archived, words.dropFirst().first != "Lưu:" {
                found.append("Dòng cuối của nơi nhận là \(ConformanceText.quoted(text)): dòng cuối cùng là «- Lưu: VT, …» (\(Clause.recipients)).")
            }
        }
        return found
    }
}
