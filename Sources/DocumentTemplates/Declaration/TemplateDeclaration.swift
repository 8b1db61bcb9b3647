import DataInput
import Foundation
import InputGuards
import Mustache

/// What the document's signature looks like.
public enum SignatureLayout: String, Sendable, CaseIterable {
    /// One signer, recipients beside.
    case single = "mot_nguoi"
    /// Minutes: secretary and chair.
    case minutes = "bien_ban"
    /// The body places its own signatures (a covenant's grid).
    case inBody = "trong_than"
}

/// The computations a template's document needs before it is filled.
public enum Workflow: String, Sendable, CaseIterable {
    case plan = "ke_hoach"
    case covenant = "giao_uoc"
    case award = "khen_thuong"
    case minutes = "bien_ban"
}

/// A template: its declaration (`mau.yaml`) and its body (`than.mustache`), with the shared
/// partials of `Templates/_chung/`.
public struct TemplateDeclaration: Sendable {
    public var name: String
    public var description: String
    /// Tên loại: "Quyết định".
    public var documentType: String
    public var workflow: Workflow
    /// The subject line (trích yếu), a Mustache text filled from the data.
    public var subject: String?
    /// "Quyết định:" for decisions.
    public var enactingLine: String?
    public var signature: SignatureLayout
    /// The fields of law whose documents in force `vanban new` suggests as căn cứ
    /// ("chinh_quyen_dia_phuong", "thi_dua_khen_thuong"), in the order they are cited.
    public var suggestedBasisFields: [String] = []
    /// Every input, the shared declarations first.
    public var inputs: [InputDeclaration]
    public var directory: URL
    /// The body, when the template has no sections: its file (as messages name it) and its
    /// Mustache text as written (to point a markup error back at its line).
    public var bodyFile: String
    let bodySource: String
    let body: MustacheTemplate?
    /// The sections the body is made of, in their default order (`cac_phan`), when it is.
    public var sections: [SectionDeclaration] = []
    /// The heading line of a section the data gives a title ("# {{tieu_de}}", "Điều #. {{tieu_de}}").
    let sectionHeading: MustacheTemplate?
    /// The input whose markup is the whole body (a general document: `than_tu_du_lieu: noi_dung`).
    public var bodyInput: String?

    /// A template whose data names the document type (`ten_loai: "{{loai}}"`).
    static let typeFromData = "{{loai}}"
    public var typeComesFromData: Bool { documentType == Self.typeFromData }
    let library: MustacheLibrary

    static let keys: Set<String> = ["ten", "mo_ta", "ten_loai", "nghiep_vu", "trich_yeu", "dong_ban_hanh", "chu_ky",
                                    "khai_bao_chung", "dau_vao", "can_cu_goi_y", "cac_phan", "tieu_de_phan", "than_tu_du_lieu"]

    /// The name of the Mustache content type that escapes inserted data for the markup.
    static let markupContentType = "VANBAN"

