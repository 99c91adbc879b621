func scale(_ x: Double, by factor: Double) -> Double {
    return x * factor
}
func describe(value v: Int, unit: String) -> String {
    "\(v) \(unit)"
}
func area(width: Double, height: Double) -> Double { width * height }
func say(_ s: String) { print(s) }
print(scale(3, by: 2.5))
print(describe(value: 3, unit: "m"))
print(area(width: 2, height: 4.5))
say("done")
