import Typesetting
import VietnameseText

/// The signer (mục II.7): quyền hạn and chức vụ uppercase, bold, 13–14 pt, the name bold
/// 13–14 pt centred under them with nothing before it (no academic or courtesy title), in the
/// right column of the last page of the document, with room to sign (25–30 mm, convention)
/// and never alone on its page (convention). A biên bản's secretary signs left, its chair
/// right, level with each other.
struct SignatureRule: ConformanceRule {
    let id = "chu-ky"
    static let appearance = Appearance(sizes: 13...14, bold: true, italic: false)
    static let titles: Set<String> = ["TS.", "THS.", "PGS.", "GS.", "PGS.TS.", "GS.TS.", "TSKH.", "KS.", "BS.", "NGƯT.", "NGND.", "ĐC."]

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        let lastPage = context.pages(section: 0).last?.number ?? 1
        func missing(_ signer: Signer, _ side: String) -> ConformanceViolation {
            let lines = (signer.headingLines + [signer.name]).joined(separator: " / ")
            return violation(page: lastPage, "Không có phần chữ ký «\(lines)» ở \(side), cuối văn bản (\(Clause.signature)).")
        }
        switch context.document.signature {
        case .none:
            return []
        case let .single(signer):
            guard let block = context.signature.single else { return [missing(signer, "cột phải")] }
            var found = problems(block, context)
            if block.page != lastPage {
                found.append("Phần chữ ký ở trang \(block.page), văn bản kết thúc ở trang \(lastPage) (\(Clause.signature)).")
            }
            return found.map { violation(page: block.page, $0) }
        case let .minutes(secretary, chair):
            let found = [(secretary, context.signature.secretary, "cột trái"), (chair, context.signature.chair, "cột phải")]
            var out: [ConformanceViolation] = []
            for (signer, block, side) in found {
                guard let block else { out.append(missing(signer, side)); continue }
                out += problems(block, context).map { violation(page: block.page, $0) }
            }
            if let left = context.signature.secretary, let right = context.signature.chair,
               left.page != right.page || abs(left.headings[0].y - right.headings[0].y) > Tolerance.position
                || abs(left.name.y - right.name.y) > Tolerance.position {
                out.append(violation(page: right.page, "Chữ ký của thư ký (bên trái) và chủ tọa (bên phải) không ngang hàng nhau (\(Clause.models))."))
            }
            return out
        }
    }

    private func problems(_ block: SignerBlock, _ context: ConformanceContext) -> [String] {
        var found: [String] = []
        let heading = block.headings.map(\.text).joined(separator: " / ")
        if block.namePage != block.page {
            found.append("Phần chữ ký «\(heading)» bị tách sang trang sau (\(Clause.signature)).")
        }
        if block.headings.contains(where: { $0.text != officialUppercased($0.text) }) {
            found.append("Quyền hạn, chức vụ người ký in \(ConformanceText.quoted(heading)): chữ in hoa (\(Clause.signature)).")
        }
        if let wrong = Self.appearance.check(block.lines, element: "Phần chữ ký «\(heading)»", clause: Clause.signature) { found.append(wrong) }
        let axis = block.headings[0].centreX
        if block.lines.contains(where: { abs($0.centreX - axis) > Tolerance.position }) {
            found.append("Họ tên và chức vụ người ký không canh giữa trên cùng một trục (\(Clause.signature)).")
        }
        let space = block.name.y - block.headings[block.headings.count - 1].y - ParagraphRule.naturalHeight(block.name)
        if space < Units.mm(25) - Tolerance.position {
            found.append("Khoảng trống để ký, đóng dấu \(ConformanceText.millimetres(space)) mm (\(Clause.convention): 25–30 mm).")
        }
        if let first = block.name.words.first, Self.titles.contains(ConformanceText.folded(first)) || CourtesyTitle.leading(in: block.name.text) != nil {
            found.append("Trước họ tên người ký có \(ConformanceText.quoted(first)): không ghi học hàm, học vị, danh xưng trước họ tên (\(Clause.signature)).")
        }
        let flow = context.flow(section: 0)
        let shares = flow.lines.indices.contains { flow.pages[$0] == block.page && flow.lines[$0].y < block.headings[0].y - 1 }
        if !shares {
            found.append("Phần chữ ký đứng riêng một trang, không có dòng nào của nội dung (\(Clause.convention): dòng cuối của nội dung đi cùng chữ ký).")
        }
        return found
    }
}
