// Temporary: the hostile-input branch brings the real `Excerpt` (InputGuards); this stands in
// until it is merged, with the same name and behaviour for plain text.
enum Excerpt {
    static func shortened(_ text: String, limit: Int = 60) -> String {
        text.count > limit ? String(text.prefix(limit)) + "…" : text
    }
}
