// swift-tools-version: 6.0
// Folio: a literate notebook engine for Swift. See DESIGN.md-derived layout in README.md.
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .library(name: "FolioRender", targets: ["FolioRender"]),
        .library(name: "FolioScript", targets: ["FolioScript"]),
        .library(name: "FolioNumerics", targets: ["FolioNumerics"]),
        .library(name: "FolioCharts", targets: ["FolioCharts"]),
        .library(name: "FolioMarkdown", targets: ["FolioMarkdown"]),
        .library(name: "FolioHTML", targets: ["FolioHTML"]),
        .library(name: "FolioRuntime", targets: ["FolioRuntime"]),
        .library(name: "FolioCompiled", targets: ["FolioCompiled"]),
        .library(name: "FolioSite", targets: ["FolioSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The one HTML/SVG text escaper, shared by every target that writes markup.
        .target(name: "FolioHTML"),
        .target(
            name: "FolioMarkdown",
            dependencies: ["Ccmark", "FolioHTML", .product(name: "Yams", package: "Yams")]
        ),
        // Kernels needing more than Swift's SSE2 baseline (AVX2, picked at run time).
        .target(name: "CFolioKernels"),
        .target(name: "FolioNumerics", dependencies: ["CFolioKernels"]),
        // C library declarations Swift's Glibc module lacks (malloc_trim).
        .target(name: "CFolioSystem"),
        // HTTP requests through libcurl loaded when the first is sent (the shared render cache),
        // so that no `folio` process links libcurl and the ~30 libraries it needs at start-up.
        .target(name: "CFolioHTTP"),
        .target(name: "FolioCharts", dependencies: ["FolioHTML"]),
        // What the interpreter and compiled notes share: ≈, tensor comparisons, data files,
        // and the recorder a compiled note writes its outputs through.
        .target(name: "FolioRuntime", dependencies: ["FolioNumerics", "FolioCharts"]),
        .target(
            name: "FolioScript",
            dependencies: [
                "FolioNumerics",
                "FolioCharts",
                "FolioRuntime",
                "CFolioSystem",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftOperators", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
            ],
            // The interpreter's frames and boxes are classes whose stored properties are read and
            // written on every step; dynamic exclusivity checks on them (swift_beginAccess) cost
            // bintree and methods of Benchmarks/interpreter measurable time. The interpreter never
            // holds overlapping accesses (debug builds, which keep the checks, run every test).
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        // Notes as Swift packages: the generator, the build cache and the comparison with the
        // interpreter (`folio check --compiled`).
        .target(
            name: "FolioCompiled",
            dependencies: [
                "FolioScript",
                "FolioMarkdown",
                "FolioRuntime",
                "FolioCharts",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
            ]
        ),
        .target(
            name: "FolioRender",
            dependencies: [
                "CFolioHTTP",
                "FolioScript",
                "FolioCompiled",
                "FolioMarkdown",
                "FolioHTML",
                "FolioCharts",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
            ]
        ),
        // What the `folio` commands do, as a library: running a set of notes, their outcomes,
        // the diagnostics formats, coverage, the build identifier, the parallel runner, the
        // preview server, sharding and the shared cache's settings. The CLI only parses and prints.
        .target(
            name: "FolioSite",
            dependencies: ["FolioRender", "FolioCompiled", "FolioScript", "FolioMarkdown"]
        ),
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioSite",
                "FolioRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Start-up of the release binary on Linux (`folio run` of `print(1)`: 8.5 → 6.6 ms CPU,
            // Benchmarks/RESULTS.md). The static Swift runtime's link arguments export every symbol
            // of the executable (41 000 of them), which the runtime's start-up `dladdr` scans one by
            // one; nothing looks them up (the runtime reads its metadata from sections). And a
            // position-dependent executable has none of the ~123 000 relative relocations a PIE's
            // Swift metadata needs, which the loader applies and which dirty ~300 pages at every
            // start. The cost: the executable itself is not placed at a random address (libraries,
            // stack and heap still are).
            linkerSettings: [
                .unsafeFlags(
                    ["-Xlinker", "--no-export-dynamic", "-Xclang-linker", "-no-pie"],
                    .when(platforms: [.linux], configuration: .release))
            ]
        ),
        .testTarget(name: "FolioHTMLTests", dependencies: ["FolioHTML"]),
        .testTarget(name: "FolioMarkdownTests", dependencies: ["FolioMarkdown"]),
        .testTarget(
            name: "FolioNumericsTests", dependencies: ["FolioNumerics"], exclude: ["Reference"]),
        .testTarget(
            name: "FolioChartsTests", dependencies: ["FolioCharts"], exclude: ["Golden"]),
        .testTarget(
            name: "FolioScriptTests", dependencies: ["FolioScript", "FolioNumerics", "FolioCharts"],
            exclude: ["Conformance"]),
        .testTarget(
            name: "FolioRenderTests", dependencies: ["FolioRender", "FolioScript", "FolioMarkdown", "FolioCharts"],
            exclude: ["Golden"]),
        .testTarget(
            name: "FolioCompiledTests",
            dependencies: [
                "FolioCompiled", "FolioRender", "FolioScript", "FolioMarkdown", "FolioRuntime", "FolioCharts",
            ]),
        .testTarget(
            name: "FolioSiteTests", dependencies: ["FolioSite", "FolioRender", "FolioScript"]),
        .testTarget(
            name: "FolioCLITests",
            // Yams: to parse the documented CI workflow (docs/ci/folio-shards.yml).
            dependencies: ["folio", .product(name: "Yams", package: "Yams")], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
