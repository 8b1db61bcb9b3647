import EngineSamples
import Foundation
import Testing
@testable import Typesetting

@Suite struct PDFOutputTests {
    enum Form: String, CaseIterable { case nfc, nfd }

    /// Every sample text, given as NFC and as NFD, reads back from the PDF as exactly the NFC
    /// text: the same words in the same order with spaces between them.
    @Test(arguments: Form.allCases)
    func sampleTextsRoundTripThroughThePDF(form: Form) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for seed in EngineSamples.allTexts {
            let nfc = seed.text.precomposedStringWithCanonicalMapping
            let input = form == .nfc ? nfc : seed.text.decomposedStringWithCanonicalMapping
            if form == .nfd { #expect(!input.unicodeScalars.elementsEqual(nfc.unicodeScalars)) }
            var document = EngineSamples.proseDocument(texts: [input], title: seed.name)
            document.sections[0].pageStyle.pageNumber = nil
            let laidOut = Typesetter(fonts: sharedFonts).layout(document)
            #expect(laidOut.warnings.isEmpty, "\(seed.name): \(laidOut.warnings)")
            let pdf = directory.appendingPathComponent("\(seed.name)-\(form).pdf")
            try writePDF(laidOut, to: pdf)
            // -layout: the reading-order mode joins a line ending in "-" to the next one
            // (it takes it for hyphenation), which would hide what the PDF really holds.
            let extracted = try run("pdftotext", ["-layout", "-enc", "UTF-8", pdf.path, "-"]).output
            let expected = collapsedWhitespace(nfc)
            let actual = collapsedWhitespace(extracted)
            #expect(actual == expected, "\(seed.name) (\(form)) differs at: \(firstDifference(actual, expected))")
            #expect(actual.unicodeScalars.elementsEqual(actual.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }

    @Test func everyFaceIsEmbeddedAsASubset() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("features.pdf")
        var document = EngineSamples.featuresDocument()
        document.sections[0].blocks.append(.paragraph(Paragraph("Ký hiệu ★ từ phông dự phòng", body14)))
        try writePDF(Typesetter(fonts: sharedFonts).layout(document), to: pdf)
        let fonts = try run("pdffonts", [pdf.path]).output.components(separatedBy: "\n").dropFirst(2).filter { !$0.isEmpty }
        #expect(fonts.count >= 4)
        let names = fonts.map { $0.split(separator: " ")[0] }
        for face in ["LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic", "DejaVuSans"] {
            #expect(names.contains { $0.hasSuffix("+" + face) }, "\(face) missing from \(names)")
        }
        for line in fonts {
            let columns = line.split(separator: " ").map(String.init)
            // name type encoding emb sub uni object ID: the three yes columns.
            let flags = columns.suffix(5).prefix(3)
            #expect(Array(flags) == ["yes", "yes", "yes"], "\(line)")
        }
    }

    @Test func metadataAndOutlineAreWritten() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("meta.pdf")
        var heading = ParagraphStyle(alignment: .center, keepWithNext: true)
        heading.strut = body14
        let blocks: [Block] = [
            .paragraph(Paragraph([.text("I. MỤC ĐÍCH, YÊU CẦU", body14.with(bold: true))], style: heading, outlineLevel: 0)),
            .paragraph(Paragraph("Nội dung mục một.", body14)),
            .paragraph(Paragraph([.text("II. NỘI DUNG", body14.with(bold: true))], style: heading, outlineLevel: 0)),
        ]
        let document = Document(sections: [Section(blocks: blocks, pageStyle: .sample, outlineTitle: "Kế hoạch"), Section(blocks: [.paragraph(Paragraph("Phụ lục", body14))], pageStyle: .sample, outlineTitle: "Phụ lục I")],
                                metadata: DocumentMetadata(title: "Kế hoạch thi đua năm 2022", subject: "Thi đua, khen thưởng",
                                                           author: "Sở Nội vụ", creationDate: Date(timeIntervalSince1970: 1_672_876_800)))
        let laidOut = Typesetter(fonts: sharedFonts).layout(document)
        #expect(laidOut.outline.map(\.title) == ["Kế hoạch", "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "Phụ lục I"])
        #expect(laidOut.outline.map(\.level) == [0, 1, 1, 0])
        try writePDF(laidOut, to: pdf)
        let info = try run("pdfinfo", [pdf.path]).output
        #expect(info.contains("Title:           Kế hoạch thi đua năm 2022"))
        #expect(info.contains("Subject:         Thi đua, khen thưởng"))
        #expect(info.contains("Author:          Sở Nội vụ"))
        #expect(info.contains("Creator:         VanBan"))
        #expect(info.contains("Pages:           2"))
        #expect(info.contains("2023"))
        let xml = try run("pdftohtml", ["-xml", "-i", "-stdout", "-q", pdf.path]).output
        #expect(xml.contains("<outline>"))
        for title in ["Kế hoạch", "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "Phụ lục I"] {
            #expect(xml.contains(">\(title)</item>") || xml.contains(">\(title)<"), "\(title)")
        }
    }

    @Test func pngPreviewsHaveThePageSizeAtTheChosenResolution() throws {
        let laidOut = Typesetter(fonts: sharedFonts).layout(EngineSamples.featuresDocument())
        let data = try PDFRenderer.pngData(laidOut, page: 0, dpi: 80)
        #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        func bigEndian(_ offset: Int) -> Int { data[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(bigEndian(16) == Int((210 / 25.4 * 80).rounded()))
        #expect(bigEndian(20) == Int((297 / 25.4 * 80).rounded()))
        #expect(throws: RenderError.noSuchPage(6, 1)) { try PDFRenderer.pngData(laidOut, page: 5, dpi: 80) }
        #expect(try PDFRenderer.pngPages(laidOut, dpi: 80) == [data])
    }
}

func firstDifference(_ a: String, _ b: String) -> String {
    let x = Array(a), y = Array(b)
    var i = 0
    while i < min(x.count, y.count) && x[i] == y[i] { i += 1 }
    let from = max(0, i - 20)
    return "«\(String(x[from..<min(x.count, i + 20)]))» vs «\(String(y[from..<min(y.count, i + 20)]))»"
}
