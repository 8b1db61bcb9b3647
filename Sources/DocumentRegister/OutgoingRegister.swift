import Foundation
import GRDB
import VietnameseText

/// The register of issued documents (sổ đăng ký văn bản đi) of one workspace, in SQLite.
///
/// Numbers are taken inside a write transaction begun IMMEDIATE (the database's write lock is
/// held from the first read of the largest number to the commit of the new row), with a busy
/// timeout: two processes, or two requests of one server, never read the same largest number.
/// Each call is one short transaction; nothing is held between calls. Safe to share between
/// threads.
public final class OutgoingRegister: Sendable {
    public let workspace: RegisterWorkspace
    public let busyTimeout: Double
    let queue: DatabaseQueue

    /// Long enough for the other processes' short transactions, short enough to tell a clerk
    /// soon that something holds the register.
    public static let defaultBusyTimeout = 8.0

    var display: String { workspace.databaseDisplay }

    private init(workspace: RegisterWorkspace, busyTimeout: Double, queue: DatabaseQueue) {
        self.workspace = workspace
        self.busyTimeout = busyTimeout
        self.queue = queue
    }

    /// Opens the workspace's register, checking it is whole and migrating it to this version's
    /// schema. With `create` false a workspace without a register is `.noRegister` (listing a
    /// mistyped folder says so instead of showing an empty book).
    public static func open(_ workspace: RegisterWorkspace, create: Bool = true,
                            busyTimeout: Double = defaultBusyTimeout) throws(RegisterError) -> OutgoingRegister {
        let url = workspace.databaseURL
        let display = workspace.databaseDisplay
        if !FileManager.default.fileExists(atPath: url.path) {
            guard create else { throw .noRegister(path: display) }
            do {
                try FileManager.default.createDirectory(at: workspace.stateFolder, withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(path: workspace.displayPath(".vanban"), detail: "không tạo được thư mục")
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "so-dang-ky"
        configuration.prepareDatabase { db in
            // Each commit on disk before the call returns: a number given is never lost.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: url.path, configuration: configuration)
        } catch {
            throw translate(error, display: display, busyTimeout: busyTimeout)
        }
        let register = OutgoingRegister(workspace: workspace, busyTimeout: busyTimeout, queue: queue)
        try register.checkAndMigrate()
        return register
    }

    private func checkAndMigrate() throws(RegisterError) {
        let migrator = RegisterSchema.migrator
        var state: (problems: [String], superseded: Bool, complete: Bool) = ([], false, false)
        do {
            state = try queue.read { db in
                let problems = try String.fetchAll(db, sql: "PRAGMA quick_check").filter { $0 != "ok" }
                return (problems, try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
            }
        } catch {
            throw translated(error)
        }
        if !state.problems.isEmpty {
            throw .damaged(path: display, detail: state.problems.prefix(3).joined(separator: "; "))
        }
        if state.superseded { throw .newerVersion(path: display) }
        guard !state.complete else { return }
        // Two processes meeting a new register would both run the first migration: the second
        // would fail on the tables the first made. The lock makes them take turns.
        guard let lock = try FileLock.acquire("so-dang-ky.khoa", in: workspace.locksFolder, timeout: busyTimeout) else {
            throw .locked(path: display, seconds: busyTimeout)
        }
        defer { withExtendedLifetime(lock) {} }
        do { try migrator.migrate(queue) } catch { throw translated(error) }
    }

    // MARK: - Reading

    /// The entries that `filter` selects, by year, issuer, number.
    public func entries(_ filter: EntryFilter = EntryFilter()) throws(RegisterError) -> [RegisterEntry] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let year = filter.year { conditions.append("year = ?"); arguments.append(year) }
        if let issuer = filter.issuerKey { conditions.append("issuer_key = ?"); arguments.append(issuer) }
        if let type = filter.typeAbbreviation { conditions.append("type_abbreviation = ?"); arguments.append(type) }
        if let file = filter.dataFile { conditions.append("data_file = ?"); arguments.append(file) }
        if let states = filter.states {
            let sorted = states.map(\.rawValue).sorted()
            conditions.append("state IN (" + sorted.map { _ in "?" }.joined(separator: ", ") + ")")
            arguments += sorted as [any DatabaseValueConvertible]
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let sql = "SELECT * FROM entry" + whereClause + " ORDER BY year, issuer_key, number, type_abbreviation"
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(Self.entry)
        }
    }

    public func entry(id: Int64) throws(RegisterError) -> RegisterEntry? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM entry WHERE id = ?", arguments: [id]).map(Self.entry) }
    }

    /// The entry of a number: issuer, year, type ("" for none) and number.
    public func entry(issuerKey: String, year: Int, typeAbbreviation: String?, number: Int) throws(RegisterError) -> RegisterEntry? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT * FROM entry WHERE issuer_key = ? AND year = ? AND type_abbreviation = ? AND number = ?
                """, arguments: [issuerKey, year, typeAbbreviation ?? "", number]).map(Self.entry)
        }
    }

    /// The entry a printed number names: "05/QĐ-UBND" in `year`.
    public func entry(numbered text: String, year: Int) throws(RegisterError) -> RegisterEntry? {
        let parsed: DocumentNumber
        do { parsed = try DocumentNumber(parsing: text) } catch { throw .unreadableNumber(text: text) }
        guard let number = parsed.number, parsed.year == nil else { throw .unreadableNumber(text: text) }
        return try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM entry WHERE year = ? AND number = ? AND symbol = ?",
                             arguments: [year, number, parsed.symbol]).map(Self.entry)
        }
    }

    /// What was done to an entry, oldest first.
    public func history(of id: Int64) throws(RegisterError) -> [EntryEvent] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM entry_event WHERE entry_id = ? ORDER BY id", arguments: [id]).map { row in
                EntryEvent(at: Self.moment(row["at"]) ?? Date(timeIntervalSince1970: 0), action: row["action"],
                           actor: row["actor"], detail: row["detail"])
            }
        }
    }

    // MARK: - Writing

    /// Takes the next number of the facts' issuer for the year of their date and records the
    /// entry as «đang cấp»: the number is the document's from now on, whatever happens next.
    public func reserve(_ facts: DocumentFacts, sequence: SequenceMode, dataFile: String? = nil,
                        pdfFile: String? = nil, actor: String) throws(RegisterError) -> RegisterEntry {
        do {
            _ = try DocumentNumber(number: 1, typeAbbreviation: facts.typeAbbreviation, issuerSymbol: facts.issuerSymbol)
        } catch {
            throw .invalidFacts(file: dataFile ?? "", detail: error.description)
        }
        let year = facts.date.year
        let now = Self.timestamp(Date())
        let id: Int64 = try write { db in
            let scope = sequence == .perType ? " AND type_abbreviation = ?" : ""
            var arguments: StatementArguments = [facts.issuerKey, year]
            if sequence == .perType { arguments += [facts.typeAbbreviation ?? ""] }
            let next = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(number), 0) + 1 FROM entry WHERE issuer_key = ? AND year = ?" + scope,
                                        arguments: arguments) ?? 1
            let id = try Int64.fetchOne(db, sql: """
                INSERT INTO entry (issuer_key, year, number, type_abbreviation, issuer_symbol, symbol, issuer_name,
                                   type_name, issue_date, subject, signer_name, signer_title, recipients, archive,
                                   copies, state, data_file, pdf_file, actor, reserved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'dang_cap', ?, ?, ?, ?)
                RETURNING id
                """, arguments: [facts.issuerKey, year, next, facts.typeAbbreviation ?? "", facts.issuerSymbol, facts.symbol,
                                 facts.issuerName, facts.typeName, facts.date.iso, facts.subject, facts.signerName,
                                 facts.signerTitle, facts.recipients.joined(separator: "\n"), facts.archive, facts.copies,
                                 dataFile, pdfFile, actor, now])!
            try Self.record(db, entry: id, action: "cap_so", actor: actor, at: now,
                            detail: "dãy số \(sequence.rawValue)" + (dataFile.map { ", tệp \($0)" } ?? ""))
            return id
        }
        return try entry(id: id)!
    }

    /// Marks a reserved entry «đã cấp»: the data file has its number and the PDF is made.
    public func complete(_ id: Int64, pdfFile: String? = nil, actor: String, detail: String = "") throws(RegisterError) -> RegisterEntry {
        let now = Self.timestamp(Date())
        let changed: Bool = try write { db in
            try db.execute(sql: """
                UPDATE entry SET state = 'da_cap', issued_at = ?, pdf_file = COALESCE(?, pdf_file)
                WHERE id = ? AND state = 'dang_cap'
                """, arguments: [now, pdfFile, id])
            guard db.changesCount == 1 else { return false }
            try Self.record(db, entry: id, action: "hoan_tat", actor: actor, at: now, detail: detail)
            return true
        }
        guard let entry = try entry(id: id) else { throw .database(path: display, detail: "không có dòng \(id)") }
        guard changed else { throw .entryChanged(entry: entry) }
        return entry
    }

    /// Voids an entry, reserved or issued, with the reason: the number is never given again.
    public func void(_ id: Int64, reason: String, actor: String) throws(RegisterError) -> RegisterEntry {
        let reason = nfc(reason.trimmedWhitespace)
        guard !reason.isEmpty else { throw .missingReason }
        let now = Self.timestamp(Date())
        let changed: Bool = try write { db in
            try db.execute(sql: """
                UPDATE entry SET state = 'da_huy', voided_at = ?, void_reason = ? WHERE id = ? AND state <> 'da_huy'
                """, arguments: [now, reason, id])
            guard db.changesCount == 1 else { return false }
            try Self.record(db, entry: id, action: "huy", actor: actor, at: now, detail: reason)
            return true
        }
        guard let entry = try entry(id: id) else { throw .database(path: display, detail: "không có dòng \(id)") }
        guard changed else { throw .alreadyVoided(entry: entry) }
        return entry
    }

    /// Voids the entry a printed number names ("05/QĐ-UBND" in 2026).
    public func void(numbered text: String, year: Int, reason: String, actor: String) throws(RegisterError) -> RegisterEntry {
        guard !reason.trimmedWhitespace.isEmpty else { throw .missingReason }
        guard let entry = try entry(numbered: text, year: year) else { throw .noSuchEntry(number: text, year: year) }
        return try void(entry.id, reason: reason, actor: actor)
    }

    // MARK: - Plumbing

    private static func record(_ db: Database, entry: Int64, action: String, actor: String, at: String, detail: String) throws {
        try db.execute(sql: "INSERT INTO entry_event (entry_id, at, action, actor, detail) VALUES (?, ?, ?, ?, ?)",
                       arguments: [entry, at, action, actor, detail])
    }

    private func read<T>(_ body: (Database) throws -> T) throws(RegisterError) -> T {
        do { return try queue.read(body) } catch { throw translated(error) }
    }

    private func write<T>(_ body: (Database) throws -> T) throws(RegisterError) -> T {
        do {
            return try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch {
            throw translated(error)
        }
    }

    private func translated(_ error: any Error) -> RegisterError {
        Self.translate(error, display: display, busyTimeout: busyTimeout)
    }

    static func translate(_ error: any Error, display: String, busyTimeout: Double) -> RegisterError {
        if let error = error as? RegisterError { return error }
        guard let error = error as? DatabaseError else { return .database(path: display, detail: "\(error)") }
        let detail = error.message ?? "mã \(error.resultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: display, seconds: busyTimeout)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .damaged(path: display, detail: detail)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH: return .cannotOpen(path: display, detail: detail)
        default: return .database(path: display, detail: detail)
        }
    }

    static func timestamp(_ date: Date) -> String { date.formatted(.iso8601) }

    static func moment(_ text: String?) -> Date? {
        text.flatMap { try? Date($0, strategy: .iso8601) }
    }

    static func entry(_ row: Row) throws -> RegisterEntry {
        let dateText: String = row["issue_date"]
        let type: String = row["type_abbreviation"]
        let recipients: String = row["recipients"]
        let facts = DocumentFacts(
            issuerSymbol: row["issuer_symbol"], issuerName: row["issuer_name"], typeName: row["type_name"],
            typeAbbreviation: type.isEmpty ? nil : type, date: try CalendarDate(parsing: dateText),
            subject: row["subject"], signerName: row["signer_name"], signerTitle: row["signer_title"],
            recipients: recipients.isEmpty ? [] : recipients.components(separatedBy: "\n"),
            archive: row["archive"], copies: row["copies"])
        let stateText: String = row["state"]
        return RegisterEntry(
            id: row["id"], year: row["year"], number: row["number"], facts: facts,
            state: EntryState(rawValue: stateText) ?? .reserved, dataFile: row["data_file"], pdfFile: row["pdf_file"],
            reservedAt: moment(row["reserved_at"]) ?? Date(timeIntervalSince1970: 0), issuedAt: moment(row["issued_at"]),
            voidedAt: moment(row["voided_at"]), voidReason: row["void_reason"], actor: row["actor"])
    }
}

/// One line of an entry's history.
public struct EntryEvent: Sendable, Hashable {
    public var at: Date
    /// "cap_so" (number taken), "hoan_tat" (issued), "huy" (voided).
    public var action: String
    public var actor: String
    public var detail: String
}
