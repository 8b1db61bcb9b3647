import Foundation
import Testing
@testable import Typesetting

@Suite struct FontTests {
    @Test func timesNewRomanResolvesToMetricCompatibleLiberationSerif() throws {
        let regular = try sharedFonts.face(family: "Times New Roman", bold: false, italic: false)
        #expect(regular.familyName == "Liberation Serif")
        #expect(!regular.isBold && !regular.isItalic)
        let boldItalic = try sharedFonts.face(family: "Times New Roman", bold: true, italic: true)
        #expect(boldItalic.isBold && boldItalic.isItalic)
        #expect(try sharedFonts.face(family: "Times New Roman", bold: true, italic: false).postScriptName == "LiberationSerif-Bold")
        #expect(try sharedFonts.face(family: "Times New Roman", bold: false, italic: true).postScriptName == "LiberationSerif-Italic")
    }

    @Test func everyVietnameseLetterIsCoveredByTheBodyFace() throws {
        let face = try sharedFonts.face(family: "Times New Roman", bold: false, italic: false)
        let letters = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
        for character in letters + letters.uppercased() {
            #expect(face.covers(character), "\(character)")
        }
    }

    @Test func aUserFolderTakesPrecedenceOverTheShippedFonts() throws {
        let userFolder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: userFolder) }
        let shipped = fontFolder
        try FileManager.default.copyItem(at: shipped.appendingPathComponent("LiberationSerif-Bold.ttf"),
                                         to: userFolder.appendingPathComponent("MyBold.ttf"))
        let library = try FontLibrary(directories: [userFolder, shipped])
        let bold = try library.face(family: "Liberation Serif", bold: true, italic: false)
        #expect(bold.path.hasPrefix(userFolder.path))
        let regular = try library.face(family: "Liberation Serif", bold: false, italic: false)
        #expect(regular.path.hasPrefix(shipped.path))
    }

    @Test func anUnknownFamilyIsAnErrorNamingWhatExists() throws {
        #expect(throws: FontError.self) { try sharedFonts.face(family: "Không Có Phông", bold: false, italic: false) }
        do {
            _ = try sharedFonts.face(family: "Không Có Phông", bold: false, italic: false)
        } catch {
            #expect(error as? FontError == .familyNotFound(family: "Không Có Phông", available: sharedFonts.familyNames))
            #expect("\(error)".contains("Liberation Serif"))
        }
    }

    @Test func aCharacterTheBodyFaceLacksComesFromTheFallbackFace() throws {
        let document = layOut([.paragraph(Paragraph("Xếp hạng ★ nhất", body14))])
        let runs = textRuns(document.pages[0])
        let star = try #require(runs.first { $0.text.contains("★") })
        #expect(star.face.familyName == "DejaVu Sans")
        #expect(runs.contains { $0.text.contains("Xếp") && $0.face.familyName == "Liberation Serif" })
        #expect(document.warnings.isEmpty)
    }

    @Test func aCharacterNoFaceHasIsReportedWithItsCodePointAndContext() throws {
        let source = SourceLocation(file: "du-lieu.yaml", line: 7)
        let document = layOut([.paragraph(Paragraph([.text("Đơn vị \u{E123} số 1", body14, source)]))])
        let warning = try #require(document.warnings.first)
        #expect(warning.kind == .missingGlyph(character: "\u{E123}", context: "Đơn vị \u{E123} số 1"))
        #expect(warning.source == source)
        #expect("\(warning)".contains("U+E123") && "\(warning)".contains("du-lieu.yaml, dòng 7"))
    }
}
