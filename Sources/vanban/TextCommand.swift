import ArgumentParser
import CommandLineSupport
import DocumentPipeline
import EngineSamples
import Foundation
import OfficialDocuments
import Typesetting
import VanBanFiles

/// Typesets a plain text file as justified 14 pt prose: the engine on its own.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Dàn trang một tệp văn bản thuần (mỗi dòng một đoạn) thành PDF.",
        helpNames: []
    )

    @Argument(help: "Tệp văn bản UTF-8 cần dàn trang.")
    var input: String

    @Option(name: [.short, .customLong("output")], help: "Tệp PDF ra (mặc định: cùng tên, đuôi .pdf).")
    var output: String?

    @Option(name: .customLong("png"), help: "Thư mục ghi ảnh PNG của từng trang.")
    var pngDirectory: String?

    @Option(name: .customLong("fonts"), help: "Thư mục phông chữ của người dùng (ưu tiên hơn phông kèm theo).")
    var fontDirectory: String?

    @Flag(name: .customLong("force"), help: "Ghi đè tệp ra nếu đã có.")
    var force = false

    func run() throws {
        let profile = PhaseProfile()
        defer { profile.finish() }
        let inputURL = URL(fileURLWithPath: input)
        let text: String
        do {
            text = try String(contentsOf: inputURL, encoding: .utf8)
        } catch {
            report("\(input): không đọc được tệp văn bản UTF-8.")
            throw ExitCode(ExitStatus.badInput)
        }
        let outputURL = URL(fileURLWithPath: output ?? inputURL.deletingPathExtension().path + ".pdf")
        profile.mark("đọc tệp")
        let fonts: FontLibrary
        do {
            fonts = try ShippedFonts.library(userDirectory: fontDirectory.map { URL(fileURLWithPath: $0) })
        } catch {
            report(commandLineMessage(error))
            throw ExitCode(ExitStatus.badInput)
        }
        profile.mark("nạp phông")
        let title = inputURL.deletingPathExtension().lastPathComponent
        let document = EngineSamples.proseDocument(texts: [text], title: title)
        let typesetter = Typesetter(fonts: fonts)
        let laidOut = try write(pdf: outputURL, pngDirectory: pngDirectory, force: force) { deliver in
            typesetter.layout(document, pageDone: deliver)
        }
        for warning in laidOut.warnings { report("\(input): cảnh báo: \(warning.vietnameseDescription)") }
        profile.mark("dàn trang, ghi \(laidOut.pages.count) trang")
    }
}

/// Lays out and writes the PDF, and PNG pages at 80 dpi when asked (`PageFiles`, the files
/// as the pipeline writes them), reporting a failure to write as exit code 3.
func write(pdf: URL, pngDirectory: String?, force: Bool,
           layout: ((LaidOutPage) -> Void) -> LaidOutDocument) throws -> LaidOutDocument {
    do {
        return try PageFiles.write(pdf: pdf, pngFolder: pngDirectory.map { URL(fileURLWithPath: $0) }, overwrite: force,
                                   layout: layout).document
    } catch {
        report(commandLineMessage(error))
        throw ExitCode(ExitStatus.cannotWrite)
    }
}
