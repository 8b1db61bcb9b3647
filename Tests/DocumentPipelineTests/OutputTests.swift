import DocumentPipeline
import Foundation
import Testing

/// Files are written atomically and never replace what is there unasked; memory gives the
/// bytes the files hold.
@Suite struct OutputTests {
    let input = DocumentInput.file(decisionFile, display: decisionDisplay)

    @Test func pngPagesInMemoryAreTheFilesWritten() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pngFolder = folder.appendingPathComponent("anh")
        let written = try pipeline.render(input, to: .file(pdf: folder.appendingPathComponent("qd.pdf"), pngFolder: pngFolder, overwrite: false))
        let names = (1...written.pageCount).map { String(format: "qd-%02d.png", $0) }
        #expect(written.written.map(\.lastPathComponent) == ["qd.pdf"] + names)
        let inMemory = try pipeline.render(input, to: .memory(pdf: false, pngDPI: 80))
        #expect(inMemory.pdf == nil)
        #expect(inMemory.pngPages.count == written.pageCount)
        for (name, png) in zip(names, inMemory.pngPages) {
            #expect(try Data(contentsOf: pngFolder.appendingPathComponent(name)) == png, "\(name)")
        }
    }

    @Test func anExistingFileIsNotReplacedUnasked() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("qd.pdf")
        try Data("của người dùng".utf8).write(to: pdf)
        #expect {
            try pipeline.render(input, to: .file(pdf: pdf, overwrite: false))
        } throws: { error in
            guard case .cannotWrite(let problem) = error as? PipelineFailure else { return false }
            return problem.cause == .outputExists(path: pdf.path) && problem.description == "\(pdf.path): tệp đã có."
                && problem.stage == .output && problem.isError
        }
        #expect(try Data(contentsOf: pdf) == Data("của người dùng".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["qd.pdf"])
        let replaced = try pipeline.render(input, to: .file(pdf: pdf, overwrite: true))
        #expect(replaced.written == [pdf])
        #expect(try Data(contentsOf: pdf).prefix(5) == Data("%PDF-".utf8))
    }

    /// A PNG of the same name stops the PNGs, not the PDF already written, and says which file.
    @Test func anExistingPNGIsNotReplacedUnasked() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pngFolder = folder.appendingPathComponent("anh")
        try FileManager.default.createDirectory(at: pngFolder, withIntermediateDirectories: true)
        let taken = pngFolder.appendingPathComponent("qd-02.png")
        try Data("ảnh cũ".utf8).write(to: taken)
        #expect {
            try pipeline.render(input, to: .file(pdf: folder.appendingPathComponent("qd.pdf"), pngFolder: pngFolder, overwrite: false))
        } throws: { error in
            guard case .cannotWrite(let problem) = error as? PipelineFailure else { return false }
            return problem.cause == .outputExists(path: taken.path)
        }
        #expect(try Data(contentsOf: taken) == Data("ảnh cũ".utf8))
    }
}
