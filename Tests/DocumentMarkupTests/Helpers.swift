import Foundation
import Testing
@testable import DocumentMarkup

let testFile = "Templates/thu.mustache"

/// Parses and returns the position-free outline.
func outline(_ source: String) throws -> String {
    return try MarkupParser.parse(source, sourceName: testFile).outline()
}

func parse(_ source: String, lineOffset: Int = 0) throws -> MarkupDocument {
    return try MarkupParser.parse(source, sourceName: testFile, lineOffset: lineOffset)
}

/// The error the source produces, or `nil` when it parses.
func parseError(_ source: String, file: String = testFile) -> MarkupError? {
    do {
        _ = try MarkupParser.parse(source, sourceName: file)
        return nil
    } catch {
        return error
    }
}

/// The single block of a one-block document.
func onlyBlock(_ source: String) throws -> Block.Kind {
    let document = try parse(source)
    try #require(document.blocks.count == 1, "expected one block, got:\n\(document.outline())")
    return document.blocks[0].kind
}

/// The inline content of a one-paragraph document.
func paragraphContent(_ source: String) throws -> [Inline] {
    guard case .paragraph(let p) = try onlyBlock(source) else {
        Issue.record("not a paragraph: \(try outline(source))")
        return []
    }
    return p.content
}

/// Deterministic generator for property tests (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
