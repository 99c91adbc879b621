//| label: fig-floor
//| caption: The loss floor L_min(s, c = 0) of perfectly aligned, mutually orthogonal embeddings against the logit scale, for N = 256 and N = 32768; points mark the initial scale 1/0.07 and the clip at 100.
let logScale = try exp(Tensor.linspace(0, log(200.0), count: 160))
let floorSmall = log1p(255 * exp(-logScale))
let floorLarge = log1p(32767 * exp(-logScale))
let marked = [s0, 100.0]
let markedSmall = marked.map { floorLoss(count: 256, scale: $0, cosine: 0) }
let markedLarge = marked.map { floorLoss(count: 32768, scale: $0, cosine: 0) }
Chart {
    LineMark(x: logScale, y: floorSmall, series: "N = 256")
    LineMark(x: logScale, y: floorLarge, series: "N = 32768")
    PointMark(x: marked, y: markedSmall, series: "N = 256")
    PointMark(x: marked, y: markedLarge, series: "N = 32768")
}
.chartXScale(type: .log)
.chartXAxisLabel("logit scale s = e^t")
.chartYAxisLabel("loss floor (nats)")
