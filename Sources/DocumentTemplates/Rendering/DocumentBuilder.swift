import AwardRules
import DataInput
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
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// A data file turned into an administrative document and its presentation style, ready to
/// compose and typeset.
public struct PreparedDocument: Sendable {
    public var document: AdministrativeDocument
    public var style: DocumentStyle
    public var template: String
}

/// Data file → checked inputs → computations → filled template → parsed markup →
/// administrative document. Nothing is written: rendering is the caller's next step.
public struct DocumentBuilder: Sendable {
    public let catalog: TemplateCatalog
    private let rulesSource: RulesSource

    /// The award rules table, read when an award decision first needs it.
    final class RulesSource: @unchecked Sendable {
        private let load: @Sendable () throws -> AwardRulesTable
        private var table: Result<AwardRulesTable, Error>?
        private let lock = NSLock()

        init(_ load: @escaping @Sendable () throws -> AwardRulesTable) { self.load = load }

        func get() throws -> AwardRulesTable {
            lock.lock(); defer { lock.unlock() }
            if table == nil { table = Result { try load() } }
            return try table!.get()
        }
    }

    public init(catalog: TemplateCatalog, rules: AwardRulesTable) {
        self.catalog = catalog
        rulesSource = RulesSource { rules }
    }

    init(catalog: TemplateCatalog, rulesFile: String) {
        self.catalog = catalog
        rulesSource = RulesSource { try AwardRulesTable(contentsOfFile: rulesFile) }
    }

    /// The shipped templates and award rules table.
    public static func standard() throws -> DocumentBuilder {
        guard let templates = TemplateCatalog.standardDirectory() else {
            throw DataProblems(errors: [DataError(location: nil, field: nil, message: "không tìm thấy thư mục mẫu Templates/ (đặt biến môi trường VANBAN_TEMPLATES)")])
        }
        let catalog = try TemplateCatalog(directory: templates)
        let rulesFile = templates.deletingLastPathComponent().appendingPathComponent("Data/award-rules.yaml")
        return DocumentBuilder(catalog: catalog, rulesFile: EnvironmentVariable.value("VANBAN_AWARD_RULES") ?? rulesFile.path)
    }

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
        let template: TemplateDeclaration
        do throws(DataError) {
            let nameNode = try loaded.required("mau")
            let name = try nameNode.string()
            guard let found = try catalog.template(named: name) else {
                throw nameNode.error("không có mẫu \(Excerpt.quoted(name)); các mẫu hiện có: \(catalog.names.joined(separator: ", "))")
            }
            template = found
        } catch {
            throw DataProblems(errors: [error])
        }
        var checker = InputChecker(sources: sources)
        let root = checker.check(loaded, inputs: template.inputs)
        var errors = checker.errors
        var common = CommonFields.read(root, sources: sources, errors: &errors)

        var cluster: Cluster?
        if let clusterNode = root["cum_thi_dua"] { cluster = Cluster.read(clusterNode, errors: &errors) }
        var context = ContextBuilder.context(root, inputs: template.inputs,
                                             leavingOut: template.workflow == .award ? AwardComputation.computedKeys : [])
        if let cluster { context["cum_thi_dua"] = cluster.context }
        context["ngay_ban_hanh"] = common.fixedDate.map { DateValue(date: $0) } ?? common.date.longForm()
        context["nam"] = common.fixedDate.map { String($0.year) } ?? cluster?.year.map(String.init) ?? ""
        if common.issuer == nil, let cluster { common.issuer = cluster.name }
        // (An award decision declares the issuer required: the check has said so already.)
        if common.issuer == nil && template.workflow != .award {
            errors.append(root.error("thiếu trường bắt buộc «co_quan_ban_hanh» (hoặc «cum_thi_dua» cho văn bản của cụm, khối)"))
        }
        context["co_quan_ban_hanh"] = common.issuer ?? ""
        let words = (try? root["doc_so"]?.string()) == "mien_nam" ? NumberWordsSettings.southern : NumberWordsSettings.standard

        var signature: SignatureBlock = .none
        switch template.workflow {
        case .award:
            do {
                let rules = try rulesSource.get()
                context.fields.merge(AwardComputation(rules: rules, words: words).run(root, decisionDate: common.fixedDate,
                                                                                       dateNode: common.dateNode, errors: &errors)) { $1 }
            } catch {
                errors.append(DataError(location: nil, field: nil, message: "bảng hệ số tiền thưởng: \(error)"))
            }
        case .minutes:
            context.fields.merge(MinutesComputation(cluster: cluster).run(root, errors: &errors)) { $1 }
        case .covenant, .plan:
            if template.workflow == .covenant && cluster == nil {
                errors.append(root.error("giao ước thi đua cần thông tin cụm, khối thi đua «cum_thi_dua» (thường để trong tệp dùng chung)"))
            }
        }
        switch template.signature {
        case .single:
            // The declaration makes `nguoi_ky` required for this layout: the check reports it.
            if let signer = common.signer { signature = .single(signer) }
        case .minutes:
            do {
                let secretary = try Self.minutesSigner(root.required("thu_ky"), defaultTitle: "Thư ký")
                let chair = try Self.minutesSigner(root.required("chu_tri"), defaultTitle: "Chủ trì")
                signature = .minutes(secretary: secretary, chair: chair)
            } catch {
                errors.append(error)
            }
        case .inBody:
            signature = .none
        }
        if !errors.isEmpty { throw DataProblems(errors: Self.inReadingOrder(errors)) }

