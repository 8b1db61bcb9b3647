import DocumentTemplates
import Foundation
import Typesetting

/// Where a rendered document goes.
public enum DocumentOutput: Sendable {
    /// The PDF at `pdf` (its folder made if needed), written while the layout goes on, and with
    /// `pngFolder` each page as PNG at `pngDPI` ("qd-01.png", "qd-02.png" after the PDF's name).
    /// Every file goes through a temporary file renamed into place; with `overwrite` false an
    /// existing file is never replaced.
    case file(pdf: URL, pngFolder: URL? = nil, overwrite: Bool, pngDPI: Double = 80)
    /// The PDF's bytes (when `pdf`), and each page as PNG at `pngDPI` (when given).
    case memory(pdf: Bool, pngDPI: Double?)
}

/// What checking a document found: every problem, from the data to the laid-out pages.
public struct CheckResult: Sendable {
    public var problems: [Problem]
    /// The template the data names, when it could be read (for data in memory, even when the
    /// rest is wrong).
    public var template: String?
    /// The pages the document has, when it was laid out.
    public var pageCount: Int?
    public var timings: [PhaseTiming] = []

    public var isValid: Bool { !problems.hasErrors }
}

/// A document laid out in pages, and what was found on the way. The pages are there even when
/// they break NĐ 30 (`isValid` false): a preview shows them beside the problems.
public struct LaidOutResult: Sendable {
    /// What the data made: the administrative document, its style, its template.
    public var prepared: PreparedDocument
    public var document: LaidOutDocument
    /// The data's warnings and notes, the composer's and engine's warnings, and the
    /// conformance violations, in that order.
    public var problems: [Problem]
    public var timings: [PhaseTiming] = []

    public var template: String { prepared.template }
    public var pageCount: Int { document.pages.count }
    public var isValid: Bool { !problems.hasErrors }
}

/// A document rendered: its warnings and notes (a document with errors is a `PipelineFailure`),
/// and what was made.
public struct RenderResult: Sendable {
    public var template: String
    public var pageCount: Int
    public var problems: [Problem]
    /// The files written, the PDF first (`.file` output).
    public var written: [URL] = []
    /// The PDF's bytes (`.memory` output with `pdf`).
    public var pdf: Data?
    /// Each page as PNG (`.memory` output with a resolution).
    public var pngPages: [Data] = []
    public var document: LaidOutDocument
    public var timings: [PhaseTiming] = []
}

/// How long one step took, for a profile (`VANBAN_PROFILE=1`): the pipeline measures, the
/// caller prints.
public struct PhaseTiming: Sendable, Hashable {
    public var phase: String
    public var nanoseconds: UInt64

    public init(phase: String, nanoseconds: UInt64) {
        self.phase = phase
        self.nanoseconds = nanoseconds
    }

    public var milliseconds: Double { Double(nanoseconds) / 1e6 }
}

/// Marks the end of each step.
struct PhaseClock {
    private var last = DispatchTime.now().uptimeNanoseconds
    private(set) var timings: [PhaseTiming] = []

    mutating func mark(_ phase: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        timings.append(PhaseTiming(phase: phase, nanoseconds: now - last))
        last = now
    }
}
