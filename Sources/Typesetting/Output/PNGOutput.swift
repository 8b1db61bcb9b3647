import CCairo
import Foundation

/// Pages as PNG images at a resolution, on white, each encoded in memory as it ends.
public final class PNGOutput: LayoutOutput {
    public let dpi: Double
    /// The PNG of each page drawn, in order, with the page's index.
    public private(set) var images: [(pageIndex: Int, png: Data)] = []
    /// Pages to draw (by index); nil for every page.
    private let wanted: Set<Int>?
    private var page: (index: Int, surface: OpaquePointer, canvas: CairoCanvas)?
    private var failure: RenderError?

    public init(dpi: Double, pages wanted: Set<Int>? = nil) {
        self.dpi = dpi; self.wanted = wanted
    }

    public func beginPage(_ info: PageInfo) {
        guard wanted?.contains(info.index) ?? true else { return }
        let scale = dpi / 72
        let width = Int32((info.size.width * scale).rounded()), height = Int32((info.size.height * scale).rounded())
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else {
            failure = failure ?? .cairo("cannot create a \(width)×\(height) image")
            return
        }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        let canvas = CairoCanvas(cr: cr)
        canvas.beginPage()
        page = (info.index, surface, canvas)
    }

    public func text(_ run: GlyphRun) { page?.canvas.text(run) }
    public func line(_ segment: LineSegment) { page?.canvas.line(segment) }
    public func image(_ image: PlacedImage) { page?.canvas.image(image) }

    public func endPage() {
        guard let (index, surface, canvas) = page else { return }
        page = nil
        canvas.flush()
        cairo_surface_flush(surface)
        defer { cairo_destroy(canvas.cr); cairo_surface_destroy(surface) }
        let png = DataSink()
        let write: cairo_write_func_t = { closure, data, length in
            let sink = Unmanaged<DataSink>.fromOpaque(closure!).takeUnretainedValue()
            try? sink.write(UnsafeRawBufferPointer(start: data, count: Int(length)))   // memory: never fails
            return CAIRO_STATUS_SUCCESS
        }
        let status = cairo_surface_write_to_png_stream(surface, write, Unmanaged.passUnretained(png).toOpaque())
        if status == CAIRO_STATUS_SUCCESS {
            images.append((index, png.data))
        } else {
            failure = failure ?? .cairo(String(cString: cairo_status_to_string(status)))
        }
    }

    public func finish(metadata: DocumentMetadata, outline: [OutlineEntry]) throws {
        if let failure { throw failure }
    }
}
