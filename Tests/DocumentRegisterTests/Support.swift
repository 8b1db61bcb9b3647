@testable import DocumentRegister
import Foundation
import Testing
import VietnameseText

let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let vanbanBinary = checkout.appendingPathComponent(".build/debug/vanban").path

/// A scratch folder for one test.
func scratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-register-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes files into a folder: name → contents.
func write(_ files: [String: String], in folder: URL) throws {
    for (name, text) in files {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

func text(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

struct Run {
    var output: String
    var error: String
    var status: Int32
    /// Ended by a signal (the tests' SIGKILL) rather than exiting.
    var killed: Bool
}

func run(_ program: String, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
    process.arguments = program.hasPrefix("/") ? arguments : [program] + arguments
    if let folder { process.currentDirectoryURL = folder }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(output: String(decoding: outData, as: UTF8.self), error: String(decoding: errData, as: UTF8.self),
               status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal)
}

/// The `vanban` command as a clerk runs it (built beside the tests by `swift build --build-tests`).
func vanban(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Run {
    try #require(FileManager.default.isExecutableFile(atPath: vanbanBinary), "build the vanban product first")
    return try run(vanbanBinary, arguments, in: folder, environment: environment)
}

/// A small award decision with comments, not yet numbered, as a clerk leaves it before issuing.
enum Fixture {
    static let decision = """
    # Quyết định khen thưởng năm 2026 (thử)
    mau: quyet-dinh-khen-thuong
    dung_chung: cum.yaml
    co_quan_ban_hanh: Ủy ban nhân dân tỉnh A
    ky_hieu_co_quan: UBND   # chữ viết tắt trong số, ký hiệu
    # Dòng địa danh, ngày
    dia_danh: Tỉnh A
    tham_quyen: Chủ tịch Ủy ban nhân dân tỉnh A
    hinh_thuc: Giấy khen
    thanh_tich: đã có thành tích xuất sắc năm 2026
    don_vi_thuc_hien: [Giám đốc Sở Nội vụ]
    ca_nhan:
      - { ho_ten: Nguyễn Văn An, don_vi: Sở Nội vụ tỉnh A }
      - { ho_ten: Trần Thị Bình, don_vi: Sở Nội vụ tỉnh B }
    nguoi_ky:
      chuc_vu: Chủ tịch
      ho_ten: Phạm Văn Cường
    noi_nhan:
      - Như Điều 3
      - Thường trực Tỉnh ủy
    luu: VT, TĐKT

    """

    static let cluster = """
    cum_thi_dua:
      ten: Cụm thi đua thử nghiệm
      ky_hieu: CTĐ
      nam: 2026
      cum_truong: Sở Nội vụ tỉnh A
      thanh_vien:
        - ten: Sở Nội vụ tỉnh A
          nguoi_dung_dau: { chuc_vu: Giám đốc, ho_ten: Nguyễn Văn A }
        - ten: Sở Nội vụ tỉnh B
          nguoi_dung_dau: { chuc_vu: Giám đốc, ho_ten: Trần Thị B }

    """

    /// A folder with the decision (as `names`, each a copy) and its shared cluster file.
    static func folder(_ names: [String] = ["qd.yaml"], decision: String = decision) throws -> URL {
        let folder = try scratchFolder()
        var files = ["cum.yaml": cluster]
        for name in names { files[name] = decision }
        try write(files, in: folder)
        return folder
    }

    /// A decision dated `date` (written after the issuer symbol).
    static func dated(_ date: String) -> String {
        decision.replacingOccurrences(of: "# Dòng địa danh, ngày\n", with: "# Dòng địa danh, ngày\nngay_ban_hanh: \(date)\n")
    }
}

func facts(_ symbol: String = "UBND", type: String? = "QĐ", date: String = "2026-03-02") throws -> DocumentFacts {
    DocumentFacts(issuerSymbol: symbol, issuerName: "Ủy ban nhân dân tỉnh A", typeName: type == "KH" ? "Kế hoạch" : "Quyết định",
                  typeAbbreviation: type, date: try CalendarDate(parsing: date), subject: "Về việc thử",
                  signerName: "Phạm Văn Cường", signerTitle: "Chủ tịch", recipients: ["Như Điều 3"], archive: "VT", copies: 2)
}

/// A new register in a scratch folder.
func newRegister() throws -> (OutgoingRegister, URL) {
    let folder = try scratchFolder()
    return (try OutgoingRegister.open(RegisterWorkspace(folder: folder)), folder)
}
