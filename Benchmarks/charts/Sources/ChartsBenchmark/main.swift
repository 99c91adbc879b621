// Times FolioCharts turning large charts into SVG text: the workloads of bench_matplotlib.py.
// Prints `name<TAB>seconds` (the median of REPS runs) and the SVG size, for run.sh to compare.
import FolioCharts
import Foundation

let reps = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 5

/// A deterministic noisy signal: a random walk from a linear congruential generator, so the
/// line has real extremes in every pixel column (decimation cannot take shortcuts).
func walk(_ n: Int, seed: UInt64) -> [Double] {
    var state = seed
    var y = 0.0
    var out = [Double](repeating: 0, count: n)
    for i in 0..<n {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        y += Double(Int64(bitPattern: state >> 11) % 2001 - 1000) / 1000
        out[i] = y
    }
    return out
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

func time(_ name: String, _ body: () throws -> String) rethrows {
    var times: [Double] = []
    var bytes = 0
    for _ in 0..<reps {
        let start = DispatchTime.now().uptimeNanoseconds
        let svg = try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        bytes = svg.utf8.count
    }
    print("\(name)\t\(median(times))\t\(bytes)")
}

let n = 1_000_000
let xs = (0..<n).map(Double.init)
let ys = walk(n, seed: 1)
let ys2 = walk(n, seed: 2)
try time("line, 1e6 points") {
    try Chart(marks: [LineMark(x: xs, y: ys)]).svg(idPrefix: "b1")
}
try time("two lines, 2 x 1e6 points") {
    try Chart(marks: [LineMark(x: xs, y: ys, series: "a"), LineMark(x: xs, y: ys2, series: "b")])
        .svg(idPrefix: "b2")
}
let m = 100_000
try time("scatter, 1e5 points") {
    try Chart(marks: [PointMark(x: Array(ys[0..<m]), y: Array(ys2[0..<m]))]).svg(idPrefix: "b3")
}
let logX = (1...n).map(Double.init)
let logY = logX.map { 1 / $0.squareRoot() }
try time("log-log line, 1e6 points") {
    try Chart(marks: [LineMark(x: logX, y: logY)])
        .chartXScale(type: .log).chartYScale(type: .log).svg(idPrefix: "b4")
}
