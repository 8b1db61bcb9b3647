import Foundation
import Testing
@testable import DataInput

/// YAML built to exhaust the reader is refused early, at the place that goes too far.
@Suite struct HostileYAMLTests {
    /// "Billion laughs": nine levels of nine aliases, 9⁹ values once expanded, in 600 bytes.
    static let laughs: String = {
        var lines = ["mau: bien-ban-hoi-nghi", "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        for level in 1..<10 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]")
        }
        lines.append("ghi_chu: *a9")
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func nestedAliasesAreRefusedAtTheAliasThatGoesTooFar() throws {
        let started = Date()
        let error = try #require(dataError { try yaml(Self.laughs) })
        // Work, not speed, is the point (seconds against the minutes it took): a generous bound.
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(error.location?.line ?? 0 >= 4)
        #expect(error.location?.column ?? 0 > 1)
        #expect(error.message.hasPrefix("bí danh «*a"))
        #expect(error.message.contains("làm dữ liệu phình ra quá lớn"))
    }

    @Test func aliasesAsKeysOfAMapAreRefusedBeforeAnyHashing() throws {
        // Yams would hash the aliased key whole to look for duplicates.
        let text = Self.laughs.replacingOccurrences(of: "ghi_chu: *a9\n", with: "x: { *a9 : 1 }\n")
        let error = try #require(dataError { try yaml(text) })
        #expect(error.message.contains("phình ra") || error.message.contains("tên trường phải là một chữ"))
    }

    @Test func tooManyAliasesAreRefused() throws {
        let text = "a: &a x\nb: [" + Array(repeating: "*a", count: 10_001).joined(separator: ", ") + "]\n"
        #expect(failure { try yaml(text) } == "du-lieu.yaml, dòng 2, cột 40005: tệp dùng quá 10.000 bí danh «*…»; hãy viết thẳng giá trị thay vì bí danh")
    }

    @Test func anUndefinedAliasIsNamed() throws {
        #expect(failure { try yaml("a: *khong_co\n") }
            == "du-lieu.yaml, dòng 1, cột 4: lỗi cú pháp YAML: bí danh «*khong_co» chưa được đặt tên bằng «&khong_co» ở phía trên")
    }

    @Test func ordinaryAliasesAndMergesStillWork() throws {
        let root = try yaml("""
            mac_dinh: &md { hinh_thuc: Giấy khen, don_vi: Sở Nội vụ }
            ca_nhan:
              - { <<: *md, ho_ten: A }
              - { <<: [*md, {ghi_chu: x}], ho_ten: B, don_vi: Sở Tài chính }
            nhac_lai: *md
            """)
        let people = try root.required("ca_nhan").list()
        #expect(try people[0].entries().map(\.key) == ["hinh_thuc", "don_vi", "ho_ten"])
        #expect(try people[1].entries().map(\.key) == ["hinh_thuc", "ghi_chu", "ho_ten", "don_vi"])
        #expect(try people[1].required("don_vi").string() == "Sở Tài chính")
        // A merged value keeps the place it was written and takes the path it is used at.
        let form = try people[1].required("hinh_thuc")
        #expect(form.path == "ca_nhan[2].hinh_thuc")
        #expect(form.location == SourceLocation(file: "du-lieu.yaml", line: 1, column: 28))
        #expect(try root.required("nhac_lai").required("don_vi").path == "nhac_lai.don_vi")
    }

    @Test func deepNestingIsRefused() throws {
        // libyaml looks ahead over the brackets: its own limit, set to ours, speaks first.
        let flow = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(failure { try yaml("a: " + flow + "\n") }?
            .hasPrefix("du-lieu.yaml, dòng 1, cột 5: lỗi cú pháp YAML: dữ liệu lồng nhau quá 32 tầng") == true)
        var block = ""
        for level in 0..<40 { block += String(repeating: " ", count: level) + "k\(level):\n" }
        #expect(failure { try yaml(block + String(repeating: " ", count: 40) + "x: 1\n") }?.contains("dòng 33, cột 33") == true)
        // An alias may not carry nesting past the limit either.
        var nested = "a: &a " + String(repeating: "[", count: 20) + String(repeating: "]", count: 20) + "\n"
        nested += "b: " + String(repeating: "[", count: 20) + "*a" + String(repeating: "]", count: 20) + "\n"
        #expect(failure { try yaml(nested) }?.contains("lồng nhau quá 32 tầng") == true)
    }

    @Test func aListOfMoreThanTwentyThousandItemsIsRefused() throws {
        let items = Array(repeating: "x", count: 20_001).joined(separator: ",")
        #expect(failure { try yaml("ca_nhan: [" + items + "]\n") }
            == "du-lieu.yaml, dòng 1, cột 40011, trường «ca_nhan»: danh sách có hơn 20.000 mục, quá giới hạn cho một danh sách")
        #expect(try yaml("ca_nhan: [" + Array(repeating: "x", count: 20_000).joined(separator: ",") + "]\n")
            .required("ca_nhan").list().count == 20_000)
    }

    @Test func aHundredThousandCharacterValueIsRefusedWithAShortExcerpt() throws {
        let message = try #require(failure { try yaml("ten: " + String(repeating: "ẫ", count: 100_000) + "\n") })
        #expect(message == "du-lieu.yaml, dòng 1, cột 6, trường «ten»: giá trị dài 100.000 ký tự, quá giới hạn 10.000 ký tự cho một giá trị: «" + String(repeating: "ẫ", count: 60) + "…»")
        #expect(try yaml("ten: " + String(repeating: "ẫ", count: 10_000) + "\n").required("ten").string().count == 10_000)
    }

    @Test func halfAMillionValuesAreTheMostAFileHolds() throws {
        let rows = String(repeating: "- [a, b, c, d, e, f, g, h, i, j]\n", count: 46_000)
        let message = try #require(failure { try yaml("x:\n" + String(repeating: "  y:\n", count: 0) + rows) })
        #expect(message.contains("quá giới hạn") )
    }

    /// One line of 100.000 values after a decomposed letter: every column is walked on from
    /// the one before (walking each from the line's start took minutes for a 5 MB line).
    @Test func aLongLineAfterADecomposedLetterIsReadInOnePass() throws {
        let keys = (0..<100_000).map { ", k\($0): v" }.joined()
        let started = Date()
        let root = try yaml("a: {e\u{0301}: 1" + keys + "}\n")
        #expect(Date().timeIntervalSince(started) < 10)
        let last = try root.required("a").required("k99999")
        // "a: {" is 4 characters, "é: 1" 4 (e + mark is one), then ", kN: v" per key.
        let before = 4 + 4 + (0..<99_999).map { ", k\($0): v".count }.reduce(0, +) + ", k99999: ".count
        #expect(last.location == SourceLocation(file: "du-lieu.yaml", line: 1, column: before + 1))
    }
}