    static func load(directory: URL, shared: URL, library: MustacheLibrary,
                     sharedInputs: (String) throws(DataError) -> [InputDeclaration]?) throws(DataError) -> TemplateDeclaration {
        let declarationFile = directory.appendingPathComponent("mau.yaml")
        let node = try DataLoader.load(declarationFile, displayPath: "Templates/\(directory.lastPathComponent)/mau.yaml", role: .template,
                                       cache: .standard)
        try node.checkKeys(allowed: keys)
        let workflowNode = try node.required("nghiep_vu")
        let workflowText = try workflowNode.string()
        guard let workflow = Workflow(rawValue: workflowText) else {
            throw workflowNode.error("nghiệp vụ \(Excerpt.quoted(workflowText)) không có; dùng một trong: \(Workflow.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let signatureNode = try node.required("chu_ky")
        let signatureText = try signatureNode.string()
        guard let signature = SignatureLayout(rawValue: signatureText) else {
            throw signatureNode.error("kiểu chữ ký \(Excerpt.quoted(signatureText)) không có; dùng một trong: \(SignatureLayout.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var inputs: [InputDeclaration] = []
        if let sharedList = node["khai_bao_chung"] {
            for sharedName in try sharedList.list() {
                let name = try sharedName.string()
                guard let declared = try sharedInputs(name) else {
                    throw sharedName.error("không có khai báo chung \(Excerpt.quoted(name)) (tìm tệp \(Excerpt.quotedPath("Templates/_chung/\(name).yaml")))")
                }
                inputs += declared
            }
        }
        if let own = node["dau_vao"] {
            for input in try own.list() { inputs.append(try InputDeclaration.read(input)) }
        }
        // What the layout needs becomes required: one signer for a single signature, the
        // cluster for covenants and minutes.
        for index in inputs.indices {
            switch inputs[index].name {
            case "nguoi_ky" where signature == .single: inputs[index].required = true
            case "cum_thi_dua" where workflow == .covenant: inputs[index].required = true
            // The issuer is primary, but a covenant's header names its cluster.
            case "co_quan_ban_hanh" where workflow != .award: inputs[index].suggested = workflow != .covenant
            // An award decision is issued by an authority, numbered, and dated (money depends on the date).
            case "co_quan_ban_hanh", "ky_hieu_co_quan", "tham_quyen":
                if workflow == .award { inputs[index].required = true }
            case "ngay_ban_hanh":
                // Checked by the money computation, which says why it needs the date.
                if workflow == .award { inputs[index].suggested = true }
            default: break
            }
        }
        var seen = Set<String>()
        for input in inputs where !seen.insert(input.name).inserted {
            throw node.error("đầu vào «\(input.name)» được khai báo hai lần")
        }

        var sections: [SectionDeclaration] = []
        for item in (try node["cac_phan"]?.list()) ?? [] {
            sections.append(try SectionDeclaration.read(item, templateDirectory: directory))
        }
        if !sections.isEmpty { inputs.append(SectionDeclaration.outlineInput(sections)) }
        let folder = directory.lastPathComponent
        let displayBody = "Templates/\(folder)/than.mustache"
        var bodyText = ""
        var body: MustacheTemplate?
        let bodyInput = try node["than_tu_du_lieu"]?.string()
        if sections.isEmpty && bodyInput == nil {
            bodyText = try readTemplate(directory.appendingPathComponent("than.mustache"), display: displayBody)
            body = try Self.mustache(bodyText, file: displayBody)
        }
        // The template's subject line is the default of the shared phrase «trich_yeu».
        let subjectText = try node["trich_yeu"]?.string()
        if let subjectText, let index = inputs.firstIndex(where: { $0.name == "trich_yeu" }) {
            inputs[index].defaultValue = subjectText
        }
        let heading = try node["tieu_de_phan"].map { n throws(DataError) in
            try Self.mustache(try n.string(), file: "Templates/\(folder)/mau.yaml (tieu_de_phan)")
        }
        var declaration = TemplateDeclaration(
            name: try node.required("ten").string(), description: try node.required("mo_ta").string(),
            documentType: try node.required("ten_loai").string(), workflow: workflow, subject: subjectText,
            enactingLine: try node["dong_ban_hanh"]?.string(), signature: signature, inputs: inputs,
            directory: directory, bodyFile: displayBody, bodySource: bodyText, body: body, sectionHeading: heading,
            library: library)
        declaration.sections = sections
        declaration.bodyInput = bodyInput
        for field in (try node["can_cu_goi_y"]?.list()) ?? [] { declaration.suggestedBasisFields.append(try field.string()) }
        return declaration
    }

    /// Parses a Mustache text whose insertions are escaped for the markup unless told otherwise.
    /// The content-type pragma goes on the first line, so line numbers stay those of the file.
    static func mustache(_ text: String, file: String, contentType: String = markupContentType) throws(DataError) -> MustacheTemplate {
        MarkupContentType.registered()
        let pragma = "{{% CONTENT_TYPE: \(contentType)}}"
        do {
            return try MustacheTemplate(string: pragma + text)
        } catch let error as MustacheTemplate.ParserError {
            let column = error.context.lineNumber == 1 ? max(1, error.context.columnNumber - pragma.count) : error.context.columnNumber
            throw DataError(location: SourceLocation(file: file, line: error.context.lineNumber, column: column), field: nil,
                            message: "mẫu Mustache sai cú pháp (\(MustacheErrors.describe(error.error)))")
        } catch {
            throw DataError(location: SourceLocation(file: file, line: 0), field: nil, message: "mẫu Mustache sai cú pháp (\(MustacheErrors.describe(error)))")
        }
    }

    /// A template file's text: a regular file within the template limit, in UTF-8.
    static func readTemplate(_ url: URL, display: String) throws(DataError) -> String {
        let data = try InputFile.read(url, display: display, role: .template)
        guard let text = String(validating: data, as: UTF8.self) else {
            throw DataError(location: SourceLocation(file: display, line: 0), message: "tệp mẫu không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8")
        }
        return text
    }
}

/// swift-mustache's parse errors in Vietnamese, every case named.
enum MustacheErrors {
    static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "thẻ Mustache viết sai" }
        switch error {
        case .sectionCloseNameIncorrect: return "thẻ đóng {{/…}} không khớp thẻ mở"
        case .unfinishedName: return "tên trong {{…}} chưa đóng"
        case .expectedSectionEnd: return "thiếu thẻ đóng {{/…}}"
        case .invalidSetDelimiter: return "thẻ đổi dấu phân cách sai"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "thẻ {{% …}} sai"
        case .transformAppliedToInheritanceSection: return "không áp dụng hàm biến đổi cho khối kế thừa {{$…}}"
        case .illegalTokenInsideInheritSection: return "trong khối {{<…}} chỉ được có các khối {{$…}}"
        case .textInsideInheritSection: return "trong khối {{<…}} không được có chữ ngoài các khối {{$…}}"
        }
    }
}
