import DataInput
import Foundation
import OfficialDocuments
import Typesetting
import VanBanFiles

/// Something the pipeline found in a document or on the way to its files: a data error, a
/// warning or note of the templates and law tables, the composer's and the engine's warnings,
/// a departure from NĐ 30 on the laid-out pages, a failure to load the fonts or write a file.
/// Returned as a value, never printed: `description` is the line `vanban` prints for it.
public struct Problem: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: Sendable, Hashable {
        /// The document is not valid: nothing is written for it.
        case error
        /// Made all the same; the clerk should look (money on an unverified row, a line too long).
        case warning
        /// For the clerk's information (title rows of a list left out).
        case note
    }

    /// The step that found it.
    public enum Stage: Sendable, Hashable {
        /// The templates and law tables, read when the pipeline is made.
        case templates
        /// The data, its shared files and lists, the template's checks and computations.
        case data
        /// The NĐ 30 composition of the document (header, signature, annexes).
        case composition
        /// The typesetting engine.
        case layout
        /// The laid-out pages checked against NĐ 30 (`ND30Conformance`).
        case conformance
        case fonts
        /// Writing (or drawing) the PDF and PNG.
        case output
    }

    /// What a calling layer may word its own way: a command line names the option that gets
    /// past it (`--force`, `--fonts`), a server its own button.
    public enum Cause: Sendable, Hashable {
        case outputExists(path: String)
        case fontsNotFound(searched: [String])
        case fontFolderMissing(path: String)
    }

    public var severity: Severity
    public var stage: Stage
    /// Where in the data (or the markup a template made) the problem is; nil for the document
    /// as a whole.
    public var location: SourceLocation?
    /// The data path of the field ("nguoi_ky.ho_ten", "ca_nhan[3].so_tien"), when known.
    public var fieldPath: String?
    /// The page (1-based, as a viewer counts) of a finding on the laid-out pages.
    public var page: Int?
    /// The NĐ 30 rule a conformance violation breaks ("so-trang"; docs/conformance.md).
    public var rule: String?
    /// The explanation alone, in Vietnamese.
    public var message: String
    /// The whole line, with the file, line and field: what `vanban check` and `vanban render` print.
    public var description: String
    public var cause: Cause?

    public var isError: Bool { severity == .error }

    public init(severity: Severity, stage: Stage, location: SourceLocation? = nil, fieldPath: String? = nil, page: Int? = nil,
                rule: String? = nil, message: String, description: String, cause: Cause? = nil) {
        self.severity = severity
        self.stage = stage
        self.location = location
        self.fieldPath = fieldPath
        self.page = page
        self.rule = rule
        self.message = message
        self.description = description
        self.cause = cause
    }

    // MARK: - From each stage

    /// A data error: the data file, a shared file, a list, a template.
    public init(_ error: DataError) {
        self.init(severity: .error, stage: .data, location: error.location, fieldPath: error.field, message: error.message,
                  description: error.description)
    }

    /// An error in the templates or law tables.
    init(templates error: DataError) {
        self.init(error)
        stage = .templates
    }

    /// A warning or note of the checks and computations.
    public init(_ notice: DataNotice) {
        self.init(severity: notice.severity == .warning ? .warning : .note, stage: .data, location: notice.location, fieldPath: notice.field,
                  message: notice.message, description: notice.description)
    }

    /// A rule of NĐ 30 the composer could not keep, in the document `display` names.
    static func composition(_ warning: CompositionWarning, display: String) -> Problem {
        Problem(severity: .warning, stage: .composition, location: warning.source, message: warning.message,
                description: "\(display): cảnh báo: \(warning.description)")
    }

    /// What the engine did that the clerk should know (a missing glyph, a line too long).
    static func layout(_ warning: LayoutWarning, display: String) -> Problem {
        Problem(severity: .warning, stage: .layout, location: warning.source, message: warning.vietnameseMessage,
                description: "\(display): cảnh báo: \(warning.vietnameseDescription)")
    }

    /// A departure from NĐ 30 found on the laid-out pages, as a warning or as an error
    /// (`Pipeline.conformanceSeverity`): "qd.yaml: cảnh báo: trang 2 [so-trang]: …".
    static func conformance(_ violation: ConformanceViolation, display: String, severity: Severity) -> Problem {
        let word = severity == .error ? "" : severity == .warning ? "cảnh báo: " : "ghi chú: "
        return Problem(severity: severity, stage: .conformance, page: violation.page > 0 ? violation.page : nil, rule: violation.rule,
                       message: violation.message, description: "\(display): \(word)\(violation.description)")
    }

    /// The fonts could not be loaded.
    static func fonts(_ error: any Error) -> Problem {
        var cause: Cause?
        switch error {
        case let ShippedFonts.Error.notFound(paths): cause = .fontsNotFound(searched: paths)
        case let ShippedFonts.Error.userDirectoryMissing(path): cause = .fontFolderMissing(path: path)
        default: cause = nil
        }
        return Problem(severity: .error, stage: .fonts, message: "\(error)", description: "\(error)", cause: cause)
    }

    /// A file could not be written (or exists and is not to be replaced).
    static func output(_ error: any Error) -> Problem {
        var cause: Cause?
        if case let AtomicFile.Error.exists(path) = error { cause = .outputExists(path: path) }
        return Problem(severity: .error, stage: .output, message: "\(error)", description: "\(error)", cause: cause)
    }

    /// Drawing the pages in memory failed (the engine's error, worded for the clerk).
    static func drawing(_ error: any Error) -> Problem {
        let text = (error as? RenderError)?.vietnameseDescription ?? "\(error)"
        return Problem(severity: .error, stage: .output, message: text, description: text)
    }
}

extension Array where Element == Problem {
    /// Whether any of them makes the document invalid.
    public var hasErrors: Bool { contains(where: \.isError) }
}
