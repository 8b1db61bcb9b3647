import DataInput
import Foundation
import InputGuards
import VietnameseText

/// Loading the register from YAML (Data/van-ban-phap-luat.yaml):
///
/// ```yaml
/// van_ban:
///   - so_ky_hieu: 91/2017/NĐ-CP
///     loai: Nghị định
///     trich_yeu: quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng
///     co_quan: Chính phủ
///     ngay_ban_hanh: 2017-07-31
///     hieu_luc_tu: 2017-10-01
///     het_hieu_luc: 2023-12-31        # the last day in force; empty = still in force
///     thay_the_boi: 98/2023/NĐ-CP
///     linh_vuc: [thi_dua_khen_thuong]
///     doi_chieu: what the entry was checked against
///     can_xac_minh: what is not yet verified (optional; marks the entry)
/// ```
extension LegalRegister {
    static let entryKeys: Set<String> = ["so_ky_hieu", "loai", "ten", "trich_yeu", "co_quan", "ngay_ban_hanh", "hieu_luc_tu",
                                         "het_hieu_luc", "thay_the_boi", "sua_doi", "linh_vuc", "doi_chieu", "can_xac_minh", "ghi_chu"]

    /// Reads the register from a file; `displayPath` (default: the path) names it in messages.
    /// `cache` keeps the register built and checked, and the parsed file (`ReadingCache`).
    public init(contentsOfFile path: String, displayPath: String? = nil, cache: ReadingCache? = nil) throws(DataError) {
        let display = displayPath ?? path
        let url = URL(fileURLWithPath: path)
        let data = try DataLoader.bytes(of: url, displayPath: display)
        // A file naming shared files is built from theirs too, which its bytes do not say: it
        // has no digest, so neither it nor a table checked against it is kept.
        let digest = DataLoader.mayNameSharedFiles(data) ? nil : ContentHash.fnv1a(data)
        func build() throws(DataError) -> LegalRegister {
            let built = try LegalRegister(DataLoader.load(url, data: data, displayPath: display, cache: cache), sourceName: display)
            return LegalRegister(documents: built.documents, sourceName: built.sourceName, indexByNumber: built.indexByNumber,
                                 scanner: built.scanner, sourceDigest: digest)
        }
        guard let cache, digest != nil else { self = try build(); return }
        self = try cache.value(of: [data], kind: RegisterCoding.kind, display: display,
                               encode: RegisterCoding.encode, decode: RegisterCoding.decode, make: build)
    }

    public init(yaml: String, sourceName: String = "van-ban-phap-luat.yaml") throws(DataError) {
        try self.init(DataLoader.parse(yaml, file: sourceName), sourceName: sourceName)
    }

    init(_ root: DataNode, sourceName: String) throws(DataError) {
        try root.checkKeys(allowed: ["van_ban"])
        var documents: [LegalDocument] = []
        for row in try TableFields.rows(root, "van_ban") { documents.append(try Self.document(row)) }
        try self.init(documents: documents, sourceName: sourceName)
    }

    static func document(_ row: DataNode) throws(DataError) -> LegalDocument {
        try row.checkKeys(allowed: entryKeys)
        let number = try TableFields.text(row, "so_ky_hieu")
        let type = try TableFields.text(row, "loai")
        let name = try TableFields.optionalText(row, "ten")
        let issueDate = try row.required("ngay_ban_hanh").date()
        let period = try TableFields.period(row, start: "hieu_luc_tu", end: "het_hieu_luc")
        let citation = name.map { "\($0) \(issueDate.longForm)" } ?? "\(type) số \(number)"
        return LegalDocument(
            number: number, type: type, name: name,
            subject: try TableFields.optionalText(row, "trich_yeu"), issuer: try TableFields.optionalText(row, "co_quan"),
            issueDate: issueDate, inForce: period, replacedBy: try TableFields.optionalText(row, "thay_the_boi"),
            amends: try TableFields.texts(row, "sua_doi"), fields: try TableFields.texts(row, "linh_vuc"),
            provenance: try TableFields.provenance(row, legalSource: citation))
    }
}