        var number: DocumentNumber?
        let type = DocumentTypes.named(template.documentType)
        // A type outside Phụ lục III (a covenant) has a number only when the data gives one.
        if let symbol = common.issuerSymbol ?? cluster?.symbol, type?.abbreviation != nil || common.number != nil {
            do {
                number = try DocumentNumber(number: common.number, typeAbbreviation: type?.abbreviation, issuerSymbol: symbol)
            } catch {
                throw DataProblems(errors: [(root["ky_hieu_co_quan"] ?? root).error(error.description)])
            }
        }
        // This document as the text may cite it: «Quyết định số 152/QĐ-BNV ngày 24/2/2023».
        var selfReference = TemplateObject()
        if let number { selfReference["so"] = number.text() }
        if let number, let date = common.fixedDate {
            selfReference["trich_dan"] = number.citation(typeName: template.documentType, date: .fixed(date))
        }
        context["van_ban"] = selfReference

        // Fill the template and read its output as markup.
        let subject = template.subjectTemplate.map { $0.render(context, library: template.library) }
            .map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        let bodyText = template.body.render(context, library: template.library)
        let bodyName = "Templates/\(template.directory.lastPathComponent)/than.mustache"
        let body: MarkupDocument
        do {
            body = try MarkupParser.parse(bodyText, sourceName: bodyName)
        } catch {
            // Sections repeat lines, so the filled text's line numbers are not the template's:
            // find the template line that produced the faulty one.
            let renderedLines = bodyText.components(separatedBy: "\n")
            let faulty = error.position.line - 1 < renderedLines.count ? renderedLines[error.position.line - 1] : ""
            let message: String
            let location: DataLocation
            if let line = TemplateLineMatcher.line(producing: faulty, in: template.bodySource) {
                location = DataLocation(file: bodyName, line: line, column: 0)
                message = "văn bản do mẫu tạo ra sai cú pháp đánh dấu ở dòng \(error.position.line), cột \(error.position.column) của văn bản đã điền \(Excerpt.quoted(faulty)): \(error.message)"
            } else {
                location = DataLocation(file: bodyName, line: error.position.line, column: error.position.column)
                message = "văn bản do mẫu tạo ra sai cú pháp đánh dấu (dòng tính trên văn bản đã điền): \(error.message)"
            }
            throw DataProblems(errors: [DataError(location: location, field: nil, message: message)])
        }
        let document = AdministrativeDocument(
            parentBody: common.parentBody, issuer: common.issuer ?? "", number: number, place: common.place,
            date: template.workflow == .minutes ? nil : common.date, typeName: template.documentType, subject: subject,
            authority: common.authority, legalBases: common.legalBases, proposal: common.proposal,
            enactingLine: template.enactingLine, body: body, signature: signature, recipients: common.recipients,
            archive: common.archive)
        return PreparedDocument(document: document, style: common.style, template: template.name)
    }

    /// Problems as a clerk reads the files: file by file (in the order first met), then by line
    /// and column, each said once; problems with no place come last. Past
    /// `InputLimits.reportedProblems`, the rest are counted in a last line.
    static func inReadingOrder(_ errors: [DataError]) -> [DataError] {
        let ordered = sortedForReading(errors)
        guard ordered.count > InputLimits.reportedProblems else { return ordered }
        let rest = ordered.count - InputLimits.reportedProblems
        let file = ordered.first?.location?.file ?? ""
        return Array(ordered.prefix(InputLimits.reportedProblems)) + [DataError(
            location: DataLocation(file: file, line: 0),
            message: "còn \(NumberText.grouped(rest)) lỗi nữa (chỉ ghi \(InputLimits.reportedProblems) lỗi đầu); hãy sửa các lỗi trên rồi kiểm tra lại")]
    }

    private static func sortedForReading(_ errors: [DataError]) -> [DataError] {
        var seen = Set<String>()
        let unique = errors.filter { seen.insert($0.description).inserted }
        var fileRank: [String: Int] = [:]
        for error in unique { if let file = error.location?.file, fileRank[file] == nil { fileRank[file] = fileRank.count } }
        func key(_ item: (offset: Int, element: DataError)) -> (Int, Int, Int, Int) {
            guard let location = item.element.location else { return (Int.max, 0, 0, item.offset) }
            return (fileRank[location.file] ?? Int.max, location.line, location.column, item.offset)
        }
        return unique.enumerated().sorted { key($0) < key($1) }.map(\.element)
    }

    static func minutesSigner(_ node: DataNode, defaultTitle: String) throws(DataError) -> Signer {
        Signer(title: try node["danh_xung"]?.string() ?? defaultTitle, name: try node.required("ho_ten").string())
    }
}
