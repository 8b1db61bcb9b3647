// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "VanBan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vanban", targets: ["vanban"]),
        // The programs `vanban serve` and `vanban so` run in their place (Sources/vanban/ProgramLauncher.swift).
        .executable(name: "vanban-workbench", targets: ["vanban-workbench"]),
        .executable(name: "vanban-so", targets: ["vanban-so"]),
        .library(name: "Typesetting", targets: ["Typesetting"]),
        .library(name: "OfficialDocuments", targets: ["OfficialDocuments"]),
        // The readers and the check path, for a server and for the fuzz harnesses (Fuzz/).
        .library(name: "DataInput", targets: ["DataInput"]),
        .library(name: "InputGuards", targets: ["InputGuards"]),
        .library(name: "DocumentMarkup", targets: ["DocumentMarkup"]),
        .library(name: "DocumentTemplates", targets: ["DocumentTemplates"]),
        // The whole pipeline, data to PDF/PNG, for a server to call in-process.
        .library(name: "DocumentPipeline", targets: ["DocumentPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // SQLite for the register of issued documents (Debian's libsqlite3-dev underneath).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The workbench (`vanban serve`): the HTTP server, and bcrypt for sign-in on a shared machine.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    ],
    targets: [
        // System C libraries, found with pkg-config; scripts/install-deps.sh installs them.
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CLibz", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // NFC with a fast path for text already in NFC (nearly all of it).
        .target(name: "UnicodeNormalization"),
        // What every reader of user input shares: the limits on sizes and depths, and how a
        // message quotes a value (short, escaped).
        .target(name: "InputGuards"),
        // Days from 1970 to and from year, month and day (Excel's day numbers, PDF dates).
        .target(name: "CivilCalendar"),
        // Where a message's subject was written: one type for data, markup and layout.
        .target(name: "SourceLocations", dependencies: ["InputGuards"]),
        // The typesetting engine: fonts, shaping, line breaking, flow, pages, PDF/PNG output.
        .target(name: "Typesetting", dependencies: ["CFreeType", "CHarfBuzz", "CCairo", "CLibz", "UnicodeNormalization", "SourceLocations", "CivilCalendar"]),
        // Vietnamese text conventions: NFC, uppercase, NĐ 30 dates and numbers, money in words,
        // collation and name order, ranking.
        .target(name: "VietnameseText", dependencies: ["UnicodeNormalization", "InputGuards"]),
        // The legal documents cited as căn cứ, with the days each is in force (Data/van-ban-phap-luat.yaml).
        .target(name: "LegalRegister", dependencies: ["DataInput", "VietnameseText", "InputGuards"]),
        // Award money from the dated rules table in Data/award-rules.yaml.
        .target(name: "AwardRules", dependencies: ["LegalRegister", "DataInput", "VietnameseText", "InputGuards"]),
        // The document markup that templates produce: parser, AST with positions, escaper.
        .target(name: "DocumentMarkup", dependencies: ["UnicodeNormalization", "InputGuards", "SourceLocations"]),
        // NĐ 30/2020 composition of administrative documents on top of the engine.
        .target(name: "OfficialDocuments", dependencies: ["Typesetting", "VietnameseText", "DocumentMarkup", "InputGuards"]),
        // libxml2's xmlTextReader, opened with dlopen when a workbook is first read (DataInput's
        // .xlsx parts), so that no other command loads libxml2 and ICU.
        .target(name: "CXMLReader"),
        // Reading the user's data: YAML/JSON with positions, shared files, CSV lists, .xlsx
        // workbooks. (Yams for the libyaml it vendors: DataInput composes from libyaml's events
        // itself, with budgets.)
        .target(name: "DataInput", dependencies: [
            "VietnameseText", "InputGuards", "SourceLocations", "CivilCalendar", "CXMLReader", .product(name: "Yams", package: "Yams"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Templates: declarations, checking, computations, Mustache filling, markup.
        .target(name: "DocumentTemplates", dependencies: [
            "DataInput", "VietnameseText", "LegalRegister", "AwardRules", "OfficialDocuments", "DocumentMarkup", "Typesetting", "InputGuards",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The register of issued documents (sổ đăng ký văn bản đi): numbers per issuer and year
        // in SQLite, the data file numbered in place, the register exported as PDF, XLSX, CSV.
        .target(name: "DocumentRegister", dependencies: [
            "DocumentPipeline", "DocumentTemplates", "OfficialDocuments",
            "DataInput", "VietnameseText", "Typesetting", "VanBanFiles", "InputGuards", "CivilCalendar",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The whole pipeline in one library: data (a file, text, bytes or a tree) → checked data →
        // filled template → markup → NĐ 30 composition → laid-out pages → NĐ 30 conformance →
        // PDF/PNG (files written atomically, or bytes); problems returned as values with their
        // places. The command line, the workbench and the benchmark call it.
        .target(name: "DocumentPipeline", dependencies: [
            "DataInput", "DocumentTemplates", "OfficialDocuments", "Typesetting", "VanBanFiles", "SourceLocations",
        ]),
        // The office workbench behind `vanban serve`: pages over the workspace's data files, forms
        // from the templates' declarations, live preview; every call into the pipeline in
        // DocumentService.swift.
        .target(name: "Workbench", dependencies: [
            "DataInput", "DocumentTemplates", "DocumentPipeline", "DocumentRegister", "OfficialDocuments", "Typesetting", "VanBanFiles",
            "VietnameseText", "InputGuards",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Mustache", package: "swift-mustache"),
        ], resources: [.copy("Assets")]),
        // Engine-level sample documents shared by tests, the benchmark and `vanban samples`.
        .target(name: "EngineSamples", dependencies: ["Typesetting"]),
        // The product's files around the engine: the shipped Fonts/ folder, outputs written
        // atomically (temporary file, fsync, rename) as PDF and PNG.
        .target(name: "VanBanFiles", dependencies: ["Typesetting"]),

        // What the programs' command lines share: exit codes, messages on standard error,
        // ArgumentParser's usage errors in Vietnamese, the pipeline's problems as printed, the
        // help of the commands that run in a program of their own.
        .target(name: "CommandLineSupport", dependencies: [
            "DocumentPipeline", "VanBanFiles", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The command line. Without the server's libraries or SQLite, and on Linux linked at a fixed
        // address (no PIE) and with the C++ runtime inside it (Linking/StaticCxx): a
        // `vanban render` then loads a smaller binary and fewer libraries, and applies none of
        // its relocations at start-up (docs/performance.md). The server, which keeps address
        // randomisation, and the register are the next programs.
        .executableTarget(name: "vanban", dependencies: [
            "Typesetting", "OfficialDocuments", "EngineSamples", "DocumentTemplates", "DocumentPipeline", "VanBanFiles",
            "DataInput", "CommandLineSupport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: [.unsafeFlags([
            "-Xclang-linker", "-no-pie",
            "-L\(Context.packageDirectory)/Linking/StaticCxx",
            "-Xclang-linker", "-static-libgcc",
        ], .when(platforms: [.linux], configuration: .release))]),
        // `vanban so`: the register of issued documents, in SQLite.
        .executableTarget(name: "vanban-so", dependencies: [
            "DocumentRegister", "DocumentPipeline", "Typesetting", "VanBanFiles", "VietnameseText", "CommandLineSupport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // `vanban serve`: the workbench's server.
        .executableTarget(name: "vanban-workbench", dependencies: [
            "Workbench", "DocumentRegister", "DocumentTemplates", "VanBanFiles", "CommandLineSupport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        .executableTarget(name: "vanban-bench", dependencies: [
            "Typesetting", "EngineSamples", "DataInput", "DocumentPipeline", "VanBanFiles",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),

        .testTarget(name: "TypesettingTests", dependencies: ["Typesetting", "EngineSamples"], exclude: ["Golden"]),
        .testTarget(name: "VanBanFilesTests", dependencies: ["VanBanFiles", "Typesetting", "EngineSamples"]),
        .testTarget(name: "OfficialDocumentsTests",
                    dependencies: ["OfficialDocuments", "DocumentMarkup", "Typesetting", "VietnameseText"],
                    exclude: ["Golden"]),
        .testTarget(name: "DocumentMarkupTests", dependencies: ["DocumentMarkup", "InputGuards"]),
        .testTarget(name: "DocumentTemplatesTests",
                    dependencies: ["DocumentTemplates", "OfficialDocuments", "Typesetting", "VanBanFiles", "DataInput", "VietnameseText", "LegalRegister", "AwardRules",
                                   "DocumentMarkup", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "UnicodeNormalizationTests", dependencies: ["UnicodeNormalization"]),
        .testTarget(name: "InputGuardsTests", dependencies: ["InputGuards"]),
        .testTarget(name: "DataInputTests",
                    dependencies: ["DataInput", "VietnameseText", "InputGuards", .product(name: "Yams", package: "Yams"),
                                   .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText"]),
        .testTarget(name: "AwardRulesTests", dependencies: ["AwardRules", "LegalRegister", "DataInput", "VietnameseText"]),
        .testTarget(name: "DocumentRegisterTests",
                    dependencies: ["DocumentRegister", "DataInput", "VietnameseText", "Typesetting", "VanBanFiles",
                                   .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "WorkbenchTests",
                    dependencies: ["Workbench", "DataInput", "DocumentPipeline", "DocumentTemplates", "DocumentRegister", "OfficialDocuments", "Typesetting", "VanBanFiles", "VietnameseText",
                                   .product(name: "Hummingbird", package: "hummingbird"),
                                   .product(name: "HummingbirdTesting", package: "hummingbird")]),
        .testTarget(name: "DocumentPipelineTests",
                    dependencies: ["DocumentPipeline", "DocumentTemplates", "OfficialDocuments", "Typesetting", "VanBanFiles", "DataInput"]),
        .testTarget(name: "VanBanCommandTests", dependencies: ["vanban"]),
        .testTarget(name: "LegalRegisterTests", dependencies: ["LegalRegister", "DataInput", "VietnameseText"]),
    ]
)
