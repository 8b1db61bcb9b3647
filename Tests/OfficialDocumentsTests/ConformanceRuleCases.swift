import DocumentMarkup
import Foundation
@testable import OfficialDocuments
import Typesetting
import VietnameseText

/// The cases of ConformanceTests.eachRulePassesItsDocumentAndFindsTheBrokenOne: every rule of
/// ND30Conformance, broken once or more.
enum RuleCases {
    typealias T = ConformanceTests

    static func `case`(_ rule: String, _ name: String, _ passing: @escaping @Sendable () -> Checked,
                       says: String, _ breaking: @escaping @Sendable () -> Checked) -> RuleCase {
        RuleCase(rule: rule, name: name, passing: passing, breaking: breaking, says: says)
    }

    static let all: [RuleCase] = page + header + title + body + signing + annex

    static let page: [RuleCase] = [
        `case`("kho-giay", "US Letter", { T.decisionChecked }, says: "mục I.1 Phụ lục I") {
            var broken = T.decisionChecked
            broken.laidOut.pages[0].size = Size(width: 612, height: 792)
            return broken
        },
        `case`("kho-giay", "a landscape page without a table", { T.covenantChecked }, says: "chiều rộng") {
            var broken = T.covenantChecked
            broken.laidOut.pages[0].size = Size(width: Units.mm(297), height: Units.mm(210))
            return broken
        },
        `case`("le-trang", "a line in the left margin", { T.decisionChecked }, says: "ra ngoài lề trái") {
            T.with(T.decisionChecked) { Alter.runs($0, page: 0, where: { $0.text.hasPrefix("Căn cứ Luật Thi đua") }) { $0.origin.x -= 40 } }
        },
        `case`("le-trang", "text in the top margin", { T.planChecked }, says: "lề trên chỉ có số trang") {
            T.with(T.planChecked) { Alter.runs($0, page: 0, where: { $0.text == "KẾ HOẠCH" }) { $0.origin.y = 30 } }
        },
        `case`("phong-chu", "a fallback face", { T.decisionChecked }, says: "DejaVu Sans") {
            T.with(T.decisionChecked) { Alter.runs($0, page: 0, where: { $0.text == "QUYẾT ĐỊNH" }) { Alter.face(&$0, family: "DejaVu Sans") } }
        },
        `case`("co-chu", "16 pt", { T.decisionChecked }, says: "cỡ chữ 16") {
            T.with(T.decisionChecked) { Alter.runs($0, page: 0, where: { $0.text.hasPrefix("Căn cứ Luật Tổ chức") }) { $0.size = 16 } }
        },
        `case`("kieu-trinh-bay", "line spacing 2", { T.shortDecision }, says: "«gian_dong» = 2") {
            var style = DocumentStyle()
            style.lineSpacing = 2
            return T.checked(Fixtures.decision(individuals: 5), style: style)
        },
        `case`("so-trang", "the annex's second page numbered 3", { T.decisionChecked }, says: "cần «2»") {
            T.with(T.decisionChecked) { laidOut in
                let page = laidOut.pages.firstIndex { $0.sectionIndex == 1 }! + 1
                return Alter.runs(laidOut, page: page, where: { $0.text == "2" && $0.origin.y < a4.margins.top }) { $0.text = "3" }
            }
        },
        `case`("so-trang", "a number on the first page", { T.decisionChecked }, says: "không hiển thị số trang thứ nhất") {
            T.with(T.decisionChecked) { laidOut in
                guard case let .text(number)? = laidOut.pages[2].items.first(where: { if case let .text(r) = $0 { r.origin.y < a4.margins.top } else { false } })
                else { return laidOut }
                return Alter.items(laidOut, page: 0) { $0.append(.text(number)) }
            }
        },
        `case`("so-trang", "off centre", { T.decisionChecked }, says: "canh giữa") {
            T.with(T.decisionChecked) { Alter.runs($0, page: 3, where: { $0.origin.y < a4.margins.top }) { $0.origin.x += 20 } }
        },
    ]

