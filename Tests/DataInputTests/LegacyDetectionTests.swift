import Foundation
import Testing
import VietnameseText
@testable import DataInput

/// Detection says nothing about genuine text: Vietnamese of administrative documents, English,
/// French and other Western names, numbers and dates, Unicode text with «é», «ô», «ü».
@Suite("Legacy Vietnamese detection: no false positives")
struct LegacyDetectionTests {
    /// Phrases of award decisions, plans, covenants and minutes, names and places.
    static let administrativeCorpus = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
        "Ủy ban nhân dân tỉnh Bến Tre", "Sở Nội vụ tỉnh Lâm Đồng", "UBND tỉnh Tiền Giang",
        "Quyết định về việc khen thưởng các tập thể, cá nhân năm 2024",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
        "Theo đề nghị của Trưởng phòng Tổ chức cán bộ",
        "Tặng Giấy khen cho 04 tập thể và 13 cá nhân đã có thành tích xuất sắc trong thực hiện nhiệm vụ",
        "Mỗi tập thể, cá nhân được tặng Giấy khen kèm theo tiền thưởng theo quy định",
        "Chánh Văn phòng, Trưởng các phòng, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này",
        "Nơi nhận: Như Điều 3; Lưu: VT, TĐKT",
        "Kế hoạch tổ chức phong trào thi đua yêu nước năm 2025",
        "Giao ước thi đua giữa các đơn vị trong Cụm thi đua số 3",
        "Biên bản hội nghị tổng kết công tác thi đua, khen thưởng",
        "Hội nghị đã bỏ phiếu suy tôn Cụm trưởng và Cụm phó cho năm tiếp theo",
        "Danh sách cá nhân đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "Tập thể lao động xuất sắc",
        "Cờ thi đua của Chính phủ", "Bằng khen của Thủ tướng Chính phủ",
        "Phòng Giáo dục và Đào tạo huyện Châu Thành", "Trường Trung học phổ thông Nguyễn Đình Chiểu",
        "Trung tâm Y tế thành phố Mỹ Tho", "Bệnh viện Đa khoa khu vực Cai Lậy",
        "Chi cục Văn thư – Lưu trữ", "Ban Thi đua – Khen thưởng", "Thanh tra Sở", "Văn phòng Hội đồng nhân dân",
        "Người ký: Trần Văn Bình, Giám đốc", "Phó Giám đốc phụ trách", "Thừa lệnh Chủ tịch",
        "Đồng chí Lê Thị Hồng Nhung, chuyên viên Phòng Tổ chức – Biên chế",
        "Ông Phạm Quốc Tuấn, Phó Chủ tịch Ủy ban nhân dân xã", "Bà Huỳnh Thị Ngọc Giàu",
        "Võ Thanh Tùng; Đặng Minh Khôi; Bùi Thị Thu Trang; Dương Văn Hiếu; Hoàng Thị Yến",
        "Ngô Quang Huy; Đỗ Thị Thủy; Vũ Đức Thắng; Lý Thị Mai; Trương Công Khanh; Quách Ngọc Quyên",
        "Hoàn thành xuất sắc nhiệm vụ năm 2023 và năm 2024",
        "Có thành tích tiêu biểu trong phong trào xây dựng nông thôn mới",
        "Đã có nhiều đóng góp trong công tác cải cách hành chính, chuyển đổi số",
        "Tổng số điểm đạt được: 95,5 điểm; xếp hạng nhất", "Ngày 15 tháng 01 năm 2024",
        "Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể", "Ngành Nội vụ tỉnh Tiền Giang",
        "Hồ Chí Minh; Hà Nội; Đà Nẵng; Cần Thơ; Thừa Thiên Huế; Bà Rịa – Vũng Tàu; Quảng Ngãi; Khánh Hòa",
        "uỷ quyền; hoà giải; thuỷ lợi; khoẻ mạnh; hòa bình; khỏe mạnh; thủy sản",
        "NGUYỄN THỊ HỒNG NHUNG", "PHÒNG TỔ CHỨC – BIÊN CHẾ", "GIẤY KHEN", "BẰNG KHEN",
        "Cụm thi đua miền Tây Nam Bộ", "Ủy ban nhân dân xã Tân Thành", "Sở Nội vụ tỉnh Bến Tre",
        "Báo cáo sơ kết sáu tháng đầu năm; phương hướng, nhiệm vụ sáu tháng cuối năm",
        "Đẩy mạnh ứng dụng công nghệ thông tin, giữ gìn kỷ luật, kỷ cương hành chính",
        "Nguyễn Thị Ngọc Giàu, giáo viên Trường Tiểu học Phước Long",
        "Lê Quý Đôn; Nghiêm Xuân Yêm; Khuất Duy Tiến; Ưng Hoàng Phúc; Giang Thị Huyền",
        // Vietnamese written with Latin-1 letters only: the text most like TCVN3 or VNI.
        "Hà Tiên", "Ô Môn", "Tô Hà", "Gò Công", "Trà Vinh", "Hòa Bình", "Thái Bình", "Tây Ninh",
        "Phú Yên", "Tân Phú", "Bình Chánh", "Châu Thành", "Cà Mau", "Kiên Giang", "Lê Hà", "Hà Giang",
        "Lào Cai", "Yên Bái", "Tuyên Quang", "An Giang", "Bà Chiêu", "Cô Tô", "Hà Tây", "Lê Thành Nam",
        "Ông Tô Minh Châu", "Bà Lê Thu Hà", "Phó Chánh Văn phòng", "Tô Hoài", "Hà Tiên – Châu Thành",
        "HÀ TIÊN", "Ô MÔN", "LÊ THÀNH NAM", "CÀ MAU", "TÂY NINH", "PHÚ YÊN", "ÔNG TÔ MINH CHÂU", "BÀ LÊ THU HÀ",
        "Đắk Lắk", "Kon Tum", "Đắk Nông",
    ]

    /// Words of the corpus that are real Vietnamese but outside the spelling rules.
    static let nonSyllables: Set<String> = ["UBND", "VT", "TĐKT", "NĐ", "CP"]

    @Test func everyWordOfTheCorpusIsASyllable() {
        var rejected: [String] = []
        for phrase in Self.administrativeCorpus {
            for word in phrase.split(whereSeparator: { !$0.isLetter }) where !Self.nonSyllables.contains(String(word)) {
                if !VietnameseSyllable.isValid(word) { rejected.append(String(word)) }
            }
        }
        #expect(rejected.isEmpty)
        #expect(Self.administrativeCorpus.joined(separator: " ").split(whereSeparator: { !$0.isLetter }).count > 500)
    }

    @Test func genuineVietnameseIsNeverDetected() {
        for phrase in Self.administrativeCorpus {
            #expect(LegacyVietnamese.detect(phrase) == nil, "\(phrase)")
            for word in phrase.split(separator: " ") {
                #expect(LegacyVietnamese.detect(String(word)) == nil, "\(word)")
            }
        }
        #expect(LegacyVietnamese.detect(Self.administrativeCorpus.joined(separator: "\n")) == nil)
    }

    /// Text with a letter beyond Latin-1 (ă, ơ, ạ …) cannot even be converted.
    @Test func genuineVietnameseDoesNotConvert() {
        for phrase in Self.administrativeCorpus where phrase.unicodeScalars.contains(where: { $0.value > 0xFF && LegacyByte.byte($0) == nil }) {
            for encoding in LegacyVietnamese.Encoding.allCases {
                #expect(LegacyVietnamese.convert(phrase, from: encoding) == nil, "\(phrase) \(encoding)")
            }
        }
    }

    static let westernText = [
        "Hélène Müller", "Café", "Café Sài Gòn", "François Lefèvre", "Jérôme Bézier", "Loïc Le Gall", "Anaïs Nin",
        "Zoë Dubois", "Noël Citroën", "Gaëlle Ménard", "Céline Dion", "Thérèse Martin", "René Descartes",
        "Chloé Lefèbvre", "Maïté", "Raphaël", "Benoît", "Élodie", "Agnès", "Renée", "José Martí", "Jürgen Müller",
        "Björn Åström", "Señor Muñoz", "São Paulo", "João Gonçalves", "Ærø", "Straße", "Dvořák", "Łódź",
        "naïve café résumé", "coöperate façade", "Hôtel Métropole", "Crème brûlée à la carte", "Où est la gare?",
        "Loïc", "Lü", "Naïm", "Caïn", "Thé", "Bé", "Né", "là", "à", "été", "Noé", "Lü Bé", "Loïc Le Gall",
        "Le père de Léa a mangé à la crêperie près de l’hôtel.", "voilà déjà très été où ça",
        "élève père mère frère fête forêt île maïs garçon français naïf", "Noémie Léa Zoé Inès Jérémie Amélie Hervé Rémi",
        "Ñandú", "Señora Peña", "Müller Schön Grüße", "LÊ…", "CAFÉ…", "Ä…", "SCHÄ…",
        "Department of Home Affairs", "Certificate of Merit", "Emulation and commendation",
        "It’s the chair’s decision — final…", "“Quoted” text – with dashes", "Excel™ © 2024 ® €100",
        "Phòng «Café» ở Hà Nội", "Hội thảo về «résumé»", "Nhà hàng Über", "Lê Văn Tô — Café",
    ]

    @Test(arguments: westernText)
    func westernTextIsNeverDetected(text: String) {
        #expect(LegacyVietnamese.detect(text) == nil)
    }

    static let numbersAndDates = [
        "1.490.000", "1,490,000.5", "0,3", "95,5", "15/01/2024", "2024-01-15", "15-01-2024", "04", "13",
        "125/QĐ-SNV", "98/2023/NĐ-CP", "1/7/2026", "2.530.000 đồng", "12,5%", "−5", "½", "25°C", "№ 5", "¹²³",
    ]

    @Test(arguments: numbersAndDates)
    func numbersAndDatesAreNeverDetected(text: String) {
        #expect(LegacyVietnamese.detect(text) == nil)
    }

    @Test func asciiIsNeverConverted() {
        for text in ["Nguyen Van A", "Phong To chuc", "Tran Thi B; 1.490.000", "", "sep=;"] {
            #expect(LegacyVietnamese.detect(text) == nil)
            for encoding in LegacyVietnamese.Encoding.allCases {
                #expect(LegacyVietnamese.convert(text, from: encoding) == text)
            }
        }
    }

    /// One word with one telling character is too little to go on ("Loïc" is VNI "Lọc"); a
    /// column's cells joined give the evidence a single cell lacks.
    @Test func singleWordsNeedTwoSignsOrTheirColumn() throws {
        #expect(LegacyVietnamese.convert("Loïc", from: .vniWindows) == "Lọc")
        #expect(LegacyVietnamese.detect("Loïc") == nil)
        let familyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ"]
        let vni = try familyNames.map { try #require(Encode.vni($0)) }.map(Shown.windows1252)
        #expect(LegacyVietnamese.detect(vni[0]) == nil)            // "Nguyeãn": one word, one mark
        #expect(LegacyVietnamese.detect(vni.joined(separator: "\n")) == .vniWindows)
        #expect(vni.map { LegacyVietnamese.convert($0, from: .vniWindows) } == familyNames)
        let tcvn3 = try familyNames.map { try #require(Encode.tcvn3($0)) }.map(Shown.windows1252)
        #expect(LegacyVietnamese.detect(tcvn3[3]) == .tcvn3)       // "Ph¹m": ¹ between letters tells
        #expect(LegacyVietnamese.detect(tcvn3.joined(separator: "\n")) == .tcvn3)
        #expect(tcvn3.map { LegacyVietnamese.convert($0, from: .tcvn3) } == familyNames)
    }

    @Test func realLegacyCellsAreDetected() {
        let cells: [(String, LegacyVietnamese.Encoding, String)] = [
            ("Phßng Tæ chøc c¸n bé", .tcvn3, "Phòng Tổ chức cán bộ"),
            ("Ph¹m V¨n §ång", .tcvn3, "Phạm Văn Đồng"),
            ("Giao \u{AD}íc thi ®ua", .tcvn3, "Giao ước thi đua"),
            ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", .vniWindows, "Cộng hòa xã hội chủ nghĩa Việt Nam"),
            ("Nguyeãn Thò Hoàng Nhung", .vniWindows, "Nguyễn Thị Hồng Nhung"),
            ("HÃ©lÃ¨ne MÃ¼ller", .utf8ReadAsWindows1252, "Hélène Müller"),
            ("Sá»Ÿ Ná»™i vá»¥", .utf8ReadAsWindows1252, "Sở Nội vụ"),
        ]
        for (cell, encoding, expected) in cells {
            #expect(LegacyVietnamese.detect(cell) == encoding, "\(cell)")
            #expect(LegacyVietnamese.convert(cell, from: encoding) == expected)
        }
    }
}
