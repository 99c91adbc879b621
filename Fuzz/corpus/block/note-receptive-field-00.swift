struct Layer {
    let name: String
    let kernel: Int
    let stride: Int
}

func conv(_ name: String, _ kernel: Int, _ stride: Int) -> Layer {
    return Layer(name: name, kernel: kernel, stride: stride)
}

// Formula one: from a unit at the top, walk down to the input.
func topDown(_ layers: [Layer]) -> Int {
    var rf = 1
    for layer in layers.reversed() {
        rf = (rf - 1) * layer.stride + layer.kernel
    }
    return rf
}

// Bottom-up: receptive field and jump after every layer.
func bottomUp(_ layers: [Layer]) -> (fields: [Int], jumps: [Int]) {
    var rf = 1
    var jump = 1
    var fields: [Int] = []
    var jumps: [Int] = []
    for layer in layers {
        rf += (layer.kernel - 1) * jump
        jump *= layer.stride
        fields.append(rf)
        jumps.append(jump)
    }
    return (fields, jumps)
}

// The closed forms, summing over layers with the product of the strides below.
func closedForm(_ layers: [Layer]) -> (field: Int, jump: Int) {
    var field = 1
    var product = 1
    for layer in layers {
        field += (layer.kernel - 1) * product
        product *= layer.stride
    }
    return (field, product)
}

let alexNet = [conv("conv1", 11, 4), conv("pool1", 3, 2),
               conv("conv2", 5, 1), conv("pool2", 3, 2),
               conv("conv3", 3, 1), conv("conv4", 3, 1), conv("conv5", 3, 1),
               conv("pool5", 3, 2)]

var vgg16: [Layer] = []
for (stage, convolutions) in [2, 2, 3, 3, 3].enumerated() {
    for i in 1...convolutions {
        vgg16.append(conv("conv\(stage + 1)_\(i)", 3, 1))
    }
    vgg16.append(conv("pool\(stage + 1)", 2, 2))
}

// ZF net (Zeiler & Fergus), the smaller backbone of Faster R-CNN.
let zf = [conv("conv1", 7, 2), conv("pool1", 3, 2),
          conv("conv2", 5, 2), conv("pool2", 3, 2),
          conv("conv3", 3, 1), conv("conv4", 3, 1), conv("conv5", 3, 1)]

// ResNet-50: a 7×7/2 stem, a 3×3/2 max pool, then bottleneck units
// (1×1, 3×3, 1×1) in stages of 3, 4, 6 and 3. Where the stride-2 3×3 sits
// is a design choice: TF-slim's resnet_v1_50 puts it in the last unit of
// stages 1–3, torchvision's (v1.5) in the first unit of stages 2–4.
func resNet50(strideInLastUnit: Bool) -> [Layer] {
    var layers = [conv("conv1", 7, 2), conv("pool1", 3, 2)]
    let units = [3, 4, 6, 3]
    for stage in 0..<4 {
        for unit in 1...units[stage] {
            var stride = 1
            if strideInLastUnit && stage < 3 && unit == units[stage] {
                stride = 2
            }
            if !strideInLastUnit && stage > 0 && unit == 1 {
                stride = 2
            }
            layers.append(conv("block\(stage + 1)/unit\(unit)/a", 1, 1))
            layers.append(conv("block\(stage + 1)/unit\(unit)/b", 3, stride))
            layers.append(conv("block\(stage + 1)/unit\(unit)/c", 1, 1))
        }
    }
    return layers
}
let resNetSlim = resNet50(strideInLastUnit: true)
let resNetTorch = resNet50(strideInLastUnit: false)

// Audio encoders, in samples: CPC (van den Oord et al. 2018) and
// wav2vec 2.0's feature encoder.
let cpc = [conv("c1", 10, 5), conv("c2", 8, 4), conv("c3", 4, 2),
           conv("c4", 4, 2), conv("c5", 4, 2)]
let wav2vec2 = [conv("c1", 10, 5), conv("c2", 3, 2), conv("c3", 3, 2),
                conv("c4", 3, 2), conv("c5", 3, 2), conv("c6", 2, 2),
                conv("c7", 2, 2)]
print("layers: AlexNet \(alexNet.count), VGG-16 \(vgg16.count),",
      "ResNet-50 \(resNetSlim.count)")
