//| label: tbl-optimal-k
//| caption: The best integer segment length for n layers, the resulting number of stored activations, and the bound 2√n.
//| verifies: eq-sqrt-bound
let depths = [16, 64, 100, 1_000, 10_000]
var bestK: [Int] = []
var bestCost: [Int] = []
var bounds: [Double] = []
for n in depths {
    var minimum = Int.max
    var argmin = 0
    for k in 1...n {
        let c = (n + k - 1) / k + k
        if c < minimum {
            minimum = c
            argmin = k
        }
    }
    let bound = 2 * sqrt(Double(n))
    #expect(Double(minimum) >= bound)
    #expect(Double(minimum) < bound + 2)
    let nearest = Int(sqrt(Double(n)).rounded())
    #expect((n + nearest - 1) / nearest + nearest == minimum)   // k = √n, rounded, is optimal
    bestK.append(argmin)
    bestCost.append(minimum)
    bounds.append(bound)
}
// Chen et al.'s examples: n = 16 → 8, 64 → 16, 100 → 20, 1000 → 64 (2√1000 = 63.2)
#expect(bestCost[0] == 8)
#expect(bestCost[1] == 16)
#expect(bestCost[2] == 20)
#expect(bestCost[3] == 64)
Table {
    Column("layers n", depths)
    Column("smallest best k", bestK)
    Column("stored activations", bestCost)
    Column("2√n", bounds, format: .fixed(1))
}