    static let header: [RuleCase] = [
        `case`("quoc-hieu", "14 pt", { T.decisionChecked }, says: "cỡ chữ 14") {
            T.with(T.decisionChecked) { Alter.runs($0, page: 0, where: { $0.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }) { $0.size = 14 } }
        },
        `case`("quoc-hieu", "on the left", { T.planChecked }, says: "bên phải") {
            T.with(T.planChecked) { Alter.runs($0, page: 0, where: { $0.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }) { $0.origin.x = bodyLeft; $0.origin.y = 400 } }
        },
        `case`("tieu-ngu", "no rule under it", { T.decisionChecked }, says: "không có đường kẻ") {
            T.with(T.decisionChecked) { Alter.rule(under: "Độc lập - Tự do - Hạnh phúc", $0) { $0 = nil } }
        },
        `case`("tieu-ngu", "a short rule", { T.minutesChecked }, says: "dài bằng độ dài của dòng chữ") {
            T.with(T.minutesChecked) { Alter.rule(under: "Độc lập - Tự do - Hạnh phúc", $0) { $0?.to.x -= 30 } }
        },
        `case`("tieu-ngu", "hyphens without spaces", { T.covenantChecked }, says: "gạch nối") {
            T.with(T.covenantChecked) { Alter.runs($0, page: 0, where: { $0.text == "Độc lập - Tự do - Hạnh phúc" }) { $0.text = "Độc lập-Tự do-Hạnh phúc" } }
        },
        `case`("co-quan", "a rule as long as the name", { T.decisionChecked }, says: "1/3 đến 1/2") {
            T.with(T.decisionChecked) { laidOut in
                let lines = laidOut.pages[0].textLines.filter { $0.text.contains("BẾN TRE") && $0.centreX < bodyCentre }
                return Alter.rule(under: lines.last!.runs.last!.text, laidOut) { rule in
                    rule?.from.x = lines.last!.minX; rule?.to.x = lines.last!.maxX
                }
            }
        },
        `case`("co-quan", "the issuer not bold", { T.planChecked }, says: "không đậm") {
            T.with(T.planChecked) { Alter.runs($0, page: 0, where: { $0.text.contains("CỤM THI ĐUA") }) { Alter.face(&$0, bold: false) } }
        },
        `case`("co-quan", "the parent body missing", { T.checked(Fixtures.letter()) }, says: "cơ quan chủ quản") {
            var broken = T.letterChecked
            broken.document.parentBody = "Ủy ban nhân dân tỉnh Vĩnh Long"
            return broken
        },
        `case`("so-ky-hieu", "no leading zero", { T.planChecked }, says: "số 0 phía trước") {
            T.with(T.planChecked) { Alter.runs($0, page: 0, where: { $0.text == "Số: 05/KH-CTĐ" }) { $0.text = "Số: 5/KH-CTĐ" } }
        },
        `case`("so-ky-hieu", "a draft with a number", { T.checked(Fixtures.draftDecision()) }, says: "để trống") {
            (Fixtures.draftDecision(), T.shortDecision.laidOut, DocumentStyle())
        },
        `case`("so-ky-hieu", "no colon", { T.minutesChecked }, says: "dấu hai chấm") {
            T.with(T.minutesChecked) { Alter.runs($0, page: 0, where: { $0.text == "Số: 01/BB-CTĐ" }) { $0.text = "Số 01/BB-CTĐ" } }
        },
        `case`("dia-danh-ngay", "day and month digits", { T.decisionChecked }, says: "chỉ tháng 1 và tháng 2") {
            T.with(T.decisionChecked) { Alter.runs($0, page: 0, where: { $0.text == "Bến Tre, ngày 06 tháng 3 năm 2023" }) { $0.text = "Bến Tre, ngày 6 tháng 03 năm 2023" } }
        },
        `case`("dia-danh-ngay", "wrapped", { T.decisionChecked }, says: "xuống dòng") {
            T.with(T.decisionChecked) { laidOut in
                var tail: GlyphRun?
                var changed = Alter.runs(laidOut, page: 0, where: { $0.text == "Bến Tre, ngày 06 tháng 3 năm 2023" }) { run in
                    run.text = "Bến Tre, ngày 06 tháng 3"
                    var next = run
                    next.text = "năm 2023"
                    next.origin.y += 16
                    tail = next
                }
                if let tail { changed.pages[0].items.append(.text(tail)) }
                return changed
            }
        },
        `case`("dia-danh-ngay", "not on the number's line", { T.planChecked }, says: "cùng dòng với số") {
            T.with(T.planChecked) { Alter.runs($0, page: 0, where: { $0.text == "Thanh Hóa, ngày 15 tháng 02 năm 2022" }) { $0.origin.y += 6 } }
        },
        `case`("dia-danh-ngay", "a biên bản given no date prints one", { T.minutesChecked }, says: "Biên bản có dòng") {
            var dated = Fixtures.minutes()
            dated.date = .fixed(try! CalendarDate(year: 2020, month: 12, day: 11))
            return (Fixtures.minutes(), Fixtures.render(dated).0, DocumentStyle())
        },
        `case`("dia-danh-ngay", "a date line the document has not", { T.covenantChecked }, says: "không có ngày ban hành nhưng in") {
            var broken = T.covenantChecked
            broken.document.date = nil
            return broken
        },
        `case`("dia-danh-ngay", "a draft dated", { T.checked(Fixtures.draftDecision()) }, says: "để trống") {
            var draft = Fixtures.draftDecision()
            draft.number = Fixtures.decision().number
            return (draft, T.shortDecision.laidOut, DocumentStyle())
        },
    ]

