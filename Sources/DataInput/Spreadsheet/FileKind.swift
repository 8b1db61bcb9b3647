import Foundation

/// What a file is, from its first bytes, so that a clerk who picked an .xls, an .ods or a
/// password-protected workbook is told what to do instead of "damaged file".
enum FileKind {
    case zip
    case compoundDocument(CompoundDocumentKind)
    case markup
    case other

    enum CompoundDocumentKind { case encrypted, oldExcel, otherOffice }

    static func of(_ data: Data) -> FileKind {
        let head = [UInt8](data.prefix(8))
        if head.starts(with: [0x50, 0x4B]) && head.count >= 4
            && [[0x03, 0x04], [0x05, 0x06], [0x07, 0x08]].contains(Array(head[2..<4])) {
            return .zip
        }
        if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            return .compoundDocument(compoundDocumentKind(data))
        }
        var text = [UInt8](data.prefix(64))
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
        if let first = text.first(where: { !XMLPart.isSpace($0) }), first == UInt8(ascii: "<") { return .markup }
        return .other
    }

    /// An OLE2 compound file (Office 97–2003, and also the wrapper Office puts around an
    /// encrypted .xlsx) names its streams in 128-byte directory entries that start on sector
    /// boundaries: UTF-16LE name, then at offset 64 the name's length in bytes with its NUL.
    /// Rather than follow the sector chains, every 128-byte-aligned slot is compared with the
    /// names that matter: "EncryptionInfo" (encrypted OOXML), "Workbook" or "Book" (BIFF8 /
    /// BIFF5 .xls). Stream contents start on sector boundaries too, but a cell's text that
    /// happened to look like a directory entry would still need the exact length field.
    private static func compoundDocumentKind(_ data: Data) -> CompoundDocumentKind {
        let bytes = [UInt8](data)
        var found: Set<String> = []
        let names = ["EncryptionInfo", "EncryptedPackage", "Workbook", "Book"]
        let encoded = names.map { name in (name, name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) }
        var slot = 512
        while slot + 128 <= bytes.count {
            let length = Int(bytes[slot + 64]) | Int(bytes[slot + 65]) << 8
            for (name, utf16) in encoded where length == utf16.count + 2 && bytes[slot..<(slot + utf16.count)].elementsEqual(utf16) {
                found.insert(name)
            }
            slot += 128
        }
        if found.contains("EncryptionInfo") || found.contains("EncryptedPackage") { return .encrypted }
        if found.contains("Workbook") || found.contains("Book") { return .oldExcel }
        return .otherOffice
    }

    /// The problem to report for a file that is not a zip.
    var problem: WorkbookProblem? {
        switch self {
        case .zip: nil
        case .compoundDocument(.encrypted): .encrypted
        case .compoundDocument(.oldExcel): .oldExcel
        case .compoundDocument(.otherOffice): .oldOfficeNotWorkbook
        case .markup: .markup
        case .other: .notZip
        }
    }
}
