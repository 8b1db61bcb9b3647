import Foundation
import Testing
import Yams
@testable import DataInput

/// The merge rule (a regular expression) is left out of the resolver for texts without "<<":
/// nodes, tags and duplicate-key checks must come out as with the rule.
@Suite struct YAMLComposingTests {
    @Test(arguments: [
        "a: 1\nb: [x, y]\nc: { d: e }\n",
        "ten: Sở Nội vụ\n'<': x\n\"<\": y\n",
        "khoa: «giá trị»\nx: <b>\n",
        "a: 1\na: 2\n",
        "- !!str 12\n- ~\n- null\n- \"\"\n",
    ])
    func withoutMergeMarkerTheTreeIsTheSame(text: String) throws {
        #expect(!YAMLComposing.containsMergeKeyMarker(text))
        let withRule = Result { try Yams.compose(yaml: text, YAMLComposing.mergeResolver) }
        let without = Result { try YAMLComposing.compose(text) }
        switch (withRule, without) {
        case let (.success(a), .success(b)): #expect(a == b)
        case let (.failure(a), .failure(b)): #expect("\(a)" == "\(b)")
        default: Issue.record("one composed, the other failed: \(withRule) / \(without)")
        }
    }

    @Test func mergeKeysStillMerge() throws {
        let text = "mac_dinh: &md\n  a: 1\n  b: 2\nx:\n  <<: *md\n  b: 3\n"
        #expect(YAMLComposing.containsMergeKeyMarker(text))
        let root = try yaml(text)
        let x = try #require(root["x"])
        #expect(try x.entries().map(\.key) == ["a", "b"])
        #expect(try x["b"]?.string() == "3")
    }

    @Test func markerIsFoundAnywhere() {
        #expect(YAMLComposing.containsMergeKeyMarker("<<"))
        #expect(YAMLComposing.containsMergeKeyMarker("x: \"<<\""))
        #expect(!YAMLComposing.containsMergeKeyMarker("< <"))
        #expect(!YAMLComposing.containsMergeKeyMarker(""))
    }
}
