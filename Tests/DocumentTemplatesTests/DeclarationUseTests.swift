import DocumentTemplates
import Foundation
import Testing

/// A template that asks for a field it never prints is a defect: every declared input is named
/// by the template's own texts (its sections, body, phrases), or read by the code that makes
/// the document (listed here, with what reads it).
@Suite struct DeclarationUseTests {
    /// Inputs read by code rather than by a template's text.
    static let readByCode: [String: String] = [
        "mau": "the catalog", "dung_chung": "DataLoader",
        "co_quan_chu_quan": "the header", "co_quan_ban_hanh": "the header", "ky_hieu_co_quan": "the number",
        "so": "the number", "dia_danh": "the date line", "ngay_ban_hanh": "the date line", "nam": "a draft's year",
        "nam_hoc": "the period (ky_thi_dua)", "trich_yeu": "the title", "tham_quyen": "the authority line and annexes",
        "can_cu": "the preamble", "de_nghi": "the preamble", "nguoi_ky": "the signature", "noi_nhan": "the recipients",
        "luu": "the recipients", "doc_so": "money in words", "kieu_trinh_bay": "the style", "cum_thi_dua": "Cluster",
        "phan": "SectionPlan", "hinh_thuc": "AwardFormResolver", "sap_xep_ca_nhan": "AwardComputation",
        "tien_thuong": "AwardComputation and the sections' condition", "ngay_tinh_tien": "AwardComputation",
        "danh_sach_trong_dieu_1": "the sections' condition and AwardContext", "dong_tu": "AwardContext",
        "thang_diem": "MinutesComputation", "ti_le_thong_qua": "MinutesComputation", "vang": "MinutesComputation",
        "thanh_vien_hop": "MeetingAttendance", "nam_danh_gia": "MinutesComputation", "diem": "MinutesComputation",
        "cum_truong_moi": "MinutesComputation", "cum_pho_moi": "MinutesComputation", "chu_tri": "the signature",
        "thu_ky": "the signature", "don_vi_to_chuc": "DocumentBuilder", "tieu_chi": "CovenantComputation",
        "loai": "the document type", "kinh_gui": "the addressees", "noi_dung": "the body (than_tu_du_lieu)",
        "ca_nhan": "AwardComputation", "tap_the": "AwardComputation", "ho_gia_dinh": "AwardComputation",
        "so_o_moi_hang": "the covenant's signature grid",
    ]

    @Test func everyInputIsUsed() throws {
        for template in try builder.catalog.allTemplates() {
            let folder = template.directory
            var texts = [try String(contentsOf: folder.appendingPathComponent("mau.yaml"), encoding: .utf8)]
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("phan").path)) ?? []
            for file in files { texts.append(try String(contentsOf: folder.appendingPathComponent("phan/" + file), encoding: .utf8)) }
            if let body = try? String(contentsOf: folder.appendingPathComponent("than.mustache"), encoding: .utf8) { texts.append(body) }
            let all = texts.joined(separator: "\n")
            for input in template.inputs where Self.readByCode[input.name] == nil {
                let named = all.contains("{{\(input.name)") || all.contains("{{#\(input.name)") || all.contains("{{^\(input.name)")
                    || all.contains("khi: \(input.name)") || all.contains("khi: \"!\(input.name)")
                #expect(named, "«\(template.name)» declares «\(input.name)», which nothing prints")
            }
        }
    }
}
