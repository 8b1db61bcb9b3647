import DocumentTemplates
import Foundation
import Hummingbird

/// A list brought from Excel or CSV: the file's bytes as the request body, read through the
/// command line's reader before it is kept in the hồ sơ.
extension Workbench {
    static let listExtensions: Set<String> = ["xlsx", "csv"]

    struct UploadReply: Encodable {
        var file: String
        var columns: [String]
        var rows: [[String]]
        var problems: [ProblemReply]
        /// A workbook's sheets, when the list could not be read without naming one.
        var sheets: [String] = []
    }

    func upload(_ request: Request, _ context: WorkbenchContext) async throws -> Response {
        let folder = try self.folder(context)
        let query = request.uri.queryParameters
        guard let template = query["mau"].map(String.init), let path = query["danh_sach"].map(String.init),
              let original = query["ten"].map(String.init)?.removingPercentEncoding else {
            return uploadRefused("Thiếu tên tệp, tên mẫu hoặc danh sách.", status: .badRequest)
        }
        guard let declaration = try service.declaration(named: template),
              let input = FieldPath.declaration(for: path, in: declaration.inputs), input.kind == .list, input.allowsCSV else {
            return uploadRefused("Danh sách «\(path)» không nhận tệp.", status: .badRequest)
        }
        let ext = (original as NSString).pathExtension.lowercased()
        guard Self.listExtensions.contains(ext) else {
            return uploadRefused("Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv); tệp «\(original)» không phải.", status: .unsupportedMediaType)
        }
        var request = request
        let body: ByteBuffer
        do { body = try await request.collectBody(upTo: settings.maxUpload) } catch {
            return uploadRefused("Tệp lớn quá \(settings.maxUpload / 1024 / 1024) MB.", status: .contentTooLarge)
        }
        let name = SafePath.isPlainName((original as NSString).lastPathComponent) ? (original as NSString).lastPathComponent : "danh-sach.\(ext)"
        let sheet = query["trang"].map(String.init)?.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 }
        let data = Data(buffer: body)
        let (service, store, paths, folderURL) = (self.service, self.store, self.paths, folder.url)
        let result = await offloaded { () -> Result<(String, [DataTree], [Problem]), UploadFailure> in
            Self.keepList(data, named: name, sheet: sheet, in: folderURL, input: input, path: path, service: service, store: store, paths: paths)
        }
        switch result {
        case .failure(let failure):
            let sheets = ext == "xlsx" ? service.sheetNames(ofWorkbook: data, display: name) : []
            return Pages.json(UploadReply(file: "", columns: [], rows: [], problems: failure.problems.map(Self.reply),
                                          sheets: sheets.count > 1 ? sheets : []), status: .unprocessableContent)
        case .success(let (file, rows, notices)):
            let columns = FormBuilder.columns(input.fields, prefix: "")
            return Pages.json(UploadReply(file: file, columns: columns.map(\.path),
                                          rows: rows.map { row in columns.map { FormBuilder.value(at: $0.path, in: row) } },
                                          problems: notices.map(Self.reply)))
        }
    }

    struct UploadFailure: Error { var problems: [Problem] }

    static func reply(_ problem: Problem) -> ProblemReply {
        ProblemReply(target: ProblemPlacement.target(of: problem), message: problem.message, text: problem.text, warning: problem.isWarning)
    }

    private func uploadRefused(_ message: String, status: HTTPResponse.Status) -> Response {
        Pages.json(UploadReply(file: "", columns: [], rows: [], problems: [ProblemReply(target: nil, message: message, text: message, warning: false)]),
                   status: status)
    }

    /// Reads the bytes as the list `path` from a scratch copy; only a list that reads is kept,
    /// under its name, or a free one beside it when another file has that name.
    static func keepList(_ data: Data, named name: String, sheet: String?, in folder: URL, input: InputDeclaration, path: String,
                         service: DocumentService, store: DataFileStore, paths: SafePath) -> Result<(String, [DataTree], [Problem]), UploadFailure> {
        let scratch = folder.appendingPathComponent(".vanban/tam", isDirectory: true)
        do { try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true) } catch {
            return .failure(UploadFailure(problems: [Problem(document: "không tạo được thư mục tạm trong hồ sơ", isWarning: false)]))
        }
        // Read under its own name, in a folder of its own: messages name the clerk's file.
        let readingFolder = scratch.appendingPathComponent(UUID().uuidString, isDirectory: true)
        defer { try? FileManager.default.removeItem(at: readingFolder) }
        do {
            try FileManager.default.createDirectory(at: readingFolder, withIntermediateDirectories: true)
            try data.write(to: readingFolder.appendingPathComponent(name))
        } catch {
            return .failure(UploadFailure(problems: [Problem(document: "không ghi được tệp tải lên", isWarning: false)]))
        }
        let suffix = sheet.map { "#" + $0 } ?? ""
        let read = service.readList(name + suffix, in: readingFolder, display: name + suffix, input: input, path: path)
        if read.problems.contains(where: { !$0.isWarning }) { return .failure(UploadFailure(problems: read.problems)) }
        let stem = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
        for number in 1...1000 {
            let candidate = number == 1 ? name : "\(stem)-\(number).\(ext)"
            guard paths.isInside(folder.appendingPathComponent(candidate)) else { break }
            if let existing = try? store.read(folder.appendingPathComponent(candidate)) {
                if existing.data == data { return .success((candidate + suffix, read.rows.map(DataTree.init), read.problems)) }
                continue
            }
            if case .saved = (try? store.save(data, as: candidate, in: folder, expected: nil)) ?? .conflict(currentToken: "") {
                return .success((candidate + suffix, read.rows.map(DataTree.init), read.problems))
            }
        }
        return .failure(UploadFailure(problems: [Problem(document: "không lưu được tệp «\(name)» vào hồ sơ", isWarning: false)]))
    }
}
