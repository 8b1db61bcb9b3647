import ArgumentParser
import CommandLineSupport
import DocumentPipeline
import DocumentRegister
import Foundation
import Typesetting
import VanBanFiles
import VietnameseText

extension ExitStatus {
    /// The register cannot be used: damaged, locked past the wait, or of a newer VanBan.
    static let registerUnavailable: Int32 = 4
}

/// `vanban so …`: the register of issued documents (sổ đăng ký văn bản đi).
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "so", abstract: "Sổ đăng ký văn bản đi: cấp số, hủy số, liệt kê, xuất sổ.",
        subcommands: [IssueCommand.self, VoidCommand.self, ListCommand.self, ExportCommand.self, TrialIssueCommand.self],
        helpNames: [])
}

/// Says a register problem and leaves with the exit status its kind calls for.
func fail(_ error: RegisterError) -> ExitCode {
    report(error.description)
    switch error.kind {
    case .input: return ExitCode(ExitStatus.badInput)
    case .output: return ExitCode(ExitStatus.cannotWrite)
    case .unavailable: return ExitCode(ExitStatus.registerUnavailable)
    }
}

/// The workspace a command works in: `--thu-muc`, else `fallback` (the data file's folder, or
/// the current one).
func registerWorkspace(_ option: String?, fallback: String) -> RegisterWorkspace {
    let display = option ?? fallback
    return RegisterWorkspace(folder: URL(fileURLWithPath: display.isEmpty ? "." : display, isDirectory: true), display: display)
}

/// The wait for another process's lock: `VANBAN_SO_CHO_KHOA` seconds when set (tests, a busy
/// shared folder), otherwise the register's default.
var registerBusyTimeout: Double {
    ProcessInfo.processInfo.environment["VANBAN_SO_CHO_KHOA"].flatMap(Double.init) ?? OutgoingRegister.defaultBusyTimeout
}

/// Who the register records as having acted: the system user.
var registerActor: String {
    ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName()
}

func openRegister(_ workspace: RegisterWorkspace, create: Bool) throws -> OutgoingRegister {
    do { return try OutgoingRegister.open(workspace, create: create, busyTimeout: registerBusyTimeout) } catch { throw fail(error) }
}

struct IssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cap", abstract: "Cấp số cho văn bản và dàn trang PDF.", helpNames: [])

    @Argument var input: String
    @Option(name: .customLong("thu-muc")) var folder: String?
    @Option(name: [.short, .customLong("output")]) var output: String?
    @Option(name: .customLong("so-ban")) var copies: Int?
    @Option(name: .customLong("fonts")) var fontDirectory: String?
    @Flag(name: .customLong("force")) var force = false

    func run() throws {
        let file = URL(fileURLWithPath: input)
        let workspace = registerWorkspace(folder, fallback: (input as NSString).deletingLastPathComponent)
        let register = try openRegister(workspace, create: true)
        let rules: NumberingRules
        do { rules = try NumberingRules.read(workspace) } catch { throw fail(error) }
        let issuer = DataFileIssuer(register: register, rules: rules, pipeline: try loadPipeline(fontDirectory: fontDirectory).issuing,
                                    observe: Self.interruptForTests)
        let pdf = output.map { URL(fileURLWithPath: $0) } ?? file.deletingPathExtension().appendingPathExtension("pdf")
        let outcome: IssueOutcome
        do {
            outcome = try issuer.issue(IssueRequest(dataFile: file, display: input, pdf: pdf, overwritePDF: force,
                                                    copies: copies, actor: registerActor))
        } catch {
            throw fail(error)
        }
        for voided in outcome.voided {
            report("\(input): ghi chú: đã hủy số \(voided.numberText) (năm \(voided.year)) của lần cấp trước: \(voided.voidReason ?? "")")
        }
        outcome.notices.forEach(report)
        let entry = outcome.entry
        let finished = outcome.finishedEarlierCall ? " (hoàn tất lần cấp số bị ngắt)" : ""
        print("\(input): đã cấp số \(entry.numberText) ngày \(entry.facts.date.paddedForm)\(finished); PDF: \(output ?? pdf.relativePath)")
    }

    /// Tests stop the process after a step (VANBAN_THU_NGAT=truoc-so|sau-so|sau-tep|sau-pdf), as
    /// a power cut would: SIGKILL runs no cleanup.
    static let interruptForTests: @Sendable (IssueStep) -> Void = { step in
        if ProcessInfo.processInfo.environment["VANBAN_THU_NGAT"] == step.rawValue { kill(getpid(), SIGKILL) }
    }
}

