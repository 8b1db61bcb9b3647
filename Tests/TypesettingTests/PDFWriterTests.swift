import EngineSamples
import Foundation
import Testing
@testable import Typesetting

/// The PDF writer's own parts: its numbers and dates, the file's cross-reference table, text
/// that the font's ToUnicode map cannot say, and images.
@Suite struct PDFWriterTests {
    static func page(_ items: [PageItem]) -> LaidOutPage {
        LaidOutPage(index: 0, size: Size(width: 300, height: 300), sectionIndex: 0, number: 1, showsNumber: false, items: items, footnoteNumbers: [])
    }

    @Test func numbersHaveAtMostThreeDecimalsAndNoExponent() {
        func written(_ value: Double) -> String {
            var bytes = PDFBytes()
            bytes.number(value)
            return String(decoding: bytes.bytes, as: UTF8.self)
        }
        #expect(written(0) == "0")
        #expect(written(12) == "12")
        #expect(written(-3.125) == "-3.125")
        #expect(written(0.5) == "0.5")
        #expect(written(595.2756) == "595.276")
        #expect(written(0.0004) == "0")
        #expect(written(-0.0006) == "-0.001")
        #expect(written(1e-20) == "0")
        #expect(written(841_889.99999) == "841890")
        #expect(written(.nan) == "0" && written(.infinity) == "0")
        var integers = PDFBytes()
        for value in [0, 7, 10, 99, 1000, -42, Int.max] {
            integers.integer(value)
            integers.append(" ")
        }
        #expect(String(decoding: integers.bytes, as: UTF8.self) == "0 7 10 99 1000 -42 \(Int.max) ")
    }

    @Test func datesAreWrittenInUTC() {
        #expect(PDFDocumentInfo.date(Date(timeIntervalSince1970: 0)) == "D:19700101000000Z")
        #expect(PDFDocumentInfo.date(Date(timeIntervalSince1970: 1_672_876_800)) == "D:20230105000000Z")
        #expect(PDFDocumentInfo.date(Date(timeIntervalSince1970: 1_709_210_096)) == "D:20240229123456Z")
        #expect(PDFDocumentInfo.date(Date(timeIntervalSince1970: -1)) == "D:19691231235959Z")
        #expect(PDFDocumentInfo.date(Date(timeIntervalSince1970: 4_102_444_800)) == "D:21000101000000Z")
    }

    @Test func namesAndTextStringsAreEscaped() {
        var bytes = PDFBytes()
        bytes.name("Times New Roman#1")
        bytes.append(" ")
        bytes.textString("Hà Nội")
        bytes.append(" ")
        bytes.literalString("a(b)\\c")
        #expect(String(decoding: bytes.bytes, as: UTF8.self) == "/Times#20New#20Roman#231 <FEFF004800E00020004E1ED90069> (a\\(b\\)\\\\c)")
    }

    /// Every entry of the cross-reference table points at its object, and the trailer at the
    /// table: a reader that trusts them finds every object where it is.
    @Test func theCrossReferenceTablePointsAtEveryObject() throws {
        let data = try PDFRenderer.pdfData(Typesetter(fonts: sharedFonts).layout(EngineSamples.featuresDocument()))
        let bytes = [UInt8](data)
        let text = String(decoding: bytes, as: UTF8.self)
        let tail = try #require(text.range(of: "startxref\n", options: .backwards))
        let tableOffset = try #require(Int(text[tail.upperBound...].prefix { $0.isNumber }))
        let table = String(decoding: bytes[tableOffset...], as: UTF8.self)
        #expect(table.hasPrefix("xref\n0 "))
        let lines = table.split(separator: "\n")
        let count = try #require(Int(lines[1].split(separator: " ")[1]))
        #expect(count > 20)
        for (number, line) in lines[2..<(2 + count)].enumerated() where line.hasSuffix(" n ") {
            let offset = try #require(Int(line.prefix(10)))
            let header = Array("\(number) 0 obj\n".utf8)
            #expect(Array(bytes[offset..<offset + header.count]) == header, "object \(number) at \(offset)")
        }
        #expect(lines[2 + count] == "trailer")
    }

