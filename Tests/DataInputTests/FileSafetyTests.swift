import Foundation
import Testing
@testable import DataInput

/// Files named by data stay where they are allowed; files that are not regular files are
/// refused without being opened; sizes are bounded. No message shows a refused file's contents.
@Suite struct FileSafetyTests {
    func load(_ folder: URL, _ name: String = "main.yaml", access: FileAccess? = nil) -> String? {
        failure { try DataLoader.load(folder.appendingPathComponent(name), displayPath: name, access: access) }
    }

    @Test func anAbsolutePathOutsideIsRefusedWithoutItsContents() throws {
        let folder = try temporaryFolder(["main.yaml": "mau: ke-hoach-thi-dua\ndung_chung: /etc/passwd\n"])
        let message = try #require(load(folder))
        #expect(message == "main.yaml, dòng 2, cột 13: tệp dùng chung «/etc/passwd» nằm ngoài thư mục của tệp dữ liệu; chỉ được dùng tệp trong thư mục đó (và các thư mục con của nó) hoặc trong thư mục được cho phép")
        #expect(!message.contains("root:"))
    }

    @Test func aParentPathIsRefusedAndNotMerged() throws {
        let folder = try temporaryFolder([
            "bi-mat.yaml": "mat_khau: abc123\n",
            "du-lieu/main.yaml": "dung_chung: ../bi-mat.yaml\nten: X\n",
        ])
        let message = try #require(load(folder, "du-lieu/main.yaml"))
        #expect(message.hasPrefix("du-lieu/main.yaml, dòng 1, cột 13: tệp dùng chung «bi-mat.yaml» nằm ngoài thư mục của tệp dữ liệu"))
        #expect(!message.contains("abc123"))
        // Allowed by the caller, the same file is read.
        let data = folder.appendingPathComponent("du-lieu/main.yaml")
        let root = try DataLoader.load(data, displayPath: "du-lieu/main.yaml", access: .forDataFile(data, alsoAllowing: [folder]))
        #expect(root["mat_khau"]?.scalarText == "abc123")
    }

    @Test func aLinkLeadingOutsideIsRefused() throws {
        let folder = try temporaryFolder(["ngoai/bi-mat.yaml": "mat_khau: abc123\n", "du-lieu/main.yaml": "dung_chung: lien-ket.yaml\n"])
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("du-lieu/lien-ket.yaml"),
                                                   withDestinationURL: folder.appendingPathComponent("ngoai/bi-mat.yaml"))
        let message = try #require(load(folder, "du-lieu/main.yaml"))
        #expect(message.contains("«du-lieu/lien-ket.yaml» nằm ngoài thư mục của tệp dữ liệu (qua một liên kết symlink)"))
        #expect(!message.contains("abc123"))
    }

    @Test func aLinkInsideIsFollowed() throws {
        let folder = try temporaryFolder(["chung/that.yaml": "x: 1\n", "main.yaml": "dung_chung: lien-ket.yaml\n"])
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("lien-ket.yaml"),
                                                   withDestinationURL: folder.appendingPathComponent("chung/that.yaml"))
        #expect(try DataLoader.load(folder.appendingPathComponent("main.yaml"))["x"]?.scalarText == "1")
    }

    @Test func aFIFOIsRefusedWithoutWaiting() throws {
        let folder = try temporaryFolder(["main.yaml": "dung_chung: ong.yaml\n"])
        #expect(mkfifo(folder.appendingPathComponent("ong.yaml").path, 0o600) == 0)
        // Opening the FIFO for reading would block this test for ever.
        #expect(load(folder) == "main.yaml, dòng 1, cột 13: «ong.yaml» là một ống dẫn (FIFO), không phải tệp dùng chung; hãy chỉ tới một tệp thường")
        #expect(failure { try DataLoader.load(folder.appendingPathComponent("ong.yaml"), displayPath: "ong.yaml") }
            == "ong.yaml: «ong.yaml» là một ống dẫn (FIFO), không phải tệp; hãy chỉ tới một tệp thường")
    }

    @Test func aFolderAndADeviceAreNamedForWhatTheyAre() throws {
        let folder = try temporaryFolder(["thu-muc/a.yaml": "x: 1\n", "main.yaml": "dung_chung: thu-muc\n"])
        #expect(load(folder) == "main.yaml, dòng 1, cột 13: «thu-muc» là một thư mục, không phải tệp dùng chung; hãy chỉ tới một tệp thường")
        #expect(failure { try DataLoader.load(URL(fileURLWithPath: "/dev/zero"), displayPath: "/dev/zero") }
            == "/dev/zero: «/dev/zero» là một thiết bị, không phải tệp; hãy chỉ tới một tệp thường")
    }

    @Test func anUnreadableFileSaysSo() throws {
        guard getuid() != 0 else { return }  // root reads everything
        let folder = try temporaryFolder(["main.yaml": "x: 1\n"])
        chmod(folder.appendingPathComponent("main.yaml").path, 0)
        #expect(load(folder) == "main.yaml: không có quyền đọc tệp «main.yaml»")
    }

    @Test func aFileOverTheLimitIsRefusedBeforeReading() throws {
        let folder = try temporaryFolder(["main.yaml": "dung_chung: lon.yaml\n"])
        let big = folder.appendingPathComponent("lon.yaml")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        // Sparse: its size says 6 MB, nothing is written.
        #expect(truncate(big.path, 6 * 1024 * 1024) == 0)
        #expect(load(folder) == "main.yaml, dòng 1, cột 13: tệp dùng chung «lon.yaml» có 6 MB, quá giới hạn 5 MB cho một tệp dùng chung")
        #expect(failure { try DataLoader.load(big, displayPath: "lon.yaml") }
            == "lon.yaml: tệp «lon.yaml» có 6 MB, quá giới hạn 5 MB cho một tệp dữ liệu")
    }

    @Test func megabytesAreWrittenTheVietnameseWay() {
        #expect(InputFile.megabytes(5 * 1024 * 1024) == "5 MB")
        #expect(InputFile.megabytes(7_654_321) == "7,3 MB")
        #expect(InputFile.megabytes(1) == "0,1 MB")
    }

    @Test func inMemoryTreesMayNameNoFile() throws {
        let folder = try temporaryFolder(["a.yaml": "x: 1\n"])
        #expect(failure { try FileAccess.nothing.resolve(folder.appendingPathComponent("a.yaml"), display: "a.yaml", role: .list, at: nil) }?
            .contains("«a.yaml» nằm ngoài thư mục của tệp dữ liệu") == true)
    }

    @Test func escapesInANameAreShownEscaped() throws {
        let folder = try temporaryFolder(["main.yaml": "dung_chung: \"\\e[31mdo.yaml\"\n"])
        #expect(load(folder) == "main.yaml, dòng 1, cột 13: không tìm thấy tệp dùng chung «\\u{1B}[31mdo.yaml»")
    }
}
