//| verifies: eq-bound, eq-saturation
//| label: tbl-bound
//| caption: The InfoNCE estimate log N − L_N with the optimal critic on correlated Gaussians, against the true mutual information and log N.
func infoNCE(rho: Double, dim: Int, candidates: Int, budget: Int = 500_000) throws -> (estimate: Double, standardError: Double) {
    let rows = min(4096, budget / (candidates * dim))
    let (x, c) = try contrastiveSets(rho: rho, dim: dim, candidates: candidates, rows: rows)
    let s = try logRatio(x, c, rho: rho)
    let losses = try s.logSumExp(axis: 1) - s.transposed()[0]
    let (loss, se) = meanAndStandardError(losses)
    return (log(Double(candidates)) - loss, se)
}

let settings = [(0.8, 1), (0.95, 8)]
let candidateCounts = [4, 16, 64, 256]
var rowRho: [Double] = []
var rowDim: [Int] = []
var rowN: [Int] = []
var rowTrue: [Double] = []
var rowEstimate: [Double] = []
var rowError: [Double] = []
var rowLogN: [Double] = []
for (rho, dim) in settings {
    for n in candidateCounts {
        let (estimate, se) = try infoNCE(rho: rho, dim: dim, candidates: n)
        let trueMI = gaussianMI(rho: rho, dim: dim)
        let logN = log(Double(n))
        #expect(estimate < trueMI + 3 * se)          // the bound holds
        #expect(estimate <= logN)                    // and saturates at log N
        rowRho.append(rho)
        rowDim.append(dim)
        rowN.append(n)
        rowTrue.append(trueMI)
        rowEstimate.append(estimate)
        rowError.append(se)
        rowLogN.append(logN)
    }
}
// the weak pair: the bound tightens with N and is nearly tight at N = 256
#expect(rowEstimate[0] < rowEstimate[1] && rowEstimate[1] < rowEstimate[2])
#expect(rowTrue[3] - rowEstimate[3] < 0.02 + 3 * rowError[3])
// the strong pair: the estimate hugs log N, far below the true 9.31 nats
for i in 4..<8 {
    #expect(rowLogN[i] - rowEstimate[i] < 0.15)
    #expect(rowTrue[i] - rowEstimate[i] > 3)
}
Table {
    Column("ρ", rowRho, format: .fixed(2))
    Column("d", rowDim)
    Column("N", rowN)
    Column("true I", rowTrue, format: .fixed(3))
    Column("log N − L_N", rowEstimate, format: .fixed(3))
    Column("± (s.e.)", rowError, format: .fixed(3))
    Column("log N", rowLogN, format: .fixed(3))
}