    static let title: [RuleCase] = [
        `case`("ten-loai", "not uppercase", { T.decisionChecked }, says: "chữ in hoa") {
            T.with(T.decisionChecked) { Alter.runs($0, page: 0, where: { $0.text == "QUYẾT ĐỊNH" }) { $0.text = "Quyết định" } }
        },
        `case`("ten-loai", "no rule under the subject", { T.planChecked }, says: "không có đường kẻ") {
            T.with(T.planChecked) { Alter.rule(under: "Tổ chức phong trào thi đua năm 2022", $0) { $0 = nil } }
        },
        `case`("ten-loai", "a rule off centre", { T.covenantChecked }, says: "cân đối") {
            T.with(T.covenantChecked) { Alter.rule(under: "Năm 2023", $0) { $0?.from.x += 8; $0?.to.x += 8 } }
        },
        `case`("trich-yeu-cong-van", "V/v in bold", { T.letterChecked }, says: "chữ đậm") {
            T.with(T.letterChecked) { Alter.runs($0, page: 0, where: { $0.text.hasPrefix("V/v") }) { Alter.face(&$0, bold: true) } }
        },
        `case`("trich-yeu-cong-van", "a decision with a V/v", { T.shortDecision }, says: "chỉ công văn") {
            var document = Fixtures.decision(individuals: 5)
            document.letterSubject = "tặng Bằng khen"
            return T.checked(document)
        },
        `case`("tham-quyen", "not bold", { T.decisionChecked }, says: "không đậm") {
            T.with(T.decisionChecked) { Alter.runs($0, page: 0, where: { $0.text == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẾN TRE" }) { Alter.face(&$0, bold: false) } }
        },
    ]

    static let body: [RuleCase] = [
        `case`("can-cu", "a căn cứ without its «;»", { T.shortDecision }, says: "kết thúc bằng «2»") {
            var document = Fixtures.decision(individuals: 5)
            document.legalBases[1] = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"
            return T.checked(document)
        },
        `case`("can-cu", "upright", { T.decisionChecked }, says: "in chữ đứng") {
            T.with(T.decisionChecked) { Alter.runs($0, page: 0, where: { $0.text.hasPrefix("Căn cứ Luật Thi đua") }) { Alter.face(&$0, italic: false) } }
        },
        `case`("dieu", "not bold", { T.decisionChecked }, says: "không in đậm") {
            T.with(T.decisionChecked) { Alter.runs($0, page: 0, where: { $0.text == "Điều 2. " }) { Alter.face(&$0, bold: false) } }
        },
        `case`("de-muc", "a plan's section in lower case", { T.planChecked }, says: "in hoa") {
            T.with(T.planChecked) { Alter.runs($0, where: { $0.text.contains("NỘI DUNG") }) { $0.text = $0.text.replacingOccurrences(of: "NỘI DUNG", with: "Nội dung") } }
        },
        `case`("de-muc", "a titled khoản not bold", { T.planChecked }, says: "không đậm") {
            T.with(T.planChecked) { Alter.runs($0, where: { $0.text.contains("Yêu cầu") && $0.isBold }) { Alter.face(&$0, bold: false) } }
        },
        `case`("diem", "a point lettered f", { checked(points: "{số=e}\n#) Điểm thứ nhất.") }, says: "«f)»") {
            checked(points: "{số=e}\n#) Điểm thứ nhất.\n\n{số=f}\n#) Điểm thứ hai.")
        },
        `case`("doan-van", "indented 2 cm", { T.shortDecision }, says: "lùi đầu dòng 2 cm") {
            var style = DocumentStyle()
            style.firstLineIndent = 2
            return T.checked(Fixtures.decision(individuals: 5), style: style)
        },
        `case`("doan-van", "line spacing 1.8", { T.shortDecision }, says: "giãn dòng 1,8 lần") {
            var style = DocumentStyle()
            style.lineSpacing = 1.8
            return T.checked(Fixtures.decision(individuals: 5), style: style)
        },
        `case`("doan-van", "2 pt between paragraphs", { T.shortDecision }, says: "tối thiểu 6 pt") {
            var style = DocumentStyle()
            style.paragraphSpacing = 2
            return T.checked(Fixtures.decision(individuals: 5), style: style)
        },
        `case`("doan-van", "a line not justified", { T.decisionChecked }, says: "canh đều hai lề") {
            T.with(T.decisionChecked) { laidOut in
                // The first line of Điều 1, which is not its last, ended 30 pt short.
                let line = laidOut.pages[0].textLines.first { $0.text.hasPrefix("Điều 1.") }!
                let last = line.runs.last!
                return Alter.runs(laidOut, page: 0, where: { $0.origin == last.origin }) { $0.width -= 30 }
            }
        },
        `case`("ket-thuc", "no end marker", { T.decisionChecked }, says: "không kết thúc bằng dấu «./.»") {
            T.with(T.decisionChecked) { Alter.runs($0, where: { $0.text.contains("./.") }) { $0.text = $0.text.replacingOccurrences(of: "./.", with: ".") } }
        },
        `case`("ket-thuc", "body text after it", { T.planChecked }, says: "Sau dấu «./.»") {
            T.with(T.planChecked) { laidOut in
                let last = laidOut.pages.count - 1
                guard let name = laidOut.pages[last].run("Lê Văn Hùng") else { return laidOut }
                var stray = name
                Alter.face(&stray, bold: false)
                stray.text = "Một đoạn văn sau chữ ký."
                stray.origin = Point(x: bodyLeft, y: name.origin.y + 30)
                return Alter.items(laidOut, page: last) { $0.append(.text(stray)) }
            }
        },
    ]

    static let signing: [RuleCase] = [
        `case`("chu-ky", "no room to sign", { T.decisionChecked }, says: "Khoảng trống để ký") {
            T.with(T.decisionChecked) { Alter.runs($0, where: { $0.text == "Trần Ngọc Tam" }) { $0.origin.y -= 40 } }
        },
        `case`("chu-ky", "an academic title", { T.shortDecision }, says: "học hàm") {
            var document = Fixtures.decision(individuals: 5)
            document.signature = .single(Signer(authority: .onBehalfOf, authorityBody: "Ủy ban nhân dân", title: "Chủ tịch", name: "TS. Trần Ngọc Tam"))
            return T.checked(document)
        },
        `case`("chu-ky", "the chair lower than the secretary", { T.minutesChecked }, says: "ngang hàng") {
            T.with(T.minutesChecked) { Alter.runs($0, where: { $0.text == "CHỦ TRÌ" }) { $0.origin.y += 8 } }
        },
        `case`("chu-ky", "the signer missing", { T.letterChecked }, says: "Không có phần chữ ký") {
            T.with(T.letterChecked) { Alter.runs($0, where: { $0.text == "Lê Văn Hùng" }) { $0.text = "Lê Hùng" } }
        },
        `case`("noi-nhan", "the last recipient ending «;»", { T.decisionChecked }, says: "kết thúc bằng «;»") {
            T.with(T.decisionChecked) { Alter.runs($0, where: { $0.text == "- Lưu: VT, TĐKT." }) { $0.text = "- Lưu: VT, TĐKT;" } }
        },
        `case`("noi-nhan", "not level with the signer", { T.planChecked }, says: "ngang hàng") {
            T.with(T.planChecked) { Alter.runs($0, where: { $0.text == "Nơi nhận:" }) { $0.origin.y += 3 } }
        },
        `case`("noi-nhan", "a recipient missing", { T.letterChecked }, says: "văn bản có 3 nơi nhận") {
            var broken = T.letterChecked
            broken.document.recipients.append("Cục Văn thư và Lưu trữ nhà nước")
            return broken
        },
        `case`("chu-ky-giao-uoc", "cells in another order", { T.covenantChecked }, says: "theo thứ tự ký") {
            var broken = T.covenantChecked
            broken.document.body = Self.swappingSignatureCells(broken.document.body)
            return broken
        },
        `case`("chu-ky-giao-uoc", "a title in lower case", { T.covenantChecked }, says: "in hoa") {
            T.with(T.covenantChecked) { Alter.runs($0, where: { $0.text == "GIÁM ĐỐC" }) { $0.text = "Giám đốc" } }
        },
    ]

    static let annex: [RuleCase] = [
        `case`("phu-luc", "its label at 13 pt", { T.decisionChecked }, says: "cỡ chữ 13") {
            T.with(T.decisionChecked) { laidOut in
                let page = laidOut.pages.firstIndex { $0.sectionIndex == 1 }!
                return Alter.runs(laidOut, page: page, where: { $0.text == "Phụ lục" }) { $0.size = 13 }
            }
        },
        `case`("phu-luc", "on the pages of the document", { T.decisionChecked }, says: "trang mới") {
            var broken = T.decisionChecked
            for index in broken.laidOut.pages.indices { broken.laidOut.pages[index].sectionIndex = 0 }
            return broken
        },
        `case`("phu-luc", "no «Kèm theo» line", { T.decisionChecked }, says: "Kèm theo") {
            T.with(T.decisionChecked) { laidOut in
                let page = laidOut.pages.firstIndex { $0.sectionIndex == 1 }!
                return Alter.runs(laidOut, page: page, where: { $0.text.hasPrefix("(Kèm theo") }) { $0.text = "(Kèm theo)" }
            }
        },
        `case`("bang-tieu-de", "the header not repeated", { T.decisionChecked }, says: "không lặp lại hàng tiêu đề") {
            T.with(T.decisionChecked) { laidOut in
                let page = laidOut.pages.firstIndex { $0.sectionIndex == 1 }! + 1
                let header = TableGeometry.rows(on: laidOut.pages[page])[0]
                return Alter.items(laidOut, page: page) { items in
                    items.removeAll { if case let .text(run) = $0 { run.origin.y > header.top && run.origin.y < header.bottom } else { false } }
                }
            }
        },
    ]

    /// A plan whose body is `markup`.
    static func checked(points markup: String) -> Checked {
        var document = Fixtures.plan()
        document.body = Fixtures.body(markup)
        return T.checked(document)
    }

    /// The covenant's body with its first two signature cells swapped.
    static func swappingSignatureCells(_ body: MarkupDocument) -> MarkupDocument {
        var body = body
        for index in body.blocks.indices {
            guard case var .signatureGrid(grid) = body.blocks[index].kind else { continue }
            grid.cells.swapAt(0, 1)
            body.blocks[index].kind = .signatureGrid(grid)
        }
        return body
    }
}

