import DocumentPipeline
import Foundation
import Testing

/// One pipeline called from many threads at once makes what it makes one call at a time.
@Suite struct ConcurrencyTests {
    /// Documents with a date (an undated one is stamped with the time it is made).
    static let documents = [
        decisionFile,
        decisionFolder.appendingPathComponent("giao-uoc-thi-dua-2023.yaml"),
        decisionFolder.appendingPathComponent("to-trinh-de-nghi-khen-thuong-2022.yaml"),
    ]

    /// Each document rendered alone, then 24 renders of them at once (more than the pipeline's
    /// typesetters: callers wait for one), every PDF byte for byte the same.
    @Test(arguments: [1, 2, 4])
    func manyRendersAtOnceGiveTheSameBytes(typesetters: Int) throws {
        let shared = Pipeline(builder: pipeline.builder, fonts: try pipeline.loadFonts(), typesetters: typesetters)
        let alone = try Self.documents.map { try shared.render(.file($0, display: $0.lastPathComponent), to: .memory(pdf: true, pngDPI: nil)).pdf }
        let jobs = (0..<24).map { Self.documents[$0 % Self.documents.count] }
        let together = ConcurrentMap.map(jobs) { file in
            try? shared.render(.file(file, display: file.lastPathComponent), to: .memory(pdf: true, pngDPI: nil)).pdf
        }
        for (index, pdf) in together.enumerated() {
            #expect(pdf != nil && pdf == alone[index % Self.documents.count], "render \(index)")
        }
    }

    @Test func pngPagesDrawnSideBySideAreThoseDrawnOneByOne() throws {
        let laidOut = try pipeline.layOut(.file(decisionFile, display: decisionDisplay))
        let together = try Pipeline.pngPages(laidOut.document, dpi: 40)
        let oneByOne = try laidOut.document.pages.indices.map { try Pipeline.pngPages(laidOut.document, dpi: 40, indices: [$0])[0] }
        #expect(together == oneByOne)
        #expect(try Pipeline.pngPages(laidOut.document, dpi: 40, indices: [2, 0]) == [oneByOne[2], oneByOne[0]])
    }

    @Test func theConcurrentMapKeepsTheOrder() {
        let items = Array(0..<2000)
        #expect(ConcurrentMap.map(items) { $0 * 3 } == items.map { $0 * 3 })
        #expect(ConcurrentMap.map([7]) { $0 + 1 } == [8])
        #expect(ConcurrentMap.map([Int]()) { $0 }.isEmpty)
    }

    /// Asked from many threads before they are loaded, the fonts are loaded once.
    @Test func theFontsAreLoadedOnce() throws {
        let fresh = try Pipeline()
        let libraries = ConcurrentMap.map(Array(0..<16)) { _ in try? fresh.loadFonts() }
        let first = try #require(libraries.first ?? nil)
        #expect(libraries.allSatisfy { $0 === first })
    }

    @Test func fontsThatCannotBeLoadedAreAProblemOfEachDocument() throws {
        let missing = try Pipeline(fontDirectory: URL(fileURLWithPath: "/khong/co/phong"))
        let checked = missing.check(.file(decisionFile, display: decisionDisplay))
        let problem = try #require(checked.problems.first)
        #expect(problem.stage == .fonts && problem.cause == .fontFolderMissing(path: "/khong/co/phong"))
        #expect(problem.description == "/khong/co/phong: không có thư mục phông chữ này.")
        // Data with errors is said without the fonts being needed.
        #expect(missing.check(.file(path: "/khong/co/tep.yaml")).problems.allSatisfy { $0.stage == .data })
    }
}
