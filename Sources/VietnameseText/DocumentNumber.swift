import Foundation
import InputGuards

/// The số, ký hiệu of a document: "05/QĐ-UBND", "1237/BNV-VP" (công văn: no type part),
/// "98/2023/NĐ-CP" (legal normative documents carry the year), or a draft's "···/QĐ-UBND".
public struct DocumentNumber: Hashable, Sendable, CustomStringConvertible {
    /// The running number (from 01 each 1 January, per issuer); nil on a draft.
    public let number: Int?
    /// Year written into the number, only for legal normative documents ("98/2023/NĐ-CP").
    public let year: Int?
    /// Phụ lục III type abbreviation ("QĐ"); nil for a công văn.
    public let typeAbbreviation: String?
    /// The issuer's abbreviation, possibly with the drafting unit's: "UBND", "BNV-VP", "CTĐ".
    public let issuerSymbol: String

    public init(number: Int?, year: Int? = nil, typeAbbreviation: String?, issuerSymbol: String)
        throws(DocumentNumberError)
    {
        if let number, number < 1 { throw .numberNotPositive(number) }
        let issuer = nfc(issuerSymbol.trimmedWhitespace)
        let type = typeAbbreviation.map { nfc($0.trimmedWhitespace) }
        // Spaces or "/" inside a group would make the printed number ambiguous; the decree
        // writes the groups with no spaces at all.
        for part in [issuer, type ?? "x"] where part.isEmpty || part.contains(where: { $0.isWhitespace || $0 == "/" }) {
            throw .invalidSymbol(part)
        }
        self.number = number
        self.year = year
        self.typeAbbreviation = type
        self.issuerSymbol = issuer
    }

    /// Number for a document of a Phụ lục III type (or a công văn, whose abbreviation is nil).
    public init(number: Int?, year: Int? = nil, type: DocumentType, issuerSymbol: String)
        throws(DocumentNumberError)
    {
        try self.init(number: number, year: year, typeAbbreviation: type.abbreviation, issuerSymbol: issuerSymbol)
    }

    /// Number with a leading zero below 10: "05", "487"; nil on a draft.
    public var numberField: String? {
        number.map { $0 < 10 ? "0\($0)" : "\($0)" }
    }

    /// The ký hiệu: "QĐ-UBND", "BNV-VP"; with the year in front for normative documents ("2023/NĐ-CP").
    public var symbol: String {
        let symbol = [typeAbbreviation, issuerSymbol].compactMap { $0 }.joined(separator: "-")
        return year.map { "\($0)/\(symbol)" } ?? symbol
    }

    /// "05/QĐ-UBND"; on a draft, `blank` stands in for the number.
    public func text(blank: Blank = .documentNumber) -> String {
        "\(numberField ?? blank.text)/\(symbol)"
    }

    /// The header line: "Số: 05/QĐ-UBND" (colon after "Số", no spaces inside the number).
    public func headerLine(blank: Blank = .documentNumber) -> String {
        "Số: \(text(blank: blank))"
    }

    /// A citation in running text: "Quyết định số 487/QĐ-UBND ngày 15/7/2020" (short date, the
    /// usual form in căn cứ) or with `longDate` "... ngày 05 tháng 01 năm 2023" (annex headers).
    public func citation(typeName: String, date: IssueDate, longDate: Bool = false,
                         blank: Blank = .documentNumber, dateBlank: Blank = .dateField) -> String {
        let dateText = longDate ? date.longForm(blank: dateBlank) : "ngày \(date.shortForm(blank: dateBlank))"
        return "\(normalizedSpacing(typeName)) số \(text(blank: blank)) \(dateText)"
    }

    /// The same citation with the type's own name ("Quyết định", "Kế hoạch").
    public func citation(type: DocumentType, date: IssueDate, longDate: Bool = false,
                         blank: Blank = .documentNumber, dateBlank: Blank = .dateField) -> String {
        citation(typeName: type.name, date: date, longDate: longDate, blank: blank, dateBlank: dateBlank)
    }

    public var description: String { text() }
}

extension DocumentNumber {
    /// Reads "05/QĐ-UBND", "487/QĐ-UBND", "1237/BNV-VP", "98/2023/NĐ-CP" (an optional "Số:"
    /// in front is dropped). The first group of the symbol counts as the type only if it is a
    /// Phụ lục III abbreviation and another group follows; otherwise the number is a công văn's.
    public init(parsing text: String) throws(DocumentNumberError) {
        var body = normalizedSpacing(text)
        if body.hasPrefix("Số:") { body = String(body.dropFirst(3)).trimmedWhitespace }
        let fields = body.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 2 || fields.count == 3,
              let number = Int(fields[0]), fields[0].allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .unrecognisedFormat(text)
        }
        var year: Int?
        if fields.count == 3 {
            guard fields[1].count == 4, let value = Int(fields[1]) else { throw .unrecognisedFormat(text) }
            year = value
        }
        let groups = fields[fields.count - 1].split(separator: "-", maxSplits: 1).map(String.init)
        guard let firstGroup = groups.first else { throw .unrecognisedFormat(text) }
        if groups.count == 2, DocumentTypes.withAbbreviation(firstGroup) != nil {
            try self.init(number: number, year: year, typeAbbreviation: firstGroup, issuerSymbol: groups[1])
        } else {
            try self.init(number: number, year: year, typeAbbreviation: nil, issuerSymbol: fields[fields.count - 1])
        }
    }
}

public enum DocumentNumberError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    case numberNotPositive(Int)
    case invalidSymbol(String)
    case unrecognisedFormat(String)

    public var description: String {
        switch self {
        case .numberNotPositive(let number):
            "Số văn bản \(number) không hợp lệ: số được đánh từ 01."
        case .invalidSymbol(let symbol):
            "Ký hiệu “\(Excerpt.shortened(symbol))” không hợp lệ: không được để trống, không có dấu cách hay dấu “/”."
        case .unrecognisedFormat(let text):
            "Không đọc được số, ký hiệu “\(Excerpt.shortened(text))”: cần dạng 05/QĐ-UBND hoặc 1237/BNV-VP."
        }
    }

    public var errorDescription: String? { description }
}
