import Foundation

@testable import FolioCharts

/// The charts of the golden tests (and of the gallery). Data are deterministic functions.
enum SampleCharts {
    static var lineTwoSeries: Chart {
        let t = (0...200).map { Double($0) * 2 * Double.pi / 200 }
        return Chart {
            LineMark(x: t, y: t.map(sin), series: "sin t")
            LineMark(x: t, y: t.map(cos), series: "cos t")
        }
        .chartXAxisLabel("t")
        .chartYAxisLabel("value")
        .chartTitle("Two waves")
    }

    static var scatter: Chart {
        // A deterministic pseudo-random cloud (a linear congruential generator).
        var state: UInt64 = 42
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        let x = (0..<150).map { _ in next() * 10 }
        let y = x.map { 0.8 * $0 + 2 + (next() - 0.5) * 4 }
        return Chart { PointMark(x: x, y: y) }
            .chartXAxisLabel("feature")
            .chartYAxisLabel("target")
    }

    static var groupedBars: Chart {
        let classes = ["cat", "dog", "bird", "fish"]
        return Chart {
            BarMark(x: classes, y: [0.42, 0.31, 0.17, 0.10], series: "sampled")
            BarMark(x: classes, y: [0.40, 0.33, 0.16, 0.11], series: "softmax")
        }
        .chartYAxisLabel("probability")
        .chartTitle("Class frequencies")
    }

    static var logLog: Chart {
        let compute = (0...12).map { pow(10, 17 + Double($0) * 0.5) }
        let loss = compute.map { 1.7 + 250 * pow($0, -0.12) }
        let fit = compute.map { 1.7 + 260 * pow($0, -0.1215) }
        return Chart {
            PointMark(x: compute, y: loss, series: "runs")
            LineMark(x: compute, y: fit, series: "power-law fit")
        }
        .chartXScale(type: .log)
        .chartYScale(type: .log)
        .chartXAxisLabel("compute (FLOPs)")
        .chartYAxisLabel("loss")
    }

    static var heatMap: Chart {
        let n = 8
        var matrix: [[Double]] = []
        for i in 0..<n {
            var row: [Double] = []
            for j in 0..<n {
                let d = Double(i - j)
                row.append(exp(-d * d / 6) + (i == j ? 0.2 : 0))
            }
            matrix.append(row)
        }
        return Chart {
            RectangleMark(matrix: matrix, xLabels: (0..<n).map { "key \($0)" }, yLabels: (0..<n).map { "query \($0)" })
        }
        .chartTitle("Attention weights")
        .frame(width: 520, height: 440)
    }

    static var areaAndRules: Chart {
        let x = (0...100).map { -4 + Double($0) * 0.08 }
        let density = x.map { exp(-$0 * $0 / 2) / (2 * Double.pi).squareRoot() }
        return Chart {
            AreaMark(x: x, y: density, series: "N(0, 1)")
            RuleMark(x: [-1.96, 1.96])
            RuleMark(y: 0.1, series: "threshold")
        }
        .chartXAxisLabel("z")
        .chartYAxisLabel("density")
    }

    static var histogram: Chart {
        var state: UInt64 = 7
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (Double(state >> 11) + 0.5) / Double(1 << 53)
        }
        let values = (0..<2000).map { _ in
            (-2 * log(uniform())).squareRoot() * cos(2 * Double.pi * uniform())
        }
        return Chart { Histogram(values: values) }
            .chartXAxisLabel("x")
            .chartYAxisLabel("count")
    }

    static let all: [(String, Chart)] = [
        ("line-two-series", lineTwoSeries), ("scatter", scatter), ("grouped-bars", groupedBars),
        ("log-log", logLog), ("heat-map", heatMap), ("area-rules", areaAndRules), ("histogram", histogram),
    ]
}
