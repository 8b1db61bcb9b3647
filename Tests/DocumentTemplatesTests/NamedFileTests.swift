import DataInput
import DocumentTemplates
import Foundation
import Testing

/// Files a document's values name (a recipients' list, a signature image) come only from the
/// data file's folder or a folder the caller allows, and are checked before anything uses them.
@Suite struct NamedFileTests {
    let validation = ValidationTests()

    @Test func aListOutsideTheFolderIsRefused() throws {
        let found = try validation.problemsOf(ValidationTests.decision, [(
            "ca_nhan:\n  - { ho_ten: Nguyễn Văn An, don_vi: Sở Nội vụ tỉnh A }\n  - { ho_ten: Trần Thị Bình, don_vi: Sở Nội vụ tỉnh B }",
            "ca_nhan: ../ngoai.csv")])
        #expect(found == ["van-ban.yaml, dòng 12, cột 10, trường «ca_nhan»: tệp danh sách «../ngoai.csv» nằm ngoài thư mục của tệp dữ liệu; chỉ được dùng tệp trong thư mục đó (và các thư mục con của nó) hoặc trong thư mục được cho phép"])
    }

    @Test func aListInAnAllowedFolderIsRead() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = ValidationTests.decision.replacingOccurrences(
            of: "ca_nhan:\n  - { ho_ten: Nguyễn Văn An, don_vi: Sở Nội vụ tỉnh A }\n  - { ho_ten: Trần Thị Bình, don_vi: Sở Nội vụ tỉnh B }",
            with: "ca_nhan: ../danh-sach/ds.csv")
        try write(["du-lieu/qd.yaml": text.replacingOccurrences(of: "dung_chung: cum.yaml", with: "dung_chung: ../chung/cum.yaml"),
                   "chung/cum.yaml": ValidationTests.cluster,
                   "danh-sach/ds.csv": "Họ và tên;Đơn vị công tác\nNguyễn Văn An;Sở Nội vụ tỉnh A\n"], in: folder)
        let prepared = try builder.prepare(dataFile: folder.appendingPathComponent("du-lieu/qd.yaml"), displayPath: "du-lieu/qd.yaml",
                                           allowing: [folder])
        #expect(prepared.document.body.outline().contains("Nguyễn Văn An"))
    }

    @Test func aMissingListNamesTheField() throws {
        let found = try validation.problemsOf(ValidationTests.decision, [(
            "ca_nhan:\n  - { ho_ten: Nguyễn Văn An, don_vi: Sở Nội vụ tỉnh A }\n  - { ho_ten: Trần Thị Bình, don_vi: Sở Nội vụ tỉnh B }",
            "ca_nhan: khong-co.csv")])
        #expect(found == ["van-ban.yaml, dòng 12, cột 10, trường «ca_nhan»: không tìm thấy tệp danh sách «khong-co.csv»"])
    }

    @Test func aListThatIsAFIFOIsRefusedWithoutWaiting() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(["van-ban.yaml": ValidationTests.decision.replacingOccurrences(
            of: "ca_nhan:\n  - { ho_ten: Nguyễn Văn An, don_vi: Sở Nội vụ tỉnh A }\n  - { ho_ten: Trần Thị Bình, don_vi: Sở Nội vụ tỉnh B }",
            with: "ca_nhan: ong.csv"), "cum.yaml": ValidationTests.cluster], in: folder)
        #expect(mkfifo(folder.appendingPathComponent("ong.csv").path, 0o600) == 0)
        #expect(problems(folder.appendingPathComponent("van-ban.yaml"), display: "van-ban.yaml")
            == ["van-ban.yaml, dòng 12, cột 10, trường «ca_nhan»: «ong.csv» là một ống dẫn (FIFO), không phải tệp danh sách; hãy chỉ tới một tệp thường"])
    }

    func signed(image: String) -> [(String, String)] {
        [("  ho_ten: Phạm Văn Cường", "  ho_ten: Phạm Văn Cường\n  anh_chu_ky: \(image)")]
    }

    @Test func aSignatureImageMustBeAPNGOfAReasonableSize() throws {
        let notPNG = try validation.problemsOf(ValidationTests.decision, signed(image: "chu-ky.png"), extra: ["chu-ky.png": "GIF89a…"])
        #expect(notPNG == ["van-ban.yaml, dòng 18, cột 15, trường «nguoi_ky.anh_chu_ky»: tệp ảnh «chu-ky.png» không phải ảnh PNG; hãy lưu ảnh chữ ký dưới dạng .png"])
        // A header saying 100 000 × 100 000 pixels: 40 GB once unpacked.
        var header: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        header += [0x00, 0x01, 0x86, 0xA0, 0x00, 0x01, 0x86, 0xA0, 8, 6, 0, 0, 0]
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(["van-ban.yaml": ValidationTests.decision.replacingOccurrences(of: signed(image: "")[0].0, with: signed(image: "lon.png")[0].1),
                   "cum.yaml": ValidationTests.cluster], in: folder)
        try Data(header).write(to: folder.appendingPathComponent("lon.png"))
        #expect(problems(folder.appendingPathComponent("van-ban.yaml"), display: "van-ban.yaml")
            == ["van-ban.yaml, dòng 18, cột 15, trường «nguoi_ky.anh_chu_ky»: ảnh «lon.png» có 100000 × 100000 điểm ảnh, quá giới hạn 16 triệu điểm ảnh; hãy thu nhỏ ảnh"])
    }

    @Test func aSignatureImageOutsideIsRefused() throws {
        let found = try validation.problemsOf(ValidationTests.decision, signed(image: "/etc/passwd"))
        #expect(found == ["van-ban.yaml, dòng 18, cột 15, trường «nguoi_ky.anh_chu_ky»: tệp ảnh «/etc/passwd» nằm ngoài thư mục của tệp dữ liệu; chỉ được dùng tệp trong thư mục đó (và các thư mục con của nó) hoặc trong thư mục được cho phép"])
    }

    @Test func anInMemoryTreeNamesNoFile() throws {
        let tree = try DataLoader.parse(ValidationTests.decision.replacingOccurrences(of: "dung_chung: cum.yaml\n", with: ValidationTests.cluster)
            .replacingOccurrences(of: "ca_nhan:\n  - { ho_ten: Nguyễn Văn An, don_vi: Sở Nội vụ tỉnh A }\n  - { ho_ten: Trần Thị Bình, don_vi: Sở Nội vụ tỉnh B }",
                                  with: "ca_nhan: /etc/passwd.csv"), file: "van-ban.yaml")
        do {
            _ = try builder.prepare(tree)
            Issue.record("expected the list to be refused")
        } catch {
            #expect(error.errors.map(\.description).contains { $0.contains("tệp danh sách «/etc/passwd.csv» nằm ngoài thư mục") })
        }
    }
}

