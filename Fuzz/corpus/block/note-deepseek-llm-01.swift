//| label: tbl-model-scale
//| caption: Parameter-based measures against non-embedding FLOPs per token M (l_seq = 4096, vocabulary 102400). Rows 1–2 are the smallest and largest shapes of the paper's Table 3; 7B and 67B are the production shapes of Table 2.
//| verifies: eq-param-measures, eq-ratio
func sixN1(layers: Int, width d: Int) -> Double {
    return Double(72 * layers * d * d)
}
func sixN2(layers: Int, width d: Int) -> Double {
    return Double(72 * layers * d * d + 6 * vocabulary * d)
}

var names: [String] = []
var n1Column: [Double] = []
var n2Column: [Double] = []
var mColumn: [Double] = []
var ratio1: [Double] = []
var ratio2: [Double] = []
let shapeNames = ["Table 3, first row", "Table 3, last row", "DeepSeek LLM 7B", "DeepSeek LLM 67B"]
for (i, (layers, width)) in shapes.enumerated() {
    let m = Double(flopsPerToken(layers: layers, width: width))
    names.append("\(shapeNames[i]) (\(layers) × \(width))")
    n1Column.append(sixN1(layers: layers, width: width) / 6)
    n2Column.append(sixN2(layers: layers, width: width) / 6)
    mColumn.append(m)
    ratio1.append(sixN1(layers: layers, width: width) / m)
    ratio2.append(sixN2(layers: layers, width: width) / m)
    // @eq-ratio: the closed form, without the layer count
    let d = Double(width)
    #expect(abs(ratio1[i] - 6 * d / (6 * d + Double(sequenceLength))) < 1e-12)
}

// Table 3 of the paper prints N1 = 25.2M, N2 = 77.6M, M = 352M, 6N1/M = 0.43, 6N2/M = 1.32
// for the first row and M = 419B, 6N1/M = 0.92, 6N2/M = 0.94 for the last; compare at the
// printed precision.
#expect(abs(n1Column[0] / 1e6 - 25.2) < 0.05)
#expect(abs(n2Column[0] / 1e6 - 77.6) < 0.05)
#expect(abs(mColumn[0] / 1e6 - 352) < 0.5)
#expect(abs(ratio1[0] - 0.43) < 0.005)
#expect(abs(ratio2[0] - 1.32) < 0.005)
#expect(abs(mColumn[1] / 1e9 - 419) < 0.5)
#expect(abs(ratio1[1] - 0.92) < 0.005)
#expect(abs(ratio2[1] - 0.94) < 0.005)

Table {
    Column("shape (layers × width)", names)
    Column("N1", n1Column, format: .scientific(3))
    Column("N2", n2Column, format: .scientific(3))
    Column("M (FLOPs/token)", mColumn, format: .scientific(3))
    Column("6N1/M", ratio1, format: .fixed(2))
    Column("6N2/M", ratio2, format: .fixed(2))
}
