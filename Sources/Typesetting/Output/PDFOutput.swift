import CCairo
import Foundation

public enum RenderError: Error, CustomStringConvertible, Equatable {
    /// Cairo reported this status (its own words).
    case cairo(String)
    case noSuchPage(Int, Int)

    public var description: String {
        switch self {
        case let .cairo(status): return "Cairo: \(status)"
        case let .noSuchPage(page, count): return "no page \(page) (the document has \(count))"
        }
    }
}

/// A PDF written through Cairo into a `ByteSink`: embedded font subsets, exact text (glyphs
/// and clusters through cairo_show_text_glyphs), metadata and outline.
///
/// Cairo writes through `cairo_pdf_surface_create_for_stream`: every write goes to the sink
/// and is checked there, so a full disk or a closed connection is an error, not a short
/// file. Once a write has failed, later pages are not drawn; `finish` reports the sink's
/// error, or Cairo's status after it has written everything.
public final class PDFOutput: LayoutOutput {
    /// What Cairo's write callback reaches: the sink, and the first error it threw.
    private final class Stream {
        let sink: ByteSink
        var error: Error?
        /// Abandoned unfinished: the sink gets nothing more.
        var closed = false
        init(sink: ByteSink) { self.sink = sink }
    }

    private let stream: Stream
    private let surface: OpaquePointer
    private let canvas: CairoCanvas
    private var finished = false

    public init(sink: ByteSink) throws {
        stream = Stream(sink: sink)
        let write: cairo_write_func_t = { closure, data, length in
            let stream = Unmanaged<Stream>.fromOpaque(closure!).takeUnretainedValue()
            guard stream.error == nil, !stream.closed else { return CAIRO_STATUS_WRITE_ERROR }
            do {
                try stream.sink.write(UnsafeRawBufferPointer(start: data, count: Int(length)))
                return CAIRO_STATUS_SUCCESS
            } catch {
                stream.error = error
                return CAIRO_STATUS_WRITE_ERROR
            }
        }
        // Each page sets its own size before it is drawn.
        let closure = Unmanaged.passUnretained(stream).toOpaque()
        guard let surface = cairo_pdf_surface_create_for_stream(write, closure, PageStyle.a4Portrait.width,
                                                                 PageStyle.a4Portrait.height),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else {
            throw RenderError.cairo("cannot create a PDF surface")
        }
        self.surface = surface
        canvas = CairoCanvas(cr: cr)
    }

    /// An output dropped before `finish` (its layout failed) writes nothing more: destroying
    /// the surface would otherwise complete the file.
    deinit {
        stream.closed = true
        cairo_destroy(canvas.cr)
        cairo_surface_destroy(surface)
    }

    /// Once a write failed, drawing more is wasted work.
    private var drawing: Bool { stream.error == nil }

    public func beginPage(_ page: PageInfo) {
        guard drawing else { return }
        cairo_pdf_surface_set_size(surface, page.size.width, page.size.height)
        canvas.beginPage()
    }

    public func text(_ run: GlyphRun) { if drawing { canvas.text(run) } }
    public func line(_ segment: LineSegment) { if drawing { canvas.line(segment) } }
    public func image(_ image: PlacedImage) { if drawing { canvas.image(image) } }

    public func endPage() {
        guard drawing else { return }
        canvas.flush()
        cairo_show_page(canvas.cr)
    }

    /// Writes the metadata, the outline and the rest of the file (Cairo embeds the font
    /// subsets here), then reports the first failed write or Cairo's status.
    public func finish(metadata: DocumentMetadata, outline: [OutlineEntry]) throws {
        guard !finished else { return }
        finished = true
        if drawing {
            setMetadata(metadata)
            addOutline(outline)
        }
        cairo_surface_finish(surface)
        if let error = stream.error { throw error }
        let status = cairo_surface_status(surface)
        if status != CAIRO_STATUS_SUCCESS { throw RenderError.cairo(String(cString: cairo_status_to_string(status))) }
    }

    private func setMetadata(_ metadata: DocumentMetadata) {
        func set(_ key: cairo_pdf_metadata_t, _ value: String) {
            if !value.isEmpty { cairo_pdf_surface_set_metadata(surface, key, value) }
        }
        set(CAIRO_PDF_METADATA_TITLE, metadata.title)
        set(CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        set(CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        set(CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        set(CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        set(CAIRO_PDF_METADATA_CREATE_DATE, formatter.string(from: metadata.creationDate ?? Date()))
    }

    private func addOutline(_ outline: [OutlineEntry]) {
        var parents: [Int32] = []   // parents[level] = id of the last entry at that level
        for entry in outline {
            let level = min(entry.level, parents.count)
            let parent: Int32 = level == 0 ? 0 : parents[level - 1]
            let link = "page=\(entry.pageIndex + 1) pos=[0 \(String(format: "%.2f", entry.y))]"
            let id = cairo_pdf_surface_add_outline(surface, parent, entry.title, link, cairo_pdf_outline_flags_t(rawValue: 0))
            if parents.count > level { parents.removeLast(parents.count - level) }
            parents.append(id)
        }
    }
}
