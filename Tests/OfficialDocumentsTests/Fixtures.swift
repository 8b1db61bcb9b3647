import DocumentMarkup
import Foundation
import OfficialDocuments
import Typesetting
import VietnameseText

/// Realistic documents for the conformance suite, from the seed reports (names invented).
enum Fixtures {
    static let fonts: FontLibrary = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fonts")
        do { return try FontLibrary(directories: [folder]) } catch { fatalError("fonts: \(error)") }
    }()

    static func body(_ markup: String, file: String = "test.mustache") -> MarkupDocument {
        do { return try MarkupParser.parse(markup, sourceName: file) } catch { fatalError("\(error)") }
    }

    static let given = ["An", "Bình", "Chi", "Dũng", "Đức", "Giang", "Hà", "Hùng", "Khánh", "Lan", "Minh", "Nga",
                        "Phương", "Quân", "Thảo", "Vy", "Yến", "Tâm", "Sơn", "Oanh"]
    static let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"]
    static let middle = ["Văn", "Thị", "Minh", "Ngọc", "Hữu", "Thanh", "Quốc", "Thu"]

    static func person(_ i: Int) -> String {
        "\(family[i % family.count]) \(middle[(i / 3) % middle.count]) \(given[(i * 7) % given.count])"
    }

    static let provinces = ["Bến Tre", "Vĩnh Long", "An Giang", "Bạc Liêu", "Cà Mau", "Cần Thơ", "Đồng Tháp",
                            "Hậu Giang", "Kiên Giang", "Long An", "Sóc Trăng", "Tiền Giang", "Trà Vinh"]

    /// The annex's grand total: 1.760.000 đồng per individual and 3.510.000 per collective,
    /// grouped by dots ("542.040.000" for 300).
    static func total(individuals: Int) -> String {
        let digits = Array(String(individuals * 1_760_000 + 4 * 3_510_000))
        return stride(from: digits.count, to: 0, by: -3).reversed()
            .map { String(digits[max(0, $0 - 3)..<$0]) }.joined(separator: ".")
    }

    /// Quyết định tặng Bằng khen with an annex of `individuals` names (+ 4 collectives).
    static func decision(individuals: Int = 300) -> AdministrativeDocument {
        var rows = ""
        for (i, p) in provinces.prefix(4).enumerated() {
            rows += "| \(i + 1) | Phòng Công chức, viên chức, Sở Nội vụ tỉnh \(p) | | 3.510.000 | |\n"
        }
        var individualsRows = ""
        for i in 0..<individuals {
            individualsRows += "| \(i + 1) | \(MarkupEscaper.escape(person(i))) | Chuyên viên, Sở Nội vụ tỉnh \(provinces[i % provinces.count]) | 1.760.000 | |\n"
        }
        let markup = """
        Điều #. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 04 tập thể và \(individuals) cá nhân thuộc Cụm thi đua các Sở Nội vụ tỉnh, thành phố Tây Nam Bộ đã có thành tích xuất sắc trong phong trào thi đua năm 2022 (có danh sách kèm theo).

        Điều #. Tập thể được tặng Bằng khen được tặng thưởng 3.510.000 đồng; cá nhân được tặng thưởng 1.760.000 đồng, theo quy định tại Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ^[Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng.].

        Điều #. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính, thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.

        ::: phu-luc tiêu-đề="Danh sách tập thể, cá nhân được tặng Bằng khen"
        {cột="12mm 5* 6* 28mm 2*" căn="giữa trái trái phải giữa"}
        | TT | Họ và tên | Chức vụ, đơn vị công tác | Số tiền (đồng) | Ghi chú |
        |----|-----------|--------------------------|----------------|---------|
        {nhóm} | {gộp=5 trái} I. TẬP THỂ |
        \(rows){nhóm} | {gộp=5 trái} II. CÁ NHÂN |
        \(individualsRows){tổng} | {gộp=3} Tổng cộng | \(total(individuals: individuals)) | |
        :::
        """
        return AdministrativeDocument(
            parentBody: nil, issuer: "Ủy ban nhân dân tỉnh Bến Tre",
            number: try! DocumentNumber(number: 487, typeAbbreviation: "QĐ", issuerSymbol: "UBND"),
            place: "Bến Tre", date: .fixed(try! CalendarDate(year: 2023, month: 3, day: 6)),
            typeName: "Quyết định",
            subject: "Về việc tặng Bằng khen cho các tập thể và cá nhân thuộc Cụm thi đua các Sở Nội vụ tỉnh, thành phố Tây Nam Bộ",
            authority: "Chủ tịch Ủy ban nhân dân tỉnh Bến Tre",
            legalBases: ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                         "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                         "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;"],
            proposal: "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 125/TTr-SNV ngày 01 tháng 3 năm 2023.",
            enactingLine: "Quyết định:",
            body: body(markup, file: "Templates/quyet-dinh.mustache"),
            signature: .single(Signer(authority: .onBehalfOf, authorityBody: "Ủy ban nhân dân", title: "Chủ tịch", name: "Trần Ngọc Tam")),
            recipients: ["Như Điều 3", "Bộ Nội vụ (Vụ Thi đua - Khen thưởng)", "Chủ tịch, các PCT UBND tỉnh", "Sở Nội vụ các tỉnh, thành phố Tây Nam Bộ"],
            archive: "VT, TĐKT")
    }

    /// Giao ước thi đua of the 13 Tây Nam Bộ Sở Nội vụ, with the six commitments, signature grid.
    static func covenant() -> AdministrativeDocument {
        let members = provinces.enumerated().map { i, p in "- Sở Nội vụ \(p == "Cần Thơ" ? "thành phố" : "tỉnh") \(p)\(i == provinces.count - 1 ? "." : ";")" }.joined(separator: "\n")
        let cells = provinces.enumerated().map { i, p in
            "| Sở Nội vụ \(p == "Cần Thơ" ? "thành phố" : "tỉnh") \(p) | \(i == 0 ? "Giám đốc" : "KT. Giám đốc<br>Phó Giám đốc") | \(person(i * 5 + 1)) |"
        }.joined(separator: "\n")
        let markup = """
        Thực hiện Kế hoạch tổ chức phong trào thi đua năm 2023 của Cụm thi đua, các đơn vị thành viên gồm:

        \(members)

        cùng thống nhất ký kết Giao ước thi đua năm 2023 với các nội dung sau:

        # Nội dung giao ước
        #. Thực hiện tốt các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.
        #. Hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ được giao năm 2023.
        #. Đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân.
        #. Thực hiện tốt công tác thi đua, khen thưởng; phát hiện, nhân rộng điển hình tiên tiến.
        #. Xây dựng tổ chức đảng, cơ quan, đoàn thể trong sạch, vững mạnh.
        #. Thực hành tiết kiệm, chống lãng phí; phòng, chống tham nhũng, tiêu cực.

        # Tổ chức thực hiện
        Các đơn vị thành viên tổ chức quán triệt nội dung Giao ước đến toàn thể cán bộ, công chức, viên chức; định kỳ 6 tháng và cuối năm báo cáo kết quả về đơn vị Cụm trưởng để tổng hợp.

        ::: chu-ky cột=3
        \(cells)
        :::
        """
        return AdministrativeDocument(
            issuer: "Cụm thi đua các Sở Nội vụ các tỉnh, thành phố Tây Nam Bộ",
            number: nil, place: "Bến Tre", date: .fixed(try! CalendarDate(year: 2023, month: 3, day: 6)),
            typeName: "Giao ước thi đua", subject: "Năm 2023",
            body: body(markup, file: "Templates/giao-uoc.mustache"), signature: .none)
    }

    /// Biên bản hội nghị of the Cụm Bắc Bộ 2020.
    static func minutes() -> AdministrativeDocument {
        let units = ["Hải Phòng": 994, "Vĩnh Phúc": 990, "Nam Định": 988, "Bắc Ninh": 985, "Hà Nội": 985,
                     "Quảng Ninh": 980, "Thái Bình": 975, "Hà Nam": 972, "Hưng Yên": 970, "Hải Dương": 968, "Ninh Bình": 960]
        let ranked = units.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        var rank = 0, previous = -1
        var rows = ""
        for (i, (unit, score)) in ranked.enumerated() {
            if score != previous { rank = i + 1; previous = score }
            rows += "| \(rank) | Sở Nội vụ \(unit) | \(score) |\n"
        }
        let markup = """
        Vào lúc 08 giờ 00 phút ngày 11 tháng 12 năm 2020, tại Trung tâm Hội nghị thành phố Hải Phòng, Cụm thi đua các tỉnh, thành phố Bắc Bộ tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2020.

        # Thành phần
        - Chủ trì: bà Nguyễn Thị Thu, Giám đốc Sở Nội vụ thành phố Hải Phòng, Cụm trưởng.
        - Thư ký: ông Vũ Hoàng Nam, Trưởng phòng Thi đua - Khen thưởng.
        - Có mặt 11/11 đơn vị.

        # Kết quả chấm điểm
        {cột="15mm 6* 30mm" căn="giữa trái phải"}
        | Hạng | Đơn vị | Điểm |
        |---|
        \(rows)
        # Bầu Cụm trưởng, Cụm phó năm 2021
        Hội nghị thống nhất suy tôn Sở Nội vụ tỉnh Nam Định làm Cụm trưởng, Sở Nội vụ tỉnh Quảng Ninh làm Cụm phó Cụm thi đua năm 2021 (11/11 phiếu, đạt 100%).

        Hội nghị kết thúc lúc 11 giờ 30 phút cùng ngày.
        """
        return AdministrativeDocument(
            issuer: "Cụm thi đua các tỉnh, thành phố Bắc Bộ", number: try! DocumentNumber(number: 1, typeAbbreviation: "BB", issuerSymbol: "CTĐ"),
            place: "Hải Phòng", date: nil, typeName: "Biên bản", subject: "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2020",
            body: body(markup, file: "Templates/bien-ban.mustache"),
            signature: .minutes(secretary: Signer(title: "Thư ký", name: "Vũ Hoàng Nam"),
                                chair: Signer(title: "Chủ trì", name: "Nguyễn Thị Thu")),
            recipients: ["Các đơn vị thành viên Cụm", "Vụ Thi đua - Khen thưởng, Bộ Nội vụ"], archive: "VT")
    }

    /// Kế hoạch of the Bắc Trung Bộ cluster 2022 with a timetable.
    static func plan() -> AdministrativeDocument {
        let markup = """
        # Mục đích, yêu cầu
        ## Mục đích
        Tổ chức phong trào thi đua sâu rộng, thiết thực, hiệu quả nhằm động viên cán bộ, công chức, viên chức các Sở Nội vụ trong Cụm phấn đấu hoàn thành xuất sắc nhiệm vụ chính trị năm 2022.
        ## Yêu cầu
        Phong trào thi đua phải có nội dung, tiêu chí cụ thể, gắn với nhiệm vụ chuyên môn; việc bình xét khen thưởng bảo đảm công khai, dân chủ, đúng người, đúng thành tích.

        # Nội dung
        ## Chủ đề
        "Đoàn kết, kỷ cương, đổi mới, sáng tạo, hoàn thành xuất sắc nhiệm vụ được giao".
        ## Các phong trào thi đua
        - Phong trào thi đua "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở";
        - Phong trào thi đua "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau".

        # Danh hiệu, hình thức khen thưởng
        Cuối năm, Cụm tổ chức bình xét, suy tôn 02 đơn vị dẫn đầu đề nghị Bộ trưởng Bộ Nội vụ tặng Cờ thi đua; 03 đơn vị đề nghị tặng Bằng khen.

        # Tổ chức thực hiện
        {cột="12mm 8* 5*" căn="giữa trái giữa"}
        | TT | Nội dung | Thời gian |
        |---|
        | 1 | Phát động phong trào, ký kết giao ước thi đua | Tháng 3/2022 |
        | 2 | Sơ kết 6 tháng | Tháng 7/2022 |
        | 3 | Tổng kết, bình xét, suy tôn | Tháng 12/2022 |

        Các đơn vị thành viên căn cứ Kế hoạch này triển khai thực hiện.
        """
        return AdministrativeDocument(
            issuer: "Cụm thi đua các Sở Nội vụ các tỉnh Bắc Trung Bộ",
            number: try! DocumentNumber(number: 5, typeAbbreviation: "KH", issuerSymbol: "CTĐ"),
            place: "Thanh Hóa", date: .fixed(try! CalendarDate(year: 2022, month: 2, day: 15)),
            typeName: "Kế hoạch", subject: "Tổ chức phong trào thi đua năm 2022",
            body: body(markup, file: "Templates/ke-hoach.mustache"),
            signature: .single(Signer(authority: .onBehalfOf, authorityBody: "Cụm thi đua", title: "Cụm trưởng", name: "Lê Văn Hùng")),
            recipients: ["Vụ Thi đua - Khen thưởng, Bộ Nội vụ", "Các đơn vị thành viên Cụm"], archive: "VT")
    }

    /// Công văn of a Sở Nội vụ: no title, its subject "V/v …" under the number, to two addressees.
    static func letter() -> AdministrativeDocument {
        let markup = """
        Sở Nội vụ hướng dẫn các cơ quan, đơn vị lập hồ sơ đề nghị khen thưởng năm 2026 như sau.

        #. Hồ sơ gửi về Sở trước ngày 15 tháng 12 năm 2026.

        #. Mỗi hồ sơ có tờ trình, biên bản bình xét và báo cáo thành tích của tập thể, cá nhân được đề nghị.
        """
        var document = AdministrativeDocument(
            issuer: "Sở Nội vụ tỉnh Vĩnh Long", number: try! DocumentNumber(number: 45, typeAbbreviation: nil, issuerSymbol: "SNV-TĐKT"),
            place: "Vĩnh Long", date: .fixed(try! CalendarDate(year: 2026, month: 11, day: 2)), typeName: "Công văn",
            letterSubject: "hướng dẫn hồ sơ đề nghị khen thưởng năm 2026",
            body: body(markup, file: "Templates/cong-van.mustache"),
            signature: .single(Signer(authority: .deputy, authorityBody: "Giám đốc", title: "Phó Giám đốc", name: "Lê Văn Hùng")),
            recipients: ["Như trên"], archive: "VT, TĐKT")
        document.addressees = ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các huyện, thị xã, thành phố"]
        return document
    }

    /// The decision as a draft: number and date left blank for the văn thư and the signer.
    static func draftDecision() -> AdministrativeDocument {
        var document = decision(individuals: 3)
        document.number = try! DocumentNumber(number: nil, typeAbbreviation: "QĐ", issuerSymbol: "UBND")
        document.date = .draft(year: 2026, month: nil)
        return document
    }

    static func render(_ document: AdministrativeDocument, style: DocumentStyle = DocumentStyle()) -> (LaidOutDocument, ComposedDocument) {
        let typesetter = Typesetter(fonts: fonts)
        let composed = DocumentComposer(style: style).compose(document)
        return (typesetter.layout(composed.document), composed)
    }
}
