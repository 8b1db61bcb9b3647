import DataInput
import Foundation
import InputGuards

/// One input a template declares: what a data file must (or may) give it.
public struct InputDeclaration: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// One line of text.
        case text = "chuoi"
        /// A whole number.
        case integer = "so_nguyen"
        /// A number that may have a decimal part ("994", "4,5").
        case decimal = "so"
        /// A year (1900–2200, `InputLimits.years`).
        case year = "nam"
        /// A date ("2023-03-06" or "06/3/2023").
        case date = "ngay"
        /// A document's date, or for a draft its month and year ("11/2020") or year.
        case issueDate = "ngay_ban_hanh"
        /// có / không.
        case boolean = "co_khong"
        /// A list of texts, or of objects when `fields` are declared.
        case list = "danh_sach"
        /// An object with the declared `fields`.
        case object = "doi_tuong"
        /// A phrase the document prints, which may name the template's values (`{{dem}}`,
        /// `{{thanh_tich}}`): its default (`mac_dinh`) is the template's wording, the data's
        /// value replaces it.
        case phrase = "cau"
        /// A body of text in the document markup (docs/markup.md): paragraphs, lists, tables.
        case markup = "van_ban"
    }

    public var name: String
    public var kind: Kind
    public var required: Bool
    /// What a clerk calls it ("Hình thức khen thưởng").
    public var label: String
    public var example: String?
    /// For lists of objects and for objects.
    public var fields: [InputDeclaration]
    /// A list that may be given as a CSV file; the headers each field accepts.
    public var allowsCSV: Bool
    public var csvHeaders: [String]
    /// An optional input's value when the data leaves it out.
    public var defaultValue: String?
    /// An optional input that a new data file shows filled in (not commented out).
    public var suggested: Bool = false
    /// For a list of recipients: who they are (tập thể, cá nhân, hộ gia đình). A list file's
    /// headings of another kind are then left to that kind's list.
    public var recipientKind: ListKind?
    /// The section whose template body uses the input (required only while that section is in
    /// the document with its own body), or the phrase whose default wording uses it (required
    /// only while the data does not word that phrase itself).
    public var section: String?
    /// The values a number may take (`khoang: [2, 3]`), both ends included.
    public var range: ClosedRange<Decimal>?

    public init(name: String, kind: Kind, required: Bool, label: String, example: String? = nil,
                fields: [InputDeclaration] = [], allowsCSV: Bool = false, csvHeaders: [String] = [],
                defaultValue: String? = nil) {
        self.name = name; self.kind = kind; self.required = required; self.label = label
        self.example = example; self.fields = fields; self.allowsCSV = allowsCSV
        self.csvHeaders = csvHeaders; self.defaultValue = defaultValue
    }

    static let keys: Set<String> = ["ten", "kieu", "bat_buoc", "nhan", "vi_du", "truong", "cho_phep_csv", "cot_csv", "mac_dinh", "goi_y",
                                    "doi_tuong", "phan", "khoang"]

    /// Reads a declaration from a template's `mau.yaml`.
    static func read(_ node: DataNode) throws(DataError) -> InputDeclaration {
        try node.checkKeys(allowed: keys)
        let kindNode = try node.required("kieu")
        let kindText = try kindNode.string()
        guard let kind = Kind(rawValue: kindText) else {
            throw kindNode.error("kiểu \(Excerpt.quoted(kindText)) không có; dùng một trong: \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var fields: [InputDeclaration] = []
        if let fieldList = node["truong"] {
            for field in try fieldList.list() { fields.append(try read(field)) }
        }
        var headers: [String] = []
        if let headerNode = node["cot_csv"] {
            if case .scalar = headerNode.kind { headers = [try headerNode.string()] } else {
                for header in try headerNode.list() { headers.append(try header.string()) }
            }
        }
        var declaration = InputDeclaration(name: try node.required("ten").string(), kind: kind,
                                required: try node["bat_buoc"]?.bool() ?? false,
                                label: try node.required("nhan").string(), example: try node["vi_du"]?.string(),
                                fields: fields, allowsCSV: try node["cho_phep_csv"]?.bool() ?? false,
                                csvHeaders: headers, defaultValue: try node["mac_dinh"]?.string())
        declaration.suggested = try node["goi_y"]?.bool() ?? false
        declaration.section = try node["phan"]?.string()
        if let kindNode = node["doi_tuong"] {
            let text = try kindNode.string()
            guard let kind = ListKind(rawValue: text) else {
                throw kindNode.error("đối tượng \(Excerpt.quoted(text)) không có; dùng một trong: \(ListKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            declaration.recipientKind = kind
        }
        if let rangeNode = node["khoang"] {
            let ends = try rangeNode.list()
            guard kind == .integer || kind == .decimal, ends.count == 2 else {
                throw rangeNode.error("«khoang» là hai số [nhỏ nhất, lớn nhất], chỉ cho kiểu so_nguyen hoặc so")
            }
            let low = try ends[0].decimal(), high = try ends[1].decimal()
            guard low <= high else { throw rangeNode.error("«khoang»: số đầu phải nhỏ hơn hoặc bằng số sau") }
            declaration.range = low...high
        }
        return declaration
    }
}
