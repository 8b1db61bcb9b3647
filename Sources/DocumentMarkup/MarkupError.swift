import Foundation
import InputGuards

/// A parse error. `description` is the message a clerk reads, in Vietnamese, naming the file,
/// the line and the column and what was expected:
///
///     Templates/quyet-dinh.mustache, dòng 12, cột 5: thiếu «:::» đóng khối «chu-ky» mở ở dòng 8
public struct MarkupError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, Equatable, CaseIterable {
        // Directive blocks (::: … :::)
        case unclosedBlock
        case unexpectedClosingFence
        case unknownDirective
        case missingDirectiveName
        case directiveNotAllowedHere
        case unexpectedLineInSignatureGrid
        case signatureCellFields
        // Line markers
        case unknownMarker
        case missingTitle
        case unexpectedText
        case headingTooDeep
        case invalidPointLetter
        case numberingOverflow
        case conflictingNumber
        // Bounds (InputLimits)
        case blockTooDeep
        case tableTooWide
        // Attributes
        case badAttributeSyntax
        case unknownAttribute
        case duplicateAttribute
        case badAttributeValue
        case missingAttribute
        case danglingAttributes
        case attributesNotAllowed
        case attributesOnSameLine
        // Tables
        case tableRowNotClosed
        case tableColumnCount
        case tableSpanOverflow
        case badColumnSpec
        case columnSpecMismatch
        case misplacedHeaderSeparator
        // Inlines
        case unclosedInline
        case misnestedInline
        case nestedFootnote
        case tooManyDelimiters
    }

    public var code: Code
    public var position: SourceLocation
    /// The Vietnamese message without the position.
    public var message: String

    public init(_ code: Code, at position: SourceLocation, _ message: String) {
        self.code = code
        self.position = position
        self.message = message
    }

    public var description: String { "\(position): \(message)" }
}

extension MarkupError: LocalizedError {
    public var errorDescription: String? { description }
}

/// «x» — how messages quote text: short, with control and bidi characters shown escaped
/// (the text may come from data inserted by a template).
func q(_ s: String) -> String { Excerpt.quoted(s) }
