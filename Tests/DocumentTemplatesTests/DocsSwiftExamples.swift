import DataInput
import DocumentMarkup
import DocumentTemplates
import Foundation
import Mustache
import OfficialDocuments
import Testing
import Typesetting
import VanBanFiles

// The Swift examples of docs/, each written here as the page shows it (DocsSwiftExamplesTests
// checks that every ```swift block of docs/ is found, line for line, in a file of this name)
// around what it needs, and run.

@Suite final class DocsSwiftExamples {
    /// A folder for each test, removed when the test ends (whether or not it used it).
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-docs-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func engine() throws {
        let fonts = try FontLibrary(directories: [checkout.appendingPathComponent("Fonts")])
        // (VanBan's own Fonts/ folder, a user's folder first: VanBanFiles' ShippedFonts.library(userDirectory:))
        let body = TextStyle(size: 14)
        let paragraph = Paragraph([.text("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", body.with(italic: true))],
                                  style: ParagraphStyle(alignment: .justified, firstLineIndent: Units.cm(1),
                                                        lineSpacing: 1.15, spaceAfter: 6, strut: body))
        let page = PageStyle(margins: EdgeInsets(top: Units.mm(20), right: Units.mm(15), bottom: Units.mm(20), left: Units.mm(30)))
        let document = Document(sections: [Section(blocks: [.paragraph(paragraph)], pageStyle: page)],
                                metadata: DocumentMetadata(title: "Quyết định"))
        let laidOut = Typesetter(fonts: fonts).layout(document)   // pages, outline, warnings
        let pdf: Data = try PDFRenderer.pdfData(laidOut)            // in memory
        let png: Data = try PDFRenderer.pngData(laidOut, page: 0, dpi: 80)
        // Or draw each page on a second thread as soon as it is laid out, into any ByteSink:
        let sink = DataSink()
        let streamed = try PDFRenderer.writePDF(to: sink) { deliver in
            Typesetter(fonts: fonts).layout(document, pageDone: deliver)
        }
        // Files as VanBan writes them (temporary file, fsync, rename; nothing left on failure):
        try DocumentFiles.writePDF(laidOut, to: folder.appendingPathComponent("qd.pdf"), overwrite: false)
        let trace = LayoutTrace.trace(laidOut)                      // the text the golden tests compare

        #expect(pdf.starts(with: Array("%PDF".utf8)) && png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(streamed.pages.count == 1 && sink.data.starts(with: Array("%PDF".utf8)))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("qd.pdf").path))
        #expect(trace.contains("Căn cứ Luật Thi đua"))
    }

    @Test func dataFiles() throws {
        let url = folder.appendingPathComponent("nam-2024.yaml")
        try Data("""
            so_ky_hieu: 12/QĐ-UBND
            ngay_ban_hanh: 06/3/2024
            trich_yeu: Về việc khen thưởng
            nguoi_ky: { ho_ten: Nguyễn Văn An }
            ca_nhan:
              - { ho_ten: Trần Thị Bình, so_tien: 1490000 }
            """.utf8).write(to: url)
        let csvURL = folder.appendingPathComponent("ds.csv")
        try Data("TT,Họ và tên,Đơn vị,Số tiền\n1,Lê Văn Cường,Sở Nội vụ,1490000\nTổng cộng: 01 cá nhân,,,1490000\n".utf8).write(to: csvURL)

        let root = try DataLoader.load(url, displayPath: "nam-2024.yaml")
        try root.checkKeys(allowed: ["so_ky_hieu", "ngay_ban_hanh", "trich_yeu", "nguoi_ky", "ca_nhan"])
        let signer = try root.required("nguoi_ky")
        let name = try signer.required("ho_ten").string()
        let date = try root.required("ngay_ban_hanh").date()
        let note = try root["ghi_chu"]?.string()            // optional: nil when absent or empty
        for person in try root.required("ca_nhan").list() {
            let amountNode = try person.required("so_tien")
            let amount = try amountNode.int()
            if amount % 1000 != 0 { throw amountNode.error("số tiền phải tròn nghìn đồng") }
        }

        let list = try CSVList.read(csvURL, request: ListRequest(name: "ca_nhan", columns: [
            ListColumn(key: "ho_ten", headers: ["Họ và tên", "Họ tên"]),
            ListColumn(key: "don_vi", headers: ["Đơn vị", "Đơn vị công tác"]),
            ListColumn(key: "so_tien", headers: ["Số tiền"], required: false),
        ], kind: .individual, headingField: "hinh_thuc", amountField: "so_tien"))
        // list.rows: the recipients; list.notices: what was skipped or converted;
        // list.statedAmounts: total lines' amounts, checked once the money is computed.

        #expect(name == "Nguyễn Văn An" && date.year == 2024 && note == nil)
        #expect(list.rows.count == 1 && list.statedAmounts.first?.amount == 1_490_000)
    }

