import DataInput
@testable import DocumentRegister
import Foundation
import Testing
import VietnameseText

/// The number goes into the clerk's file at the place DataNode recorded, and nothing else moves.
@Suite struct NumberedTextTests {
    let day = try! CalendarDate(year: 2026, month: 1, day: 5)

    @Test func insertsAfterTheIssuerSymbolKeepingCommentsAndOrder() throws {
        let edited = try NumberedText.apply(to: Fixture.decision, file: "qd.yaml", number: 7, date: day)
        let expected = Fixture.decision.replacingOccurrences(
            of: "ky_hieu_co_quan: UBND   # chữ viết tắt trong số, ký hiệu\n",
            with: "ky_hieu_co_quan: UBND   # chữ viết tắt trong số, ký hiệu\nso: 7\nngay_ban_hanh: 05/01/2026\n")
        #expect(edited == expected)
    }

    @Test func aDateAlreadyWrittenIsLeftAsItIs() throws {
        let source = "mau: x\nky_hieu_co_quan: UBND\nngay_ban_hanh: 2026-12-31 # ngày ký\n"
        let edited = try NumberedText.apply(to: source, file: "qd.yaml", number: 12, date: nil)
        #expect(edited == "mau: x\nky_hieu_co_quan: UBND\nso: 12\nngay_ban_hanh: 2026-12-31 # ngày ký\n")
    }

    @Test func anEmptyValueIsFilledInItsPlaceWithItsComment() throws {
        let source = "mau: x\nso:    # số do văn thư cấp\nky_hieu_co_quan: UBND\nngay_ban_hanh: ~\nluu: VT\n"
        let edited = try NumberedText.apply(to: source, file: "qd.yaml", number: 3, date: day)
        #expect(edited == "mau: x\nso: 3 # số do văn thư cấp\nky_hieu_co_quan: UBND\nngay_ban_hanh: 05/01/2026\nluu: VT\n")
        let quoted = try NumberedText.apply(to: "ky_hieu_co_quan: UBND\nso: ''\n", file: "qd.yaml", number: 3, date: nil)
        #expect(quoted == "ky_hieu_co_quan: UBND\nso: 3\n")
    }

    @Test func lineEndingsTheByteOrderMarkAndAMissingLastLineBreakStay() throws {
        let source = "\u{FEFF}# ghi chú\r\nmau: x\r\nky_hieu_co_quan: UBND\r\nluu: VT"
        let edited = try NumberedText.apply(to: source, file: "qd.yaml", number: 10, date: nil)
        #expect(edited == "\u{FEFF}# ghi chú\r\nmau: x\r\nky_hieu_co_quan: UBND\r\nso: 10\r\nluu: VT")
        let last = try NumberedText.apply(to: "mau: x\nky_hieu_co_quan: UBND", file: "qd.yaml", number: 1, date: nil)
        #expect(last == "mau: x\nky_hieu_co_quan: UBND\nso: 1")
    }

    /// The symbol given in a shared file: the number goes after `mau`.
    @Test func withoutTheSymbolTheNumberFollowsTheTemplateName() throws {
        let source = "mau: quyet-dinh-khen-thuong\ndung_chung: chung.yaml\nluu: VT\n"
        let edited = try NumberedText.apply(to: source, file: "qd.yaml", number: 2, date: nil)
        #expect(edited == "mau: quyet-dinh-khen-thuong\nso: 2\ndung_chung: chung.yaml\nluu: VT\n")
    }

    @Test func formsItCannotEditAreRefusedWithThePlace() throws {
        let json = #expect(throws: DataError.self) {
            try NumberedText.apply(to: #"{"mau": "x", "ky_hieu_co_quan": "UBND"}"#, file: "qd.json", number: 1, date: nil)
        }
        #expect(json?.description == "qd.json: số chỉ ghi được vào tệp YAML viết theo dòng (tên_trường: giá trị); hãy chuyển tệp sang dạng đó rồi cấp số lại")
        #expect(throws: DataError.self) {
            try NumberedText.apply(to: "{mau: x, ky_hieu_co_quan: UBND}\n", file: "qd.yaml", number: 1, date: nil)
        }
        let block = #expect(throws: DataError.self) {
            try NumberedText.apply(to: "mau: x\nso:\n  - 1\n", file: "qd.yaml", number: 1, date: nil)
        }
        #expect(block?.description.hasPrefix("qd.yaml, dòng 2, cột 1, trường «so»") == true, "\(String(describing: block))")
    }

    /// Whatever the file, either every other value reads the same afterwards or nothing is written.
    @Test func everyOtherValueReadsTheSameAfterwards() throws {
        let sources = [
            Fixture.decision,
            "mau: x\nky_hieu_co_quan: 'UBND' # q\nmo_ta: |\n  # không phải ghi chú\n  dòng hai\nso: ~\n",
            "mau: x\nky_hieu_co_quan: >-\n  UB\n  ND\nluu: VT\n",
            "a: &m { b: 1 }\nmau: x\nc:\n  <<: *m\nky_hieu_co_quan: \"UB\\\"ND\"\n",
        ]
        for source in sources {
            let edited = try NumberedText.apply(to: source, file: "qd.yaml", number: 42, date: day)
            let before = try DataLoader.parse(source, file: "qd.yaml")
            let after = try DataLoader.parse(edited, file: "qd.yaml")
            #expect(try after.required("so").int() == 42)
            #expect(try after.required("ngay_ban_hanh").date() == day || before["ngay_ban_hanh"] != nil)
            let kept = { (node: DataNode) in (try? node.entries())?.filter { !["so", "ngay_ban_hanh"].contains($0.key) } ?? [] }
            #expect(kept(before).map(\.key) == kept(after).map(\.key))
            #expect(zip(kept(before), kept(after)).allSatisfy { NumberedText.fingerprint($0.value) == NumberedText.fingerprint($1.value) })
        }
    }
}
