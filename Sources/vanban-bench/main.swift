import EngineSamples
import Foundation
import Typesetting
import VanBanFiles

// The engine benchmark: pages per second inside one process (layout alone, and layout plus
// PDF), then whole-process runs of `vanban text` and `vanban render` (wall time and peak
// memory), then the pipeline a server calls, in process (PipelineBenchmark), then VanBan
// against the floor program and Typst, interleaved (PairedBenchmark).
// Every figure is the median of several runs on this machine. Run it through scripts/bench.sh
// (release build).

struct Options {
    var runs = 7
    var vanban: String?
    var prosePages = 50
    /// `--xlsx`: only the workbook benchmark; `--read-xlsx FILE`: read one file and report;
    /// `--write-xlsx-samples DIR`: write the benchmark's workbook and a zip bomb.
    var workbookOnly = false
    var readWorkbook: String?
    var workbookSamples: String?
    /// `--floor PATH`, `--typst-python PATH`: the yardsticks of the paired runs; `--paired`:
    /// only those runs, `--paired-runs N` rounds of them.
    var floor: String?
    var typstPython: String?
    var pairedOnly = false
    var pairedRuns = 15
    /// `--pipeline`: only the in-process pipeline runs.
    var pipelineOnly = false

    init(_ arguments: [String]) {
        var i = 1
        while i < arguments.count {
            switch arguments[i] {
            case "--runs": i += 1; runs = max(1, Int(arguments[i]) ?? runs)
            case "--vanban": i += 1; vanban = arguments[i]
            case "--xlsx": workbookOnly = true
            case "--read-xlsx": i += 1; readWorkbook = arguments[i]
            case "--write-xlsx-samples": i += 1; workbookSamples = arguments[i]
            case "--floor": i += 1; floor = arguments[i]
            case "--typst-python": i += 1; typstPython = arguments[i]
            case "--paired": pairedOnly = true
            case "--pipeline": pipelineOnly = true
            case "--paired-runs": i += 1; pairedRuns = max(1, Int(arguments[i]) ?? pairedRuns)
            default: FileHandle.standardError.write("unknown option \(arguments[i])\n".data(using: .utf8)!); exit(2)
            }
            i += 1
        }
    }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Runs a program to completion: its wall time, the processor time it used (user and system,
/// all threads), its standard error, and with `profile` (for `vanban`, run with
/// VANBAN_PROFILE=1) the peak resident memory it reports for itself (VmHWM; a spawned child's
/// getrusage would inherit ours).
func measureProcess(_ path: String, _ arguments: [String], profile: Bool = true)
    -> (seconds: Double, cpuSeconds: Double, peakBytes: Int, status: Int32, stderr: String) {
    var pid: pid_t = 0
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var environment = ProcessInfo.processInfo.environment
    if profile { environment["VANBAN_PROFILE"] = "1" }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }
    var pipeEnds: [Int32] = [0, 0]
    pipe(&pipeEnds)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    defer { posix_spawn_file_actions_destroy(&actions) }
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 else { return (0, 0, 0, -1, "cannot start \(path)") }
    close(pipeEnds[1])
    let stderrText = String(decoding: FileHandle(fileDescriptor: pipeEnds[0], closeOnDealloc: true).readDataToEndOfFile(), as: UTF8.self)
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    let peak = stderrText.split(separator: "\n").last { $0.hasPrefix("vanban-peak-kb ") }
        .flatMap { Int($0.split(separator: " ")[1]) } ?? 0
    return (elapsed, cpu, peak * 1024, status, stderrText)
}

let options = Options(CommandLine.arguments)
if let path = options.readWorkbook { WorkbookBenchmark.readOne(path); exit(0) }
if let folder = options.workbookSamples { try WorkbookBenchmark.writeSamples(to: URL(fileURLWithPath: folder)); exit(0) }
if options.workbookOnly { try WorkbookBenchmark.run(runs: options.runs); exit(0) }
if options.pipelineOnly { try PipelineBenchmark.run(runs: options.runs); exit(0) }
func runPaired(vanban: String) throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-paired-\(getpid())")
    defer { try? FileManager.default.removeItem(at: scratch) }
    try PairedBenchmark.run(tools: .init(vanban: vanban, floor: options.floor, typstPython: options.typstPython),
                            runs: options.pairedRuns, scratch: scratch)
}
if options.pairedOnly {
    guard let vanban = options.vanban else { print("--paired needs --vanban PATH"); exit(2) }
    try runPaired(vanban: vanban)
    exit(0)
}
let fonts = try ShippedFonts.library()
let texts = EngineSamples.proseTexts
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-bench-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }

// ~50 pages of justified 14 pt prose: the sample texts repeated.
let onePass = Typesetter(fonts: fonts).layout(EngineSamples.proseDocument(texts: texts.map(\.text))).pages.count
let repeats = max(1, Int((Double(options.prosePages) / Double(onePass)).rounded()))
let prose = EngineSamples.proseDocument(texts: texts.map(\.text), times: repeats)
let table = EngineSamples.tableDocument(rows: 1000)

