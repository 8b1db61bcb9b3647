import DocumentMarkup
import Typesetting
import VietnameseText

/// A text from the user's data with where it came from, for messages.
public struct SourcedText: Sendable, Equatable, ExpressibleByStringLiteral {
    public var text: String
    public var source: SourceLocation?

    public init(_ text: String, source: SourceLocation? = nil) {
        self.text = text; self.source = source
    }
    public init(stringLiteral value: String) { self.init(value) }
}

/// An administrative document as NĐ 30/2020 sees it: metadata composed into the header,
/// title, signature and recipients by this module, plus a body written in the document markup.
public struct AdministrativeDocument: Sendable {
    /// Cơ quan chủ quản (optional), as written ("Ủy ban nhân dân tỉnh Nam Định"); printed uppercase.
    public var parentBody: String?
    /// Cơ quan ban hành, or for a covenant the cluster or bloc ("Cụm thi đua …"); printed uppercase bold.
    public var issuer: String
    /// Số, ký hiệu; nil for a document that has none (some covenants).
    public var number: DocumentNumber?
    /// Địa danh.
    public var place: String
    /// Ngày ban hành; nil for minutes (biên bản), whose time and place are in the body.
    public var date: IssueDate?
    /// Tên loại: "Quyết định", "Kế hoạch", "Biên bản", "Giao ước thi đua"; printed uppercase bold.
    public var typeName: String
    /// Trích yếu: "Về việc tặng Bằng khen …", "Tổ chức phong trào thi đua năm 2022".
    public var subject: String?
    /// Công văn's "V/v …" under the number.
    public var letterSubject: String?
    /// Thẩm quyền ban hành in ordinary case ("Chủ tịch Ủy ban nhân dân tỉnh Nam Định"): printed
    /// uppercase under the title, and quoted in each annex's "(Kèm theo …)" line.
    public var authority: String?
    /// Căn cứ: one per paragraph, each ending ";" and the last ".".
    public var legalBases: [SourcedText]
    /// "Theo đề nghị của Giám đốc Sở Nội vụ."
    public var proposal: SourcedText?
    /// The line that opens the operative part: "QUYẾT ĐỊNH:" for decisions.
    public var enactingLine: String?
    public var body: MarkupDocument
    public var signature: SignatureBlock
    /// Nơi nhận, one per line; the archive line is added last.
    public var recipients: [SourcedText]
    /// "Kính gửi:": whom a letter or a submission is addressed to.
    public var addressees: [SourcedText] = []
    /// "VT, TĐKT": printed as "- Lưu: VT, TĐKT."
    public var archive: String?
    /// Where the annexes' "(Kèm theo …)" line names this document: "Quyết định".
    public var citationName: String { typeName }

    /// A công văn has no type name over its subject: the subject is the "V/v …" under its number.
    public var isLetter: Bool { DocumentTypes.named(typeName) == DocumentType.officialLetter }

    public init(parentBody: String? = nil, issuer: String, number: DocumentNumber? = nil, place: String,
                date: IssueDate?, typeName: String, subject: String? = nil, letterSubject: String? = nil,
                authority: String? = nil, legalBases: [SourcedText] = [], proposal: SourcedText? = nil,
                enactingLine: String? = nil, body: MarkupDocument, signature: SignatureBlock,
                recipients: [SourcedText] = [], archive: String? = nil) {
        self.parentBody = parentBody; self.issuer = issuer; self.number = number; self.place = place
        self.date = date; self.typeName = typeName; self.subject = subject; self.letterSubject = letterSubject
        self.authority = authority; self.legalBases = legalBases; self.proposal = proposal
        self.enactingLine = enactingLine; self.body = body; self.signature = signature
        self.recipients = recipients; self.archive = archive
    }
}

/// Quyền hạn người ký (NĐ 30, Phụ lục I).
public enum SigningAuthority: String, Sendable, CaseIterable {
    /// TM.: on behalf of a collective body.
    case onBehalfOf = "TM."
    /// KT.: a deputy signing for the head.
    case deputy = "KT."
    /// Q.: acting head.
    case acting = "Q."
    /// TL.: by order.
    case byOrder = "TL."
    /// TUQ.: by delegation.
    case byDelegation = "TUQ."
}

public struct Signer: Sendable, Equatable {
    public var authority: SigningAuthority?
    /// The line after TM./KT./TL./TUQ.: "ỦY BAN NHÂN DÂN", "GIÁM ĐỐC", "CHỦ TỊCH".
    public var authorityBody: String?
    /// Chức vụ: "CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "THƯ KÝ".
    public var title: String
    /// Họ tên, without academic titles.
    public var name: String
    /// A PNG of the signature (and seal) placed in the signing space.
    public var signatureImage: String?

    public init(authority: SigningAuthority? = nil, authorityBody: String? = nil, title: String, name: String,
                signatureImage: String? = nil) {
        self.authority = authority; self.authorityBody = authorityBody; self.title = title; self.name = name
        self.signatureImage = signatureImage
    }

    /// The uppercase lines above the signing space: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH";
    /// "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"; "Q. GIÁM ĐỐC"; or just "GIÁM ĐỐC".
    public var headingLines: [String] {
        let title = officialUppercased(self.title)
        guard let authority else { return [title] }
        if authority == .acting || authorityBody == nil { return ["\(authority.rawValue) \(title)"] }
        return ["\(authority.rawValue) \(officialUppercased(authorityBody!))", title]
    }
}

public enum SignatureBlock: Sendable {
    /// One signer in the right column, the recipients in the left.
    case single(Signer)
    /// Biên bản: the secretary left, the chair right; recipients under the secretary.
    case minutes(secretary: Signer, chair: Signer)
    /// The body places its own signatures (a covenant's signature grid): nothing is added.
    case none
}

/// Uppercase as NĐ 30 prints it: Unicode-correct, NFC, and "HÒA" with the tone on the first
/// vowel (the decree spells both; one spelling throughout).
public func officialUppercased(_ text: String) -> String {
    normalizingTonePlacement(vietnameseUppercased(text), to: .classic)
}
