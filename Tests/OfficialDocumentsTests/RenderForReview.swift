import Foundation
import Testing
import Typesetting

/// Writes the fixture documents as PDF and PNG into out/review when VANBAN_REVIEW=1, for a
/// person to look at; otherwise checks only that they render without engine warnings.
@Suite struct RenderForReview {
    @Test(arguments: ["quyet-dinh", "giao-uoc", "bien-ban", "ke-hoach"])
    func render(name: String) throws {
        let document = switch name {
        case "quyet-dinh": Fixtures.decision()
        case "giao-uoc": Fixtures.covenant()
        case "bien-ban": Fixtures.minutes()
        default: Fixtures.plan()
        }
        let (laidOut, composed) = Fixtures.render(document)
        #expect(laidOut.warnings.isEmpty, "\(laidOut.warnings)")
        #expect(composed.warnings.isEmpty, "\(composed.warnings)")
        guard ProcessInfo.processInfo.environment["VANBAN_REVIEW"] == "1" else { return }
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("out/review")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try PDFRenderer.pdfData(laidOut).write(to: directory.appendingPathComponent(name + ".pdf"))
        for page in laidOut.pages.prefix(3) + laidOut.pages.suffix(1) {
            try PDFRenderer.pngData(laidOut, page: page.index, dpi: 70)
                .write(to: directory.appendingPathComponent("\(name)-\(page.index + 1).png"))
        }
    }
}
