import Typesetting

extension RenderError {
    /// The error in Vietnamese, for the clerk (the engine's own words stay in `description`).
    public var vietnameseDescription: String {
        switch self {
        case let .cairo(status): return "không vẽ được trang (Cairo: \(status))"
        case let .noSuchPage(page, count): return "Không có trang \(page): văn bản có \(count) trang"
        case .compression: return "không nén được nội dung tệp PDF (thiếu bộ nhớ)"
        case let .fontSubset(face): return "không nhúng được phông chữ \(face) vào tệp PDF"
        }
    }
}
