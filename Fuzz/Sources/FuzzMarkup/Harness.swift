import DocumentMarkup

/// Markup through the parser; and the same bytes as data inserted into a paragraph, which must
/// come back as one paragraph (or nothing, for blank data) whatever they hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkup(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try MarkupParser.parse(source, sourceName: "fuzz.mustache").outline()
    } catch {
        if error.position.line < 1 || error.position.column < 1 { fatalError("error without a place: \(error)") }
    }
    let inserted = "Trước " + MarkupEscaper.escape(source) + " sau."
    do {
        let document = try MarkupParser.parse(inserted, sourceName: "fuzz.mustache")
        guard document.blocks.count == 1, case .paragraph = document.blocks[0].kind else {
            fatalError("escaped data made \(document.blocks.count) blocks: \(document.outline().prefix(300))")
        }
    } catch {
        fatalError("escaped data failed to parse: \(error)")
    }
    return 0
}
