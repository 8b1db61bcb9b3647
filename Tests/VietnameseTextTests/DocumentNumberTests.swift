import Foundation
import Testing
@testable import VietnameseText

@Suite("Document numbers and types (NĐ 30, Phụ lục III)")
struct DocumentNumberTests {
    @Test func numbersBelowTenGetALeadingZero() throws {
        let five = try DocumentNumber(number: 5, type: .decision, issuerSymbol: "UBND")
        #expect(five.headerLine() == "Số: 05/QĐ-UBND")
        #expect(five.text() == "05/QĐ-UBND")
        #expect(try DocumentNumber(number: 10, type: .decision, issuerSymbol: "UBND").text() == "10/QĐ-UBND")
        #expect(try DocumentNumber(number: 487, type: .decision, issuerSymbol: "UBND").text() == "487/QĐ-UBND")
        #expect(try DocumentNumber(number: 1, type: .plan, issuerSymbol: "CTĐ").text() == "01/KH-CTĐ")
    }

    @Test func officialLetterHasNoTypePart() throws {
        let number = try DocumentNumber(number: 5, type: .officialLetter, issuerSymbol: "BNV-VP")
        #expect(number.headerLine() == "Số: 05/BNV-VP")
        #expect(try DocumentNumber(number: 1237, typeAbbreviation: nil, issuerSymbol: "BNV-VP").text() == "1237/BNV-VP")
    }

    @Test func normativeDocumentsCarryTheYear() throws {
        let decree = try DocumentNumber(number: 98, year: 2023, typeAbbreviation: "NĐ", issuerSymbol: "CP")
        #expect(decree.text() == "98/2023/NĐ-CP")
        #expect(decree.symbol == "2023/NĐ-CP")
    }

    @Test func draftNumberIsBlank() throws {
        let draft = try DocumentNumber(number: nil, type: .decision, issuerSymbol: "UBND")
        #expect(draft.headerLine() == "Số: \u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}/QĐ-UBND")
        #expect(draft.headerLine(blank: Blank(width: 5, filler: " ")) == "Số:      /QĐ-UBND")
        #expect(draft.numberField == nil)
    }