    /// Text the ToUnicode map cannot say, because its glyph already stands for other text or
    /// because its cluster has several glyphs or none, still reads back exactly.
    @Test func textTheMapCannotSayIsMarkedWithItsActualText() throws {
        let face = try sharedFonts.face(family: "Liberation Serif", bold: false, italic: false)
        let a = try #require(face.glyph(for: "a")), b = try #require(face.glyph(for: "b"))
        func glyphRun(_ text: String, _ glyphs: [UInt32], _ clusters: [(Int32, Int32)], y: Double) -> GlyphRun {
            let x = glyphs.indices.map { Double($0) * 8 }
            return GlyphRun(face: face, size: 14, origin: Point(x: 100, y: y), glyphIDs: glyphs, glyphX: x,
                            glyphY: glyphs.map { _ in 0 }, text: text, clusters: clusters, width: Double(glyphs.count) * 8)
        }
        let runs = [
            glyphRun("ab", [a, b], [(1, 1), (1, 1)], y: 100),
            // The glyph of "a" drawn for "x": the map says "a", the span says "x".
            glyphRun("xa", [a, a], [(1, 1), (1, 1)], y: 130),
            // One letter drawn by two glyphs, then a letter drawn by none.
            glyphRun("yzb", [a, b, b], [(1, 2), (1, 0), (1, 1)], y: 160),
        ]
        let page = Self.page(runs.map { .text($0) })
        let document = LaidOutDocument(pages: [page], outline: [], warnings: [], metadata: DocumentMetadata())
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("actual-text.pdf")
        try writePDF(document, to: pdf)
        let lines = try run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"]).output.split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \u{0C}")) }
        #expect(lines.filter { !$0.isEmpty } == ["ab", "xa", "yzb"])
    }

    /// Text joined to a glyph from a cluster with none is said by the span alone: the
    /// ToUnicode map keeps the glyph's own letter for its other uses.
    @Test func joinedTextStaysOutOfTheToUnicodeMap() throws {
        let face = try sharedFonts.face(family: "Liberation Serif", bold: false, italic: false)
        let c = try #require(face.glyph(for: "c"))
        let run = GlyphRun(face: face, size: 14, origin: Point(x: 10, y: 10), glyphIDs: [c, c], glyphX: [0, 8], glyphY: [0, 0],
                           text: "cdc", clusters: [(1, 1), (1, 0), (1, 1)], width: 16)
        #expect(PDFPageContent.clusters(of: run).map { "\($0.text)\($0.joined ? "+" : "")" } == ["cd+", "c"])
        let font = PDFFont(face: face, resourceName: "F1", objectID: 1)
        var content = PDFPageContent(pageHeight: 100)
        content.text(run, font: font)
        #expect(font.mapsAlone(c, to: "c") && !font.mapsAlone(c, to: "cd"))
        #expect(String(decoding: content.bytes.bytes, as: UTF8.self).contains("/ActualText <FEFF00630064>"))
    }

    /// A PNG with transparency goes in as an RGB image with a soft mask; an opaque one without;
    /// one drawn twice is in the file once.
    @Test func imagesAreEmbeddedWithTheirTransparency() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let seal = directory.appendingPathComponent("seal.png"), scan = directory.appendingPathComponent("scan.png")
        try TestPNG.rgba(width: 4, height: 3) { x, y in (255, UInt8(x * 60), 0, x == 0 ? 0 : 200) }.write(to: seal)
        try TestPNG.rgba(width: 5, height: 2) { _, _ in (10, 20, 30, 255) }.write(to: scan)
        func placed(_ url: URL, y: Double) -> PageItem {
            .image(PlacedImage(path: url.path, origin: Point(x: 50, y: y), size: Size(width: 40, height: 30)))
        }
        let page = Self.page([placed(seal, y: 10), placed(scan, y: 60), placed(seal, y: 120),
                               placed(directory.appendingPathComponent("missing.png"), y: 200)])
        let pdf = directory.appendingPathComponent("images.pdf")
        try writePDF(LaidOutDocument(pages: [page], outline: [], warnings: [], metadata: DocumentMetadata()), to: pdf)
        let list = try run("pdfimages", ["-list", pdf.path]).output.split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ").map(String.init) }
        // page num type width height color comp bpc …
        let kinds = list.map { [$0[2], $0[3], $0[4], $0[5]] }
        #expect(kinds == [["image", "4", "3", "rgb"], ["smask", "4", "3", "gray"], ["image", "5", "2", "rgb"], ["image", "4", "3", "rgb"], ["smask", "4", "3", "gray"]])
        let pdfText = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        #expect(pdfText.components(separatedBy: "/Subtype /Image").count - 1 == 3)
    }
}

/// PNG files made for the tests: 8-bit RGBA, the pixel data in stored (uncompressed)
/// deflate blocks.
enum TestPNG {
    static func rgba(width: Int, height: Int, pixel: (Int, Int) -> (UInt8, UInt8, UInt8, UInt8)) -> Data {
        var raw: [UInt8] = []
        for y in 0..<height {
            raw.append(0)   // filter: none
            for x in 0..<width {
                let (r, g, b, a) = pixel(x, y)
                raw += [r, g, b, a]
            }
        }
        var zlib: [UInt8] = [0x78, 0x01, 0x01]
        let length = UInt16(raw.count)
        zlib += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
        zlib += raw
        zlib += bigEndian(adler32(raw))
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 6, 0, 0, 0])
        png += chunk("IDAT", zlib)
        png += chunk("IEND", [])
        return Data(png)
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }
}
