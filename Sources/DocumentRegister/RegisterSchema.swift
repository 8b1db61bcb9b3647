import GRDB

/// The register's tables, one migration per version of the schema. Migrations are never
/// edited once released: a change is a new migration after the last.
///
/// The SQL keeps to what PostgreSQL also runs (types, constraints, `RETURNING`), so that the
/// growth path of docs/register.md can take the same statements; the triggers are the one
/// SQLite dialect here (PostgreSQL writes them as trigger functions).
enum RegisterSchema {
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-so-dang-ky") { db in
            try db.execute(sql: version1)
        }
        return migrator
    }()

    /// v1: one row per number given (`entry`) and an append-only history of what was done to
    /// each (`entry_event`).
    ///
    /// - One number per issuer, year, type and number: `UNIQUE (issuer_key, year,
    ///   type_abbreviation, number)`, with "" for a type without abbreviation (NULLs would not
    ///   collide in a UNIQUE). A common sequence (all types) is unique per issuer and year by
    ///   the way numbers are taken (the largest of the issuer's year, plus one).
    /// - A legal record: rows are never deleted, a number never changes, a voided entry stays
    ///   voided; the triggers refuse anything else whoever writes.
    /// - Days are ISO text (`2026-01-05`), moments ISO 8601 in UTC, given by the program (no
    ///   SQLite date functions).
    static let version1 = """
    CREATE TABLE entry (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        issuer_key TEXT NOT NULL,
        year INTEGER NOT NULL,
        number INTEGER NOT NULL CHECK (number >= 1),
        type_abbreviation TEXT NOT NULL,
        issuer_symbol TEXT NOT NULL,
        symbol TEXT NOT NULL,
        issuer_name TEXT NOT NULL,
        type_name TEXT NOT NULL,
        issue_date TEXT NOT NULL,
        subject TEXT NOT NULL,
        signer_name TEXT NOT NULL,
        signer_title TEXT NOT NULL,
        recipients TEXT NOT NULL,
        archive TEXT,
        copies INTEGER CHECK (copies IS NULL OR copies >= 0),
        state TEXT NOT NULL CHECK (state IN ('dang_cap', 'da_cap', 'da_huy')),
        data_file TEXT,
        pdf_file TEXT,
        actor TEXT NOT NULL,
        reserved_at TEXT NOT NULL,
        issued_at TEXT,
        voided_at TEXT,
        void_reason TEXT,
        CHECK (state <> 'da_huy' OR (void_reason IS NOT NULL AND voided_at IS NOT NULL)),
        UNIQUE (issuer_key, year, type_abbreviation, number)
    );
    CREATE INDEX entry_by_year ON entry (year, issuer_key, number);
    CREATE INDEX entry_by_file ON entry (data_file, state);

    CREATE TABLE entry_event (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        entry_id INTEGER NOT NULL REFERENCES entry (id),
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('cap_so', 'hoan_tat', 'huy')),
        actor TEXT NOT NULL,
        detail TEXT NOT NULL
    );
    CREATE INDEX entry_event_by_entry ON entry_event (entry_id);

    CREATE TRIGGER entry_never_deleted BEFORE DELETE ON entry
    BEGIN SELECT RAISE(ABORT, 'so dang ky khong xoa dong nao'); END;
    CREATE TRIGGER entry_number_never_changes
    BEFORE UPDATE OF issuer_key, year, number, type_abbreviation, issuer_symbol, symbol ON entry
    BEGIN SELECT RAISE(ABORT, 'so da cap khong doi duoc'); END;
    CREATE TRIGGER entry_voided_stays_voided BEFORE UPDATE ON entry WHEN OLD.state = 'da_huy'
    BEGIN SELECT RAISE(ABORT, 'so da huy khong doi duoc'); END;
    CREATE TRIGGER entry_issued_only_voided BEFORE UPDATE OF state ON entry
    WHEN OLD.state = 'da_cap' AND NEW.state <> 'da_cap' AND NEW.state <> 'da_huy'
    BEGIN SELECT RAISE(ABORT, 'so da cap chi co the bi huy'); END;
    CREATE TRIGGER entry_event_never_changes BEFORE UPDATE ON entry_event
    BEGIN SELECT RAISE(ABORT, 'lich su so dang ky khong sua duoc'); END;
    CREATE TRIGGER entry_event_never_deleted BEFORE DELETE ON entry_event
    BEGIN SELECT RAISE(ABORT, 'lich su so dang ky khong xoa duoc'); END;
    """
}
