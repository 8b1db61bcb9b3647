import EngineSamples
import Foundation
import Testing
import Typesetting
@testable import VanBanFiles

let fonts: FontLibrary = {
    do { return try ShippedFonts.library() } catch { fatalError("fonts: \(error)") }
}()

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Outputs reach the disk whole or not at all, under the name asked for.
@Suite struct AtomicFileTests {
    static let table = Typesetter(fonts: fonts).layout(EngineSamples.tableDocument(rows: 1500))

    /// write(2) as on a disk that fills up after `limit` bytes: what fits is written (a
    /// short write), then ENOSPC.
    static func fullDisk(after limit: Int) -> OutputFile.SystemWrite {
        var written = 0
        return { descriptor, bytes, count in
            let room = limit - written
            guard room > 0 else { errno = ENOSPC; return -1 }
            let n = write(descriptor, bytes, min(count, room))
            if n > 0 { written += n }
            return n
        }
    }

    /// A full disk at any point, in the middle of the pages or only at the last flush, is an
    /// error that names the target file, and nothing is left: neither the target nor the
    /// temporary file.
    /// A limit below zero counts back from the end of the file.
    @Test(arguments: [0, 1000, -60_000, -5000, -10])
    func aFullDiskIsAnErrorNamingTheTargetAndLeavesNothing(limit: Int) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let size = try PDFRenderer.pdfData(Self.table).count
        #expect(size > 100_000)
        let target = directory.appendingPathComponent("danh-sach.pdf")
        let limit = limit < 0 ? size + limit : limit
        #expect(throws: AtomicFile.Error.cannotWrite(target.path, String(cString: strerror(ENOSPC)))) {
            try AtomicFile.write(to: target, overwrite: false, systemWrite: Self.fullDisk(after: limit)) { file in
                try PDFRenderer.writePDF(Self.table, to: file)
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        // With room for all of it, the same write succeeds and the file is the PDF.
        try AtomicFile.write(to: target, overwrite: false, systemWrite: Self.fullDisk(after: size)) { file in
            try PDFRenderer.writePDF(Self.table, to: file)
        }
        #expect(try Data(contentsOf: target).count == size)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["danh-sach.pdf"])
    }

    @Test func writingNeverOverwritesUnlessAskedAndNeverLeavesHalfAFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("user.pdf")
        try Data("the user's own file".utf8).write(to: pdf)
        let laidOut = Typesetter(fonts: fonts).layout(EngineSamples.featuresDocument())
        #expect(throws: AtomicFile.Error.exists(pdf.path)) { try DocumentFiles.writePDF(laidOut, to: pdf, overwrite: false) }
        #expect(try String(contentsOf: pdf, encoding: .utf8) == "the user's own file")
        try DocumentFiles.writePDF(laidOut, to: pdf, overwrite: true)
        #expect(try Data(contentsOf: pdf).prefix(5) == Data("%PDF-".utf8))
        // A failing producer leaves neither the target nor a temporary file behind.
        struct Boom: Error {}
        let target = directory.appendingPathComponent("never.pdf")
        #expect(throws: Boom.self) {
            try AtomicFile.write(to: target, overwrite: false) { file in
                try file.write(Data("half".utf8))
                throw Boom()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["user.pdf"])
        // A folder that does not exist is an error naming the target.
        let missing = directory.appendingPathComponent("khong-co/thu-muc/out.pdf")
        #expect(throws: AtomicFile.Error.cannotWrite(missing.path, String(cString: strerror(ENOENT)))) {
            try DocumentFiles.writePDF(laidOut, to: missing)
        }
    }

    /// The PDF writer completes the file on its own thread (its bytes synchronised there);
    /// anything written after that still reaches the file when it is closed.
    @Test func bytesWrittenAfterCompletingStillReachTheFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("ghep.txt")
        try AtomicFile.write(to: target, overwrite: false) { file in
            try file.write(Data("đã đồng bộ; ".utf8))
            try file.complete()
            try file.write(Data("ghi thêm".utf8))
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "đã đồng bộ; ghi thêm")
        // A full disk met while completing is the same error as at any other write.
        let full = directory.appendingPathComponent("day.txt")
        #expect(throws: AtomicFile.Error.self) {
            try AtomicFile.write(to: full, overwrite: false, systemWrite: Self.fullDisk(after: 3)) { file in
                try file.write(Data("quá dài".utf8))
                try file.complete()
            }
        }
        #expect(!FileManager.default.fileExists(atPath: full.path))
    }

    @Test func aLayoutThatFailsLeavesNoFileBehind() throws {
        struct Interrupted: Error {}
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("out.pdf")
        let document = Document(sections: [Section(blocks: (1...200).map { .paragraph(Paragraph("Đoạn \($0)", TextStyle(size: 14))) }, pageStyle: EngineSamples.pageStyle)])
        #expect(throws: Interrupted.self) {
            _ = try DocumentFiles.writePDF(to: pdf) { deliver in
                let laidOut = Typesetter(fonts: fonts).layout(document, pageDone: deliver)
                throw Interrupted()
                return laidOut
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    /// Refused while the PDF was finished: the file already there is left as it was.
    @Test func aCheckThatRefusesWhileFinishingLeavesTheOldFile() throws {
        struct Refused: Error {}
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("out.pdf")
        try Data("bản cũ".utf8).write(to: pdf)
        #expect(throws: Refused.self) {
            _ = try DocumentFiles.writePDF(to: pdf, overwrite: true, layout: { deliver in
                Typesetter(fonts: fonts).layout(EngineSamples.featuresDocument(), pageDone: deliver)
            }, whileFinishing: { _ in throw Refused() })
        }
        #expect(try Data(contentsOf: pdf) == Data("bản cũ".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.pdf"])
    }

    @Test func pngPagesAreWrittenAtomicallyToo() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let laidOut = Typesetter(fonts: fonts).layout(EngineSamples.featuresDocument())
        let png = directory.appendingPathComponent("trang-1.png")
        try DocumentFiles.writePNG(laidOut, page: 0, dpi: 50, to: png)
        #expect(try Data(contentsOf: png) == (try PDFRenderer.pngData(laidOut, page: 0, dpi: 50)))
        #expect(throws: AtomicFile.Error.exists(png.path)) { try DocumentFiles.writePNG(laidOut, page: 0, dpi: 50, to: png, overwrite: false) }
    }
}

@Suite struct ShippedFontsTests {
    @Test func aUserFolderTakesPrecedenceOverTheShippedFonts() throws {
        let userFolder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: userFolder) }
        let shipped = try ShippedFonts.directory()
        try FileManager.default.copyItem(at: shipped.appendingPathComponent("LiberationSerif-Bold.ttf"),
                                         to: userFolder.appendingPathComponent("MyBold.ttf"))
        let library = try ShippedFonts.library(userDirectory: userFolder)
        #expect(try library.face(family: "Liberation Serif", bold: true, italic: false).path.hasPrefix(userFolder.path))
        #expect(try library.face(family: "Liberation Serif", bold: false, italic: false).path.hasPrefix(shipped.path))
    }

    @Test func aMissingUserFolderIsNamed() {
        #expect(throws: ShippedFonts.Error.userDirectoryMissing("/khong/co")) {
            try ShippedFonts.library(userDirectory: URL(fileURLWithPath: "/khong/co"))
        }
    }
}
