import CCairo

/// A PNG file as an image XObject: its pixels read with Cairo's PNG reader (any PNG libpng
/// reads), the colour as 8-bit RGB and, if any pixel is not opaque, the alpha as a soft mask
/// (PDF 1.7 §11.6.5.3), both deflated.
enum PDFImage {
    /// Writes the image as object `id`; false if the file is no PNG Cairo can read (the page
    /// then shows nothing there, as the layout was warned).
    static func write(path: String, as id: Int, in file: PDFFile) throws -> Bool {
        guard let loaded = cairo_image_surface_create_from_png(path) else { return false }
        defer { cairo_surface_destroy(loaded) }
        guard cairo_surface_status(loaded) == CAIRO_STATUS_SUCCESS else { return false }
        let width = Int(cairo_image_surface_get_width(loaded)), height = Int(cairo_image_surface_get_height(loaded))
        guard width > 0, height > 0 else { return false }
        // Drawn onto one known pixel format (32-bit premultiplied ARGB), whatever the file's.
        guard let argb = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
              cairo_surface_status(argb) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(argb) else { return false }
        defer { cairo_surface_destroy(argb) }
        cairo_set_source_surface(cr, loaded, 0, 0)
        cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE)
        cairo_paint(cr)
        cairo_destroy(cr)
        cairo_surface_flush(argb)
        guard let data = cairo_image_surface_get_data(argb) else { return false }
        let stride = Int(cairo_image_surface_get_stride(argb))

        var colour = [UInt8](), alpha = [UInt8]()
        colour.reserveCapacity(width * height * 3)
        alpha.reserveCapacity(width * height)
        var opaque = true
        for row in 0..<height {
            let pixels = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<width {
                let pixel = pixels[column]
                let a = UInt8(pixel >> 24)
                opaque = opaque && a == 255
                alpha.append(a)
                // Cairo's colour is premultiplied by alpha: undone for PDF.
                func straight(_ shift: UInt32) -> UInt8 {
                    let value = (pixel >> shift) & 0xFF
                    return a == 0 ? 0 : UInt8(min(255, (value * 255 + UInt32(a) / 2) / UInt32(a)))
                }
                colour.append(straight(16))
                colour.append(straight(8))
                colour.append(straight(0))
            }
        }
        let mask = opaque ? nil : file.reserve()
        try file.stream(id, data: colour) { bytes in
            dictionary(&bytes, width: width, height: height, colourSpace: "/DeviceRGB")
            if let mask {
                bytes.append("/SMask ")
                bytes.reference(mask)
                bytes.append(" ")
            }
        }
        if let mask {
            try file.stream(mask, data: alpha) { dictionary(&$0, width: width, height: height, colourSpace: "/DeviceGray") }
        }
        return true
    }

    private static func dictionary(_ bytes: inout PDFBytes, width: Int, height: Int, colourSpace: StaticString) {
        bytes.append("/Type /XObject /Subtype /Image /Width ")
        bytes.integer(width)
        bytes.append(" /Height ")
        bytes.integer(height)
        bytes.append(" /ColorSpace ")
        bytes.append(colourSpace)
        bytes.append(" /BitsPerComponent 8 ")
    }
}
