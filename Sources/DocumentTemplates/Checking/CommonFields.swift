import DataInput
import Foundation
import InputGuards
import OfficialDocuments
import Typesetting
import VietnameseText

/// The fields every document shares (declared in Templates/_chung/thong-tin-chung.yaml), read
/// into the parts of an administrative document.
struct CommonFields {
    var parentBody: String?
    var issuer: String?
    var issuerSymbol: String?
    var number: Int?
    var place: String
    var date: IssueDate
    /// The decision date when the document is dated (award money depends on it).
    var fixedDate: CalendarDate?
    var dateNode: DataNode?
    var authority: String?
    var legalBases: [SourcedText]
    var proposal: SourcedText?
    var signer: Signer?
    var recipients: [SourcedText]
    var archive: String?
    var style: DocumentStyle

    static func sourced(_ node: DataNode) throws(DataError) -> SourcedText {
        SourcedText(try node.string(), source: node.location)
    }

    static func read(_ root: DataNode, sources: DataSources, errors: inout [DataError]) -> CommonFields {
        func attempt<T>(_ body: () throws(DataError) -> T?) -> T? {
            do { return try body() } catch { errors.append(error); return nil }
        }
        let dateNode = root["ngay_ban_hanh"]
        let issueDate = attempt { () throws(DataError) in try dateNode?.issueDate() }
        let fixedDate = issueDate?.day
        let year = attempt { () throws(DataError) in try root["nam"]?.year() }
        var fields = CommonFields(
            parentBody: attempt { () throws(DataError) in try root["co_quan_chu_quan"]?.string() },
            issuer: attempt { () throws(DataError) in try root["co_quan_ban_hanh"]?.string() },
            issuerSymbol: attempt { () throws(DataError) in try root["ky_hieu_co_quan"]?.string() },
            number: attempt { () throws(DataError) in try root["so"]?.int() },
            place: attempt { () throws(DataError) in try root["dia_danh"]?.string() } ?? "",
            // A draft without a year is dated this year (the calendar is costly: asked only then).
            date: issueDate ?? .draft(year: year ?? CalendarDate.today().year, month: nil),
            fixedDate: fixedDate, dateNode: dateNode,
            authority: attempt { () throws(DataError) in try root["tham_quyen"]?.string() },
            legalBases: attempt { () throws(DataError) in try (root["can_cu"]?.list() ?? []).map { n throws(DataError) in try sourced(n) } } ?? [],
            proposal: attempt { () throws(DataError) in try root["de_nghi"].map { n throws(DataError) in try sourced(n) } },
            signer: nil,
            recipients: attempt { () throws(DataError) in try (root["noi_nhan"]?.list() ?? []).map { n throws(DataError) in try sourced(n) } } ?? [],
            archive: attempt { () throws(DataError) in try root["luu"]?.string() },
            style: DocumentStyle())
        if let number = fields.number, number < 1 {
            errors.append(root["so"]!.error("số văn bản phải từ 1 trở lên (để trống khi là bản dự thảo)"))
        }
        if let signerNode = root["nguoi_ky"] {
            fields.signer = attempt { () throws(DataError) in try signer(signerNode, sources: sources) }
        }
        if let styleNode = root["kieu_trinh_bay"] {
            fields.style = attempt { () throws(DataError) in try style(styleNode) } ?? DocumentStyle()
        }
        return fields
    }

    /// A signer: quyền hạn (TM., KT., Q., TL., TUQ.), the body signed for, title and name.
    static func signer(_ node: DataNode, sources: DataSources) throws(DataError) -> Signer {
        var authority: SigningAuthority?
        if let authorityNode = node["quyen_han"] {
            let text = try authorityNode.string().uppercased().trimmedWhitespace
            let normalized = text.hasSuffix(".") ? text : text + "."
            guard let value = SigningAuthority(rawValue: normalized) else {
                throw authorityNode.error("quyền hạn ký \(Excerpt.quoted(text)) không có; dùng TM., KT., Q., TL. hoặc TUQ.")
            }
            authority = value
        }
        let titleNode = try node.required("chuc_vu")
        let title = try titleNode.string()
        if title.isEmpty { throw titleNode.error("người ký cần chức vụ") }
        let nameNode = try node.required("ho_ten")
        let name = CourtesyTitle.stripped(try nameNode.string())
        if name.isEmpty { throw nameNode.error("người ký cần họ tên") }
        let body = try node["thay_mat"]?.string()
        if let authority, authority != .acting, body == nil {
            throw node.error("quyền hạn \(authority.rawValue) cần trường «thay_mat» (cơ quan hoặc chức danh được ký thay, ví dụ «Ủy ban nhân dân», «Giám đốc»)")
        }
        var image: String?
        if let imageNode = node["anh_chu_ky"], case let path = try imageNode.string(), !path.isEmpty {
            let file = try sources.file(named: path, by: imageNode, role: .image)
            try PNGImage.check(file.url, display: file.display, namedBy: imageNode)
            image = file.url.path
        }
        return Signer(authority: authority, authorityBody: body, title: title, name: name, signatureImage: image)
    }

    /// The presentation choices, each checked against NĐ 30's range.
    static func style(_ node: DataNode) throws(DataError) -> DocumentStyle {
        var style = DocumentStyle()
        let fields = DocumentStyle.fieldKeys
        try node.checkKeys(allowed: Set(fields.map(\.key)))
        for field in fields {
            guard let valueNode = node[field.key] else { continue }
            let value = NSDecimalNumber(decimal: try valueNode.decimal()).doubleValue
            style.set(field.key, to: value)
            if let problem = style.validate().first(where: { $0.field == field.key }) {
                throw valueNode.error(problem.description)
            }
        }
        return style
    }
}
