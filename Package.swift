// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "VanBan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vanban", targets: ["vanban"]),
        .library(name: "Typesetting", targets: ["Typesetting"]),
        .library(name: "OfficialDocuments", targets: ["OfficialDocuments"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // System C libraries, found with pkg-config; scripts/install-deps.sh installs them.
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),

        // The typesetting engine: fonts, shaping, line breaking, flow, pages, PDF/PNG output.
        .target(name: "Typesetting", dependencies: ["CFreeType", "CHarfBuzz", "CCairo"]),
        // NĐ 30/2020 composition of administrative documents on top of the engine.
        .target(name: "OfficialDocuments", dependencies: ["Typesetting"]),
        // Engine-level sample documents shared by tests, the benchmark and `vanban samples`.
        .target(name: "EngineSamples", dependencies: ["Typesetting"]),

        .executableTarget(name: "vanban", dependencies: [
            "Typesetting", "OfficialDocuments", "EngineSamples",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "vanban-bench", dependencies: ["Typesetting", "EngineSamples"]),

        .testTarget(name: "TypesettingTests", dependencies: ["Typesetting", "EngineSamples"]),
    ]
)
