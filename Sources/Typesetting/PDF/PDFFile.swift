/// A PDF file as it goes out to a sink: numbered objects written in any order, their byte
/// offsets kept for the cross-reference table, and a buffer in front of the sink so that it
/// sees a few large writes, at least one a page. The first error the sink throws is kept, nothing is written after
/// it, and `finish` throws it.
final class PDFFile {
    private let sink: ByteSink
    private var buffer = PDFBytes(capacity: PDFFile.flushSize)
    /// Bytes of the file so far, those still buffered included.
    private var written = 0
    /// By object number: where the object starts, nil while only reserved. Object 0 is the
    /// head of the free list.
    private var offsets: [Int?] = [0]
    private(set) var error: Error?
    private let deflater = Deflater()

    private static let flushSize = 1 << 18

    init(sink: ByteSink) {
        self.sink = sink
        // A binary comment after the header tells transfer programs the file is not text.
        write { $0.append("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n") }
    }

    /// A number for an object written later (one the objects before it refer to).
    func reserve() -> Int {
        offsets.append(nil)
        return offsets.count - 1
    }

    /// Writes `id 0 obj … endobj` with the body `write` gives.
    func object(_ id: Int, _ body: (inout PDFBytes) -> Void) {
        offsets[id] = written
        write { bytes in
            bytes.integer(id)
            bytes.append(" 0 obj\n")
            body(&bytes)
            bytes.append("\nendobj\n")
        }
    }

    /// A stream object, its data deflated: `dictionary` adds its own entries to /Length and
    /// /Filter.
    func stream(_ id: Int, data: [UInt8], dictionary: (inout PDFBytes) -> Void = { _ in }) throws {
        let compressed = try deflater.compress(data)
        object(id) { bytes in
            bytes.append("<< /Length ")
            bytes.integer(compressed.count)
            bytes.append(" /Filter /FlateDecode ")
            dictionary(&bytes)
            bytes.append(">>\nstream\n")
            bytes.append(bytes: compressed)
            bytes.append("\nendstream")
        }
    }

    /// The cross-reference table and the trailer, then everything still buffered goes out.
    func finish(root: Int, info: Int) throws {
        let table = written
        write { bytes in
            bytes.append("xref\n0 ")
            bytes.integer(offsets.count)
            bytes.append("\n0000000000 65535 f \n")
            for offset in offsets.dropFirst() {
                // An object reserved and never written is free (no reader is sent to it).
                guard let offset else { bytes.append("0000000000 65535 f \n"); continue }
                let digits = String(offset)
                bytes.append(String(repeating: "0", count: max(0, 10 - digits.utf8.count)) + digits)
                bytes.append(" 00000 n \n")
            }
            bytes.append("trailer\n<< /Size ")
            bytes.integer(offsets.count)
            bytes.append(" /Root ")
            bytes.reference(root)
            bytes.append(" /Info ")
            bytes.reference(info)
            bytes.append(" >>\nstartxref\n")
            bytes.integer(table)
            bytes.append("\n%%EOF\n")
        }
        flush()
        if let error { throw error }
        try sink.complete()
    }

    private func write(_ body: (inout PDFBytes) -> Void) {
        let before = buffer.count
        body(&buffer)
        written += buffer.count - before
        if buffer.count >= Self.flushSize { flush() }
    }

    /// Sends what is buffered to the sink (the PDF writer does at the end of each page, so a
    /// page reaches the sink as soon as it is written).
    func flush() {
        defer { buffer.removeAll() }
        guard error == nil, !buffer.isEmpty else { return }
        do {
            try buffer.bytes.withUnsafeBytes { try sink.write($0) }
        } catch {
            self.error = error
        }
    }
}
