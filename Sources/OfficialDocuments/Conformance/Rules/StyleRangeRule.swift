/// The style's settings inside the decree's ranges (margins, sizes, indent, spacing) and the
/// project's conventions (table size, header share, signing space): a setting is the whole
/// document's, so its violation has page 0.
struct StyleRangeRule: ConformanceRule {
    let id = "kieu-trinh-bay"

    static let clauses: [String: String] = [
        "co_chu": Clause.content, "thut_dau_dong": Clause.content, "gian_dong": Clause.content, "cach_doan": Clause.content,
        "le_tren": Clause.margins, "le_duoi": Clause.margins, "le_trai": Clause.margins, "le_phai": Clause.margins,
        "co_chu_quoc_hieu": Clause.nationalName, "co_chu_tieu_ngu": Clause.nationalName, "co_chu_co_quan": Clause.issuer,
        "gach_duoi_co_quan": Clause.issuer, "co_chu_ngay_thang": Clause.placeAndDate, "co_chu_ten_loai": Clause.title,
        "gach_duoi_trich_yeu": Clause.title, "co_chu_chu_ky": Clause.signature, "co_chu_so_trang": Clause.pageNumbers,
    ]

    func check(_ context: ConformanceContext) -> [ConformanceViolation] {
        context.style.validate().map { problem in
            let source = Self.clauses[problem.field].map { "Nghị định 30/2020, \($0)" } ?? Clause.convention
            let range = "\(DocumentStyle.format(problem.range.lowerBound))–\(DocumentStyle.format(problem.range.upperBound))"
            return violation(page: 0, "Trường «\(problem.field)» = \(DocumentStyle.format(problem.value)) nằm ngoài khoảng cho phép \(range) (\(source)).")
        }
    }
}
