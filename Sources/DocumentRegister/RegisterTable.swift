import Foundation
import VietnameseText

/// The register as the printed book shows it (NĐ 30/2020, Phụ lục IV, sổ đăng ký văn bản đi):
/// one fact per column, one entry per row. The PDF, the workbook and the CSV are three
/// drawings of this one table.
public struct RegisterTable: Sendable {
    public static let headers = [
        "Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung", "Người ký",
        "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu", "Số lượng bản", "Ghi chú",
    ]

    /// "SỔ ĐĂNG KÝ VĂN BẢN ĐI", then "Năm 2026", then the issuers.
    public var title: String
    public var subtitle: String
    public var issuers: [String]
    public var rows: [Row]

    public struct Row: Sendable, Hashable {
        public var number: String
        public var date: CalendarDate
        public var typeAndSubject: String
        public var signer: String
        /// One recipient a line.
        public var recipients: [String]
        public var archive: String
        public var copies: Int?
        public var note: String

        /// The eight columns as text; lines of a cell joined with "\n".
        public var texts: [String] {
            [number, date.paddedForm, typeAndSubject, signer, recipients.joined(separator: "\n"), archive,
             copies.map(String.init) ?? "", note]
        }
    }

    public init(entries: [RegisterEntry], year: Int?) {
        title = "SỔ ĐĂNG KÝ VĂN BẢN ĐI"
        let years = Set(entries.map(\.year)).sorted()
        if let year { subtitle = "Năm \(year)" }
        else if let first = years.first, let last = years.last { subtitle = first == last ? "Năm \(first)" : "Từ năm \(first) đến năm \(last)" }
        else { subtitle = "" }
        var seen = Set<String>()
        issuers = entries.map(\.facts.issuerName).filter { !$0.isEmpty && seen.insert($0).inserted }
        rows = entries.map(Self.row)
    }

    static func row(_ entry: RegisterEntry) -> Row {
        let facts = entry.facts
        var note = ""
        switch entry.state {
        case .issued: break
        case .reserved: note = "Đang cấp, chưa hoàn tất"
        case .voided: note = "Đã hủy" + (entry.voidedAt.map { " ngày " + RegisterError.day($0) } ?? "") + (entry.voidReason.map { ": \($0)" } ?? "")
        }
        return Row(number: entry.numberText, date: facts.date, typeAndSubject: typeAndSubject(facts), signer: facts.signerName,
                   recipients: facts.recipients, archive: facts.archive ?? "", copies: facts.copies, note: note)
    }

    /// "Quyết định về việc tặng Giấy khen …": the type, then the trích yếu as it continues the
    /// sentence (its first letter in lower case).
    static func typeAndSubject(_ facts: DocumentFacts) -> String {
        let subject = facts.subject.trimmedWhitespace
        guard let first = subject.first else { return facts.typeName }
        return facts.typeName + " " + vietnameseLowercased(String(first)) + subject.dropFirst()
    }
}

/// The forms the register is exported in.
public enum RegisterFormat: String, Sendable, CaseIterable {
    case pdf, xlsx, csv

    /// The format a file name asks for: "so.pdf", "SO.XLSX".
    public init?(fileName: String) {
        self.init(rawValue: (fileName as NSString).pathExtension.lowercased())
    }

    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .csv: "text/csv; charset=utf-8"
        }
    }
}
