// swift-tools-version: 6.0
// Folio against NumPy: the FolioNumerics side of the benchmark (run ./run.sh, not this alone).
import PackageDescription

let package = Package(
    name: "NumericsBenchmark",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Folio", path: "../..")],
    targets: [
        .executableTarget(
            name: "NumericsBenchmark",
            dependencies: [.product(name: "FolioNumerics", package: "Folio")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
