//| label: tbl-truth
//| caption: Truth tables of single perceptrons with w = (1, 1) and w = (−2, −2), and of a half adder built from five NAND perceptrons.
//| verifies: eq-nand
func nand(_ a: Int, _ b: Int) -> Int {
    return fires([-2, -2], [Double(a), Double(b)], bias: 3)
}

var x1s: [Int] = []
var x2s: [Int] = []
var andColumn: [Int] = []
var orColumn: [Int] = []
var nandColumn: [Int] = []
var sumColumn: [Int] = []
var carryColumn: [Int] = []
for a in 0...1 {
    for b in 0...1 {
        let x = [Double(a), Double(b)]
        let n = nand(a, b)
        let sum = nand(nand(a, n), nand(b, n))
        let carry = nand(n, n)
        x1s.append(a)
        x2s.append(b)
        andColumn.append(fires([1, 1], x, bias: -1.5))
        orColumn.append(fires([1, 1], x, bias: -0.5))
        nandColumn.append(n)
        sumColumn.append(sum)
        carryColumn.append(carry)
    }
}
// Rows 00, 01, 10, 11.
#expect(andColumn == [0, 0, 0, 1])
#expect(orColumn == [0, 1, 1, 1])
#expect(nandColumn == [1, 1, 1, 0])
#expect(sumColumn == [0, 1, 1, 0])     // x₁ ⊕ x₂
#expect(carryColumn == [0, 0, 0, 1])   // x₁ ∧ x₂
Table {
    Column("x₁", x1s)
    Column("x₂", x2s)
    Column("AND, b = −1.5", andColumn)
    Column("OR, b = −0.5", orColumn)
    Column("NAND, b = 3", nandColumn)
    Column("sum", sumColumn)
    Column("carry", carryColumn)
}
