//| label: fig-fill
//| caption: Fill ratio (real tokens per slot) against packing_length for next-fit and first-fit-decreasing packing, with the padded-batch baseline.
let capacities = [8192, 12288, 16384, 24576, 32768, 49152, 65536]
var nfFill: [Double] = []
var ffdFill: [Double] = []
for p in capacities {
    let a = nextFit(lengths, capacity: p)
    let b = firstFitDecreasing(lengths, capacity: p)
    nfFill.append(Double(totalTokens) / Double(a.count * p))
    ffdFill.append(Double(totalTokens) / Double(b.count * p))
    #expect(Double(a.count) < 2 * Double(totalTokens) / Double(p) + 1)
}
let capacityAxis = capacities.map { Double($0) }
Chart {
    LineMark(x: capacityAxis, y: nfFill, series: "next-fit")
    PointMark(x: capacityAxis, y: nfFill, series: "next-fit")
    LineMark(x: capacityAxis, y: ffdFill, series: "first-fit-decreasing")
    PointMark(x: capacityAxis, y: ffdFill, series: "first-fit-decreasing")
    RuleMark(y: fills[0])
}
.chartXScale(type: .log)
.chartXAxisLabel("packing_length P (tokens)")
.chartYAxisLabel("real tokens / slot")
