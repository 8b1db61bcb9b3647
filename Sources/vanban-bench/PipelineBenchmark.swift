import DocumentPipeline
import Foundation

/// In process, through the library a server calls (DocumentPipeline): the shipped examples
/// checked (laid out and held against NĐ 30) and rendered to PDF in memory. The first call
/// pays for the fonts and a cold typesetter; the median is of the calls after it, warm.
enum PipelineBenchmark {
    static func run(runs: Int) throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/tay-nam-bo-2023")
        guard FileManager.default.fileExists(atPath: examples.path) else { return }
        let started = DispatchTime.now().uptimeNanoseconds
        let pipeline = try Pipeline()
        let made = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        print(String(format: "pipeline in process: made in %.1f ms (the templates and law tables are read on first use)", made))
        for name in ["quyet-dinh-khen-thuong-2022.yaml", "giao-uoc-thi-dua-2023.yaml"] {
            let input = DocumentInput.file(examples.appendingPathComponent(name), display: name)
            var dataChecks: [Double] = [], checks: [Double] = [], renders: [Double] = [], first = 0.0, pages = 0
            for run in 0...runs {
                let check = seconds { pages = pipeline.check(input).pageCount ?? 0 }
                let dataCheck = seconds { _ = pipeline.check(input, layingOut: false) }
                let render = try seconds { _ = try pipeline.render(input, to: .memory(pdf: true, pngDPI: nil)) }
                if run == 0 { first = check } else { checks.append(check); dataChecks.append(dataCheck); renders.append(render) }
            }
            print(String(format: "pipeline in process, %@ (%d pages): check %6.1f ms (first %6.1f; the data alone %6.1f), render to memory %6.1f ms",
                         name.padding(toLength: 34, withPad: " ", startingAt: 0) as NSString, pages,
                         median(checks) * 1000, first * 1000, median(dataChecks) * 1000, median(renders) * 1000))
        }
    }
}
