import Foundation

/// VanBan's whole-process time against two yardsticks, measured in one run on this machine with
/// the runs interleaved (so load from elsewhere falls on all of them alike), medians compared
/// with the targets of issue 11:
/// - the covenant (Examples/tay-nam-bo-2023) against the floor, a C program that shapes and
///   writes the same text through HarfBuzz and Cairo and does nothing else: ≤ 1.5×;
/// - a 20-recipient award decision against the same decision written in Typst: ≤ 1/3 of
///   Typst's time. Typst comes as a Python package; its time is the whole `python` process less
///   the same interpreter's start-up, measured beside it in each round (the median of the
///   differences), which stands for the Typst CLI's whole process.
enum PairedBenchmark {
    struct Tools {
        var vanban: String
        var floor: String?
        var typstPython: String?
    }

    static let covenantTarget = 1.5
    static let typstTarget = 1.0 / 3

    static func run(tools: Tools, runs: Int, scratch: URL) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let benchmarks = root.appendingPathComponent("Benchmarks"), examples = root.appendingPathComponent("Examples/tay-nam-bo-2023")
        let fonts = root.appendingPathComponent("Fonts").path
        let folder = scratch.appendingPathComponent("paired")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // The example decision with the bench's list of 15 people beside its 5 collectives.
        for name in ["quyet-dinh-khen-thuong-2022.yaml", "cum-thi-dua.yaml"] {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: benchmarks.appendingPathComponent("decision-20/ca-nhan-bang-khen.csv"),
                                         to: folder.appendingPathComponent("ca-nhan-bang-khen.csv"))
        func pdf(_ name: String) -> String { folder.appendingPathComponent(name).path }

        var commands: [(label: String, path: String, arguments: [String])] = [
            ("vanban render giao ước", tools.vanban, ["render", examples.appendingPathComponent("giao-uoc-thi-dua-2023.yaml").path, "-o", pdf("covenant.pdf"), "--force"]),
        ]
        if let floor = tools.floor {
            commands.append(("floor (C, HarfBuzz, Cairo)", floor, [fonts, benchmarks.appendingPathComponent("floor/covenant.txt").path, pdf("floor.pdf")]))
        }
        commands.append(("vanban render QĐ 20 người", tools.vanban, ["render", folder.appendingPathComponent("quyet-dinh-khen-thuong-2022.yaml").path, "-o", pdf("decision.pdf"), "--force"]))
        if let python = tools.typstPython {
            let script = benchmarks.appendingPathComponent("typst/compile.py").path
            commands.append(("python + typst.compile", python, [script, benchmarks.appendingPathComponent("typst/decision-20.typ").path, pdf("typst.pdf"), fonts]))
            commands.append(("python start-up alone", python, [script, "--startup-only"]))
        }

        var samples = Array(repeating: [Double](), count: commands.count)
        var processorTimes = Array(repeating: [Double](), count: commands.count)
        // Round 0 warms the file cache and is not counted.
        for round in 0...runs {
            for (index, command) in commands.enumerated() {
                let result = measureProcess(command.path, command.arguments, profile: false)
                if result.status != 0 {
                    print("\(command.label) failed with status \(result.status):\n\(result.stderr)")
                    exit(1)
                }
                if round > 0 {
                    samples[index].append(result.seconds)
                    processorTimes[index].append(result.cpuSeconds)
                }
            }
        }
        func measured(_ label: String) -> [Double]? { commands.firstIndex { $0.label == label }.map { samples[$0] } }

        // Processor time (user + system, every thread) for reading the wall times on a busy machine.
        print("paired whole-process runs, interleaved, median of \(runs) rounds (wall time; processor time):")
        for (index, command) in commands.enumerated() {
            print(String(format: "  %@ %7.1f ms wall   %7.1f ms cpu", command.label.padding(toLength: 28, withPad: " ", startingAt: 0) as NSString,
                         median(samples[index]) * 1000, median(processorTimes[index]) * 1000))
        }
        let covenant = median(measured("vanban render giao ước")!), decision = median(measured("vanban render QĐ 20 người")!)
        if let floorTimes = measured("floor (C, HarfBuzz, Cairo)") {
            report("giao ước / floor", covenant / median(floorTimes), target: covenantTarget, targetText: "≤ 1.5")
        } else {
            print("  floor: not built (scripts/bench.sh builds it with cc)")
        }
        if let whole = measured("python + typst.compile"), let startup = measured("python start-up alone") {
            let typst = median(zip(whole, startup).map { $0 - $1 })
            print(String(format: "  Typst, python start-up subtracted (median of the rounds' differences) %7.1f ms", typst * 1000))
            report("QĐ 20 người / Typst", decision / typst, target: typstTarget, targetText: "≤ 0.33")
            print(String(format: "  (against the whole python process, start-up included: %.2f)", decision / median(whole)))
        } else {
            print("  Typst: not available (scripts/bench.sh installs the typst package with pip into .build/bench-venv)")
        }
    }

    private static func report(_ label: String, _ ratio: Double, target: Double, targetText: String) {
        print(String(format: "  %@ %5.2f   target %@: %@", label.padding(toLength: 22, withPad: " ", startingAt: 0) as NSString,
                     ratio, targetText, ratio <= target ? "met" : "not met"))
    }
}