/// Template files are bounded like data files, and their errors are Vietnamese.
@Suite struct TemplateFileTests {
    let validation = ValidationTests()

    func problems(withBody body: String) throws -> [String] {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let builder = try TemplateBodyTests().builder(withDecisionBody: body, in: folder)
        try write(["qd.yaml": ValidationTests.decision, "cum.yaml": ValidationTests.cluster], in: folder)
        do {
            _ = try builder.prepare(dataFile: folder.appendingPathComponent("qd.yaml"), displayPath: "qd.yaml")
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test func aBodyOverOneMegabyteIsRefused() throws {
        #expect(try problems(withBody: String(repeating: "Đoạn văn.\n", count: 120_000))
            == ["Templates/quyet-dinh-khen-thuong/phan/dieu_1.mustache: tệp mẫu «Templates/quyet-dinh-khen-thuong/phan/dieu_1.mustache» có 1,7 MB, quá giới hạn 1 MB cho một tệp mẫu"])
    }

    @Test func aMustacheErrorIsVietnamese() throws {
        #expect(try problems(withBody: "{{#a}}\n{{/b}}\n")
            == ["Templates/quyet-dinh-khen-thuong/phan/dieu_1.mustache, dòng 2, cột 4: mẫu Mustache sai cú pháp (thẻ đóng {{/…}} không khớp thẻ mở)"])
    }
}
