import InputGuards
import Foundation
import VietnameseText

/// How much a workbook may hold. A list of recipients is a few thousand rows; these bounds are
/// far above that and keep the work on any file, however built, to seconds and a few hundred MB
/// at most. Tests lower them to reach each refusal cheaply.
struct WorkbookLimits: Sendable {
    /// The file as stored.
    var fileBytes = 20 * 1_048_576
    /// Entries in the zip's directory (an .xlsx has a few dozen).
    var zipEntries = 10_000
    /// All entries inflated, as the directory declares them and as they actually come out.
    var inflatedBytes = 200 * 1_048_576
    /// An entry over `suspiciousEntryBytes` inflating more than `maximumRatio` times its stored
    /// size is taken for a zip bomb (XML of a real sheet compresses 10–30 times).
    var maximumRatio = 200
    var suspiciousEntryBytes = 1_048_576
    /// Cells with a value and rows, over all sheets.
    var cells = 2_000_000
    var rows = 2_000_000
    var sharedStrings = 2_000_000
    /// Bytes of all the text kept (strings, formulas), over all sheets.
    var textBytes = 64 * 1_048_576
    /// Excel's own limit for one cell.
    var stringCharacters = 32_767
    /// Merged ranges and `<col>` ranges of one sheet.
    var ranges = 100_000
    /// Nesting of XML elements, and the longest tag or text between tags.
    var xmlDepth = 256
    var xmlTokenBytes = 1_048_576

    static let standard = WorkbookLimits()
}

/// Why a workbook could not be read: a message in Vietnamese (without the file, which
/// `error(_:)` adds as the location).
struct WorkbookProblem: Error, Equatable {
    var message: String

    init(_ message: String) { self.message = message }

    func error(_ display: String) -> DataError {
        DataError(location: SourceLocation(file: display, line: 0), message: message)
    }

    // MARK: Advice

    static let saveAsXLSX = "trong Excel hãy chọn «Lưu thành» (Save As), kiểu tệp «Excel Workbook (*.xlsx)»"
    static let saveAsXLSXFromLibreOffice = "trong LibreOffice hãy chọn «Lưu thành» (Save As), kiểu tệp «Excel 2007-365 (.xlsx)»"
    static let reopen = "hãy mở tệp bằng Excel rồi lưu lại (\(saveAsXLSX)); nếu Excel cũng không mở được, hãy xin lại tệp gốc"

    // MARK: Not an .xlsx

    static let empty = WorkbookProblem("tệp trống (0 byte), không phải bảng tính Excel")
    static let notZip = WorkbookProblem("tệp không phải bảng tính Excel .xlsx; nếu đây là bảng tính, \(saveAsXLSX)")
    static let markup = WorkbookProblem("tệp là một trang web (HTML) hoặc XML mang đuôi bảng tính, không phải bảng tính Excel .xlsx; hãy mở tệp bằng Excel, rồi \(saveAsXLSX)")
    static let oldExcel = WorkbookProblem("tệp là bảng tính Excel 97–2003 (.xls) kiểu cũ, VanBan chỉ đọc được .xlsx; \(saveAsXLSX)")
    static let encrypted = WorkbookProblem("tệp được đặt mật khẩu (mã hoá) nên không đọc được; hãy mở tệp bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hoá bằng mật khẩu, xoá mật khẩu), rồi \(saveAsXLSX)")
    static let oldOfficeNotWorkbook = WorkbookProblem("tệp là tài liệu Office 97–2003 nhưng không phải bảng tính Excel; hãy mở bảng tính cần dùng bằng Excel, rồi \(saveAsXLSX)")
    static let openDocument = WorkbookProblem("tệp là bảng tính OpenDocument (.ods), VanBan chỉ đọc được .xlsx; \(saveAsXLSXFromLibreOffice)")
    static let binaryWorkbook = WorkbookProblem("tệp là sổ làm việc nhị phân Excel (.xlsb), VanBan chỉ đọc được .xlsx; \(saveAsXLSX)")
    static func zipWithoutWorkbook(wordDocument: Bool) -> WorkbookProblem {
        let what = wordDocument ? "tệp là văn bản Word (.docx), không phải bảng tính Excel"
                                : "tệp là tệp nén ZIP nhưng không chứa sổ làm việc Excel (không có xl/workbook.xml)"
        return WorkbookProblem("\(what); hãy mở bảng tính cần dùng bằng Excel, rồi \(saveAsXLSX)")
    }

