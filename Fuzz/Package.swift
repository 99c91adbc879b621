// swift-tools-version: 6.0
// libFuzzer targets for Folio. A package of its own so that the root package's build is never
// compiled with -sanitize=fuzzer; see README.md and run.sh.
import PackageDescription

let package = Package(
    name: "FolioFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Folio", path: "../")],
    targets: [
        .executableTarget(
            name: "FuzzMarkdown",
            dependencies: [.product(name: "FolioMarkdown", package: "Folio")]
        ),
        .executableTarget(
            name: "FuzzBlock",
            dependencies: [.product(name: "FolioScript", package: "Folio")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
