import DataInput
import Foundation
import VanBanFiles
import VietnameseText

/// What issuing needs from the document pipeline, which the register does not know: the
/// facts a data file gives the register, and the PDF made from it. The command line passes
/// its render path, the workbench its service's (both `Pipeline.issuing`, IssuingPipeline.swift).
public struct IssuePipeline: Sendable {
    /// Reads the data file at `file` (named `display` in messages) as the document it makes.
    public var describe: @Sendable (_ file: URL, _ display: String) throws(IssueStepFailure) -> DocumentFacts
    /// Makes the PDF at `pdf` from the data file, replacing what is there; returns the
    /// warnings to show.
    public var render: @Sendable (_ file: URL, _ display: String, _ pdf: URL) throws(IssueStepFailure) -> [String]

    public init(describe: @escaping @Sendable (URL, String) throws(IssueStepFailure) -> DocumentFacts,
                render: @escaping @Sendable (URL, String, URL) throws(IssueStepFailure) -> [String]) {
        self.describe = describe
        self.render = render
    }
}

/// The problems of a pipeline step, each one line for the clerk.
public struct IssueStepFailure: Error, Sendable {
    public var problems: [String]
    public init(_ problems: [String]) { self.problems = problems }
}

/// One data file to number.
public struct IssueRequest: Sendable {
    public var dataFile: URL
    public var display: String
    public var pdf: URL
    /// Replace a PDF already at `pdf` (finishing an interrupted call always may: the file there
    /// is that call's, or the draft the number supersedes).
    public var overwritePDF: Bool
    /// Số lượng bản, when the clerk says; otherwise what `describe` gave.
    public var copies: Int?
    public var actor: String
    /// The date a document without `ngay_ban_hanh` gets: today in Vietnam.
    public var today: CalendarDate

    public init(dataFile: URL, display: String? = nil, pdf: URL? = nil, overwritePDF: Bool = false,
                copies: Int? = nil, actor: String, today: CalendarDate = .today()) {
        self.dataFile = dataFile
        self.display = display ?? dataFile.path
        self.pdf = pdf ?? dataFile.deletingPathExtension().appendingPathExtension("pdf")
        self.overwritePDF = overwritePDF
        self.copies = copies
        self.actor = actor
        self.today = today
    }
}

/// The steps of issuing, in order, for whoever watches (the tests stop the process at each).
public enum IssueStep: String, Sendable, CaseIterable {
    /// Data checked and the number's place in the file found; no number taken yet.
    case checked = "truoc-so"
    /// The number taken: the entry is «đang cấp».
    case reserved = "sau-so"
    /// The data file has its number.
    case fileWritten = "sau-tep"
    /// The PDF is made; the entry is not yet «đã cấp».
    case rendered = "sau-pdf"
}

public struct IssueOutcome: Sendable {
    public var entry: RegisterEntry
    /// This call finished an entry an earlier, interrupted call had begun.
    public var finishedEarlierCall: Bool
    /// Unfinished entries of this file whose number the file never got: voided, with the reason.
    public var voided: [RegisterEntry]
    /// The data file as it was, kept in `.vanban/phien-ban/`.
    public var previousVersion: URL?
    public var notices: [String]
}

/// Issues data files: the number from the register, written into the file, the PDF, the entry
/// completed — in that order, so that an interruption anywhere leaves the register able to
/// say what happened and the next call on the file to finish or void it:
///
/// - interrupted before the number: nothing happened;
/// - after the number, before the file has it: the entry is «đang cấp» and the file has no
///   `so`; the next call voids it ("the file never got it") and takes the next number;
/// - after the file has it: the file's `so` is the entry's; the next call renders and marks.
///
/// A lock per data file keeps two calls on one file from racing; the register's own write
/// transaction keeps calls on different files from taking one number.
public struct DataFileIssuer: Sendable {
    public let register: OutgoingRegister
    public let rules: NumberingRules
    public let pipeline: IssuePipeline
    /// Called after each step.
    public var observe: @Sendable (IssueStep) -> Void

