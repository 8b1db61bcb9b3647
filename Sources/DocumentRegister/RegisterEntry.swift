import Foundation
import VietnameseText

/// What the register records of a document when it takes its number: the columns of the
/// sổ đăng ký văn bản đi (Nghị định 30/2020, Phụ lục IV) less the number itself.
public struct DocumentFacts: Sendable, Hashable {
    /// The ký hiệu after the type: "UBND", or with the drafting unit "BNV-VP".
    public var issuerSymbol: String
    /// "Ủy ban nhân dân xã Tân Thành" (printed on the register's cover).
    public var issuerName: String
    /// "Quyết định", "Kế hoạch", "Biên bản", "Giao ước thi đua".
    public var typeName: String
    /// Phụ lục III abbreviation ("QĐ"); nil for a type without one (công văn).
    public var typeAbbreviation: String?
    public var date: CalendarDate
    /// Trích yếu: "Về việc tặng Giấy khen …".
    public var subject: String
    public var signerName: String
    public var signerTitle: String
    public var recipients: [String]
    /// Where the archive copies go: "VT, TĐKT".
    public var archive: String?
    /// Số lượng bản; nil when nobody said.
    public var copies: Int?

    public init(issuerSymbol: String, issuerName: String, typeName: String, typeAbbreviation: String?,
                date: CalendarDate, subject: String, signerName: String = "", signerTitle: String = "",
                recipients: [String] = [], archive: String? = nil, copies: Int? = nil) {
        self.issuerSymbol = nfc(issuerSymbol.trimmedWhitespace)
        self.issuerName = nfc(issuerName)
        self.typeName = nfc(typeName)
        self.typeAbbreviation = typeAbbreviation.map { nfc($0.trimmedWhitespace) }.flatMap { $0.isEmpty ? nil : $0 }
        self.date = date
        self.subject = nfc(subject)
        self.signerName = nfc(signerName)
        self.signerTitle = nfc(signerTitle)
        self.recipients = recipients.map(nfc)
        self.archive = archive.map(nfc)
        self.copies = copies
    }

    /// The issuer a sequence belongs to: the first group of the symbol. A body keeps one
    /// register, whichever of its units drafts: "1237/BNV-VP" and "1238/BNV-TCCB" are one run.
    public var issuerKey: String {
        String(issuerSymbol.split(separator: "-", maxSplits: 1).first ?? Substring(issuerSymbol))
    }

    /// The ký hiệu as printed after the number: "QĐ-UBND", "BNV-VP".
    public var symbol: String {
        [typeAbbreviation, issuerSymbol].compactMap { $0 }.joined(separator: "-")
    }
}

/// Where an entry stands. The register never deletes: a number once given stays, issued or voided.
public enum EntryState: String, Sendable, Hashable, CaseIterable {
    /// The number is taken; the data file, the PDF or the final mark is still to come.
    case reserved = "dang_cap"
    case issued = "da_cap"
    case voided = "da_huy"

    /// "đang cấp", "đã cấp", "đã hủy".
    public var label: String {
        switch self {
        case .reserved: "đang cấp"
        case .issued: "đã cấp"
        case .voided: "đã hủy"
        }
    }
}

/// One line of the register.
public struct RegisterEntry: Sendable, Hashable {
    public var id: Int64
    public var year: Int
    public var number: Int
    public var facts: DocumentFacts
    public var state: EntryState
    /// The data file, relative to the workspace; nil for an entry made without one.
    public var dataFile: String?
    /// The PDF, relative to the workspace.
    public var pdfFile: String?
    public var reservedAt: Date
    public var issuedAt: Date?
    public var voidedAt: Date?
    public var voidReason: String?
    /// Who asked (the user of the command, the signed-in clerk of the workbench).
    public var actor: String

    /// "05/QĐ-UBND" (a leading zero below 10, as NĐ 30 writes it).
    public var numberText: String {
        "\(number < 10 ? "0\(number)" : "\(number)")/\(facts.symbol)"
    }

    /// "05/QĐ-UBND (năm 2026)": how messages name an entry.
    public var reference: String { "\(numberText) (năm \(year))" }

    /// "05/QĐ-UBND ngày 05/01/2026, đã cấp" — with the void reason or the file still to finish.
    public var summary: String {
        var text = "\(numberText) ngày \(facts.date.paddedForm), \(state.label)"
        if let dataFile { text += ", tệp «\(dataFile)»" }
        if state == .voided, let voidReason { text += ", lý do hủy: \(voidReason)" }
        return text
    }
}

/// Which entries to list or export; nil means any.
public struct EntryFilter: Sendable, Hashable {
    public var year: Int?
    public var issuerKey: String?
    /// A type abbreviation ("QĐ"); "" selects the types without one.
    public var typeAbbreviation: String?
    public var states: Set<EntryState>?
    public var dataFile: String?

    public init(year: Int? = nil, issuerKey: String? = nil, typeAbbreviation: String? = nil,
                states: Set<EntryState>? = nil, dataFile: String? = nil) {
        self.year = year
        self.issuerKey = issuerKey.map(nfc)
        self.typeAbbreviation = typeAbbreviation.map(nfc)
        self.states = states
        self.dataFile = dataFile
    }
}

extension CalendarDate {
    /// "05/01/2026": the register's column, sortable by eye, as clerks write it in the book.
    public var paddedForm: String {
        "\(dayField)/\(month < 10 ? "0" : "")\(month)/\(year)"
    }
}