    @Test func workbooks() throws {
        let url = checkout.appendingPathComponent("Tests/DataInputTests/Fixtures/xlsx/openpyxl-list.xlsx")
        var cells: [String] = []
        var unsaved: [String] = []

        let workbook = try Workbook.read(url, display: "ds.xlsx")
        for sheet in workbook.sheets where !sheet.isHidden {          // tab order
            for row in sheet.rows where !row.isHidden {               // rows present, ascending
                for cell in row.cells where !sheet.hiddenColumns.contains(cell.column) {
                    switch cell.value {
                    case .text(let text): cells.append(text)          // NFC, whitespace kept
                    case .number(let number): cells.append("\(number)") // 1490000, 0.3, 994.5
                    case .date(let day): cells.append("\(day)")        // by the cell's number format
                    case .boolean, .error: continue
                    case .formulaWithoutValue(let formula): unsaved.append(formula) // never calculated: ask the clerk to open and save it in Excel
                    }
                }
            }
        }

        #expect(!cells.isEmpty)
    }

    @Test func conformance() throws {
        let prepared = try DocumentBuilder.standard().prepare(
            dataFile: checkout.appendingPathComponent("Examples/tay-nam-bo-2023/quyet-dinh-khen-thuong-2022.yaml"), displayPath: "qd.yaml")
        let (document, style, fonts) = (prepared.document, prepared.style, try ShippedFonts.library())
        var found: [ConformanceViolation] = []
        func print(_ violation: ConformanceViolation) { found.append(violation) }

        let composed = DocumentComposer(style: style).compose(document)
        let laidOut = Typesetter(fonts: fonts).layout(composed.document)
        for violation in ND30Conformance.check(document, laidOut: laidOut, style: style) {
            print(violation)   // "trang 1 [dia-danh-ngay]: Tháng in «03», cần «3»: chỉ tháng 1 và tháng 2 … (mục II.4 Phụ lục I)."
        }

        #expect(found.isEmpty, "\(found)")
    }

    @Test func markupEscaperInMustache() throws {
        struct VanBanMarkup: MustacheContentType {
            func escapeText(_ text: String) -> String { MarkupEscaper.escape(text) }
        }
        MustacheContentTypes.register(VanBanMarkup(), named: "VANBAN")
        // each template starts with {{% CONTENT_TYPE: VANBAN}} (or the library makes it the default)

        let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: VANBAN}}\n{{ten}}")
        #expect(template.render(["ten": "*Sở*"]) == MarkupEscaper.escape("*Sở*"))
    }
}

/// Every ```swift block of docs/ is found line for line (indentation aside) in a file named
/// DocsSwiftExamples.swift of a test target, where it runs.
@Suite struct DocsSwiftExamplesTests {
    static func exampleLines() throws -> [String] {
        let tests = checkout.appendingPathComponent("Tests")
        var lines: [String] = []
        for target in try FileManager.default.contentsOfDirectory(atPath: tests.path).sorted() {
            let file = tests.appendingPathComponent(target).appendingPathComponent("DocsSwiftExamples.swift")
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            lines += text.components(separatedBy: "\n").map(\.trimmedWhitespace)
        }
        return lines
    }

    @Test(arguments: DocsExamplesTests.pages)
    func everySwiftExampleRuns(page: String) throws {
        let examples = try DocsExamplesTests.blocks(in: page).filter { $0.language == "swift" }
        let written = try Self.exampleLines()
        for example in examples {
            let lines = example.text.components(separatedBy: "\n").map(\.trimmedWhitespace).filter { !$0.isEmpty && !$0.hasPrefix("import ") }
            let found = written.indices.contains { start in
                var index = start
                for line in lines {
                    while index < written.count && written[index].isEmpty { index += 1 }
                    guard index < written.count, written[index] == line else { return false }
                    index += 1
                }
                return true
            }
            #expect(found, "docs/\(page), line \(example.line): the example is not in a DocsSwiftExamples.swift test")
        }
    }
}
