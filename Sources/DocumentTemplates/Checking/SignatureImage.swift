import DataInput
import Foundation
import InputGuards

/// A signature image as the PDF writer will read it: a PNG (the only kind Cairo reads), of a
/// size it can unpack. Checked from its header, so that the check fails rather than the
/// drawing, which would leave the signature out without a word.
enum PNGImage {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func check(_ url: URL, display: String, namedBy node: DataNode) throws(DataError) {
        let head: [UInt8]
        do {
            head = [UInt8](try InputFile.read(url, display: display, role: .image, at: node.location, prefix: 24))
        } catch {
            throw error.inField(node.path)
        }
        let name = Excerpt.quotedPath(display)
        // The signature, then the IHDR chunk: length, type, width, height (big-endian).
        guard head.count == 24, Array(head[0..<8]) == signature, Array(head[12..<16]) == Array("IHDR".utf8) else {
            throw node.error("tệp ảnh \(name) không phải ảnh PNG; hãy lưu ảnh chữ ký dưới dạng .png")
        }
        func bigEndian(_ at: Int) -> Int { head[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        let width = bigEndian(16), height = bigEndian(20)
        guard width > 0, height > 0, width * height <= InputLimits.imagePixels else {
            throw node.error("ảnh \(name) có \(width) × \(height) điểm ảnh, quá giới hạn \(InputLimits.imagePixels / 1_000_000) triệu điểm ảnh; hãy thu nhỏ ảnh")
        }
    }
}