    public init(register: OutgoingRegister, rules: NumberingRules, pipeline: IssuePipeline,
                observe: @escaping @Sendable (IssueStep) -> Void = { _ in }) {
        self.register = register
        self.rules = rules
        self.pipeline = pipeline
        self.observe = observe
    }

    var workspace: RegisterWorkspace { register.workspace }

    public func issue(_ request: IssueRequest) throws(RegisterError) -> IssueOutcome {
        let relative = workspace.relativePath(of: request.dataFile)
        guard let lock = try FileLock.acquire(FileLock.name(forDataFile: relative), in: workspace.locksFolder,
                                              timeout: register.busyTimeout) else {
            throw .fileBusy(file: request.display, seconds: register.busyTimeout)
        }
        defer { withExtendedLifetime(lock) {} }
        let root: DataNode
        do { root = try DataLoader.load(request.dataFile, displayPath: request.display) } catch { throw .invalidData([error.description]) }
        guard let data = try? Data(contentsOf: request.dataFile) else {
            throw .invalidData(["\(request.display): không đọc được tệp"])
        }
        let original = (text: String(decoding: data, as: UTF8.self), data: data, root: root)
        let ofFile = try register.entries(EntryFilter(dataFile: relative))
        if let numberNode = original.root["so"] {
            return try continueNumbered(request, relative: relative, root: original.root, numberNode: numberNode, entries: ofFile)
        }
        // The file has no number: an unfinished entry of it was interrupted before the file got
        // its number, and that number is void.
        var voided: [RegisterEntry] = []
        for stale in ofFile where stale.state == .reserved {
            voided.append(try register.void(stale.id, reason: Self.staleReason, actor: request.actor))
        }
        var outcome = try issueFresh(request, relative: relative, original: original)
        outcome.voided = voided
        return outcome
    }

    static let staleReason = "lần cấp số trước bị ngắt trước khi số được ghi vào tệp dữ liệu; số này không dùng"

    private func issueFresh(_ request: IssueRequest, relative: String,
                            original: (text: String, data: Data, root: DataNode)) throws(RegisterError) -> IssueOutcome {
        let dateNode = original.root["ngay_ban_hanh"]
        let writtenDate: CalendarDate? = dateNode == nil ? request.today : nil
        let date: CalendarDate
        do { date = try dateNode?.date() ?? request.today } catch { throw .invalidData([error.description]) }
        if !request.overwritePDF && FileManager.default.fileExists(atPath: request.pdf.path) {
            throw .outputExists(path: request.pdf.relativePath)
        }
        // The whole check runs on the text as it will be (number 1 standing in), before any
        // number is taken: bad data, or a file the number cannot be written into, costs none.
        let candidate: String
        do {
            // The edit as it will be done (refused here, not after the number is taken), and the
            // text the check reads: the same keys added at the end, so its messages name the
            // clerk's lines.
            _ = try NumberedText.apply(to: original.text, file: request.display, number: 1, date: writtenDate)
            candidate = try NumberedText.apply(to: original.text, file: request.display, number: 1, date: writtenDate, atEnd: true)
        } catch {
            throw .cannotEdit(error)
        }
        var facts = try describe(text: candidate, beside: request.dataFile, display: request.display)
        facts.date = date
        if let copies = request.copies { facts.copies = copies }
        observe(.checked)

        let mode = rules.mode(forIssuer: facts.issuerKey)
        let entry = try register.reserve(facts, sequence: mode, dataFile: relative,
                                         pdfFile: workspace.relativePath(of: request.pdf), actor: request.actor)
        observe(.reserved)
        let previous: URL
        do {
            let text = try NumberedText.apply(to: original.text, file: request.display, number: entry.number, date: writtenDate)
            previous = try VersionStore(workspace: workspace).keep(original.data, of: relative)
            try AtomicFile.write(to: request.dataFile, overwrite: true) { try $0.write(Data(text.utf8)) }
        } catch {
            // The file never got the number: say so in the register now rather than next time.
            _ = try? register.void(entry.id, reason: "không ghi được số vào tệp dữ liệu: \(error)", actor: request.actor)
            if let error = error as? DataError { throw .cannotEdit(error) }
            throw .cannotWrite(path: request.display, detail: "\(error)")
        }
        observe(.fileWritten)
        var outcome = try finish(entry, request: request, detail: "")
        outcome.previousVersion = previous
        return outcome
    }

