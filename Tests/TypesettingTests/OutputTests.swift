import EngineSamples
import Foundation
import Testing
@testable import Typesetting

/// The output protocol and the PDF writer's stream.
@Suite struct OutputTests {
    /// An output that keeps what it is told, to check what the driver sends.
    final class Recorder: LayoutOutput {
        var calls: [String] = []
        var finished: (DocumentMetadata, [OutlineEntry])?
        func beginPage(_ page: PageInfo) { calls.append("begin \(page.index) \(page.number)") }
        func text(_ run: GlyphRun) { calls.append("text \(run.text)") }
        func line(_ segment: LineSegment) { calls.append("line") }
        func image(_ image: PlacedImage) { calls.append("image") }
        func endPage() { calls.append("end") }
        func finish(metadata: DocumentMetadata, outline: [OutlineEntry]) throws { finished = (metadata, outline) }
    }

    /// A sink that takes `limit` bytes, then fails as a full disk does.
    final class FailingSink: ByteSink {
        struct Full: Error, Equatable {}
        let limit: Int
        var taken = 0
        init(after limit: Int) { self.limit = limit }
        func write(_ bytes: UnsafeRawBufferPointer) throws {
            guard taken + bytes.count <= limit else { throw Full() }
            taken += bytes.count
        }
    }

    static let document = Typesetter(fonts: sharedFonts).layout(EngineSamples.featuresDocument())

    @Test func everyItemOfEveryPageReachesTheOutputInOrderThenTheMetadata() throws {
        let recorder = Recorder()
        try recorder.write(Self.document)
        var expected: [String] = []
        for page in Self.document.pages {
            expected.append("begin \(page.index) \(page.number)")
            for item in page.items {
                switch item {
                case let .text(run): expected.append("text \(run.text)")
                case .line: expected.append("line")
                case .image: expected.append("image")
                }
            }
            expected.append("end")
        }
        #expect(recorder.calls == expected)
        #expect(recorder.finished?.0.title == "Mẫu tính năng")
    }

    @Test func theTraceIsAnOutputLikeTheOthers() throws {
        let trace = LayoutTrace()
        try trace.write(Self.document)
        #expect(trace.result == LayoutTrace.trace(Self.document))
        #expect(trace.result.hasPrefix("page 1 size 595.28x841.89 number 1\n  text "))
    }

    /// The trace gives each word's start inside a run, so spreading the glue otherwise shows:
    /// in a justified line the gaps are wider than in the same words set ragged.
    @Test func theTraceShowsWhereTheWordsOfALineStart() throws {
        let text = String(repeating: "phong trào thi đua yêu nước ", count: 12)
        func firstLine(_ alignment: HorizontalAlignment) throws -> GlyphRun {
            let document = layOut([.paragraph(Paragraph(text, body14, style: ParagraphStyle(alignment: alignment, strut: body14)))])
            return try #require(textRuns(document.pages[0]).first)
        }
        let justified = try firstLine(.justified), ragged = try firstLine(.left)
        #expect(justified.text == ragged.text)
        let (a, b) = (LayoutTrace.wordStarts(justified), LayoutTrace.wordStarts(ragged))
        #expect(a.count == justified.text.split(separator: " ").count && a.count == b.count && a[0] == 0)
        #expect(zip(a.dropFirst(), b.dropFirst()).allSatisfy { $0 > $1 })
        let line = LayoutTrace.trace(layOut([.paragraph(Paragraph("Điều 1. Tặng Bằng khen", body14))])).split(separator: "\n")[1]
        #expect(line.contains(" words=0.00,") && line.hasSuffix("\"Điều 1. Tặng Bằng khen\""))
    }

    /// Every write goes to the sink and is checked: a sink that fails, early, midway
    /// or only when the fonts are embedded at the end, is the writer's error.
    @Test func aSinkThatFailsIsTheWritersError() throws {
        let size = try PDFRenderer.pdfData(Self.document).count
        #expect(size > 4000)
        for limit in [0, 10, 2000, size / 2, size - 100, size - 1] {
            #expect(throws: FailingSink.Full()) { try PDFRenderer.writePDF(Self.document, to: FailingSink(after: limit)) }
        }
        let exact = FailingSink(after: size)
        try PDFRenderer.writePDF(Self.document, to: exact)
        #expect(exact.taken == size)
    }

    @Test func aPDFInMemoryIsAWholePDF() throws {
        let data = try PDFRenderer.pdfData(Self.document)
        #expect(data.prefix(5) == Data("%PDF-".utf8))
        #expect(String(decoding: data.suffix(16), as: UTF8.self).contains("%%EOF"))
    }
}
