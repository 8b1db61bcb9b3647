import DocumentPipeline
import DocumentTemplates
import Foundation
import OfficialDocuments
import VietnameseText

extension Pipeline {
    /// The pipeline as the register needs it (`vanban so cap` and the workbench's «Cấp số»): what
    /// a data file's document says of itself (issuer, type, subject, signer, recipients), and its
    /// PDF, made as «vanban render» makes it.
    public var issuing: IssuePipeline {
        let pipeline = self
        return IssuePipeline(
            describe: { (file: URL, display: String) throws(IssueStepFailure) -> DocumentFacts in
                let prepared: PreparedDocument
                do throws(PipelineFailure) { prepared = try pipeline.prepare(.file(file, display: display)) } catch {
                    throw IssueStepFailure(error.problems.map(\.description))
                }
                return try facts(of: prepared.document, display: display)
            },
            render: { (file: URL, display: String, pdf: URL) throws(IssueStepFailure) -> [String] in
                do throws(PipelineFailure) {
                    return try pipeline.render(.file(file, display: display), to: .file(pdf: pdf, overwrite: true)).problems.map(\.description)
                } catch {
                    throw IssueStepFailure(error.problems.map(\.description))
                }
            })
    }
}

/// The register's columns from a prepared document. The number's symbol is the one the
/// document prints (ky_hieu_co_quan, or the cluster's), its type the template's.
private func facts(of document: AdministrativeDocument, display: String) throws(IssueStepFailure) -> DocumentFacts {
    guard let number = document.number else {
        throw IssueStepFailure(["\(display), trường «ky_hieu_co_quan»: cần ký hiệu cơ quan (ví dụ UBND) để cấp số"])
    }
    var signer: Signer?
    switch document.signature {
    case .single(let one): signer = one
    case .minutes(_, let chair): signer = chair
    case .none: signer = nil
    }
    var date = CalendarDate.today()
    if case .fixed(let fixed)? = document.date { date = fixed }
    let recipients = document.recipients.map(\.text)
    return DocumentFacts(
        issuerSymbol: number.issuerSymbol, issuerName: document.issuer, typeName: document.typeName,
        typeAbbreviation: number.typeAbbreviation, date: date, subject: document.subject ?? document.letterSubject ?? "",
        signerName: signer?.name ?? "", signerTitle: signer?.title ?? "", recipients: recipients, archive: document.archive,
        // One copy a recipient and one kept by the văn thư: what the clerk counts at least.
        copies: recipients.isEmpty && document.archive == nil ? nil : recipients.count + (document.archive == nil ? 0 : 1))
}
