import AwardRules
import DataInput
import LegalRegister
import DocumentMarkup
import Foundation
import InputGuards
import Mustache
import OfficialDocuments
import Typesetting
import VietnameseText

/// Every problem found in a data file, reported together.
public struct DataProblems: Error, CustomStringConvertible {
    public var errors: [DataError]
    public init(errors: [DataError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// A data file turned into an administrative document and its presentation style, ready to
/// compose and typeset.
public struct PreparedDocument: Sendable {
    public var document: AdministrativeDocument
    public var style: DocumentStyle
    public var template: String
    /// Warnings and notes for the clerk (money on an unverified row, a căn cứ out of force…), in
    /// reading order: the document is made all the same.
    public var notices: [DataNotice] = []
}

/// Data file → checked inputs → computations → filled template → parsed markup →
/// administrative document. Nothing is written: rendering is the caller's next step.
public struct DocumentBuilder: Sendable {
    public let catalog: TemplateCatalog
    let law: LawSource

    public init(catalog: TemplateCatalog, rules: AwardRulesTable, register: LegalRegister) {
        self.catalog = catalog
        law = LawSource(register: { register }, rules: { _ in rules })
    }

    init(catalog: TemplateCatalog, registerFile: (path: String, display: String), rulesFile: (path: String, display: String)) {
        self.catalog = catalog
        law = LawSource(registerFile: registerFile, rulesFile: rulesFile)
    }

    /// The shipped templates, award rules table and legal register (Data/ beside Templates/;
    /// VANBAN_AWARD_RULES and VANBAN_VAN_BAN_PHAP_LUAT name others).
    public static func standard() throws -> DocumentBuilder {
        guard let templates = TemplateCatalog.standardDirectory() else {
            throw DataProblems(errors: [DataError(location: nil, field: nil, message: "không tìm thấy thư mục mẫu Templates/ (đặt biến môi trường VANBAN_TEMPLATES)")])
        }
        return DocumentBuilder(catalog: try TemplateCatalog(directory: templates),
                               dataDirectory: templates.deletingLastPathComponent().appendingPathComponent("Data"))
    }

    /// Templates with the law tables of a Data/ folder (or the files the environment names).
    public init(catalog: TemplateCatalog, dataDirectory data: URL) {
        // The shipped files are named as the repository names them; a file of the user's, as given.
        func file(_ variable: String, _ name: String) -> (path: String, display: String) {
            if let path = EnvironmentVariable.value(variable), !path.isEmpty { return (path, path) }
            return (data.appendingPathComponent(name).path, "Data/" + name)
        }
        self.init(catalog: catalog, registerFile: file("VANBAN_VAN_BAN_PHAP_LUAT", "van-ban-phap-luat.yaml"),
                  rulesFile: file("VANBAN_AWARD_RULES", "award-rules.yaml"))
    }

    /// What `vanban new` writes for a template: its inputs with their examples, dated today,
    /// with the căn cứ in force today that the template suggests.
    public func blankDataFile(for template: TemplateDeclaration, today: CalendarDate = .today()) throws -> String {
        var bases: [String] = []
        if !template.suggestedBasisFields.isEmpty {
            let register = try law.legalRegister()
            for field in template.suggestedBasisFields {
                let documents = register.inForce(on: today, field: field).filter(\.provenance.isVerified)
                bases += documents.enumerated().sorted { ($0.element.citationRank, $0.offset) < ($1.element.citationRank, $1.offset) }
                    .map(\.element.basisLine)
            }
        }
        return BlankDataFile.yaml(for: template, today: today, legalBases: bases)
    }

    /// The legal register (read on first use).
    public func legalRegister() throws -> LegalRegister { try law.legalRegister() }

    /// - Parameter allowing: folders besides the data file's own whose files the data may name
    ///   (shared files, lists, images).
    public func prepare(dataFile url: URL, displayPath: String, allowing folders: [URL] = []) throws(DataProblems) -> PreparedDocument {
        let loaded: (root: DataNode, sources: DataSources)
        do {
            loaded = try DataLoader.loadWithSources(url, displayPath: displayPath, access: .forDataFile(url, alsoAllowing: folders))
        } catch {
            throw DataProblems(errors: [error])
        }
        return try prepare(loaded.root, sources: loaded.sources)
    }

    /// - Parameter sources: where the data files behind `loaded` are (lists are found beside
    ///   them) and which files the data may name; by default none.
    public func prepare(_ loaded: DataNode, sources: DataSources = .none) throws(DataProblems) -> PreparedDocument {
        let template = try self.template(of: loaded)
        // The sections first: an input only a left-out section uses is not required.
        let plan: SectionPlan
        do { plan = try SectionPlan.plan(template, root: loaded) } catch { throw DataProblems(errors: [error]) }
        var checker = InputChecker(sources: sources)
        let root = checker.check(loaded, inputs: Self.inputs(of: template, for: plan, root: loaded))
        var errors = checker.errors
        var notices = checker.notices
        var common = CommonFields.read(root, sources: sources, errors: &errors)
        var cluster: Cluster?
        if let clusterNode = root["cum_thi_dua"] { cluster = Cluster.read(clusterNode, errors: &errors) }
        var context = Self.baseContext(root, template: template, common: &common, cluster: cluster, errors: &errors)
        computeWorkflow(template, root: root, common: common, cluster: cluster, statedAmounts: checker.statedAmounts,
                        context: &context, errors: &errors, notices: &notices)
        let signature = Self.signature(template, root: root, common: common, errors: &errors)
        if let error = Self.unknownTypeName(template, root: root) { errors.append(error) }
        notices += legalBasisNotices(common, root: root, errors: &errors)
        notices += IssuerConsistency.notices(common, root: root)
        notices += Self.courtesyTitleNotices(root)
        if !errors.isEmpty { throw DataProblems(errors: ProblemReport.inReadingOrder(errors)) }

        let typeName = documentTypeName(template, root: root)
        let number = try Self.documentNumber(template, root: root, common: common, cluster: cluster, typeName: typeName)
        context["van_ban"] = Self.selfReference(number, typeName: typeName, date: common.fixedDate)
        // Fill the template and read its output as markup.
        var phraseErrors: [DataError] = []
        PhraseFiller(template: template).fill(&context, root: root, errors: &phraseErrors)
        if !phraseErrors.isEmpty { throw DataProblems(errors: ProblemReport.inReadingOrder(phraseErrors)) }
        let body: MarkupDocument
        do throws(DataError) {
            body = try BodyAssembler.parse(BodyAssembler(template: template).parts(context, plan: plan, root: root))
        } catch {
            throw DataProblems(errors: [error])
        }
        let document = Self.document(template, root: root, common: common, number: number, typeName: typeName,
                                     subject: context["trich_yeu"] as? String, body: body, signature: signature)
        return PreparedDocument(document: document, style: common.style, template: template.name, notices: notices)
    }

    /// The template the data names in «mau».
    private func template(of loaded: DataNode) throws(DataProblems) -> TemplateDeclaration {
        do throws(DataError) {
            let nameNode = try loaded.required("mau")
            let name = try nameNode.string()
            guard let found = try catalog.template(named: name) else {
                throw nameNode.error("không có mẫu \(Excerpt.quoted(name)); các mẫu hiện có: \(catalog.names.joined(separator: ", "))")
            }
            return found
        } catch {
            throw DataProblems(errors: [error])
        }
    }

    /// Every name the builder gives every template beside its inputs, with what it holds
    /// (docs/templates.md lists them; a test holds the two and `baseContext` together).
    static let names: [(name: String, meaning: String)] = [
        ("ngay_ban_hanh", "ngày ban hành"), ("nam", "năm của văn bản"),
        ("ky_thi_dua", "kỳ thi đua văn bản nói tới"), ("ky_thi_dua_hoa", "kỳ thi đua, viết hoa chữ đầu"),
        ("co_quan_ban_hanh", "cơ quan ban hành"), ("cum_thi_dua", "cụm, khối thi đua (Cluster.names)"),
        ("van_ban", "văn bản này: số, trích dẫn (đặt khi đã có số)"),
    ]

    /// The values every template may use: the inputs, the cluster, the date, the year and the
    /// period the document speaks of, the issuer (the cluster's when the data names none).
    static func baseContext(_ root: DataNode, template: TemplateDeclaration, common: inout CommonFields,
                                    cluster: Cluster?, errors: inout [DataError]) -> TemplateObject {
        var context = ContextBuilder.context(root, inputs: template.inputs,
                                             leavingOut: template.workflow == .award ? AwardComputation.computedKeys : [])
        if let cluster { context["cum_thi_dua"] = cluster.context }
        context["ngay_ban_hanh"] = common.fixedDate.map { DateValue(date: $0) } ?? common.date.longForm()
        // The document's year: its date's, a draft's, else the cluster's.
        context["nam"] = common.dateNode != nil || root["nam"] != nil ? String(common.date.year) : cluster?.year.map(String.init) ?? String(common.date.year)
        // The period a document speaks of: a school year where the data names one.
        let schoolYear = (try? root["nam_hoc"]?.string()).flatMap { $0.isEmpty ? nil : $0 }
        let period = schoolYear.map { "năm học " + $0 } ?? "năm \(cluster?.year.map(String.init) ?? (context["nam"] as? String ?? ""))"
        context["ky_thi_dua"] = period
        context["ky_thi_dua_hoa"] = sentenceCased(period)
        if common.issuer == nil, let cluster { common.issuer = cluster.name }
        // (An award decision declares the issuer required: the check has said so already.)
        if common.issuer == nil && template.workflow != .award {
            errors.append(root.error("thiếu trường bắt buộc «co_quan_ban_hanh» (hoặc «cum_thi_dua» cho văn bản của cụm, khối)"))
        }
        context["co_quan_ban_hanh"] = common.issuer ?? ""
        return context
    }

    /// What the kind of document computes: the award money, the minutes' figures, the covenant's.
    private func computeWorkflow(_ template: TemplateDeclaration, root: DataNode, common: CommonFields, cluster: Cluster?,
                                 statedAmounts: [StatedAmount], context: inout TemplateObject,
                                 errors: inout [DataError], notices: inout [DataNotice]) {
        switch template.workflow {
        case .award:
            let words = (try? root["doc_so"]?.string()) == "mien_nam" ? NumberWordsSettings.southern : NumberWordsSettings.standard
            do {
                let rules = try law.rulesTable()
                context.fields.merge(AwardComputation(rules: rules, words: words).run(
                    root, decisionDate: common.fixedDate, dateNode: common.dateNode, statedAmounts: statedAmounts,
                    errors: &errors, notices: &notices)) { $1 }
            } catch {
                errors.append(DataError(location: nil, field: nil, message: "\(error)"))
            }
        case .minutes:
            context.fields.merge(MinutesComputation(cluster: cluster).run(root, errors: &errors)) { $1 }
            if context["don_vi_to_chuc"] == nil { context["don_vi_to_chuc"] = cluster?.name ?? common.issuer ?? "" }
        case .covenant:
            if cluster == nil {
                errors.append(root.error("giao ước thi đua cần thông tin cụm, khối thi đua «cum_thi_dua» (thường để trong tệp dùng chung)"))
            }
            context.fields.merge(CovenantComputation.run(root, errors: &errors)) { $1 }
        case .plan:
            break
        }
    }

    private static func signature(_ template: TemplateDeclaration, root: DataNode, common: CommonFields,
                                  errors: inout [DataError]) -> SignatureBlock {
        switch template.signature {
        case .single:
            // The declaration makes `nguoi_ky` required for this layout: the check reports it.
            return common.signer.map { .single($0) } ?? .none
        case .minutes:
            do {
                let secretary = try minutesSigner(root.required("thu_ky"), defaultTitle: "Thư ký")
                let chair = try minutesSigner(root.required("chu_tri"), defaultTitle: "Chủ trì")
                return .minutes(secretary: secretary, chair: chair)
            } catch {
                errors.append(error)
                return .none
            }
        case .inBody:
            return .none
        }
    }

    /// A general document's «loai» must be a type name of NĐ 30 (Phụ lục III).
    private static func unknownTypeName(_ template: TemplateDeclaration, root: DataNode) -> DataError? {
        guard template.typeComesFromData, let node = root["loai"], let name = try? node.string(),
              DocumentTypes.named(name) == nil || DocumentTypes.named(name)?.isCopy == true else { return nil }
        let names = DocumentTypes.all.filter { !$0.isCopy }.map(\.name)
        let nearest = KeySuggestion.nearest(to: name, among: names, count: 1).first.map { "; có phải ý bạn là «\($0)»?" } ?? ""
        return node.error("«\(name)» không phải tên loại văn bản của Nghị định 30/2020 (Phụ lục III)\(nearest); các tên loại: \(names.joined(separator: ", "))")
    }

    /// Every document NĐ 30 numbers prints its "Số:" line, blank until the number is given; a
    /// covenant (outside Phụ lục III) prints one whenever its issuer or cluster has a symbol.
    private static func documentNumber(_ template: TemplateDeclaration, root: DataNode, common: CommonFields, cluster: Cluster?,
                                       typeName: String) throws(DataProblems) -> DocumentNumber? {
        let type = DocumentTypes.named(typeName)
        guard let symbol = common.issuerSymbol ?? cluster?.symbol,
              type?.abbreviation != nil || common.number != nil || template.workflow == .covenant else { return nil }
        do {
            return try DocumentNumber(number: common.number, typeAbbreviation: type?.abbreviation, issuerSymbol: symbol)
        } catch {
            throw DataProblems(errors: [(root["ky_hieu_co_quan"] ?? root).error(error.description)])
        }
    }

    /// This document as the text may cite it: «Quyết định số 152/QĐ-BNV ngày 24/2/2023».
    private static func selfReference(_ number: DocumentNumber?, typeName: String, date: CalendarDate?) -> TemplateObject {
        var reference = TemplateObject()
        if let number { reference["so"] = number.text() }
        if let number, let date { reference["trich_dan"] = number.citation(typeName: typeName, date: .fixed(date)) }
        return reference
    }

    private static func document(_ template: TemplateDeclaration, root: DataNode, common: CommonFields, number: DocumentNumber?,
                                 typeName: String, subject: String?, body: MarkupDocument,
                                 signature: SignatureBlock) -> AdministrativeDocument {
        let type = DocumentTypes.named(typeName)
        var document = AdministrativeDocument(
            parentBody: common.parentBody, issuer: common.issuer ?? "", number: number, place: common.place,
            date: template.workflow == .minutes && common.dateNode == nil ? nil : common.date, typeName: typeName, subject: type == .officialLetter ? nil : subject,
            authority: common.authority, legalBases: common.legalBases, proposal: common.proposal,
            enactingLine: template.enactingLine, body: body, signature: signature, recipients: common.recipients,
            archive: common.archive)
        if type == .officialLetter { document.letterSubject = subject }
        document.addressees = (try? root["kinh_gui"]?.list())?.compactMap { try? CommonFields.sourced($0) } ?? []
        return document
    }

    /// Each căn cứ checked against the register on the document's date (a draft: today): one not
    /// yet or no longer in force is a warning at its line, naming what replaced it.
    private func legalBasisNotices(_ common: CommonFields, root: DataNode, errors: inout [DataError]) -> [DataNotice] {
        guard !common.legalBases.isEmpty else { return [] }
        let register: LegalRegister
        do { register = try law.legalRegister() } catch {
            errors.append(DataError(location: nil, field: nil, message: "danh mục văn bản pháp luật: \(error)"))
            return []
        }
        // A draft is checked on the last day it can bear (its month's or year's end), or today.
        let date = common.dateNode == nil ? CalendarDate.today() : common.date.latestDay
        let nodes = (try? root["can_cu"]?.list()) ?? []
        var notices: [DataNotice] = []
        for (index, basis) in common.legalBases.enumerated() {
            for finding in register.check(basis.text, on: date) {
                let message = "căn cứ \(finding)" + (common.fixedDate == nil ? " (văn bản chưa có ngày ban hành: kiểm tra theo ngày \(date.shortForm))" : "")
                if index < nodes.count { notices.append(nodes[index].notice(.warning, message)) }
                else { notices.append(DataNotice(.warning, location: nil, message: message)) }
            }
        }
        return notices
    }

    /// The type the document is: the template's, or for a general document the data's («loai»),
    /// checked against the decree's table (Phụ lục III) when the input is read.
    func documentTypeName(_ template: TemplateDeclaration, root: DataNode) -> String {
        guard template.typeComesFromData else { return template.documentType }
        let name = (try? root["loai"]?.string()) ?? ""
        return DocumentTypes.named(name)?.name ?? name
    }

    /// NĐ 30 puts nothing before a signer's name: a courtesy title the data wrote there is left
    /// out of the signature (the body keeps it), and said.
    static func courtesyTitleNotices(_ root: DataNode) -> [DataNotice] {
        var names = ["nguoi_ky", "chu_tri", "thu_ky"].compactMap { root[$0]?["ho_ten"] }
        for member in (try? root["cum_thi_dua"]?["thanh_vien"]?.list()) ?? [] {
            names += ["nguoi_dung_dau", "ky_thay"].compactMap { member[$0]?["ho_ten"] }
        }
        return names.compactMap { node in
            guard let name = try? node.string(), let title = CourtesyTitle.leading(in: name) else { return nil }
            return node.notice(.warning, "Nghị định 30/2020 không ghi danh xưng trước họ tên người ký: ô ký in «\(CourtesyTitle.stripped(name))», không có «\(title)» (thân văn bản giữ như đã ghi)")
        }
    }

    /// The template's inputs with those only a left-out section needs (or one given a body of
    /// the data's own), or only a phrase's default wording needs (the data wording its own),
    /// no longer required.
    static func inputs(of template: TemplateDeclaration, for plan: SectionPlan, root: DataNode) -> [InputDeclaration] {
        let used = plan.templateSectionKeys
        let phrases = Set(template.inputs.filter { $0.kind == .phrase }.map(\.name))
        return template.inputs.map { input in
            var input = input
            guard let owner = input.section else { return input }
            let sectionLeftOut = template.sections.contains { $0.key == owner } && !used.contains(owner)
            let phraseWorded = phrases.contains(owner) && root.hasValue(owner)
            if sectionLeftOut || phraseWorded { input.required = false }
            return input
        }
    }

    static func minutesSigner(_ node: DataNode, defaultTitle: String) throws(DataError) -> Signer {
        Signer(title: try node["danh_xung"]?.string() ?? defaultTitle, name: CourtesyTitle.stripped(try node.required("ho_ten").string()))
    }
}
