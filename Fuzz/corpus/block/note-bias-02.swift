//| label: tbl-realisable
//| caption: The sixteen Boolean functions of two inputs (outputs on 00, 01, 10, 11) and whether a single perceptron with or without a bias computes them, found by enumerating weights and biases on a grid.
//| verifies: eq-and-no-bias
func truthCode(_ w1: Double, _ w2: Double, _ b: Double) -> Int {
    var code = 0
    for x in grid {
        code = 2 * code + fires([w1, w2], x, bias: b)
    }
    return code
}

var withBias = Array(repeating: false, count: 16)
var withoutBias = Array(repeating: false, count: 16)
var andFeasibleWithoutBias = false
for i in -8...8 {
    for j in -8...8 {
        let w1 = Double(i) / 4
        let w2 = Double(j) / 4
        withoutBias[truthCode(w1, w2, 0)] = true
        if w1 <= 0 && w2 <= 0 && w1 + w2 > 0 {
            andFeasibleWithoutBias = true
        }
        for k in -8...8 {
            withBias[truthCode(w1, w2, Double(k) / 4)] = true
        }
    }
}
// A truth table is coded as the binary number f(00) f(01) f(10) f(11);
// `names` is indexed by that code.
let names = ["0", "AND", "x₁ ∧ ¬x₂", "x₁", "¬x₁ ∧ x₂", "x₂", "XOR", "OR", "NOR",
             "XNOR", "¬x₂", "x₁ ∨ ¬x₂", "¬x₁", "¬x₁ ∨ x₂", "NAND", "1"]
let codes = Array(0..<16)
let outputs = codes.map { code -> String in
    var s = ""
    for bit in [3, 2, 1, 0] {
        s += (code >> bit) & 1 == 1 ? "1" : "0"
    }
    return s
}
let realisableWith = codes.map { withBias[$0] ? "yes" : "no" }
let realisableWithout = codes.map { withoutBias[$0] ? "yes" : "no" }

#expect(!andFeasibleWithoutBias)
#expect(withBias.filter { $0 }.count == 14)
#expect(withoutBias.filter { $0 }.count == 6)
#expect(!withoutBias[truthCode(1, 1, -1.5)])   // AND
#expect(!withoutBias[truthCode(-2, -2, 3)])    // NAND
#expect(withoutBias[truthCode(1, 1, -0.5)])    // OR
Table {
    Column("function", names)
    Column("f(00) f(01) f(10) f(11)", outputs)
    Column("with bias", realisableWith)
    Column("without bias", realisableWithout)
}
