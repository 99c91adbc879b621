//| label: fig-mistakes
//| caption: Mistakes per epoch of Rosenblatt's rule (η = 1, zero initial weights) on the four inputs of AND and OR, with and without a bias.
//| verifies: eq-augmented
let andTargets = [0, 0, 0, 1]
let orTargets = [0, 1, 1, 1]

// One epoch of Rosenblatt's rule; returns the number of mistakes and updates w and b.
func epoch(_ inputs: [[Double]], _ targets: [Int],
           _ w: inout [Double], _ b: inout Double, useBias: Bool) -> Int {
    var mistakes = 0
    for (x, t) in zip(inputs, targets) {
        let y = fires(w, x, bias: b)
        if y != t {
            mistakes += 1
            let delta = Double(t - y)
            for i in 0..<w.count {
                w[i] += delta * x[i]
            }
            if useBias {
                b += delta
            }
        }
    }
    return mistakes
}

func mistakesPerEpoch(_ targets: [Int], useBias: Bool, epochs: Int) -> [Double] {
    var w = [0.0, 0.0]
    var b = 0.0
    var counts: [Double] = []
    for _ in 0..<epochs {
        counts.append(Double(epoch(grid, targets, &w, &b, useBias: useBias)))
    }
    return counts
}

// The augmented perceptron: no bias, a constant third input 1.
let augmentedGrid = grid.map { $0 + [1.0] }
var w = [0.0, 0.0]
var b = 0.0
var wAugmented = [0.0, 0.0, 0.0]
var noBias = 0.0
var epochsThatDiffer = 0
for _ in 0..<10 {
    _ = epoch(grid, andTargets, &w, &b, useBias: true)
    _ = epoch(augmentedGrid, andTargets, &wAugmented, &noBias, useBias: false)
    if wAugmented != w + [b] {
        epochsThatDiffer += 1
    }
}
#expect(epochsThatDiffer == 0)
#expect(noBias == 0)
print("learned AND: w = \(w), b = \(b)")

let epochs = 12
let andWithBias = mistakesPerEpoch(andTargets, useBias: true, epochs: epochs)
let andWithoutBias = mistakesPerEpoch(andTargets, useBias: false, epochs: epochs)
let orWithoutBias = mistakesPerEpoch(orTargets, useBias: false, epochs: epochs)
#expect(andWithBias[epochs - 1] == 0)
#expect(andWithoutBias.min()! >= 1)
#expect(orWithoutBias[epochs - 1] == 0)

let epochNumbers = (1...epochs).map { Double($0) }
Chart {
    LineMark(x: epochNumbers, y: andWithBias, series: "AND with bias")
    LineMark(x: epochNumbers, y: andWithoutBias, series: "AND without bias")
    LineMark(x: epochNumbers, y: orWithoutBias, series: "OR without bias")
}
.chartXAxisLabel("epoch")
.chartYAxisLabel("mistakes")