    @Test func invalidNumbersAndSymbolsAreRejected() {
        #expect(throws: DocumentNumberError.numberNotPositive(0)) {
            try DocumentNumber(number: 0, type: .decision, issuerSymbol: "UBND")
        }
        #expect(throws: DocumentNumberError.invalidSymbol("UB ND")) {
            try DocumentNumber(number: 1, type: .decision, issuerSymbol: "UB ND")
        }
        #expect(throws: DocumentNumberError.invalidSymbol("")) {
            try DocumentNumber(number: 1, type: .decision, issuerSymbol: " ")
        }
        #expect(throws: DocumentNumberError.invalidSymbol("Q/Đ")) {
            try DocumentNumber(number: 1, typeAbbreviation: "Q/Đ", issuerSymbol: "UBND")
        }
    }

    @Test func citationInRunningText() throws {
        let number = try DocumentNumber(number: 487, type: .decision, issuerSymbol: "UBND")
        let date = IssueDate.fixed(try CalendarDate(year: 2020, month: 7, day: 15))
        #expect(number.citation(typeName: "Quyết định", date: date) == "Quyết định số 487/QĐ-UBND ngày 15/7/2020")
        #expect(number.citation(type: .decision, date: date) == "Quyết định số 487/QĐ-UBND ngày 15/7/2020")
        let annex = try DocumentNumber(number: 123, type: .decision, issuerSymbol: "UBND")
        let annexDate = IssueDate.fixed(try CalendarDate(year: 2023, month: 1, day: 5))
        #expect(annex.citation(typeName: "Quyết định", date: annexDate, longDate: true)
            == "Quyết định số 123/QĐ-UBND ngày 05 tháng 01 năm 2023")
        let letter = try DocumentNumber(parsing: "1237/BNV-VP")
        #expect(letter.citation(typeName: "Công văn", date: .fixed(try CalendarDate(year: 2022, month: 3, day: 31)))
            == "Công văn số 1237/BNV-VP ngày 31/3/2022")
    }

    @Test func citationOfADraftForAnAnnexHeader() throws {
        let draft = try DocumentNumber(number: nil, type: .decision, issuerSymbol: "UBND")
        let text = draft.citation(typeName: "Quyết định", date: .draft(year: 2026, month: nil), longDate: true,
                                  blank: Blank(width: 5, filler: "_"), dateBlank: Blank(width: 3, filler: "_"))
        #expect(text == "Quyết định số _____/QĐ-UBND ngày ___ tháng ___ năm 2026")
    }

    @Test(arguments: [
        ("05/QĐ-UBND", 5, nil, "QĐ", "UBND"),
        ("Số: 487/QĐ-UBND", 487, nil, "QĐ", "UBND"),
        ("612/KH-CTĐ", 612, nil, "KH", "CTĐ"),
        ("1237/BNV-VP", 1237, nil, nil, "BNV-VP"),
        ("19/CT-TTg", 19, nil, "CT", "TTg"),
        ("98/2023/NĐ-CP", 98, 2023, nil, "NĐ-CP"),
    ] as [(String, Int, Int?, String?, String)])
    func parsing(text: String, number: Int, year: Int?, type: String?, issuer: String) throws {
        let parsed = try DocumentNumber(parsing: text)
        #expect(parsed.number == number)
        #expect(parsed.year == year)
        #expect(parsed.typeAbbreviation == type)
        #expect(parsed.issuerSymbol == issuer)
        #expect(parsed.headerLine() == "Số: " + text.replacingOccurrences(of: "Số: ", with: ""))
    }

    @Test(arguments: ["QĐ-UBND", "5/", "abc/QĐ-UBND", "5/QĐ-UBND/x/y", "5/23/QĐ-UBND", "-5/QĐ-UBND"])
    func parsingRejectsMalformedNumbers(text: String) {
        #expect(throws: DocumentNumberError.self) { try DocumentNumber(parsing: text) }
    }

    // MARK: Phụ lục III

    @Test(arguments: [
        ("Quyết định", "QĐ"), ("Kế hoạch", "KH"), ("Biên bản", "BB"), ("Báo cáo", "BC"), ("Tờ trình", "TTr"),
        ("Thông báo", "TB"), ("Hướng dẫn", "HD"), ("Chương trình", "CTr"), ("Nghị quyết", "NQ"), ("Chỉ thị", "CT"),
        ("Quy chế", "QC"), ("Quy định", "QyĐ"), ("Phương án", "PA"), ("Đề án", "ĐA"), ("Dự án", "DA"),
        ("Hợp đồng", "HĐ"), ("Công điện", "CĐ"), ("Bản ghi nhớ", "BGN"), ("Bản thỏa thuận", "BTT"),
        ("Giấy ủy quyền", "GUQ"), ("Giấy mời", "GM"), ("Giấy giới thiệu", "GGT"), ("Giấy nghỉ phép", "GNP"),
        ("Phiếu gửi", "PG"), ("Phiếu chuyển", "PC"), ("Phiếu báo", "PB"),
        ("Bản sao y", "SY"), ("Bản trích sao", "TrS"), ("Bản sao lục", "SL"),
    ])
    func everyAbbreviationOfND30(name: String, abbreviation: String) {
        let type = DocumentTypes.named(name)
        #expect(type?.abbreviation == abbreviation)
        #expect(DocumentTypes.withAbbreviation(abbreviation)?.name == name)
    }

    @Test func lookupIgnoresCaseSpacingNormalisationAndTonePlacement() {
        #expect(DocumentTypes.named("QUYẾT ĐỊNH")?.abbreviation == "QĐ")
        #expect(DocumentTypes.named("  quyết   định ")?.abbreviation == "QĐ")
        #expect(DocumentTypes.named(nfd("Kế hoạch"))?.abbreviation == "KH")
        #expect(DocumentTypes.named("Bản thoả thuận")?.abbreviation == "BTT")
        #expect(DocumentTypes.named("Giấy uỷ quyền")?.abbreviation == "GUQ")
    }

    @Test func officialLetterAndConventionsOutsideTheTable() {
        let letter = DocumentTypes.named("công văn")
        #expect(letter != nil)
        #expect(letter?.abbreviation == nil)
        #expect(DocumentTypes.named("Giao ước thi đua") == nil)
        #expect(DocumentTypes.withAbbreviation("QYĐ") == nil)
    }

    @Test func tableHasNoDuplicatesAndCopiesAreMarked() {
        let abbreviations = DocumentTypes.all.compactMap(\.abbreviation)
        #expect(Set(abbreviations).count == abbreviations.count)
        #expect(Set(DocumentTypes.all.map { DocumentTypes.lookupKey($0.name) }).count == DocumentTypes.all.count)
        #expect(DocumentTypes.all.filter(\.isCopy).compactMap(\.abbreviation).sorted() == ["SL", "SY", "TrS"])
        #expect(DocumentType.decision.title == "QUYẾT ĐỊNH")
        #expect(DocumentType.minutes.title == "BIÊN BẢN")
    }
}
