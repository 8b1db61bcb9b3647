import Foundation
import Testing
@testable import DataInput

@Suite struct IncludeTests {
    static let shared = """
        co_quan:
          ten: Sở Nội vụ
          dia_chi: 12 Lê Lợi
          co_quan_chu_quan: UBND tỉnh
        nguoi_ky:
          ho_ten: Trần Văn B
          chuc_vu: Giám đốc
        noi_nhan:
          - Như Điều 3
          - Lưu VT
        nam: 2023
        """

    @Test func mergeRules() throws {
        let folder = try temporaryFolder([
            "chung/co-quan.yaml": Self.shared,
            "nam-2024.yaml": """
                dung_chung: chung/co-quan.yaml
                co_quan:
                  ten: Sở Nội vụ tỉnh Lâm Đồng
                noi_nhan:
                  - Lưu TĐKT
                nam: 2024
                trich_yeu: Về việc khen thưởng
                """,
        ])
        let root = try DataLoader.load(folder.appendingPathComponent("nam-2024.yaml"), displayPath: "nam-2024.yaml")
        // Maps merge key by key, this file's keys first in the shared file's order.
        #expect(try root.entries().map(\.key) == ["co_quan", "nguoi_ky", "noi_nhan", "nam", "trich_yeu"])
        let agency = try root.required("co_quan")
        #expect(try agency.entries().map(\.key) == ["ten", "dia_chi", "co_quan_chu_quan"])
        #expect(try agency.required("ten").string() == "Sở Nội vụ tỉnh Lâm Đồng")
        #expect(try agency.required("ten").location == SourceLocation(file: "nam-2024.yaml", line: 3, column: 8))
        #expect(try agency.required("dia_chi").string() == "12 Lê Lợi")
        #expect(try agency.required("dia_chi").location == SourceLocation(file: "chung/co-quan.yaml", line: 3, column: 12))
        // Lists and scalars are replaced whole.
        #expect(try root.required("noi_nhan").list().map { try $0.string() } == ["Lưu TĐKT"])
        #expect(try root.required("nam").int() == 2024)
        // Values only in the shared file keep pointing into it.
        #expect(failure { try root.required("nguoi_ky").required("ho_ten").int() }
            == "chung/co-quan.yaml, dòng 6, cột 11, trường «nguoi_ky.ho_ten»: cần một số nguyên, gặp «Trần Văn B»")
        // The include key itself is gone, so checkKeys need not allow it.
        #expect(root["dung_chung"] == nil)
        #expect(failure { try root.checkKeys(allowed: ["co_quan", "nguoi_ky", "noi_nhan", "nam", "trich_yeu"]) } == nil)
    }

    @Test func emptyValueInTheIncludingFileWins() throws {
        let folder = try temporaryFolder([
            "chung.yaml": "nguoi_ky:\n  ho_ten: A\n  chuc_vu: B\n",
            "main.yaml": "dung_chung: chung.yaml\nnguoi_ky:\n  chuc_vu:\n",
        ])
        let root = try DataLoader.load(folder.appendingPathComponent("main.yaml"), displayPath: "main.yaml")
        #expect(root["nguoi_ky"]?["ho_ten"]?.scalarText == "A")
        #expect(root["nguoi_ky"]?["chuc_vu"] == nil)
    }

    @Test func severalIncludesLaterWins() throws {
        let folder = try temporaryFolder([
            "a.yaml": "x: tu a\ny: tu a\n",
            "b.yaml": "y: tu b\nz: tu b\n",
            "main.yaml": "dung_chung:\n  - a.yaml\n  - b.yaml\nz: tu main\n",
        ])
        let root = try DataLoader.load(folder.appendingPathComponent("main.yaml"), displayPath: "main.yaml")
        #expect(try root.required("x").string() == "tu a")
        #expect(try root.required("y").string() == "tu b")
        #expect(try root.required("z").string() == "tu main")
        #expect(try root.required("y").location.file == "b.yaml")
    }

    @Test func nestedIncludesWithRelativePaths() throws {
        let folder = try temporaryFolder([
            "chung/tinh.yaml": "tinh: Lâm Đồng\ndia_danh: Đà Lạt\n",
            "chung/so.yaml": "dung_chung: tinh.yaml\nco_quan: Sở Nội vụ\ndia_danh: Bảo Lộc\n",
            "du-lieu/nam-2024.yaml": "dung_chung: ../chung/so.yaml\nnam: 2024\n",
        ])
        // "../chung" is outside the data file's folder: the caller allows the folder above it.
        let data = folder.appendingPathComponent("du-lieu/nam-2024.yaml")
        let root = try DataLoader.load(data, displayPath: "du-lieu/nam-2024.yaml",
                                       access: .forDataFile(data, alsoAllowing: [folder]))
        #expect(try root.required("tinh").string() == "Lâm Đồng")
        #expect(try root.required("tinh").location == SourceLocation(file: "chung/tinh.yaml", line: 1, column: 7))
        #expect(try root.required("dia_danh").string() == "Bảo Lộc")
        #expect(try root.required("dia_danh").location.file == "chung/so.yaml")
        #expect(try root.required("nam").location.file == "du-lieu/nam-2024.yaml")
    }

    @Test func cycleNamesTheChain() throws {
        let folder = try temporaryFolder([
            "main.yaml": "dung_chung: chung/a.yaml\nten: X\n",
            "chung/a.yaml": "dung_chung: b.yaml\n",
            "chung/b.yaml": "x: 1\ndung_chung: [a.yaml]\n",
        ])
        #expect(failure { try DataLoader.load(folder.appendingPathComponent("main.yaml"), displayPath: "main.yaml") }
            == "chung/b.yaml, dòng 2, cột 14, trường «dung_chung»: các tệp dùng chung gọi lẫn nhau thành vòng: chung/a.yaml → chung/b.yaml → chung/a.yaml")
    }

    @Test func fileIncludingItself() throws {
        let folder = try temporaryFolder(["main.yaml": "dung_chung: ./main.yaml\n"])
        #expect(failure { try DataLoader.load(folder.appendingPathComponent("main.yaml"), displayPath: "main.yaml") }
            == "main.yaml, dòng 1, cột 13, trường «dung_chung»: các tệp dùng chung gọi lẫn nhau thành vòng: main.yaml → main.yaml")
    }

    @Test func missingIncludedFileIsReportedAtTheIncludeLine() throws {
        let folder = try temporaryFolder([
            "main.yaml": "ten: X\ndung_chung:\n  - chung/co-quan.yaml\n  - chung/khong-co.yaml\n",
            "chung/co-quan.yaml": "a: 1\n",
        ])
        #expect(failure { try DataLoader.load(folder.appendingPathComponent("main.yaml"), displayPath: "main.yaml") }
            == "main.yaml, dòng 4, cột 5: không tìm thấy tệp dùng chung «chung/khong-co.yaml»")
    }

    @Test func includedFileMustBeAMap() throws {
        let folder = try temporaryFolder([
            "main.yaml": "dung_chung: ds.yaml\n",
            "ds.yaml": "- a\n- b\n",
        ])
        #expect(failure { try DataLoader.load(folder.appendingPathComponent("main.yaml"), displayPath: "main.yaml") }
            == "ds.yaml: tệp dùng chung phải là một nhóm trường (dạng tên_trường: giá trị), gặp một danh sách")
    }

    @Test func errorsInIncludedFilesNameThem() throws {
        let folder = try temporaryFolder([
            "main.yaml": "dung_chung: chung.json\n",
            "chung.json": "{\"a\": 1,\n \"a\": 2}\n",
        ])
        #expect(failure { try DataLoader.load(folder.appendingPathComponent("main.yaml"), displayPath: "main.yaml") }
            == "chung.json, dòng 2, cột 2, trường «a»: trường «a» được khai báo hai lần, ở dòng 1 và dòng 2; hãy giữ lại một")
    }

    @Test func includeValueMustBePaths() throws {
        let folder = try temporaryFolder(["main.yaml": "dung_chung:\n  tep: a.yaml\n"])
        #expect(failure { try DataLoader.load(folder.appendingPathComponent("main.yaml"), displayPath: "main.yaml") }
            == "main.yaml, dòng 2, cột 3, trường «dung_chung»: «dung_chung» cần một đường dẫn tệp hoặc một danh sách đường dẫn")
    }

    @Test func parseLeavesIncludesAlone() throws {
        let root = try DataLoader.parse("dung_chung: a.yaml\nx: 1\n", file: "main.yaml")
        #expect(try root.required("dung_chung").string() == "a.yaml")
    }

    @Test func missingMainFile() throws {
        let folder = try temporaryFolder([:])
        #expect(failure { try DataLoader.load(folder.appendingPathComponent("khong-co.yaml"), displayPath: "khong-co.yaml") }
            == "khong-co.yaml: không tìm thấy tệp «khong-co.yaml»")
    }

    @Test func nonUTF8YAMLNamesTheLine() throws {
        let folder = try temporaryFolder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("cu.yaml")
        // "ten: Sở" with "ở" in Windows-1258 (0xF5 is not valid UTF-8 on its own).
        try Data("a: 1\nten: S".utf8 + [0xF5] + Data("\n".utf8)).write(to: url)
        #expect(failure { try DataLoader.load(url, displayPath: "cu.yaml") }
            == "cu.yaml, dòng 2, cột 7: tệp không phải văn bản UTF-8 (có thể được lưu bằng bảng mã Windows-1258 hoặc TCVN3); hãy mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8")
    }

    @Test func displayPathJoining() {
        #expect(IncludeLoader.join(directoryOf: "du-lieu/nam-2024.yaml", "../chung/a.yaml") == "chung/a.yaml")
        #expect(IncludeLoader.join(directoryOf: "nam-2024.yaml", "chung/a.yaml") == "chung/a.yaml")
        #expect(IncludeLoader.join(directoryOf: "nam-2024.yaml", "../a.yaml") == "../a.yaml")
        #expect(IncludeLoader.join(directoryOf: "/srv/du-lieu/x.yaml", "./a.yaml") == "/srv/du-lieu/a.yaml")
    }
}
