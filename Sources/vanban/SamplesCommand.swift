import ArgumentParser
import EngineSamples
import Foundation
import Typesetting

/// Renders the engine's sample documents: the seed reports as prose and a long table.
struct SamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samples",
        abstract: "Dàn trang các văn bản mẫu của bộ máy dàn trang (tin gốc, bảng dài) vào một thư mục.",
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
        do { fonts = try FontLibrary.standard() } catch {
            report("\(error)")
            throw ExitCode(ExitStatus.badInput)
        }
        let typesetter = Typesetter(fonts: fonts)
        let seeds = try EngineSamples.seedTexts()
        if seeds.isEmpty { report("Không tìm thấy thư mục tin gốc ../shared/seeds: bỏ qua mẫu văn xuôi.") }
        var samples: [(String, Document)] = []
        if !seeds.isEmpty {
            samples.append(("mau-tin-goc", EngineSamples.proseDocument(texts: seeds.map(\.text), title: "Tin gốc")))
        }
        samples.append(("mau-tinh-nang", EngineSamples.featuresDocument()))
        samples.append(("mau-bang-1000-dong", EngineSamples.tableDocument(rows: 1000)))
        for (name, document) in samples {
            let pdf = directory.appendingPathComponent(name + ".pdf")
            let laidOut = try write(pdf: pdf, pngDirectory: png ? directory.appendingPathComponent("png").path : nil,
                                    force: force) { deliver in typesetter.layout(document, pageDone: deliver) }
            for warning in laidOut.warnings { report("\(name): cảnh báo: \(warning)") }
            print("\(pdf.path): \(laidOut.pages.count) trang")
        }
    }
}
