import CLibz

/// zlib's deflate, for the PDF's streams (/FlateDecode). One deflater serves every stream of a
/// file: zlib's state (about 256 KB at this level) is allocated once and reset between
/// streams, where a fresh one each time would be new memory for the kernel to hand over page by
/// page.
final class Deflater {
    /// zlib's own default: the fonts, which are most of a document's bytes, come out a few
    /// per cent smaller than at the fastest level, for little more time.
    static let level = Z_DEFAULT_COMPRESSION

    /// zlib keeps the stream's address in its state and refuses a stream that moved: the
    /// stream lives at one address of its own, not in a Swift property.
    private let stream: UnsafeMutablePointer<z_stream> = {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        return stream
    }()
    private var ready = false

    deinit {
        if ready { deflateEnd(stream) }
        stream.deallocate()
    }

    func compress(_ input: UnsafeRawBufferPointer) throws -> [UInt8] {
        if ready {
            guard deflateReset(stream) == Z_OK else { throw RenderError.compression }
        } else {
            guard deflateInit_(stream, Self.level, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                throw RenderError.compression
            }
            ready = true
        }
        let bound = Int(deflateBound(stream, uLong(input.count)))
        var status = Z_OK
        let output = [UInt8](unsafeUninitializedCapacity: bound) { buffer, initialized in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.pointee.avail_in = uInt(input.count)
            stream.pointee.next_out = buffer.baseAddress
            stream.pointee.avail_out = uInt(bound)
            // The bound is deflate's own: one call with Z_FINISH ends the stream.
            status = deflate(stream, Z_FINISH)
            initialized = Int(stream.pointee.total_out)
        }
        guard status == Z_STREAM_END else { throw RenderError.compression }
        return output
    }

    func compress(_ input: [UInt8]) throws -> [UInt8] {
        try input.withUnsafeBytes { try compress($0) }
    }
}
