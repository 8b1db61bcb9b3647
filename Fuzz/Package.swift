// swift-tools-version:6.0
// libFuzzer harnesses for VanBan's readers and its check path, kept out of the main package so
// that `swift build` and `swift test` there are unchanged. Built and run by scripts/fuzz.sh:
//   swift build --package-path Fuzz -c release --sanitize fuzzer --sanitize address \
//       -Xswiftc -sanitize=fuzzer,address
// (the last flag because swiftc keeps only the last of SwiftPM's two `-sanitize=`). Each harness is an executable whose `LLVMFuzzerTestOneInput` libFuzzer calls with its inputs.
import PackageDescription

let package = Package(
    name: "VanBanFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        // The checkout this folder is in, whatever its folder is called.
        .package(name: "VanBan", path: ".."),
    ],
    targets: [
        // What the harnesses share: the hostile-input budget checks, tree walking.
        .target(name: "FuzzSupport", dependencies: [.product(name: "DataInput", package: "VanBan"),
                                                     .product(name: "InputGuards", package: "VanBan")]),
        // YAML and JSON bytes through DataLoader.parse, then every accessor on every value.
        .executableTarget(name: "FuzzDataLoader", dependencies: ["FuzzSupport", .product(name: "DataInput", package: "VanBan")]),
        // CSV bytes through CSVList.parse with a recipients' list's columns.
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", .product(name: "DataInput", package: "VanBan")]),
        // Markup bytes through MarkupParser.parse; inserted text through MarkupEscaper.
        .executableTarget(name: "FuzzMarkup", dependencies: [.product(name: "DocumentMarkup", package: "VanBan")]),
        // YAML bytes to a tree, then DocumentBuilder.prepare on it for every shipped template.
        .executableTarget(name: "FuzzPrepare", dependencies: [
            "FuzzSupport",
            .product(name: "DataInput", package: "VanBan"),
            .product(name: "DocumentTemplates", package: "VanBan"),
        ]),
        // A parsed tree through the reading cache's encoding, whole and damaged (TreeCoding).
        .executableTarget(name: "FuzzTreeCache", dependencies: ["FuzzSupport", .product(name: "DataInput", package: "VanBan")]),
        // Workbook bytes through the .xlsx reader and the list reader (WorkbookList.parse).
        .executableTarget(name: "FuzzSpreadsheet", dependencies: ["FuzzSupport", .product(name: "DataInput", package: "VanBan")]),
    ]
)