    /// The file has a number: finish its unfinished entry, or say whose number it is.
    private func continueNumbered(_ request: IssueRequest, relative: String, root: DataNode, numberNode: DataNode,
                                  entries: [RegisterEntry]) throws(RegisterError) -> IssueOutcome {
        let number: Int
        let date: CalendarDate?
        do {
            number = try numberNode.int()
            date = try root["ngay_ban_hanh"]?.date()
        } catch {
            throw .invalidData([error.description])
        }
        if let own = entries.first(where: { $0.number == number && $0.state == .reserved }) {
            guard date == own.facts.date else {
                throw .dateChanged(file: request.display, entry: own, fileDate: date?.paddedForm ?? "không ghi ngày")
            }
            var voided: [RegisterEntry] = []
            for stale in entries where stale.state == .reserved && stale.id != own.id {
                voided.append(try register.void(stale.id, reason: Self.staleReason, actor: request.actor))
            }
            var finishing = request
            finishing.overwritePDF = true
            var outcome = try finish(own, request: finishing, detail: "hoàn tất lần cấp số bị ngắt")
            outcome.finishedEarlierCall = true
            outcome.voided = voided
            return outcome
        }
        if let known = entries.last(where: { $0.number == number && (date == nil || $0.facts.date.year == date!.year) }) {
            throw known.state == .voided ? .numberVoided(file: request.display, entry: known)
                                          : .alreadyIssued(file: request.display, entry: known)
        }
        // Not this file's: find the number by the issuer and type the file names.
        let facts: DocumentFacts
        do { facts = try pipeline.describe(request.dataFile, request.display) } catch { throw .invalidData(error.problems) }
        let year = date?.year ?? request.today.year
        guard let found = try register.entry(issuerKey: facts.issuerKey, year: year,
                                             typeAbbreviation: facts.typeAbbreviation, number: number) else {
            throw .numberNotFromRegister(file: request.display, number: "\(number < 10 ? "0" : "")\(number)/\(facts.symbol)", year: year)
        }
        switch found.state {
        case .issued: throw .alreadyIssued(file: request.display, entry: found)
        case .voided: throw .numberVoided(file: request.display, entry: found)
        case .reserved: throw .numberOfAnotherFile(file: request.display, entry: found)
        }
    }

    /// Renders the numbered file and marks the entry «đã cấp».
    private func finish(_ entry: RegisterEntry, request: IssueRequest, detail: String) throws(RegisterError) -> IssueOutcome {
        if !request.overwritePDF && FileManager.default.fileExists(atPath: request.pdf.path) {
            throw .outputExists(path: request.pdf.relativePath)
        }
        let notices: [String]
        do { notices = try pipeline.render(request.dataFile, request.display, request.pdf) } catch {
            throw .renderFailed(file: request.display, entry: entry, problems: error.problems)
        }
        observe(.rendered)
        let done = try register.complete(entry.id, pdfFile: workspace.relativePath(of: request.pdf), actor: request.actor, detail: detail)
        return IssueOutcome(entry: done, finishedEarlierCall: false, voided: [], previousVersion: nil, notices: notices)
    }

    /// The facts of a text as if it were the data file: written beside it (shared files and
    /// lists are found relative to it), read, removed.
    private func describe(text: String, beside file: URL, display: String) throws(RegisterError) -> DocumentFacts {
        let folder = file.deletingLastPathComponent()
        let probe = folder.appendingPathComponent(".\(file.lastPathComponent).kiem-tra-\(getpid())-\(UUID().uuidString.prefix(8)).tmp")
        do { try Data(text.utf8).write(to: probe) } catch {
            throw .cannotWrite(path: (display as NSString).deletingLastPathComponent, detail: "không ghi được tệp tạm để kiểm tra")
        }
        defer { try? FileManager.default.removeItem(at: probe) }
        do { return try pipeline.describe(probe, display) } catch { throw .invalidData(error.problems) }
    }
}
