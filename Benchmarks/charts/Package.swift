// swift-tools-version: 6.0
// FolioCharts against matplotlib: the Folio side of the chart benchmark (run ./run.sh).
import PackageDescription

let package = Package(
    name: "ChartsBenchmark",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Folio", path: "../..")],
    targets: [
        .executableTarget(
            name: "ChartsBenchmark",
            dependencies: [.product(name: "FolioCharts", package: "Folio")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
