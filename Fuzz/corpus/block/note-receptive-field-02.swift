//| label: fig-growth
//| caption: Receptive field and jump after each layer of AlexNet and VGG-16, on a logarithmic axis.
let alexGrowth = bottomUp(alexNet)
let vggGrowth = bottomUp(vgg16)
let alexIndex = (1...alexNet.count).map { Double($0) }
let vggIndex = (1...vgg16.count).map { Double($0) }
#expect(vggGrowth.fields == [3, 5, 6, 10, 14, 16, 24, 32, 40, 44, 60, 76, 92, 100,
                             132, 164, 196, 212])
Chart {
    LineMark(x: alexIndex, y: alexGrowth.fields.map { Double($0) }, series: "AlexNet RF")
    LineMark(x: alexIndex, y: alexGrowth.jumps.map { Double($0) }, series: "AlexNet jump")
    LineMark(x: vggIndex, y: vggGrowth.fields.map { Double($0) }, series: "VGG-16 RF")
    LineMark(x: vggIndex, y: vggGrowth.jumps.map { Double($0) }, series: "VGG-16 jump")
}
.chartYScale(type: .log)
.chartXAxisLabel("layer")
.chartYAxisLabel("pixels")
