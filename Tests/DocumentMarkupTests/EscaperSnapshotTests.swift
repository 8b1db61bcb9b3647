import Foundation
import Testing
@testable import DocumentMarkup

/// `MarkupEscaper.escape` against reviewed snapshots in Tests/Snapshots/ (first written from the
/// escaper before its performance work, which this one matched scalar for scalar).
@Suite("Escaper output against reviewed snapshots")
struct EscaperSnapshotTests {
    static func escape(_ value: String) -> String { MarkupEscaper.escape(value) }

    static func snapshot(_ name: String, _ what: String) -> Snapshot {
        Snapshot(name: "escaper-\(name).txt", title: "MarkupEscaper.escape of \(what) (Tests/DocumentMarkupTests/EscaperSnapshotTests.swift)")
    }

    /// Every scalar of the Basic Multilingual Plane and a sample of the others, alone, after
    /// "- " and before "a" and a combining mark. The escaped text is written with the scalar as
    /// «◊», and the scalars that give the same text are listed as ranges.
    @Test func everySingleScalar() throws {
        let contexts: [(name: String, place: (String) -> String)] = [("alone", { $0 }), ("after «- »", { "- " + $0 }), ("before «á»", { $0 + "a\u{0301}" })]
        var entries: [(key: String, output: String)] = []
        for context in contexts {
            var ranges: [String: [ClosedRange<UInt32>]] = [:]
            for value in UInt32(0)...0x10FFFF where value < 0x1_0000 || value % 97 == 0 {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let s = String(Character(scalar))
                let placed = context.place(s)
                let escaped = Self.escape(placed)
                guard escaped != placed || !sameScalars(escaped, placed) else { continue }
                let pattern = ExactDump.text(escaped.replacingOccurrences(of: s, with: "◊"))
                if let last = ranges[pattern]?.last, last.upperBound + 1 == value || (value >= 0x1_0000 && last.upperBound + 97 == value) {
                    ranges[pattern]![ranges[pattern]!.count - 1] = last.lowerBound...value
                } else {
                    ranges[pattern, default: []].append(value...value)
                }
            }
            for (pattern, list) in ranges {
                let written = list.map { $0.count == 1 ? Self.hex($0.lowerBound) : Self.hex($0.lowerBound) + "–" + Self.hex($0.upperBound) }
                entries.append(("\(context.name) \(pattern)", written.joined(separator: " ")))
            }
        }
        let differences = try Self.snapshot("scalars", "every scalar in three places (escaped text → the scalars giving it)").differences(entries)
        #expect(differences == nil, "\(differences ?? "")")
    }

    static func hex(_ value: UInt32) -> String { "U+" + String(value, radix: 16, uppercase: true) }

    @Test func piecesAndTheirPairs() throws {
        let pieces = EscapingPropertyTests.pieces + ParserSnapshotTests.pieces
        var values = pieces
        for a in EscapingPropertyTests.pieces { for b in EscapingPropertyTests.pieces { values.append(a + b) } }
        let differences = try Self.snapshot("pieces", "the tests' pieces and their pairs").differences(values.map { (ExactDump.text($0), ExactDump.text(Self.escape($0))) })
        #expect(differences == nil, "\(differences ?? "")")
    }

    @Test func randomValues() throws {
        var rng = SeededGenerator(seed: 7000)
        let alphabet = ParserSnapshotTests.soupAlphabet + ["Nguyễn", "Văn", " ", "\u{3000}", "\u{0085}", "\u{2029}", "ß", "—", "€", "₫"]
        var values: [String] = []
        for _ in 0..<1500 {
            var value = ""
            for _ in 0..<Int.random(in: 0...20, using: &rng) { value += alphabet.randomElement(using: &rng)! }
            values.append(value)
            values.append(value.decomposedStringWithCanonicalMapping)
        }
        let differences = try Self.snapshot("random", "random values").differences(values.map { (ExactDump.text($0), ExactDump.text(Self.escape($0))) })
        #expect(differences == nil, "\(differences ?? "")")
    }

    @Test func escapedSetsAreASCII() {
        // The fast path handles ASCII with bit masks; other scalars would take the slow lookup.
        let escaped = MarkupEscaper.alwaysEscaped.union(MarkupEscaper.escapedAtStart)
        #expect(escaped.filter { !$0.isASCII }.isEmpty)
    }
}
