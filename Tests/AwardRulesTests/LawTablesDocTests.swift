import Foundation
import LegalRegister
import Testing
@testable import AwardRules
@testable import VietnameseText

/// docs/law-tables.md, done as the page says: its YAML blocks applied to copies of the shipped
/// tables give the new base salary; leaving out the second step gives the message it quotes.
@Suite struct LawTablesDocTests {
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The page's YAML blocks, in order, without the indentation of the list item they sit in.
    static func blocks() throws -> [String] {
        let page = try String(contentsOf: checkout.appendingPathComponent("docs/law-tables.md"), encoding: .utf8)
        var blocks: [String] = []
        var current: [String]?
        var indent = 0
        for line in page.components(separatedBy: "\n") {
            let trimmed = line.trimmedWhitespace
            if current == nil, trimmed == "```yaml" {
                current = []
                indent = line.prefix { $0 == " " }.count
            } else if current != nil, trimmed == "```" {
                blocks.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else if current != nil {
                current!.append(String(line.dropFirst(min(indent, line.prefix { $0 == " " }.count))))
            }
        }
        return blocks
    }

    /// Applies a block to a table's text: an item whose first key matches an existing row
    /// ("- so_ky_hieu: 161/2026/NĐ-CP") adds its other lines to that row; a new item goes at the
    /// end of the list that `listKey` opens.
    static func apply(_ block: String, to table: String, listKey: String) -> String {
        var text = table
        let items = block.components(separatedBy: "\n  - ").map { $0.hasPrefix("  - ") ? String($0.dropFirst(4)) : $0 }
            .filter { !$0.trimmedWhitespace.isEmpty }
        for item in items {
            let lines = item.split(separator: "\n").map(String.init)
            let first = "  - " + lines[0].trimmedWhitespace
            let rest = lines.dropFirst().filter { !$0.trimmedWhitespace.hasPrefix("#") }
            if let range = text.range(of: first + "\n") {
                text.insert(contentsOf: rest.map { $0 + "\n" }.joined(), at: range.upperBound)
            } else {
                let entry = ([first] + rest).joined(separator: "\n") + "\n"
                let after = text.range(of: "\n" + listKey + ":\n").map { text[$0.upperBound...] } ?? text[...]
                let nextList = after.range(of: #"\n[a-z_]+:\n"#, options: .regularExpression)
                let at = nextList.map { text.index(after: $0.lowerBound) } ?? text.endIndex
                text.insert(contentsOf: (text[..<at].hasSuffix("\n") ? "" : "\n") + entry, at: at)
            }
        }
        return text
    }

    static func shipped(_ name: String) throws -> String {
        try String(contentsOf: checkout.appendingPathComponent("Data/" + name), encoding: .utf8)
    }

    @Test func theNextBaseSalaryAsThePageAddsIt() throws {
        let blocks = try Self.blocks()
        #expect(blocks.count == 2)
        let register = try LegalRegister(yaml: Self.apply(blocks[0], to: Self.shipped("van-ban-phap-luat.yaml"), listKey: "van_ban"))
        let rules = Self.apply(blocks[1], to: try Self.shipped("award-rules.yaml"), listKey: "muc_luong_co_so")
        let table = try AwardRulesTable(yaml: rules, sourceName: "Data/award-rules.yaml", register: register)
        let salary = try table.baseSalary(on: CalendarDate(parsing: "2028-07-01"))
        #expect(salary.amount == 2_800_000 && salary.legalSource == "khoản 2 Điều 3 Nghị định số 99/2028/NĐ-CP")
        #expect(try table.baseSalary(on: CalendarDate(parsing: "2028-06-30")).amount == 2_530_000)
    }

    @Test func forgettingTheSecondStepIsTheMessageThePageQuotes() throws {
        let blocks = try Self.blocks()
        let register = try LegalRegister(yaml: Self.apply(blocks[0], to: Self.shipped("van-ban-phap-luat.yaml"), listKey: "van_ban"))
        do {
            _ = try AwardRulesTable(yaml: Self.shipped("award-rules.yaml"), sourceName: "Data/award-rules.yaml", register: register)
            Issue.record("the open 2.530.000 row must be refused")
        } catch {
            let page = try String(contentsOf: Self.checkout.appendingPathComponent("docs/law-tables.md"), encoding: .utf8)
            let quoted = "\(error)".replacingOccurrences(of: #"dòng \d+, cột"#, with: "dòng …, cột", options: .regularExpression)
            #expect(page.contains(quoted), "\(quoted)")
        }
    }
}
