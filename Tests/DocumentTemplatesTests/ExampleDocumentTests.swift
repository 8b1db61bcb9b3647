import DocumentTemplates
import Foundation
import Testing

/// Every example renders, and the facts of its data come back out of the PDF.
@Suite struct ExampleDocumentTests {
    static let examples = checkout.appendingPathComponent("Examples")

    func example(_ path: String) throws -> (text: String, warnings: [String]) {
        let result = try renderText(Self.examples.appendingPathComponent(path), display: "Examples/" + path)
        return (folded(result.text), result.warnings)
    }

    @Test func awardDecisionOfTheTayNamBoCluster() throws {
        let (text, warnings) = try example("tay-nam-bo-2023/quyet-dinh-khen-thuong-2022.yaml")
        #expect(warnings.isEmpty, "\(warnings)")
        for fact in ["BỘ NỘI VỤ", "Số: 152/QĐ-BNV", "Hà Nội, ngày 24 tháng 02 năm 2023", "QUYẾT ĐỊNH",
                     "BỘ TRƯỞNG BỘ NỘI VỤ", "Tặng Cờ thi đua của Bộ Nội vụ cho 01 tập thể",
                     "tặng Bằng khen của Bộ trưởng Bộ Nội vụ cho 04 tập thể và 13 cá nhân",
                     "11.920.000 đồng (Mười một triệu chín trăm hai mươi nghìn đồng)",
                     "2.980.000 đồng (Hai triệu chín trăm tám mươi nghìn đồng)",
                     "1.490.000 đồng (Một triệu bốn trăm chín mươi nghìn đồng)",
                     "Tổng số tiền thưởng là 43.210.000 đồng (Bốn mươi ba triệu hai trăm mười nghìn đồng)",
                     "chịu trách nhiệm thi hành Quyết định này./.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Duy Thành",
                     "- Lưu: VT, TĐKT.", "(Kèm theo Quyết định số 152/QĐ-BNV ngày 24 tháng 02 năm 2023 của Bộ trưởng Bộ Nội vụ)",
                     "I. TẬP THỂ (05)", "II. CÁ NHÂN (13)", "Bằng chữ: Bốn mươi ba triệu hai trăm mười nghìn đồng."] {
            #expect(text.contains(fact), "missing «\(fact)»")
        }
        // Every individual of the CSV list, in its order, with the money.
        let csv = try String(contentsOf: Self.examples.appendingPathComponent("tay-nam-bo-2023/ca-nhan-bang-khen.csv"), encoding: .utf8)
        let names = csv.split(separator: "\n").dropFirst().map { String($0.split(separator: ";")[1]) }
        #expect(names.count == 13)
        var position = text.startIndex
        for name in names {
            guard let range = text.range(of: name, range: position..<text.endIndex) else {
                Issue.record("\(name) missing or out of order")
                continue
            }
            position = range.upperBound
        }
        // A quoted CSV field with doubled quotes (it wraps in the narrow «Ghi chú» column).
        #expect(text.contains("\"xuất") && text.contains("3 năm"))
        // Several award forms: the annex lists them form by form.
        #expect(text.contains("1. Cờ thi đua của Bộ Nội vụ (01)"))
        #expect(text.contains("2. Bằng khen của Bộ trưởng Bộ Nội vụ (04)"))
    }

