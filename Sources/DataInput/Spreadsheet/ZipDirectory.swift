import InputGuards
import Foundation
import ZIPFoundation

/// The central directory of a zip held in memory, read from the bytes (APPNOTE 4.3), and the
/// inflating of one entry with every size bounded.
///
/// Our own rather than ZIPFoundation's `Archive`, because that would hang a server: on Linux
/// `Archive.extract` loops forever on a deflated entry whose stream runs past the end of the
/// file (`WorkbookHostileTests.deflateStreamRunningPastTheFile`; still spinning after 3 s).
/// Nor can `Archive` (0.9.20) read entries safely once our own bounds checks have passed:
/// - `extract` reads a deflated entry with a provider that ignores the entry's compressed size
///   (it reads on from the entry's data through the directory to the end of the file), and
///   its zlib loop (`Data.decode`) repeats until `Z_STREAM_END`; at the end of the file the
///   chunks are empty, so zlib and the consumer are no longer called and neither a throwing
///   consumer nor a cancelled `Progress` can stop it. Whether a stream ends inside the file
///   cannot be checked beforehand without inflating it, which is what this type does.
/// - `Entry` keeps its data offset and local header offset internal, so `Archive`'s directory
///   cannot be paired with a bounded inflate of our own: the headers would be read again here.
/// - Opening searches for the end record back through the whole file a byte at a time when
///   there is none (here: only the last 64 KB, where it can be), and an entry it cannot read
///   ends the iteration silently instead of failing.
/// So ZIPFoundation gives zlib (`Data.decompress`), fed by a provider that knows where the
/// entry's bytes end; `Archive` only writes zips, in the tests and the benchmark.
struct ZipDirectory {
    let data: Data
    let limits: WorkbookLimits
    private(set) var entries: [String: ZipEntry] = [:]
    /// Entry paths in lower case → the path, for part names that differ only in case
    /// (OPC part names are case-insensitive).
    private var folded: [String: String] = [:]

    init(data: Data, limits: WorkbookLimits) throws(WorkbookProblem) {
        self.data = data
        self.limits = limits
        let bytes = [UInt8](data)
        let (count, offset, size) = try Self.findCentralDirectory(bytes)
        guard count <= limits.zipEntries else { throw .tooManyEntries(limits: limits) }
        guard offset >= 0, size >= 0, offset <= bytes.count, size <= bytes.count - offset else { throw .truncated }
        var position = offset
        var declaredTotal = 0
        for _ in 0..<count {
            let entry = try Self.readEntry(bytes, at: &position, end: offset + size)
            declaredTotal += entry.uncompressedSize
            if declaredTotal > limits.inflatedBytes { throw .inflatesTooLarge(limits: limits) }
            if entry.uncompressedSize > limits.suspiciousEntryBytes,
               entry.uncompressedSize / max(1, entry.compressedSize) > limits.maximumRatio {
                throw .suspiciousRatio(part: entry.path, ratio: entry.uncompressedSize / max(1, entry.compressedSize))
            }
            if entries[entry.path] == nil {
                entries[entry.path] = entry
                folded[entry.path.lowercased()] = entry.path
            }
        }
    }

    /// The entry for an OPC part name ("xl/workbook.xml"), matched exactly and then ignoring case.
    func entry(_ path: String) -> ZipEntry? {
        entries[path] ?? folded[path.lowercased()].flatMap { entries[$0] }
    }

    // MARK: The directory

