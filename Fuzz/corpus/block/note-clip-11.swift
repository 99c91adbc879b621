//| label: fig-table1
//| caption: Zero-shot top-1 accuracy (%) reported in Table 1 of the paper: Visual N-Grams against CLIP.
let datasets = ["aYahoo", "ImageNet", "SUN"]
Chart {
    BarMark(x: datasets, y: [72.4, 11.5, 23.0], series: "Visual N-Grams")
    BarMark(x: datasets, y: [98.4, 76.2, 58.5], series: "CLIP")
}
.chartYAxisLabel("zero-shot top-1 accuracy (%)")
