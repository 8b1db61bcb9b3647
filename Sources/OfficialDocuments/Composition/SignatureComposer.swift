import Typesetting

/// The end of the document: the signer's block in the right column with "Nơi nhận" in the left
/// one, level with its first line; or, for minutes, THƯ KÝ left and CHỦ TỌA right with the
/// recipients under the secretary.
struct SignatureComposer {
    let style: DocumentStyle

    private func signerCell(_ signer: Signer) -> [Typesetting.Block] {
        let bold = style.text(style.signatureSize, bold: true)
        let centred = ParagraphStyle(alignment: .center, lineSpacing: 1.0, strut: bold)
        var blocks: [Typesetting.Block] = signer.headingLines.map {
            .paragraph(Typesetting.Paragraph($0, bold, style: centred))
        }
        let space = Units.mm(style.signingSpace)
        if let image = signer.signatureImage {
            blocks.append(.space(Units.mm(2)))
            blocks.append(.image(ImageBlock(path: image, width: Units.mm(40), height: space - Units.mm(4))))
            blocks.append(.space(Units.mm(2)))
        } else {
            blocks.append(.space(space))
        }
        blocks.append(.paragraph(Typesetting.Paragraph(signer.name, bold, style: centred)))
        return blocks
    }

    /// "Nơi nhận:" then "- name;" lines, the last one "- Lưu: VT, …." ending with ".".
    func recipientsBlock(_ recipients: [SourcedText], archive: String?) -> Typesetting.Block? {
        var lines = recipients.map { $0.text.trimmedWhitespace }.filter { !$0.isEmpty }
        if let archive, !archive.isEmpty { lines.append("Lưu: \(archive)") }
        guard !lines.isEmpty else { return nil }
        let heading = style.text(12, bold: true, italic: true)
        let item = style.text(11)
        var content: [Typesetting.Inline] = [.text("Nơi nhận:", heading)]
        for (index, line) in lines.enumerated() {
            var text = line
            while let last = text.last, last == ";" || last == "." || last == "," { text.removeLast() }
            let isLast = index == lines.count - 1
            let source = index < recipients.count ? recipients[index].source : nil
            content.append(.lineBreak)
            content.append(.text("- " + text + (isLast ? "." : ";"), item, source))
        }
        return .paragraph(Typesetting.Paragraph(content, style: ParagraphStyle(alignment: .left, lineSpacing: 1.0, strut: item)))
    }

    func compose(_ document: AdministrativeDocument) -> Typesetting.Block? {
        let recipients = recipientsBlock(document.recipients, archive: document.archive)
        switch document.signature {
        case .none:
            return recipients.map { .group(BlockGroup([.space(style.paragraphSpacing), $0])) }
        case let .single(signer):
            let row = [GridCell(recipients.map { [$0] } ?? [], verticalAlignment: .firstBaseline),
                       GridCell(signerCell(signer), verticalAlignment: .firstBaseline)]
            return .grid(Grid(columnWeights: [45, 55], rows: [row], keepTogether: true, spaceBefore: style.paragraphSpacing))
        case let .minutes(secretary, chair):
            var rows = [[GridCell(signerCell(secretary)), GridCell(signerCell(chair))]]
            if let recipients { rows.append([GridCell([recipients]), GridCell([])]) }
            return .grid(Grid(columnWeights: [50, 50], rowGap: 12, rows: rows, keepTogether: true,
                              spaceBefore: style.paragraphSpacing * 2))
        }
    }
}
