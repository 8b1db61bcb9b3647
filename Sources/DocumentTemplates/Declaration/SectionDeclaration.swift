import DataInput
import Foundation
import Mustache

/// One section of a template whose body is made of sections (`cac_phan` in mau.yaml): a plan's
/// "I. Mục đích, yêu cầu", a decision's Điều 1, the minutes' opening sentence. Its body is
/// `phan/<ma>.mustache`; a data file may rename it, replace its body with markup of its own,
/// leave it out, or add sections of its own between (the `phan` list).
public struct SectionDeclaration: Sendable {
    /// "muc_dich_yeu_cau": how a data file names it.
    public var key: String
    /// The title the section has unless the data gives another ("Mục đích, yêu cầu"; "" for none).
    public var title: String
    /// The input whose value decides whether the section is in when the data does not list the
    /// sections itself: present and not «không» (a decision's money article: `tien_thuong`).
    public var condition: String?
    /// Whether the section is in by default when its condition is absent from the data.
    public var conditionDefault: Bool
    /// What a clerk is told the section is.
    public var label: String
    /// The body's file as messages name it, and its text (to point a markup error at its line).
    public var file: String
    let source: String
    let body: MustacheTemplate
    /// The title when it names the template's values ("Suy tôn {{cum_thi_dua.truong}} …").
    let titleTemplate: MustacheTemplate?

    static let keys: Set<String> = ["ma", "tieu_de", "khi", "mac_dinh_co", "nhan"]

    /// Reads one `cac_phan` item; the body is `<template>/phan/<ma>.mustache`.
    static func read(_ node: DataNode, templateDirectory: URL) throws(DataError) -> SectionDeclaration {
        try node.checkKeys(allowed: keys)
        let key = try node.required("ma").string()
        let folder = templateDirectory.lastPathComponent
        let display = "Templates/\(folder)/phan/\(key).mustache"
        let url = templateDirectory.appendingPathComponent("phan").appendingPathComponent(key + ".mustache")
        let text = try TemplateDeclaration.readTemplate(url, display: display)
        let title = try node["tieu_de"]?.string() ?? ""
        let titleTemplate = title.contains("{{")
            ? try TemplateDeclaration.mustache(title, file: "Templates/\(folder)/mau.yaml (\(key))", contentType: "TEXT") : nil
        return SectionDeclaration(key: key, title: title, condition: try node["khi"]?.string(),
                                  conditionDefault: try node["mac_dinh_co"]?.bool() ?? true,
                                  label: try node["nhan"]?.string() ?? (title.isEmpty ? key : title), file: display,
                                  source: text, body: try TemplateDeclaration.mustache(text, file: display), titleTemplate: titleTemplate)
    }

    /// The input a template with sections declares for its data's own outline.
    static func outlineInput(_ sections: [SectionDeclaration]) -> InputDeclaration {
        let keys = sections.map(\.key).joined(separator: ", ")
        return InputDeclaration(name: "phan", kind: .list, required: false,
                                label: "Các phần của văn bản, theo thứ tự (bỏ trống: các phần mặc định của mẫu: \(keys)); mỗi phần: «ma» một phần của mẫu (có thể đổi «tieu_de» hoặc thay «noi_dung»), hoặc «tieu_de» và «noi_dung» của một phần riêng",
                                fields: [
                                    InputDeclaration(name: "ma", kind: .text, required: false, label: "Mã phần của mẫu (\(keys))"),
                                    InputDeclaration(name: "tieu_de", kind: .text, required: false, label: "Tiêu đề của phần"),
                                    InputDeclaration(name: "noi_dung", kind: .markup, required: false,
                                                     label: "Nội dung của phần, viết bằng ngôn ngữ đánh dấu (docs/markup.md)"),
                                ])
    }
}
