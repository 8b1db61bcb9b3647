/// The PDF writer: laid-out pages written as PDF 1.7 into a `ByteSink`, each page as soon as it
/// ends, then the fonts (subsets of the glyphs used, with their text), the outline and the
/// document's information.
///
/// The file has one resource dictionary for every page (its fonts and images), written last,
/// so that a page can use a font the pages before it did not. Once a write to the sink has
/// failed, nothing more is drawn; `finish` reports the sink's error.
public final class PDFOutput: LayoutOutput {
    private let file: PDFFile
    private let catalog: Int, pageTree: Int, resources: Int
    private var pages: [(object: Int, height: Double)] = []
    private var fonts: [ObjectIdentifier: PDFFont] = [:]
    private var fontOrder: [PDFFont] = []
    /// Image XObjects by file, nil for a file that could not be read.
    private var images: [String: (name: String, object: Int)?] = [:]
    private var imageOrder: [(name: String, object: Int)] = []
    private var page: (info: PageInfo, content: PDFPageContent)?
    private var failure: Error?
    private var finished = false

    public init(sink: ByteSink) throws {
        file = PDFFile(sink: sink)
        catalog = file.reserve()
        pageTree = file.reserve()
        resources = file.reserve()
    }

    /// Once a write failed, drawing more is wasted work.
    private var drawing: Bool { file.error == nil && failure == nil }

    public func beginPage(_ info: PageInfo) {
        guard drawing else { return }
        page = (info, PDFPageContent(pageHeight: info.size.height))
    }

    public func text(_ run: GlyphRun) {
        guard drawing else { return }
        let font = font(for: run.face)
        page?.content.text(run, font: font)
    }

    public func line(_ segment: LineSegment) {
        guard drawing else { return }
        page?.content.line(segment)
    }

    public func image(_ image: PlacedImage) {
        guard drawing, page != nil, let xObject = xObject(for: image.path) else { return }
        page?.content.image(image, name: xObject.name)
    }

    public func endPage() {
        guard drawing, var current = page else { return }
        // Let go of the page first: the content's bytes are then this copy's alone, and
        // finishing them does not copy them.
        page = nil
        let info = current.info
        current.content.finish()
        let contents = file.reserve(), object = file.reserve()
        do {
            try file.stream(contents, data: current.content.bytes.bytes)
        } catch {
            failure = error
            return
        }
        file.object(object) { bytes in
            bytes.append("<< /Type /Page /Parent ")
            bytes.reference(pageTree)
            bytes.append(" /MediaBox [0 0 ")
            bytes.numbers(info.size.width, info.size.height)
            bytes.append("] /Resources ")
            bytes.reference(resources)
            bytes.append(" /Contents ")
            bytes.reference(contents)
            bytes.append(" >>")
        }
        pages.append((object, info.size.height))
        file.flush()
    }

    /// Embeds the fonts, writes the shared resources, the page tree, the outline, the
    /// information and the catalog, then the cross-reference table.
    public func finish(metadata: DocumentMetadata, outline: [OutlineEntry]) throws {
        guard !finished else { return }
        finished = true
        if let failure { throw failure }
        for font in fontOrder { try font.embed(in: file) }
        writeResources()
        file.object(pageTree) { bytes in
            bytes.append("<< /Type /Pages /Kids [")
            for page in pages {
                bytes.reference(page.object)
                bytes.append(" ")
            }
            bytes.append("] /Count ")
            bytes.integer(pages.count)
            bytes.append(" >>")
        }
        let outlineRoot = PDFDocumentInfo.writeOutline(outline, pages: pages.map(\.object), pageHeights: pages.map(\.height), in: file)
        let info = file.reserve()
        PDFDocumentInfo.writeInfo(metadata, as: info, in: file)
        file.object(catalog) { bytes in
            bytes.append("<< /Type /Catalog /Pages ")
            bytes.reference(pageTree)
            if let outlineRoot {
                bytes.append(" /Outlines ")
                bytes.reference(outlineRoot)
            }
            // The documents are Vietnamese: screen readers and text tools are told so.
            bytes.append(" /Lang (vi) >>")
        }
        try file.finish(root: catalog, info: info)
    }

    private func writeResources() {
        file.object(resources) { bytes in
            bytes.append("<< /Font ")
            Self.names(fontOrder.map { ($0.resourceName, $0.objectID) }, into: &bytes)
            if !imageOrder.isEmpty {
                bytes.append(" /XObject ")
                Self.names(imageOrder, into: &bytes)
            }
            bytes.append(" >>")
        }
    }

    /// A dictionary from resource names to objects: "<< /F1 12 0 R /F2 15 0 R >>".
    private static func names(_ entries: [(name: String, object: Int)], into bytes: inout PDFBytes) {
        bytes.append("<<")
        for entry in entries {
            bytes.append(" ")
            bytes.name(entry.name)
            bytes.append(" ")
            bytes.reference(entry.object)
        }
        bytes.append(" >>")
    }

    private func font(for face: FontFace) -> PDFFont {
        if let font = fonts[ObjectIdentifier(face)] { return font }
        let font = PDFFont(face: face, resourceName: "F\(fontOrder.count + 1)", objectID: file.reserve())
        fonts[ObjectIdentifier(face)] = font
        fontOrder.append(font)
        return font
    }

    /// The image's XObject, written the first time the file is drawn.
    private func xObject(for path: String) -> (name: String, object: Int)? {
        if let known = images[path] { return known }
        let object = file.reserve()
        var written: (name: String, object: Int)? = nil
        do {
            if try PDFImage.write(path: path, as: object, in: file) {
                written = ("Im\(imageOrder.count + 1)", object)
                imageOrder.append(written!)
            }
        } catch {
            failure = error
        }
        images[path] = .some(written)
        return written
    }
}
