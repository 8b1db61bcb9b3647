import DataInput
import VietnameseText

/// The legal documents VanBan knows, with the days each is in force: what a document's căn cứ
/// are checked against, what closes the rows of the money table, and what `vanban new` suggests.
/// It is data (Data/van-ban-phap-luat.yaml); nothing here knows a decree.
public struct LegalRegister: Sendable {
    public let documents: [LegalDocument]
    /// The file it came from, named in messages.
    public let sourceName: String?
    let indexByNumber: [String: Int]
    let scanner: CitationScanner
    /// The hash of the file's bytes when it was read from one: what a table checked against it
    /// is kept under (`ReadingCache`).
    public let sourceDigest: UInt64?

    /// Builds and checks a register: each number once; a replacement named is in the register
    /// and takes effect the day after the replaced document ends; an amended document is in it.
    public init(documents: [LegalDocument], sourceName: String? = nil) throws(DataError) {
        var index: [String: Int] = [:]
        for (position, document) in documents.enumerated() {
            let key = CitationScanner.numberKey(document.number)
            if let earlier = index[key] {
                throw Self.problem(document, "số hiệu «\(document.number)» đã có ở dòng \(documents[earlier].provenance.location?.line ?? 0); mỗi văn bản chỉ ghi một lần")
            }
            index[key] = position
        }
        self.documents = documents
        self.sourceName = sourceName
        self.indexByNumber = index
        self.scanner = CitationScanner(documents: documents)
        self.sourceDigest = nil
        for document in documents { try checkLinks(of: document) }
    }

    /// A register already built and checked (`RegisterCoding`), with the file's hash.
    init(documents: [LegalDocument], sourceName: String?, indexByNumber: [String: Int], scanner: CitationScanner, sourceDigest: UInt64?) {
        self.documents = documents
        self.sourceName = sourceName
        self.indexByNumber = indexByNumber
        self.scanner = scanner
        self.sourceDigest = sourceDigest
    }

    /// The document with this number ("91/2017/NĐ-CP", "91/2017/ND-CP" alike), if registered.
    public func document(number: String) -> LegalDocument? {
        indexByNumber[CitationScanner.numberKey(number)].map { documents[$0] }
    }

    /// The registered documents a text cites, in the order they appear, each once.
    public func cited(in text: String) -> [LegalDocument] {
        scanner.matches(in: text).map { documents[$0] }
    }

    /// What is wrong with citing `text` as căn cứ of a document dated `date`: each registered
    /// document it cites that is not yet, or no longer, in force that day. Unknown documents are
    /// left alone.
    public func check(_ text: String, on date: CalendarDate) -> [LegalBasisFinding] {
        cited(in: text).compactMap { document in
            if date < document.inForce.start { return LegalBasisFinding(document: document, date: date, problem: .notYetInForce) }
            if let end = document.inForce.end, end < date {
                return LegalBasisFinding(document: document, date: date, problem: .noLongerInForce(replacement: successor(of: document, on: date)))
            }
            return nil
        }
    }

    /// Following `replacedBy` from `document`: the first replacement in force on `date`, or the
    /// last one known when none is.
    public func successor(of document: LegalDocument, on date: CalendarDate) -> LegalDocument? {
        var current = document
        var seen: Set<String> = [current.number]
        while let next = current.replacedBy.flatMap(self.document(number:)), seen.insert(next.number).inserted {
            if next.inForce.contains(date) { return next }
            current = next
        }
        return current.number == document.number ? nil : current
    }

    /// The registered documents of one field in force on `date`, in register order.
    public func inForce(on date: CalendarDate, field: String) -> [LegalDocument] {
        documents.filter { $0.fields.contains(field) && $0.inForce.contains(date) }
    }

    private func checkLinks(of document: LegalDocument) throws(DataError) {
        if let number = document.replacedBy {
            guard let replacement = self.document(number: number) else {
                throw Self.problem(document, "văn bản thay thế «\(number)» chưa có trong danh mục; hãy thêm nó")
            }
            guard let end = document.inForce.end else {
                throw Self.problem(document, "đã bị thay thế bởi \(replacement.shortCitation) nhưng chưa ghi ngày hết hiệu lực «het_hieu_luc»")
            }
            guard replacement.inForce.start == end.nextDay else {
                throw Self.problem(document, "hết hiệu lực sau ngày \(end.shortForm) nhưng văn bản thay thế \(replacement.shortCitation) có hiệu lực từ \(replacement.inForce.start.shortForm); hai ngày phải nối tiếp nhau")
            }
        }
        for number in document.amends where self.document(number: number) == nil {
            throw Self.problem(document, "văn bản được sửa đổi «\(number)» chưa có trong danh mục; hãy thêm nó")
        }
        if document.inForce.start < document.issueDate {
            throw Self.problem(document, "ngày có hiệu lực \(document.inForce.start.shortForm) trước ngày ban hành \(document.issueDate.shortForm)")
        }
    }

    private static func problem(_ document: LegalDocument, _ message: String) -> DataError {
        DataError(location: document.provenance.location, field: nil, message: "văn bản \(document.number): \(message)")
    }
}

/// A căn cứ that does not stand on the document's date.
public struct LegalBasisFinding: Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Hashable, Sendable {
        case notYetInForce
        /// With the document that replaced it, when the register knows one.
        case noLongerInForce(replacement: LegalDocument?)
    }

    public let document: LegalDocument
    /// The date the document citing it is checked for.
    public let date: CalendarDate
    public let problem: Problem

    /// Vietnamese, to follow "căn cứ …: ".
    public var description: String {
        switch problem {
        case .notYetInForce:
            return "\(document.shortCitation) có hiệu lực từ ngày \(document.inForce.start.shortForm), sau ngày \(date.shortForm) của văn bản"
        case .noLongerInForce(let replacement):
            let end = document.inForce.end.map { $0.nextDay.shortForm } ?? ""
            var text = "\(document.shortCitation) đã hết hiệu lực từ ngày \(end), trước ngày \(date.shortForm) của văn bản"
            if let replacement { text += "; văn bản thay thế: \(replacement.shortCitation)" }
            return text
        }
    }
}