    // MARK: Too large

    static func fileTooLarge(size: Int, limits: WorkbookLimits) -> WorkbookProblem {
        WorkbookProblem("tệp lớn \(megabytes(size)) MB, quá giới hạn \(megabytes(limits.fileBytes)) MB cho một bảng danh sách; hãy xoá các trang tính, hình ảnh không cần đến hoặc chia danh sách thành nhiều tệp")
    }
    static func inflatesTooLarge(limits: WorkbookLimits) -> WorkbookProblem {
        WorkbookProblem("tệp khi giải nén lớn hơn \(megabytes(limits.inflatedBytes)) MB, quá lớn cho một bảng danh sách (hoặc là tệp nén độc hại); hãy chỉ giữ lại trang tính cần dùng, xoá hình ảnh, rồi lưu lại")
    }
    static func suspiciousRatio(part: String, ratio: Int) -> WorkbookProblem {
        WorkbookProblem("phần \(Excerpt.quoted(part)) của tệp nén nhỏ bất thường (giải nén ra gấp \(NumberText.grouped(ratio)) lần), dấu hiệu của tệp nén độc hại («bom nén»); VanBan không mở tệp này. Nếu tệp do cơ quan gửi, hãy xin lại tệp gốc")
    }
    static func tooManyEntries(limits: WorkbookLimits) -> WorkbookProblem {
        WorkbookProblem("tệp nén chứa hơn \(NumberText.grouped(limits.zipEntries)) phần, không phải một bảng tính bình thường; \(reopen)")
    }
    static func tooMuchText(limits: WorkbookLimits) -> WorkbookProblem {
        WorkbookProblem("bảng tính có hơn \(megabytes(limits.textBytes)) MB chữ, quá lớn cho một bảng danh sách; hãy chỉ giữ lại trang tính và các dòng cần dùng")
    }
    static func tooMany(_ what: String, limit: Int) -> WorkbookProblem {
        WorkbookProblem("bảng tính có hơn \(NumberText.grouped(limit)) \(what), quá lớn cho một bảng danh sách; hãy chỉ giữ lại trang tính và các dòng cần dùng")
    }

    // MARK: Damaged

    static func damaged(_ detail: String) -> WorkbookProblem {
        WorkbookProblem("tệp .xlsx bị hỏng (\(detail)); \(reopen)")
    }
    static let truncated = damaged("tệp bị cắt cụt, có thể chưa tải về hoặc chép hết")
    static func missingPart(_ part: String, for what: String) -> WorkbookProblem {
        damaged("thiếu phần \(Excerpt.quoted(part)) chứa \(what)")
    }
    static func malformedXML(part: String, _ detail: String) -> WorkbookProblem {
        damaged("phần \(Excerpt.quoted(part)) không phải XML hợp lệ: \(detail)")
    }
    /// A problem at one cell of a sheet: "trang tính «Bằng khen», ô C5: …".
    static func cell(sheet: String, row: Int, column: Int, _ detail: String) -> WorkbookProblem {
        WorkbookProblem("\(place(sheet: sheet, row: row, column: column)): \(detail)")
    }
    static func place(sheet: String, row: Int, column: Int) -> String {
        "trang tính \(Excerpt.quoted(sheet)), ô \(CellReference.name(row: row, column: column))"
    }
    static func sheet(_ sheet: String, _ detail: String) -> WorkbookProblem {
        WorkbookProblem("trang tính \(Excerpt.quoted(sheet)): \(detail)")
    }

    private static func megabytes(_ bytes: Int) -> String {
        NumberText.decimal(Decimal((bytes * 10 + 524_288) / 1_048_576) / 10, maximumFractionDigits: 1)
    }
}