    /// A commune chairman's Giấy khen of November 2026: the base salary of Nghị định 161/2026
    /// (2.530.000 đồng) and the coefficients of Nghị định 152/2025; the money rows still to verify
    /// are said, not hidden.
    @Test func communeGiayKhenDecisionOf2026() throws {
        let path = "xa-tan-thanh-2026/quyet-dinh-giay-khen-2026.yaml"
        let (text, warnings) = try example(path)
        #expect(warnings.isEmpty, "\(warnings)")
        for fact in ["ỦY BAN NHÂN DÂN XÃ TÂN THÀNH", "Số: 215/QĐ-UBND", "Tân Thành, ngày 20 tháng 11 năm 2026",
                     "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN THÀNH", "cho 03 tập thể và 05 cá nhân",
                     "cho mỗi tập thể là 1.520.000 đồng (Một triệu năm trăm hai mươi nghìn đồng)",
                     "cho mỗi cá nhân là 760.000 đồng (Bảy trăm sáu mươi nghìn đồng)",
                     "Mức lương cơ sở áp dụng là 2.530.000 đồng theo khoản 2 Điều 3 Nghị định số 161/2026/NĐ-CP",
                     "Tổng số tiền thưởng là 8.360.000 đồng", "Nguyễn Văn Hải"] {
            #expect(text.contains(fact), "missing «\(fact)»")
        }
        #expect(!text.contains("TM. ỦY BAN NHÂN DÂN"))
        let prepared = try builder.prepare(dataFile: Self.examples.appendingPathComponent(path), displayPath: path)
        let money = prepared.notices.filter { $0.message.hasPrefix("tiền thưởng dựa trên dòng chưa đối chiếu") }
        #expect(!money.isEmpty && money.allSatisfy { $0.severity == .warning })
        #expect(!prepared.notices.contains { $0.message.hasPrefix("căn cứ") }, "every căn cứ is in force on 20/11/2026")
    }

    @Test func covenantOfTheTayNamBoCluster() throws {
        let (text, warnings) = try example("tay-nam-bo-2023/giao-uoc-thi-dua-2023.yaml")
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(text.contains("GIAO ƯỚC THI ĐUA Năm 2023"))
        #expect(text.contains("Bạc Liêu, ngày 06 tháng 3 năm 2023"))
        #expect(text.contains("- Sở Nội vụ tỉnh Bến Tre (Cụm trưởng);"))
        #expect(text.contains("- Sở Nội vụ tỉnh Vĩnh Long (Cụm phó);"))
        #expect(text.contains("“Đoàn kết, kỷ cương, gương mẫu, đổi mới, sáng tạo, hiệu quả”"))
        #expect(text.contains("6. Thực hiện tốt công tác thi đua, khen thưởng; phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến."))
        // Signature grid: the chair signs first, then the vice-chair.
        let chair = try #require(text.range(of: "Nguyễn Thị Ngọc Giàu"))
        let vice = try #require(text.range(of: "Nguyễn Văn Đời"))
        let others = try #require(text.range(of: "Ngô Công Hầu"))
        #expect(chair.lowerBound < vice.lowerBound && vice.lowerBound < others.lowerBound)
        #expect(text.contains("KT. GIÁM ĐỐC") && text.contains("PHÓ GIÁM ĐỐC"))
        for unit in ["BẠC LIÊU", "TRÀ VINH", "SÓC TRĂNG", "HẬU GIANG", "LONG AN", "AN GIANG", "ĐỒNG THÁP", "TIỀN GIANG", "CÀ MAU", "KIÊN GIANG", "CẦN THƠ"] {
            #expect(text.contains(unit), "\(unit)")
        }
    }

    @Test func minutesOfTheTayNamBoConference() throws {
        let (text, warnings) = try example("tay-nam-bo-2023/bien-ban-tong-ket-2022.yaml")
        #expect(warnings.isEmpty, "\(warnings)")
        for fact in ["Số: 01/BB-CTĐTNB", "BIÊN BẢN", "Vào lúc 08 giờ 00 phút ngày 06 tháng 3 năm 2023",
                     "có mặt 12/13 đơn vị, vắng 01: Sở Nội vụ tỉnh Kiên Giang (có lý do: bận công tác đột xuất)",
                     "Kết quả chấm điểm thi đua năm 2022", "1 Sở Nội vụ tỉnh Bạc Liêu 985",
                     "2 Sở Nội vụ tỉnh Bến Tre 978 Đồng hạng", "2 Sở Nội vụ tỉnh Vĩnh Long 978 Đồng hạng",
                     "4 Sở Nội vụ tỉnh Sóc Trăng 970", "5 Sở Nội vụ thành phố Cần Thơ 968,5", "9 Sở Nội vụ tỉnh Tiền Giang 958",
                     "11 12 91,67% thông qua", "SUY TÔN CỤM TRƯỞNG, CỤM PHÓ NĂM 2023",
                     "suy tôn Sở Nội vụ tỉnh Bến Tre làm Cụm trưởng (12/12 phiếu tán thành, đạt 100%)",
                     "Sở Nội vụ tỉnh Vĩnh Long làm Cụm phó (11/12 phiếu tán thành, đạt 91,67%)",
                     "THƯ KÝ", "CHỦ TRÌ", "Lưu Thị Mỹ Linh", "Ngô Công Hầu"] {
            #expect(text.contains(fact), "missing «\(fact)»")
        }
        #expect(!text.contains(", ngày 06 tháng 3 năm 2023\n"), "minutes have no date line in the header")
    }

