//| label: fig-sigmoid
//| caption: σ(wx + b) for w = 1 and three biases; each curve crosses 1/2 at x = −b/w (dashed rules).
//| verifies: eq-sigmoid-shift
func sigma(_ z: Double) -> Double {
    return 1 / (1 + exp(-z))
}

func halfCrossing(_ w: Double, _ b: Double) -> Double {
    var lo = -50.0
    var hi = 50.0
    for _ in 0..<200 {
        let mid = (lo + hi) / 2
        // the sign of σ − 1/2 at lo is the sign of −w
        if (sigma(w * mid + b) - 0.5) * (sigma(w * lo + b) - 0.5) > 0 {
            lo = mid
        } else {
            hi = mid
        }
    }
    return (lo + hi) / 2
}

let pairs: [[Double]] = [[1, -2], [1, 0], [1, 2], [2, 3], [-1.5, 1], [0.25, -1]]
var worstRootError = 0.0
for pair in pairs {
    let root = halfCrossing(pair[0], pair[1])
    print("w = \(pair[0]), b = \(pair[1]): σ = 1/2 at x = \(root)")
    worstRootError = max(worstRootError, abs(root - (-pair[1] / pair[0])))
}
#expect(worstRootError < 1e-9)

var xs: [Double] = []
for i in 0...240 {
    xs.append(-6 + Double(i) / 20)
}
Chart {
    LineMark(x: xs, y: xs.map { sigma($0 - 2) }, series: "b = −2")
    LineMark(x: xs, y: xs.map { sigma($0) }, series: "b = 0")
    LineMark(x: xs, y: xs.map { sigma($0 + 2) }, series: "b = 2")
    RuleMark(x: [2, 0, -2])
    RuleMark(y: 0.5)
}
.chartXAxisLabel("x")
.chartYAxisLabel("σ(x + b)")
