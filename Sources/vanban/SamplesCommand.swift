import ArgumentParser
import CommandLineSupport
import EngineSamples
import Foundation
import OfficialDocuments
import Typesetting
import VanBanFiles

/// Renders the engine's sample documents: the project's own texts as prose and a long table.
struct SamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samples",
        abstract: "Dàn trang các văn bản mẫu của bộ máy dàn trang (văn xuôi, bảng dài) vào một thư mục.",
        helpNames: []
    )

    @Option(name: [.short, .customLong("output")], help: "Thư mục ra.")
    var output = "out"

    @Flag(name: .customLong("png"), help: "Ghi thêm ảnh PNG của từng trang.")
    var png = false

    @Flag(name: .customLong("force"), help: "Ghi đè tệp ra nếu đã có.")
    var force = false

    func run() throws {
        let directory = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let fonts: FontLibrary
        do { fonts = try ShippedFonts.library() } catch {
            report(commandLineMessage(error))
            throw ExitCode(ExitStatus.badInput)
        }
        let typesetter = Typesetter(fonts: fonts)
        var samples: [(String, Document)] = [
            ("mau-van-xuoi", EngineSamples.proseDocument(texts: EngineSamples.allTexts.map(\.text), title: "Văn xuôi")),
        ]
        samples.append(("mau-tinh-nang", EngineSamples.featuresDocument()))
        samples.append(("mau-bang-1000-dong", EngineSamples.tableDocument(rows: 1000)))
        for (name, document) in samples {
            let pdf = directory.appendingPathComponent(name + ".pdf")
            let laidOut = try write(pdf: pdf, pngDirectory: png ? directory.appendingPathComponent("png").path : nil,
                                    force: force) { deliver in typesetter.layout(document, pageDone: deliver) }
            for warning in laidOut.warnings { report("\(name): cảnh báo: \(warning.vietnameseDescription)") }
            print("\(pdf.path): \(laidOut.pages.count) trang")
        }
    }
}
