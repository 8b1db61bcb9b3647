import CLibz

/// zlib's deflate, for the PDF's streams (/FlateDecode).
enum Deflate {
    /// zlib's own default: the fonts, which are most of a document's bytes, come out a few
    /// per cent smaller than at the fastest level, for little more time.
    static let level = Z_DEFAULT_COMPRESSION

    static func compress(_ input: UnsafeRawBufferPointer) throws -> [UInt8] {
        var stream = z_stream()
        guard deflateInit_(&stream, level, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw RenderError.compression
        }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(input.count)))
        var status = Z_OK
        let output = [UInt8](unsafeUninitializedCapacity: bound) { buffer, initialized in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(input.count)
            stream.next_out = buffer.baseAddress
            stream.avail_out = uInt(bound)
            // The bound is deflate's own: one call with Z_FINISH ends the stream.
            status = deflate(&stream, Z_FINISH)
            initialized = Int(stream.total_out)
        }
        guard status == Z_STREAM_END else { throw RenderError.compression }
        return output
    }

    static func compress(_ input: [UInt8]) throws -> [UInt8] {
        try input.withUnsafeBytes { try compress($0) }
    }
}