struct VoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "huy", abstract: "Hủy một số đã cấp (không bao giờ dùng lại).", helpNames: [])

    @Argument var number: String
    @Option(name: .customLong("nam")) var year: Int
    @Option(name: .customLong("ly-do")) var reason: String
    @Option(name: .customLong("thu-muc")) var folder: String?

    func run() throws {
        let register = try openRegister(registerWorkspace(folder, fallback: "."), create: false)
        do {
            let entry = try register.void(numbered: number, year: year, reason: reason, actor: registerActor)
            print("đã hủy số \(entry.numberText) (năm \(entry.year)): \(entry.voidReason ?? ""); số này không cấp lại")
        } catch {
            throw fail(error)
        }
    }
}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "liet-ke", abstract: "Liệt kê sổ đăng ký.", helpNames: [])

    @Option(name: .customLong("nam")) var year: Int?
    @Option(name: .customLong("loai")) var type: String?
    @Option(name: .customLong("co-quan")) var issuer: String?
    @Option(name: .customLong("thu-muc")) var folder: String?

    func run() throws {
        let register = try openRegister(registerWorkspace(folder, fallback: "."), create: false)
        let entries: [RegisterEntry]
        do { entries = try register.entries(EntryFilter(year: year, issuerKey: issuer, typeAbbreviation: type)) } catch { throw fail(error) }
        guard !entries.isEmpty else {
            print("Sổ chưa có văn bản nào" + (year.map { " năm \($0)" } ?? "") + (type.map { " loại \($0)" } ?? "") + ".")
            return
        }
        let rows = entries.map { entry -> [String] in
            let state = entry.state == .reserved ? "ĐANG CẤP, chưa hoàn tất" : entry.state.label
            let subject = RegisterTable(entries: [entry], year: nil).rows[0].typeAndSubject
            return [entry.numberText, entry.facts.date.paddedForm, state, entry.dataFile ?? "", subject]
        }
        let headers = ["Số, ký hiệu", "Ngày", "Trạng thái", "Tệp dữ liệu", "Tên loại và trích yếu"]
        let widths = (0..<4).map { column in ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0 }
        for row in [headers] + rows {
            print((0..<4).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ") + "  " + row[4])
        }
        let unfinished = entries.filter { $0.state == .reserved }
        if !unfinished.isEmpty {
            report("Có \(unfinished.count) văn bản cấp số chưa hoàn tất (chương trình bị ngắt giữa chừng): chạy lại «vanban so cap TỆP» với tệp của nó để hoàn tất hoặc tự hủy số, hoặc «vanban so huy SỐ --nam NĂM --ly-do \"…\"».")
        }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "xuat", abstract: "Xuất sổ đăng ký ra PDF, Excel hoặc CSV.", helpNames: [])

    @Option(name: .customLong("nam")) var year: Int?
    @Option(name: .customLong("loai")) var type: String?
    @Option(name: .customLong("co-quan")) var issuer: String?
    @Option(name: [.short, .customLong("output")]) var output: String
    @Option(name: .customLong("thu-muc")) var folder: String?
    @Option(name: .customLong("fonts")) var fontDirectory: String?
    @Flag(name: .customLong("force")) var force = false

    func run() throws {
        guard let format = RegisterFormat(fileName: output) else {
            report("\(output): cần tệp .pdf, .xlsx hoặc .csv")
            throw ExitCode(ExitStatus.usage)
        }
        let register = try openRegister(registerWorkspace(folder, fallback: "."), create: false)
        let year = self.year ?? CalendarDate.today().year
        let data: Data
        do {
            let entries = try register.entries(EntryFilter(year: year, issuerKey: issuer, typeAbbreviation: type))
            data = try RegisterExport.data(entries, year: year, format: format) {
                try ShippedFonts.library(userDirectory: fontDirectory.map { URL(fileURLWithPath: $0) })
            }
            try writeExport(data, to: output)
            print("\(output): sổ đăng ký văn bản đi năm \(year), \(entries.count) văn bản")
        } catch {
            throw fail(error)
        }
    }

    func writeExport(_ data: Data, to path: String) throws(RegisterError) {
        do {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(to: url, overwrite: force) { try $0.write(data) }
        } catch AtomicFile.Error.exists {
            throw .outputExists(path: path)
        } catch {
            throw .cannotWrite(path: path, detail: "\(error)")
        }
    }
}

/// Test and benchmark only: takes `--so-lan` numbers the way `cap` does (reserved, then
/// completed, two transactions each) without a data file or a PDF, printing each number.
struct TrialIssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cap-thu", shouldDisplay: false, helpNames: [])

    @Option(name: .customLong("ky-hieu")) var symbol: String = "UBND"
    @Option(name: .customLong("loai")) var type: String = "QĐ"
    @Option(name: .customLong("ngay")) var date: String = "2026-01-05"
    @Option(name: .customLong("so-lan")) var count: Int = 1
    @Option(name: .customLong("thu-muc")) var folder: String?

    func run() throws {
        let workspace = registerWorkspace(folder, fallback: ".")
        let register = try openRegister(workspace, create: true)
        guard let day = try? CalendarDate(parsing: date) else {
            report("--ngay \(date): không đọc được ngày")
            throw ExitCode(ExitStatus.usage)
        }
        do {
            let rules = try NumberingRules.read(workspace)
            let facts = DocumentFacts(issuerSymbol: symbol, issuerName: "Cơ quan thử", typeName: "Quyết định",
                                      typeAbbreviation: type.isEmpty ? nil : type, date: day, subject: "Văn bản thử")
            for _ in 0..<count {
                let entry = try register.reserve(facts, sequence: rules.mode(forIssuer: facts.issuerKey), actor: registerActor)
                _ = try register.complete(entry.id, actor: registerActor)
                print(entry.numberText)
            }
        } catch {
            throw fail(error)
        }
    }
}
