import Foundation
import Testing
@testable import Typesetting

@Suite struct PDFDrawingTests {
    static func segment(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ thickness: Double = 0.5) -> LineSegment {
        LineSegment(from: Point(x: x1, y: y1), to: Point(x: x2, y: y2), thickness: thickness)
    }

    static func describe(_ lines: [LineSegment]) -> [String] {
        lines.map { "\($0.from.x),\($0.from.y)-\($0.to.x),\($0.to.y)@\($0.thickness)" }
    }

    @Test func touchingAndOverlappingSegmentsOnOneLineBecomeOne() {
        var merging = LineMerging()
        // Two rows of a table: the first row's bottom is the second row's top.
        for (top, bottom) in [(0.0, 20.0), (20.0, 45.0)] {
            merging.add(Self.segment(0, top, 300, top))
            merging.add(Self.segment(0, bottom, 300, bottom))
            for x in [0.0, 40.0, 300.0] { merging.add(Self.segment(x, top, x, bottom)) }
        }
        #expect(Self.describe(merging.merged()) == [
            "0.0,0.0-300.0,0.0@0.5", "0.0,20.0-300.0,20.0@0.5", "0.0,45.0-300.0,45.0@0.5",
            "0.0,0.0-0.0,45.0@0.5", "40.0,0.0-40.0,45.0@0.5", "300.0,0.0-300.0,45.0@0.5",
        ])
    }

    @Test func gapsThicknessesAndSlantsAreKeptApart() {
        var merging = LineMerging()
        merging.add(Self.segment(0, 10, 100, 10))
        merging.add(Self.segment(150, 10, 200, 10))          // a gap: stays separate
        merging.add(Self.segment(200, 10, 100.0005, 10))     // drawn backwards, touches both
        merging.add(Self.segment(0, 30, 50, 30, 1))          // another thickness
        merging.add(Self.segment(50, 30, 90, 30))
        merging.add(Self.segment(0, 0, 10, 10))              // slanted: as given
        #expect(Self.describe(merging.merged()) == [
            "0.0,10.0-200.0,10.0@0.5", "50.0,30.0-90.0,30.0@0.5", "0.0,30.0-50.0,30.0@1.0", "0.0,0.0-10.0,10.0@0.5",
        ])
    }

    /// A layout that throws stops the writer: the error comes back, the pages queued are
    /// drawn first, and nothing is finished.
    @Test func aLayoutThatFailsComesBackAsItsError() throws {
        struct Interrupted: Error {}
        let document = Document(sections: [Section(blocks: (1...200).map { .paragraph(Paragraph("Đoạn \($0)", body14)) }, pageStyle: .sample)])
        let sink = DataSink()
        #expect(throws: Interrupted.self) {
            _ = try PDFRenderer.writePDF(to: sink) { deliver in
                let laidOut = Typesetter(fonts: sharedFonts).layout(document, pageDone: deliver)
                throw Interrupted()
                return laidOut
            }
        }
        #expect(!sink.data.isEmpty && !String(decoding: sink.data.suffix(64), as: UTF8.self).contains("%%EOF"))
    }

    /// What runs while the PDF is finished sees the whole document; if it throws, its error
    /// comes back after the finish, and the PDF is whole all the same (the caller discards it).
    @Test func whatRunsWhileFinishingSeesTheDocumentAndCanStopIt() throws {
        struct Refused: Error {}
        // A date of its own: the PDFs are compared byte for byte, and one without a date is
        // dated when it is written, which may fall in another second.
        let document = Document(sections: [Section(blocks: (1...120).map { .paragraph(Paragraph("Đoạn \($0)", body14)) }, pageStyle: .sample)],
                                metadata: DocumentMetadata(creationDate: Date(timeIntervalSince1970: 1_672_876_800)))
        var seen = 0
        let kept = DataSink()
        let laidOut = try PDFRenderer.writePDF(to: kept, layout: { deliver in
            Typesetter(fonts: sharedFonts).layout(document, pageDone: deliver)
        }, whileFinishing: { seen = $0.pages.count })
        #expect(seen == laidOut.pages.count && seen > 1)
        #expect(kept.data == (try PDFRenderer.pdfData(laidOut)))
        let refused = DataSink()
        #expect(throws: Refused.self) {
            _ = try PDFRenderer.writePDF(to: refused, layout: { deliver in
                Typesetter(fonts: sharedFonts).layout(document, pageDone: deliver)
            }, whileFinishing: { _ in throw Refused() })
        }
        #expect(refused.data == kept.data)
    }

    @Test func streamedPagesReadBackInOrder() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let paragraphs = (1...120).map { "Đoạn số \($0): Ủy ban nhân dân tỉnh Bến Tre." }
        var style = PageStyle.sample
        style.pageNumber = nil
        let document = Document(sections: [Section(blocks: paragraphs.map { .paragraph(Paragraph($0, body14)) }, pageStyle: style)],
                                metadata: DocumentMetadata(creationDate: Date(timeIntervalSince1970: 1_672_876_800)))
        let sink = DataSink()
        let laidOut = try PDFRenderer.writePDF(to: sink) { deliver in
            Typesetter(fonts: sharedFonts).layout(document, pageDone: deliver)
        }
        #expect(laidOut.pages.count > 2)
        #expect(sink.data == (try PDFRenderer.pdfData(laidOut)), "drawn while laid out or afterwards, the same bytes")
        let pdf = directory.appendingPathComponent("out.pdf")
        try sink.data.write(to: pdf)
        let text = try run("pdftotext", ["-layout", "-enc", "UTF-8", pdf.path, "-"]).output
        #expect(collapsedWhitespace(text).replacingOccurrences(of: "\u{0C}", with: "")
                == collapsedWhitespace(paragraphs.joined(separator: " ")))
    }
}
