import Foundation
import Testing
@testable import DataInput

/// Every message about a YAML or JSON file is Vietnamese, names a place, and quotes little.
@Suite struct YAMLMessageTests {
    static let libyamlSources = checkoutRoot.appendingPathComponent(".build/checkouts/Yams/Sources/CYaml/src")
    static var checkoutRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The (context, problem) pairs libyaml's scanner, parser and reader can set, read from the
    /// sources Yams vendors: the last string of each error call is the problem.
    static func libyamlProblems() throws -> [(kind: String, context: String?, problem: String)] {
        var found: [(String, String?, String)] = []
        let call = try NSRegularExpression(pattern: #"yaml_parser_set_(scanner|parser|reader)_error(?:_context)?\s*\(([^;]*?)\)\s*;"#,
                                           options: [.dotMatchesLineSeparators])
        let literal = try NSRegularExpression(pattern: #""([^"]*)""#)
        for name in ["scanner.c", "parser.c", "reader.c"] {
            let source = try String(contentsOf: libyamlSources.appendingPathComponent(name), encoding: .utf8)
            for match in call.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
                let kind = String(source[Range(match.range(at: 1), in: source)!])
                let arguments = String(source[Range(match.range(at: 2), in: source)!])
                let strings = literal.matches(in: arguments, range: NSRange(arguments.startIndex..., in: arguments))
                    .map { String(arguments[Range($0.range(at: 1), in: arguments)!]) }
                guard let problem = strings.last else { continue }
                // `a ? "x" : "y"` contexts: each is a possible context.
                let contexts = strings.dropLast()
                if contexts.isEmpty { found.append((kind, nil, problem)) }
                for context in contexts { found.append((kind, context, problem)) }
            }
        }
        return found
    }

    @Test func everyProblemLibyamlCanReportHasAVietnameseExplanation() throws {
        guard FileManager.default.fileExists(atPath: Self.libyamlSources.path) else {
            Issue.record("libyaml's sources are not at \(Self.libyamlSources.path) (run swift build first)")
            return
        }
        let problems = try Self.libyamlProblems()
        #expect(problems.count > 60)
        let unexplained = problems.filter { entry in
            if entry.kind == "reader" {
                return YAMLProblems.readerExplanation(entry.problem, value: 1) == "tệp có ký tự không đọc được"
            }
            return YAMLProblems.explain(entry.problem, context: entry.context, format: .yaml, offending: nil).text
                == YAMLProblems.unknown(.yaml)
        }
        #expect(unexplained.isEmpty, "\(unexplained.map(\.problem))")
    }

    /// Broken files of many kinds: each message is Vietnamese (none of libyaml's words), names
    /// the file and a line.
    @Test(arguments: [
        "mau: a\n--- \nb: c\n", "a: [1, 2\n", "a: {x: 1\n", "a: \"khong dong\n", "a: 'khong dong\n",
        "%YAML 1.1\n%YAML 1.1\n--- a\n", "a: !<tag x\n", "a: !x!y b\n", "? [a]\n: b\n", "a:\n  - b\n c: d\n",
        "a: b: c\n", "- a\nb: c\n", "a:\n\t- b\n", "a: |0\n  x\n", "a: \"\\q\"\n", "a: \"\\xZZ\"\n", "a: &\n", "a: *\n",
        "a: @b\n", "a: `b\n", "{a: 1,, b: 2}\n", "[a, b\n", "%FOO bar\n--- a\n", "a: b\n...\nc\n", "a: |x\n  b\n",
        "a: \"\\uD800\"\n", "x: 1\n  y: 2\n", "a: \u{7F}\n", "a: \u{FFFE}\n", "\"a\nb\": 1\n",
        "k: &a [*a]\n", "a: [b]: c\n",
    ])
    func brokenFilesGetVietnameseMessages(text: String) throws {
        let error = try #require(dataError { try DataLoader.parse(text, file: "hong.yaml") })
        let message = error.description
        #expect(message.hasPrefix("hong.yaml, dòng "), "\(message)")
        for english in ["found", "expected", "did not", "while ", "mapping", "allowed", "scalar", "token", "directive", "character"] {
            #expect(!message.contains(english), "\(message)")
        }
    }

    /// The two messages the issue quotes, which reached clerks in libyaml's English.
    @Test func theMessagesFromTheIssueAreVietnamese() {
        #expect(failure { try DataLoader.parse("a: 1\n...\nb: 2\n", file: "hong.yaml") }
            == "hong.yaml, dòng 3, cột 1: lỗi cú pháp YAML: sau chỉ thị «%…» hoặc dòng kết thúc «...» cần dòng «---»; tệp dữ liệu không cần những dòng đó: hãy xoá chúng")
        #expect(failure { try DataLoader.parse("x: ? y\n", file: "hong.yaml") }
            == "hong.yaml, dòng 1, cột 4: lỗi cú pháp YAML: dấu «?» đặt sai chỗ; nếu giá trị bắt đầu bằng «?», hãy đặt cả giá trị trong ngoặc kép")
    }

    @Test func debugModeAddsTheOriginal() {
        #expect(YAMLProblems.debugSuffix(problem: "did not find expected key", context: "while parsing a block mapping", enabled: true)
            == " [libyaml: while parsing a block mapping: did not find expected key]")
        #expect(YAMLProblems.debugSuffix(problem: "x", context: nil, enabled: false) == "")
    }
}
