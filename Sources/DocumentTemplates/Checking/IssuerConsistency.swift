import DataInput
import OfficialDocuments
import VietnameseText

/// Warnings for a header and a signature that do not agree with the issuer, as a clerk copying
/// last year's file often leaves them: a Chairman's own decision signed "TM. ỦY BAN NHÂN DÂN",
/// a Sở numbering its decisions "QĐ-UBND", a district body after districts ended.
enum IssuerConsistency {
    /// The day from which there are no district-level bodies (communes, wards and special zones
    /// under 34 provinces).
    static let districtsEnded = try! CalendarDate(year: 2025, month: 7, day: 1)

    static func notices(_ common: CommonFields, root: DataNode) -> [DataNotice] {
        var notices: [DataNotice] = []
        let authority = common.authority.map(key) ?? ""
        if authority.hasPrefix("chủ tịch ủy ban nhân dân") || authority.hasPrefix("chủ tịch ubnd"),
           common.signer?.authority == .onBehalfOf, let node = root["nguoi_ky"] {
            notices.append(node.notice(.warning, "quyết định của \(common.authority ?? "") là quyết định của cá nhân Chủ tịch: ký «CHỦ TỊCH» (hoặc «KT. CHỦ TỊCH» / «PHÓ CHỦ TỊCH»), không ký «TM. ỦY BAN NHÂN DÂN» (dành cho văn bản của tập thể Ủy ban)"))
        }
        let issuer = common.issuer.map(key) ?? ""
        if let symbol = common.issuerSymbol, let node = root["ky_hieu_co_quan"] {
            if issuer.hasPrefix("sở "), symbol.uppercased() == "UBND" {
                notices.append(node.notice(.warning, "«\(common.issuer ?? "")» là một Sở: ký hiệu trong số văn bản là chữ viết tắt tên Sở (ví dụ SNV của Sở Nội vụ), không phải «UBND»"))
            }
            if issuer.hasPrefix("ủy ban nhân dân"), symbol.uppercased() != "UBND" {
                notices.append(node.notice(.warning, "văn bản của «\(common.issuer ?? "")» mang ký hiệu «UBND» trong số, gặp «\(symbol)»"))
            }
        }
        let date = common.dateNode == nil ? CalendarDate.today() : common.date.latestDay
        if date >= districtsEnded, let name = [common.issuer, common.parentBody].compactMap({ $0 }).first(where: isDistrictLevel) {
            let node = root["co_quan_ban_hanh"] ?? root["co_quan_chu_quan"] ?? root
            notices.append(node.notice(.warning, "từ ngày 01/7/2025 không còn đơn vị hành chính cấp huyện; «\(name)» không thể là cơ quan ban hành văn bản ngày \(date.shortForm)"))
        }
        return notices
    }

    /// "Ủy ban nhân dân huyện …", "Phòng … huyện …", "UBND quận …", "… thị xã …" (a city "thành
    /// phố" may be a province's or a district's: not judged).
    static func isDistrictLevel(_ name: String) -> Bool {
        let words = key(name).split(separator: " ")
        return words.contains("huyện") || words.contains("quận") || zip(words, words.dropFirst()).contains { $0 == "thị" && $1 == "xã" }
    }

    private static func key(_ text: String) -> String {
        normalizedSpacing(vietnameseLowercased(normalizingTonePlacement(text, to: .classic)))
    }
}
