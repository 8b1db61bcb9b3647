import DocumentRegister
import Foundation
import Testing
import Typesetting
import VanBanFiles
import VietnameseText

// The Swift example of docs/register.md as the page shows it, around what it needs, and run
// (DocumentTemplatesTests' DocsSwiftExamplesTests checks the page's block is found here).

@Suite struct RegisterDocsSwiftExamples {
    /// A pipeline that says what the test's data file is and writes a one-line PDF.
    static let pipeline = IssuePipeline(
        describe: { (_: URL, _: String) throws(IssueStepFailure) -> DocumentFacts in
            DocumentFacts(issuerSymbol: "UBND", issuerName: "ỦY BAN NHÂN DÂN XÃ TÂN THÀNH", typeName: "Quyết định",
                          typeAbbreviation: "QĐ", date: try! CalendarDate(year: 2026, month: 3, day: 6), subject: "Về việc khen thưởng")
        },
        render: { (_: URL, _: String, pdf: URL) throws(IssueStepFailure) -> [String] in
            let document = Document(sections: [Section(blocks: [.paragraph(Paragraph([.text("Quyết định", TextStyle(size: 13))]))],
                                                       pageStyle: PageStyle(margins: EdgeInsets(top: 56, right: 42, bottom: 56, left: 85)))])
            do { try DocumentFiles.writePDF(Typesetter(fonts: try ShippedFonts.library()).layout(document), to: pdf) } catch {
                throw IssueStepFailure(["\(error)"])
            }
            return []
        })

    @Test func issueVoidListExport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-register-docs-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("qd.yaml")
        try Data("mau: quyet-dinh-khen-thuong\n# số do văn thư cấp\nky_hieu_co_quan: UBND\nngay_ban_hanh: 06/3/2026\n".utf8).write(to: url)
        let (pipeline, user) = (Self.pipeline, "van-thu")

        let workspace = RegisterWorkspace(folder: folder, display: "ho-so")
        let register = try OutgoingRegister.open(workspace)                 // throws RegisterError
        let issuer = DataFileIssuer(register: register, rules: try NumberingRules.read(workspace),
                                    pipeline: pipeline)                      // describe + render closures
        let outcome = try issuer.issue(IssueRequest(dataFile: url, display: "qd.yaml", actor: user))
        let number = outcome.entry.numberText                                // "01/QĐ-UBND"
        try register.void(numbered: number, year: 2026, reason: "ghi nhầm trích yếu", actor: user)
        let rows = try register.entries(EntryFilter(year: 2026, typeAbbreviation: "QĐ"))
        let bytes = try RegisterExport.data(rows, year: 2026, format: .xlsx) { try ShippedFonts.library() }

        #expect(number == "01/QĐ-UBND")
        let written = try String(contentsOf: url, encoding: .utf8)
        #expect(written.contains("so: 1") || written.contains("so: 01"), "\(written)")
        #expect(rows.count == 1 && rows[0].voidReason == "ghi nhầm trích yếu" && bytes.starts(with: Array("PK".utf8)))
    }
}
