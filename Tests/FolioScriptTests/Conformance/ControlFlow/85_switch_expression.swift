enum Shape { case circle(Double), square(Double), rect(Double, Double) }
func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r): 3.0 * r * r
    case .square(let a): a * a
    case .rect(let w, let h): w * h
    }
}
let shapes: [Shape] = [.circle(1), .square(2), .rect(2, 3)]
print(shapes.map(area))
let n = 42
let size = switch n {
case ..<10: "small"
case 10..<100: "medium"
default: "large"
}
print(size)
let grade: Character = switch 87 { case 90...: "A"; case 80..<90: "B"; default: "C" }
print(grade)