    /// Entry count, offset and size of the central directory, from the end record (or its
    /// ZIP64 form when the short one says 0xFFFF/0xFFFFFFFF).
    private static func findCentralDirectory(_ bytes: [UInt8]) throws(WorkbookProblem) -> (Int, Int, Int) {
        // The end record is 22 bytes plus a comment of at most 65,535.
        let earliest = max(0, bytes.count - 22 - 65_535)
        var end = bytes.count - 22
        while end >= earliest, u32(bytes, end) != 0x0605_4B50 { end -= 1 }
        guard end >= earliest else { throw .truncated }
        guard u16(bytes, end + 4) == 0, u16(bytes, end + 6) == 0 else {
            throw .damaged("tệp nén chia thành nhiều phần")
        }
        var count = Int(u16(bytes, end + 10))
        var size = Int(u32(bytes, end + 12))
        var offset = Int(u32(bytes, end + 16))
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            let locator = end - 20
            guard locator >= 0, u32(bytes, locator) == 0x0706_4B50 else { throw .truncated }
            let record = try int64(bytes, locator + 8)
            guard record >= 0, record <= bytes.count - 56, u32(bytes, record) == 0x0606_4B50 else { throw .truncated }
            count = try int64(bytes, record + 32)
            size = try int64(bytes, record + 40)
            offset = try int64(bytes, record + 48)
        }
        return (count, offset, size)
    }

    /// One central directory header at `position` (moved past it), with the ZIP64 extra field
    /// applied, checked to lie inside the file.
    private static func readEntry(_ bytes: [UInt8], at position: inout Int, end: Int) throws(WorkbookProblem) -> ZipEntry {
        let p = position
        guard p + 46 <= end, u32(bytes, p) == 0x0201_4B50 else { throw .damaged("mục lục tệp nén không đọc được") }
        let nameLength = Int(u16(bytes, p + 28)), extraLength = Int(u16(bytes, p + 30)), commentLength = Int(u16(bytes, p + 32))
        guard p + 46 + nameLength + extraLength + commentLength <= end else { throw .damaged("mục lục tệp nén không đọc được") }
        position = p + 46 + nameLength + extraLength + commentLength
        var path = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
        path = path.replacingOccurrences(of: "\\", with: "/")
        while path.hasPrefix("/") { path.removeFirst() }
        var entry = ZipEntry(path: path, method: u16(bytes, p + 10), flags: u16(bytes, p + 8), crc: u32(bytes, p + 16),
                             compressedSize: Int(u32(bytes, p + 20)), uncompressedSize: Int(u32(bytes, p + 24)),
                             localHeaderOffset: Int(u32(bytes, p + 42)))
        // ZIP64 extra field (id 1): the 64-bit forms of the fields stored as 0xFFFFFFFF, in order.
        var extra = p + 46 + nameLength
        let extraEnd = extra + extraLength
        while extra + 4 <= extraEnd {
            let id = u16(bytes, extra), length = Int(u16(bytes, extra + 2))
            guard extra + 4 + length <= extraEnd else { break }
            if id == 1 {
                var field = extra + 4
                for keyPath in [\ZipEntry.uncompressedSize, \ZipEntry.compressedSize, \ZipEntry.localHeaderOffset]
                where entry[keyPath: keyPath] == 0xFFFF_FFFF && field + 8 <= extra + 4 + length {
                    entry[keyPath: keyPath] = try int64(bytes, field)
                    field += 8
                }
            }
            extra += 4 + length
        }
        guard entry.localHeaderOffset <= bytes.count - 30, entry.compressedSize <= bytes.count else { throw .truncated }
        return entry
    }

    // MARK: Inflating

    /// The entry's bytes, handed to `consumer` in chunks of at most 64 KB as they are inflated.
    /// Stops with a problem as soon as the output passes the declared size (or `budget`, which
    /// it lowers), and checks size and CRC at the end.
    func inflate(_ entry: ZipEntry, budget: inout Int, consumer: (Data) throws(WorkbookProblem) -> Void) throws(WorkbookProblem) {
        guard !entry.isEncrypted else { throw .encrypted }
        // The entry's stored bytes, without copying them (a slice keeps the file's indices).
        let start = data.startIndex + (try dataOffset(entry))
        let input = data[start..<(start + entry.compressedSize)]
        var produced = 0
        var remaining = budget
        let limits = self.limits
        /// `inputEnded`: zlib has been given the entry's last byte (and padding after it).
        func accept(_ chunk: Data, inputEnded: Bool) throws(WorkbookProblem) {
            produced += chunk.count
            remaining -= chunk.count
            if produced > entry.uncompressedSize {
                // Past the entry's last byte zlib reads padding: the stream was cut short.
                throw inputEnded ? .truncated : .damaged("phần \(Excerpt.quoted(entry.path)) giải nén ra nhiều hơn kích thước ghi trong mục lục")
            }
            if remaining < 0 { throw .inflatesTooLarge(limits: limits) }
            if !chunk.isEmpty { try consumer(chunk) }
        }
        let crc: UInt32
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else { throw .damaged("kích thước phần \(Excerpt.quoted(entry.path)) không khớp") }
            var offset = input.startIndex
            var checksum: UInt32 = 0
            while offset < input.endIndex {
                let next = min(input.endIndex, offset + Self.chunkSize)
                let chunk = data.subdata(in: offset..<next)
                checksum = chunk.crc32(checksum: checksum)
                try accept(chunk, inputEnded: false)
                offset = next
            }
            crc = checksum
        case 8:
            crc = try Self.deflate(input, path: entry.path, accept: accept)
        default:
            throw .damaged("phần \(Excerpt.quoted(entry.path)) nén theo cách VanBan không đọc được (phương pháp \(entry.method))")
        }
        guard produced == entry.uncompressedSize else { throw .truncated }
        guard crc == entry.crc else { throw .damaged("phần \(Excerpt.quoted(entry.path)) sai mã kiểm tra CRC") }
        budget = remaining
    }

    /// The entry's bytes, whole (see `inflate`).
    func contents(of entry: ZipEntry, budget: inout Int) throws(WorkbookProblem) -> Data {
        var contents = Data(capacity: entry.uncompressedSize)
        try inflate(entry, budget: &budget) { (chunk) throws(WorkbookProblem) in contents.append(chunk) }
        return contents
    }

    static let chunkSize = 65_536

    /// Raw deflate through ZIPFoundation's zlib loop. Its loop passes zlib `chunkSize` bytes of
    /// input whatever the provider returns and asks again until the stream ends, so the provider
    /// always returns a full chunk (the entry's bytes, then zeros, which zlib either never
    /// reaches or rejects) and throws when asked past the entry's end.
    private static func deflate(_ input: Data, path: String,
                                accept: (Data, Bool) throws(WorkbookProblem) -> Void) throws(WorkbookProblem) -> UInt32 {
        var offset = input.startIndex
        var ended = false
        do {
            return try Data.decompress(size: Int64(input.count), bufferSize: chunkSize, skipCRC32: false, provider: { _, _ in
                guard offset < input.endIndex else { throw WorkbookProblem.truncated }
                let next = min(input.endIndex, offset + chunkSize)
                var chunk = Data(input[offset..<next])
                if chunk.count < chunkSize { chunk.append(Data(count: chunkSize - chunk.count)) }
                offset = next
                ended = offset == input.endIndex
                return chunk
            }, consumer: { chunk in try accept(chunk, ended) })
        } catch let problem as WorkbookProblem {
            throw problem
        } catch {
            throw ended ? .truncated : .damaged("dữ liệu nén của phần \(Excerpt.quoted(path)) bị hỏng")
        }
    }

    /// Where the entry's stored bytes start: after its local header, whose name and extra
    /// field lengths may differ from the directory's.
    private func dataOffset(_ entry: ZipEntry) throws(WorkbookProblem) -> Int {
        let p = entry.localHeaderOffset
        let header = data.subdata(in: (data.startIndex + p)..<(data.startIndex + p + 30))
        let bytes = [UInt8](header)
        guard Self.u32(bytes, 0) == 0x0403_4B50 else { throw .damaged("phần \(Excerpt.quoted(entry.path)) không tìm thấy ở vị trí mục lục ghi") }
        let start = p + 30 + Int(Self.u16(bytes, 26)) + Int(Self.u16(bytes, 28))
        guard start <= data.count, entry.compressedSize <= data.count - start else { throw .truncated }
        return start
    }

    // MARK: Little-endian fields (callers check the bounds)

    static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(u16(bytes, at)) | UInt32(u16(bytes, at + 2)) << 16
    }

    /// A 64-bit field that must fit a file of this size.
    static func int64(_ bytes: [UInt8], _ at: Int) throws(WorkbookProblem) -> Int {
        guard at >= 0, at + 8 <= bytes.count else { throw .truncated }
        let value = UInt64(u32(bytes, at)) | UInt64(u32(bytes, at + 4)) << 32
        guard value <= UInt64(Int32.max) else { throw .truncated }
        return Int(value)
    }
}

/// One file inside the zip, as its central directory describes it.
struct ZipEntry {
    var path: String
    var method: UInt16
    var flags: UInt16
    var crc: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localHeaderOffset: Int

    var isEncrypted: Bool { flags & 1 != 0 }
}
