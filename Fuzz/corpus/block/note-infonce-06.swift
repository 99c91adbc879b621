//| label: fig-saturation
//| caption: The InfoNCE estimate against the true mutual information of Gaussian pairs in d = 4 dimensions (ρ from 0.1 to 0.995), for four values of N; the diagonal is the true value, each curve saturates at its log N.
let sweepRhos = [0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995]
let sweepTrue = sweepRhos.map { gaussianMI(rho: $0, dim: 4) }
var sweep: [[Double]] = []
for n in candidateCounts {
    var curve: [Double] = []
    for rho in sweepRhos {
        curve.append(try infoNCE(rho: rho, dim: 4, candidates: n, budget: 100_000).estimate)
    }
    sweep.append(curve)
}
for (k, n) in candidateCounts.enumerated() {
    #expect(sweep[k].max()! <= log(Double(n)))
}
Chart {
    LineMark(x: sweepTrue, y: sweepTrue, series: "true I")
    LineMark(x: sweepTrue, y: sweep[0], series: "N = 4")
    LineMark(x: sweepTrue, y: sweep[1], series: "N = 16")
    LineMark(x: sweepTrue, y: sweep[2], series: "N = 64")
    LineMark(x: sweepTrue, y: sweep[3], series: "N = 256")
}
.chartXAxisLabel("true mutual information I (nats)")
.chartYAxisLabel("log N − L_N (nats)")
