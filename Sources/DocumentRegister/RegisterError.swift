import DataInput
import Foundation

/// Everything that can stop the register, told in Vietnamese for the clerk: what happened, to
/// which file or entry, and what to do. `kind` says whose problem it is (the command turns it
/// into an exit status).
public enum RegisterError: Error, Sendable, CustomStringConvertible, LocalizedError {
    public enum Kind: Sendable { case input, output, unavailable }

    /// No register in this workspace yet (listing, voiding or exporting create none).
    case noRegister(path: String)
    /// The file is not an SQLite database, or its pages fail the integrity check.
    case damaged(path: String, detail: String)
    /// Another process kept the register locked longer than the wait.
    case locked(path: String, seconds: Double)
    /// Migrated by a newer VanBan: this one does not know its schema.
    case newerVersion(path: String)
    case cannotOpen(path: String, detail: String)
    case database(path: String, detail: String)
    /// so-dang-ky.yaml is wrong (at its line).
    case configuration(DataError)
    /// The data file has errors: nothing was numbered.
    case invalidData([String])
    case missingSymbol(file: String)
    case invalidFacts(file: String, detail: String)
    /// The data file carries a number the register gave and completed.
    case alreadyIssued(file: String, entry: RegisterEntry)
    case numberVoided(file: String, entry: RegisterEntry)
    /// The data file carries a number this register never gave.
    case numberNotFromRegister(file: String, number: String, year: Int)
    /// The number in the file belongs to an unfinished entry of another file.
    case numberOfAnotherFile(file: String, entry: RegisterEntry)
    /// An unfinished entry of this file has another date than the file now has.
    case dateChanged(file: String, entry: RegisterEntry, fileDate: String)
    /// The number could not be written into the data file's text.
    case cannotEdit(DataError)
    /// Another process is numbering this very file.
    case fileBusy(file: String, seconds: Double)
    case outputExists(path: String)
    case cannotWrite(path: String, detail: String)
    /// The number is in the file but the PDF failed: the entry stays unfinished.
    case renderFailed(file: String, entry: RegisterEntry, problems: [String])
    case unreadableNumber(text: String)
    case noSuchEntry(number: String, year: Int)
    case alreadyVoided(entry: RegisterEntry)
    case missingReason
    /// The entry changed under us (voided by someone else while this call finished it).
    case entryChanged(entry: RegisterEntry)

    public var kind: Kind {
        switch self {
        case .damaged, .locked, .newerVersion, .cannotOpen, .database: .unavailable
        case .outputExists, .cannotWrite, .renderFailed: .output
        default: .input
        }
    }

    public var description: String {
        switch self {
        case .noRegister(let path):
            "\(path): chưa có sổ đăng ký văn bản đi ở đây (sổ được tạo khi cấp số đầu tiên; kiểm tra --thu-muc)"
        case .damaged(let path, let detail):
            "\(path): sổ đăng ký bị hỏng hoặc không phải tệp sổ của VanBan (\(detail)); không ghi gì. Hãy lấy lại sổ từ bản sao lưu gần nhất, đừng xóa tệp này"
        case .locked(let path, let seconds):
            "\(path): sổ đăng ký đang bị một chương trình khác giữ khóa quá \(Self.seconds(seconds)) giây; chưa cấp số, không ghi gì. Hãy thử lại sau ít phút"
        case .newerVersion(let path):
            "\(path): sổ đăng ký do một phiên bản VanBan mới hơn ghi; hãy dùng phiên bản đó (phiên bản này không ghi vào sổ để khỏi làm hỏng)"
        case .cannotOpen(let path, let detail):
            "\(path): không mở được sổ đăng ký (\(detail)); không ghi gì"
        case .database(let path, let detail):
            "\(path): lỗi khi đọc, ghi sổ đăng ký (\(detail))"
        case .configuration(let error):
            "\(error)"
        case .invalidData(let problems):
            problems.joined(separator: "\n")
        case .missingSymbol(let file):
            "\(file), trường «ky_hieu_co_quan»: cần ký hiệu cơ quan (ví dụ UBND) để cấp số"
        case .invalidFacts(let file, let detail):
            "\(file): \(detail)"
        case .alreadyIssued(let file, let entry):
            "\(file): văn bản đã được cấp số \(entry.numberText) ngày \(entry.facts.date.paddedForm) (sổ năm \(entry.year)); không cấp lại. Văn bản mới thì xóa trường «so» ở bản sao của tệp"
        case .numberVoided(let file, let entry):
            "\(file): số \(entry.numberText) (năm \(entry.year)) ghi trong tệp đã bị hủy\(entry.voidReason.map { " (lý do: \($0))" } ?? ""); số đã hủy không dùng lại: xóa trường «so» để lấy số mới"
        case .numberNotFromRegister(let file, let number, let year):
            "\(file), trường «so»: số \(number) (năm \(year)) không có trong sổ đăng ký; số phải do sổ cấp: xóa trường «so» rồi chạy lại «vanban so cap»"
        case .numberOfAnotherFile(let file, let entry):
            "\(file), trường «so»: số \(entry.numberText) (năm \(entry.year)) đang được cấp cho tệp «\(entry.dataFile ?? "?")», không phải tệp này"
        case .dateChanged(let file, let entry, let fileDate):
            "\(file), trường «ngay_ban_hanh»: lần cấp số \(entry.numberText) bị ngắt khi văn bản ghi ngày \(entry.facts.date.paddedForm), nay tệp ghi \(fileDate); hãy trả lại ngày cũ để hoàn tất, hoặc hủy số: vanban so huy \(entry.numberText) --nam \(entry.year) --ly-do \"…\""
        case .cannotEdit(let error):
            "\(error)"
        case .fileBusy(let file, let seconds):
            "\(file): một chương trình khác đang cấp số cho chính tệp này (đã chờ \(Self.seconds(seconds)) giây); chưa cấp số"
        case .outputExists(let path):
            "\(path): tệp đã có; dùng --force để ghi đè (chưa cấp số)"
        case .cannotWrite(let path, let detail):
            "\(path): không ghi được tệp (\(detail))"
        case .renderFailed(let file, let entry, let problems):
            "\(file): đã cấp số \(entry.numberText) và ghi vào tệp, nhưng chưa dàn trang được PDF:\n"
                + problems.map { "  \($0)" }.joined(separator: "\n")
                + "\nSửa lỗi rồi chạy lại «vanban so cap \(file)» để hoàn tất (số vẫn giữ cho văn bản này)"
        case .unreadableNumber(let text):
            "không đọc được số, ký hiệu «\(text)»: cần dạng 05/QĐ-UBND"
        case .noSuchEntry(let number, let year):
            "sổ đăng ký năm \(year) không có số \(number)"
        case .alreadyVoided(let entry):
            "số \(entry.numberText) (năm \(entry.year)) đã bị hủy ngày \(entry.voidedAt.map(Self.day) ?? "?")\(entry.voidReason.map { ", lý do: \($0)" } ?? "")"
        case .missingReason:
            "hủy số cần lý do: --ly-do \"…\" (sổ đăng ký là hồ sơ, mỗi số hủy đều ghi lý do)"
        case .entryChanged(let entry):
            "số \(entry.numberText) (năm \(entry.year)) vừa được thay đổi ở nơi khác (\(entry.state.label)); không ghi đè"
        }
    }

    public var errorDescription: String? { description }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
    }

    /// A moment as the day it fell on in Vietnam: "05/01/2026".
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%02d/%02d/%04d", parts.day!, parts.month!, parts.year!)
    }
}