    @Test func minutesOfTheBacBoConferenceRankTiesFromACSVList() throws {
        let (text, _) = try example("bac-bo-2020/bien-ban-tong-ket-2020.yaml")
        for fact in ["1 Sở Nội vụ thành phố Hải Phòng 994", "2 Sở Nội vụ tỉnh Vĩnh Phúc 990", "3 Sở Nội vụ tỉnh Nam Định 988,5",
                     "4 Sở Nội vụ tỉnh Bắc Ninh 985 Đồng hạng", "4 Sở Nội vụ thành phố Hà Nội 985 Đồng hạng",
                     "6 Sở Nội vụ tỉnh Quảng Ninh 982", "8 Sở Nội vụ tỉnh Hưng Yên 971 Đồng hạng", "8 Sở Nội vụ tỉnh Thái Bình 971",
                     "10 Sở Nội vụ tỉnh Hà Nam 966", "(thang điểm 1.000)", "Đơn vị dẫn đầu: Sở Nội vụ thành phố Hải Phòng với 994 điểm",
                     "có mặt 11/11 đơn vị", "suy tôn Sở Nội vụ tỉnh Nam Định làm Cụm trưởng", "Sở Nội vụ tỉnh Quảng Ninh làm Cụm phó",
                     "NĂM 2021"] {
            #expect(text.contains(fact), "missing «\(fact)»")
        }
    }

    @Test func covenantOfTheNamDinhBlocHasItsSixCommitments() throws {
        let (text, _) = try example("nam-dinh-2022/giao-uoc-thi-dua-2022.yaml")
        #expect(text.contains("Sở Nội vụ (Khối trưởng)"))
        for n in 1...6 { #expect(text.contains("\(n). "), "commitment \(n)") }
        #expect(text.contains("Chỉ thị số 34-CT/TW ngày 07/4/2014"))
        #expect(text.contains("Duy trì và nâng cao chất lượng, hiệu quả hoạt động Khối thi đua"))
        #expect(text.contains("Nam Định, ngày 18 tháng 02 năm 2022"))
        #expect(text.contains("KT. CHÁNH THANH TRA") && text.contains("PHÓ CHÁNH THANH TRA"))
    }

    @Test func planOfTheBacTrungBoCluster() throws {
        let (text, warnings) = try example("bac-trung-bo-2022/ke-hoach-thi-dua-2022.yaml")
        #expect(warnings.isEmpty, "\(warnings)")
        for fact in ["Số: 612/KH-CTĐ", "Quảng Trị, ngày 16 tháng 6 năm 2022", "KẾ HOẠCH", "Tổ chức phong trào thi đua năm 2022",
                     "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THI ĐUA", "III. DANH HIỆU, HÌNH THỨC KHEN THƯỞNG", "IV. TỔ CHỨC THỰC HIỆN",
                     "2 Sơ kết 6 tháng đầu năm Tháng 6/2022", "Tháng 12/2022", "Tháng 01/2023", "TM. CỤM THI ĐUA", "CỤM TRƯỞNG", "Ngô Quang Chiến",
                     "“Đoàn kết, kỷ cương, gương mẫu, đổi mới, hiệu quả”"] {
            #expect(text.contains(fact), "missing «\(fact)»")
        }
        // The timetable's rows in their order (long cells wrap, so only their order is checked).
        let order = ["Phát động phong trào", "Sơ kết 6 tháng", "Tổng kết, chấm điểm", "Gửi hồ sơ đề nghị"].map { text.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(zip(order, order.dropFirst()).allSatisfy { $0! < $1! })
    }
}
