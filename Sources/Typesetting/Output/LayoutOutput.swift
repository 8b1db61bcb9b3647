import Foundation

/// Where laid-out pages are drawn, one page at a time, as SILE's outputters are driven
/// (newPage, drawHbox, drawRule, drawImage, finish). The PDF writer (`PDFOutput`), the PNG
/// renderer (`PNGOutput`) and the layout trace (`LayoutTrace`) implement it; a new output
/// is one new type. Items arrive in page order, positions in points from the page's
/// top-left corner.
public protocol LayoutOutput: AnyObject {
    func beginPage(_ page: PageInfo)
    func text(_ run: GlyphRun)
    func line(_ segment: LineSegment)
    func image(_ image: PlacedImage)
    func endPage()
    /// After the last page: the document's metadata and outline. An output that writes
    /// somewhere says here whether everything was written.
    func finish(metadata: DocumentMetadata, outline: [OutlineEntry]) throws
}

/// What an output needs to know about a page before its items.
public struct PageInfo: Sendable {
    /// 0-based position in the document.
    public var index: Int
    public var size: Size
    public var sectionIndex: Int
    /// The page's number within its numbering (1-based), shown or not.
    public var number: Int
    public var showsNumber: Bool
}

extension LayoutOutput {
    /// Draws one page: its items between `beginPage` and `endPage`.
    public func draw(_ page: LaidOutPage) {
        beginPage(page.info)
        for item in page.items {
            switch item {
            case let .text(run): text(run)
            case let .line(segment): line(segment)
            case let .image(image): self.image(image)
            }
        }
        endPage()
    }

    /// Draws every page, then finishes.
    public func write(_ document: LaidOutDocument) throws {
        document.pages.forEach(draw)
        try finish(metadata: document.metadata, outline: document.outline)
    }
}

/// Where an output's bytes go: memory (`DataSink`), a file, a network connection. A sink
/// that cannot take the bytes throws, and the writer stops and reports that error.
public protocol ByteSink: AnyObject {
    func write(_ bytes: UnsafeRawBufferPointer) throws
    /// The last byte has been written: a file makes its bytes durable here (synchronised to
    /// the disk), on the thread that wrote them, so that the wait for the disk overlaps what
    /// the caller does meanwhile (`PDFRenderer.writePDF`'s `whileFinishing`).
    func complete() throws
}

extension ByteSink {
    public func complete() throws {}
}

/// Bytes gathered in memory.
public final class DataSink: ByteSink {
    public private(set) var data = Data()

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        data.append(contentsOf: bytes)
    }
}

/// Draws pages on a serial queue of its own, in the order they are added, so that drawing
/// overlaps the layout of the pages after them. The output is touched by that queue only.
public final class BackgroundPageWriter: @unchecked Sendable {
    private let output: LayoutOutput
    private let queue = DispatchQueue(label: "vanban.page-writer")
    /// What finishing the output came to, once it has (touched on the queue only).
    private var finished: Result<Void, Error>?

    public init(_ output: LayoutOutput) {
        self.output = output
    }

    public func add(_ page: LaidOutPage) {
        queue.async { [self] in output.draw(page) }
    }

    /// Waits for the pages still being drawn, then finishes the output.
    public func finish(metadata: DocumentMetadata, outline: [OutlineEntry]) throws {
        startFinishing(metadata: metadata, outline: outline)
        try waitForFinish()
    }

    /// Finishes the output on the queue, after the pages still being drawn, while the caller
    /// goes on; `waitForFinish` then says how it went.
    public func startFinishing(metadata: DocumentMetadata, outline: [OutlineEntry]) {
        queue.async { [self] in finished = Result { try output.finish(metadata: metadata, outline: outline) } }
    }

    public func waitForFinish() throws {
        try queue.sync { [self] in try finished?.get() }
    }

    /// Waits for the pages still being drawn (when the layout failed and nothing is finished).
    public func drain() {
        queue.sync {}
    }
}
