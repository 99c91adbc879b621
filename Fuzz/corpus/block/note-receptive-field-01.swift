//| label: tbl-networks
//| caption: Receptive field and jump of the last layer, by the top-down recursion and the bottom-up recursion (they agree with the closed forms), against the published values.
//| verifies: eq-top-down, eq-bottom-up, eq-closed-form, eq-jump
let rpnWindow = conv("rpn 3×3", 3, 1)
let vggConv53 = vgg16.filter { $0.name != "pool5" }
let networks = [alexNet, vgg16, vggConv53, zf,
                zf + [rpnWindow], vggConv53 + [rpnWindow],
                resNetSlim, resNetTorch, cpc, wav2vec2]
let networkNames = ["AlexNet, pool5", "VGG-16, pool5", "VGG-16, conv5_3",
                    "ZF, conv5", "Faster R-CNN RPN on ZF", "Faster R-CNN RPN on VGG-16",
                    "ResNet-50, TF-slim block4", "ResNet-50, torchvision layer4",
                    "CPC encoder (samples)", "wav2vec 2.0 encoder (samples)"]
// Published values: TF receptive_field table (AlexNet, VGG-16,
// resnet_v1_50), Faster R-CNN §3.1, wav2vec 2.0 §4 (25 ms at 16 kHz =
// 400 samples, stride 20 ms = 320 samples); 0 = not published.
let published = [195, 212, 0, 0, 171, 228, 483, 0, 0, 400]
let publishedJump = [32, 32, 0, 0, 16, 16, 32, 0, 0, 320]

var topDownFields: [Int] = []
var bottomUpFields: [Int] = []
var jumps: [Int] = []
var closedFields: [Int] = []
var closedJumps: [Int] = []
for layers in networks {
    let up = bottomUp(layers)
    let closed = closedForm(layers)
    topDownFields.append(topDown(layers))
    bottomUpFields.append(up.fields.last!)
    jumps.append(up.jumps.last!)
    closedFields.append(closed.field)
    closedJumps.append(closed.jump)
}
#expect(bottomUpFields == topDownFields)
#expect(closedFields == topDownFields)
#expect(closedJumps == jumps)
// Every published value, against the recomputed one.
var disagreeWithPaper: [String] = []
for i in 0..<networks.count where published[i] > 0 {
    if topDownFields[i] != published[i] || jumps[i] != publishedJump[i] {
        disagreeWithPaper.append(networkNames[i])
    }
}
#expect(disagreeWithPaper.isEmpty)
// The layer-by-layer values of the TF table for AlexNet.
#expect(bottomUp(alexNet).fields == [11, 19, 51, 67, 99, 131, 163, 195])
Table {
    Column("network, layer", networkNames)
    Column("RF, top-down", topDownFields)
    Column("RF, bottom-up", bottomUpFields)
    Column("jump", jumps)
    Column("published RF", published.map { $0 > 0 ? String($0) : "—" })
}
