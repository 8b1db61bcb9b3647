import DocumentMarkup
import Mustache

/// The Mustache content type of VanBan templates: every inserted value goes through the markup
/// escaper, so data can never change the document's structure.
struct MarkupContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        MarkupEscaper.escape(text)
    }

    private static let registration: Void = {
        MustacheContentTypes.register(MarkupContentType(), named: TemplateDeclaration.markupContentType)
    }()

    /// Makes the content type known to the Mustache parser (once per process).
    static func registered() { _ = registration }
}
