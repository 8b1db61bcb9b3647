import Foundation
import InputGuards
import Typesetting

/// The engine states its warnings as data; here they are worded for the clerk, in Vietnamese,
/// with where the text came from.
extension LayoutWarning {
    /// "du-lieu.yaml, dòng 12: Dòng tràn lề …": where, then what.
    public var vietnameseDescription: String {
        source.map { "\($0): \(vietnameseMessage)" } ?? vietnameseMessage
    }

    /// What happened, without where.
    public var vietnameseMessage: String {
        let what: String
        switch kind {
        case let .missingGlyph(character, context):
            what = "Không phông chữ nào có ký tự \(LayoutWarning.codePoints(character)) \(Excerpt.quoted(character)) (trong \(Excerpt.quoted(context)))."
        case let .wordBrokenAcrossLines(word):
            what = "Từ \(Excerpt.quoted(word)) dài hơn dòng: đã ngắt giữa các ký tự."
        case let .overfullLine(excess, text):
            what = "Dòng tràn lề \(String(format: "%.1f", excess)) pt: \(Excerpt.quoted(text))."
        case let .contentTallerThanPage(height, bodyHeight):
            what = "Một khối cao \(Int(height)) pt, hơn chiều cao trang (\(Int(bodyHeight)) pt): phần thừa bị tràn."
        case .keepRuleBroken:
            what = "Khối giữ liền nhau dài hơn một trang: buộc phải ngắt trang trong khối."
        case let .unreadableImage(path):
            what = "Không đọc được ảnh \(Excerpt.quotedPath(path))."
        case let .tooManyCells(row, _):
            what = "Dòng \(row) của bảng có nhiều ô hơn số cột: ô thừa bị bỏ."
        }
        return what
    }
}