print("VanBan engine benchmark — median of \(options.runs) runs, \(ProcessInfo.processInfo.activeProcessorCount) cores")
for (name, document) in [("prose", prose), ("table 1000 rows", table)] {
    var layoutTimes: [Double] = [], pdfTimes: [Double] = []
    var pages = 0
    // A fresh typesetter per run: its word cache starts cold each time, as in a new process.
    for _ in 0..<options.runs {
        var laidOut: LaidOutDocument?
        layoutTimes.append(seconds { laidOut = Typesetter(fonts: fonts).layout(document) })
        pages = laidOut!.pages.count
        let url = scratch.appendingPathComponent("bench.pdf")
        pdfTimes.append(seconds { try! DocumentFiles.writePDF(laidOut!, to: url) })
    }
    let layout = median(layoutTimes), pdf = median(pdfTimes)
    print(String(format: "%@ %3d pages  layout %7.1f ms = %6.0f pages/s   + PDF %7.1f ms = %6.0f pages/s",
                 name.padding(toLength: 16, withPad: " ", startingAt: 0) as NSString, pages, layout * 1000, Double(pages) / layout, (layout + pdf) * 1000, Double(pages) / (layout + pdf)))
}

if let vanban = options.vanban {
    // Whole process: a 2-page document from text to PDF on disk, and the ~50-page one.
    // Paragraphs of the sample texts, as many as fill two pages.
    var twoPage = ""
    for paragraph in texts.flatMap({ EngineSamples.paragraphs(of: $0.text) }) {
        let candidate = twoPage.isEmpty ? paragraph : twoPage + "\n" + paragraph
        if Typesetter(fonts: fonts).layout(EngineSamples.proseDocument(texts: [candidate])).pages.count > 2 { break }
        twoPage = candidate
    }
    let twoPageFile = scratch.appendingPathComponent("two-pages.txt")
    try twoPage.write(to: twoPageFile, atomically: true, encoding: .utf8)
    let longFile = scratch.appendingPathComponent("fifty-pages.txt")
    try Array(repeating: texts.map(\.text).joined(separator: "\n"), count: repeats).joined(separator: "\n")
        .write(to: longFile, atomically: true, encoding: .utf8)
    for (label, file) in [("2-page PDF", twoPageFile), ("~50-page PDF", longFile)] {
        let out = scratch.appendingPathComponent("out.pdf").path
        _ = measureProcess(vanban, ["text", file.path, "-o", out, "--force"])   // warm the file cache
        var times: [Double] = [], peaks: [Double] = []
        for _ in 0..<options.runs {
            let result = measureProcess(vanban, ["text", file.path, "-o", out, "--force"])
            if result.status != 0 { print("vanban failed with status \(result.status)"); exit(1) }
            times.append(result.seconds); peaks.append(Double(result.peakBytes))
        }
        let pages = Typesetter(fonts: fonts).layout(EngineSamples.proseDocument(texts: [try String(contentsOf: file, encoding: .utf8)])).pages.count
        print(String(format: "whole process, %@ (%2d pages): %6.1f ms wall, peak memory %5.1f MB",
                     label.padding(toLength: 12, withPad: " ", startingAt: 0) as NSString, pages, median(times) * 1000, median(peaks) / 1_048_576))
    }


    // Whole process: `vanban render` of an award decision with 500 recipients and of a
    // 13-unit covenant (the Tây Nam Bộ examples).
    let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/tay-nam-bo-2023")
    if FileManager.default.fileExists(atPath: examples.path) {
        let folder = scratch.appendingPathComponent("render")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["cum-thi-dua.yaml", "giao-uoc-thi-dua-2023.yaml", "quyet-dinh-khen-thuong-2022.yaml"] {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        // Every name different (as in a real list), titles and units repeating as they do.
        var csv = "Họ và tên;Chức vụ;Đơn vị công tác\n"
        let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng"]
        let middle = ["Văn", "Thị", "Minh", "Ngọc", "Quốc", "Thanh"]
        let given = ["An", "Bình", "Chi", "Dũng", "Đức", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nga", "Phúc"]
        let titles = ["Chuyên viên", "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng"]
        for i in 0..<496 {
            let name = "\(family[i % 8]) \(middle[(i / 8) % 6]) \(given[(i / 48) % 12])"
            csv += "\(name);\(titles[i % 4]);Sở Nội vụ tỉnh số \(i % 13 + 1)\n"
        }
        try csv.write(to: folder.appendingPathComponent("ca-nhan-bang-khen.csv"), atomically: true, encoding: .utf8)
        for (label, file) in [("QĐ 500 người", "quyet-dinh-khen-thuong-2022.yaml"), ("giao ước 13 ĐV", "giao-uoc-thi-dua-2023.yaml")] {
            let input = folder.appendingPathComponent(file).path
            let out = folder.appendingPathComponent("out.pdf").path
            _ = measureProcess(vanban, ["render", input, "-o", out, "--force"])
            var times: [Double] = [], peaks: [Double] = []
            for _ in 0..<options.runs {
                let result = measureProcess(vanban, ["render", input, "-o", out, "--force"])
                if result.status != 0 { print("vanban render failed with status \(result.status)"); exit(1) }
                times.append(result.seconds); peaks.append(Double(result.peakBytes))
            }
            print(String(format: "whole process, render %@: %6.1f ms wall, peak memory %5.1f MB (%d pages)",
                         label.padding(toLength: 16, withPad: " ", startingAt: 0) as NSString, median(times) * 1000,
                         median(peaks) / 1_048_576, pageCount(ofPDF: out)))
        }
    }
}

try PipelineBenchmark.run(runs: options.runs)
try WorkbookBenchmark.run(runs: options.runs)
if let vanban = options.vanban { try runPaired(vanban: vanban) }

/// The /Count of the PDF's page tree (the root's, the largest), or 0 if there is none.
func pageCount(ofPDF path: String) -> Int {
    guard let text = try? String(contentsOfFile: path, encoding: .isoLatin1),
          let pattern = try? NSRegularExpression(pattern: #"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)"#) else { return 0 }
    let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
    return matches.compactMap { Range($0.range(at: 1), in: text).flatMap { Int(text[$0]) } }.max() ?? 0
}
