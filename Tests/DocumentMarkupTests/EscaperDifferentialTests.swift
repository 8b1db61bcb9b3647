import Foundation
import Testing
@testable import DocumentMarkup

/// `MarkupEscaper.escape` against `Reference.MarkupEscaper` (the escaper before the
/// performance work): the same output, scalar for scalar.
@Suite("Escaper matches the reference escaper")
struct EscaperDifferentialTests {
    static func mismatches(_ values: some Sequence<String>) -> [String] {
        var found: [String] = []
        for value in values {
            let got = MarkupEscaper.escape(value)
            let want = Reference.MarkupEscaper.escape(value)
            if !sameScalars(got, want) {
                found.append("\(value.debugDescription): got \(got.debugDescription), want \(want.debugDescription)")
                if found.count >= 10 { break }
            }
        }
        return found
    }

    /// Every scalar of the Basic Multilingual Plane and a sample of the others, alone, after
    /// "-" and a space, and before "a" and a combining mark.
    @Test func everySingleScalar() {
        var values: [String] = []
        for value in UInt32(0)...0x10FFFF where value < 0x1_0000 || value % 97 == 0 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let s = String(Character(scalar))
            values += [s, "- " + s, s + "a\u{0301}"]
        }
        let found = Self.mismatches(values)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func piecesAndTheirPairs() {
        let pieces = EscapingPropertyTests.pieces + DifferentialTests.pieces
        var values = pieces
        for a in EscapingPropertyTests.pieces { for b in EscapingPropertyTests.pieces { values.append(a + b) } }
        let found = Self.mismatches(values)
        #expect(found.isEmpty, "\(found)")
    }

    @Test(arguments: 0..<4)
    func randomValues(seed: UInt64) {
        var rng = SeededGenerator(seed: 7000 + seed)
        let alphabet = DifferentialTests.soupAlphabet + ["Nguyễn", "Văn", " ", "\u{3000}", "\u{0085}", "\u{2029}", "ß", "—", "€", "₫"]
        var values: [String] = []
        for _ in 0..<2000 {
            var value = ""
            for _ in 0..<Int.random(in: 0...20, using: &rng) { value += alphabet.randomElement(using: &rng)! }
            values.append(value)
            values.append(value.decomposedStringWithCanonicalMapping)
        }
        let found = Self.mismatches(values)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func escapedSetsAreASCII() {
        // The fast path handles ASCII with bit masks; other scalars would take the slow lookup.
        let escaped = MarkupEscaper.alwaysEscaped.union(MarkupEscaper.escapedAtStart)
        #expect(escaped.filter { !$0.isASCII }.isEmpty)
    }
}
