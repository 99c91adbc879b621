import Foundation

// Geometry the marks share: paths through runs of finite points, decimated to the pixel
// columns, and the spacing of values on a numeric axis.

/// The `d` of a line: one subpath per run of finite points, decimated when a run has more
/// points than the plot has pixel columns.
func linePath(count: Int, px: (Int) -> Double, py: (Int) -> Double, plotWidth: Double) -> String {
    var d = ""
    var segment: [Int] = []
    func flush() {
        guard !segment.isEmpty else { return }
        let keep = segment.count > Int(plotWidth) ? decimate(segment, px: px, py: py) : segment
        d += "M" + keep.map { "\(Fmt.coord(px($0))),\(Fmt.coord(py($0)))" }.joined(separator: "L")
        if keep.count == 1 { d += "h0" }  // a lone point still shows (round cap)
        segment = []
    }
    for i in 0..<count {
        if px(i).isFinite && py(i).isFinite { segment.append(i) } else { flush() }
    }
    flush()
    return d
}

/// M4 decimation: for each run of consecutive points in one pixel column keep the first,
/// the minimum, the maximum and the last, in their original order.
func decimate(_ indices: [Int], px: (Int) -> Double, py: (Int) -> Double) -> [Int] {
    var out: [Int] = []
    out.reserveCapacity(4 * 1024)
    var k = 0
    let n = indices.count
    while k < n {
        let first = indices[k]
        let column = px(first).rounded(.down)
        var minI = first
        var maxI = first
        var minY = py(first)
        var maxY = minY
        var last = first
        var j = k + 1
        while j < n {
            let idx = indices[j]
            if px(idx).rounded(.down) != column { break }
            let y = py(idx)
            if y < minY {
                minY = y
                minI = idx
            }
            if y > maxY {
                maxY = y
                maxI = idx
            }
            last = idx
            j += 1
        }
        for idx in [first, minI, maxI, last].sorted() where out.last != idx { out.append(idx) }
        k = j
    }
    return out
}

/// Half the smallest gap between distinct sorted values (for bars and cells on a numeric
/// axis); a ratio for log axes.
func halfGap(_ values: [Double], log: Bool) -> Double {
    let v = Array(Set(values.filter { $0.isFinite && (!log || $0 > 0) })).sorted()
    guard v.count > 1 else { return log ? pow(10, 0.5) : 0.5 }
    var gap = Double.infinity
    for i in 1..<v.count { gap = Swift.min(gap, log ? v[i] / v[i - 1] : v[i] - v[i - 1]) }
    return log ? gap.squareRoot() : gap / 2
}
